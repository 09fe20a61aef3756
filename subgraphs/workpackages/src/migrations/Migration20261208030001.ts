import { Migration } from '@mikro-orm/migrations';

export class Migration20261208030001 extends Migration {

  override name = 'Migration20261208030001';

  override up(): void | Promise<void> {
    this.addSql(`alter table "workpackages"."work_package" add "budget_amount" numeric(18,4) null, add "budget_currency" varchar(3) null, add "budget_spent_amount" numeric(18,4) null;`);
    this.addSql(`alter table "workpackages"."work_package" add constraint "work_package_spent_needs_budget" check (budget_spent_amount is null or budget_amount is not null);`);
    this.addSql(`alter table "workpackages"."work_package" add constraint "work_package_budget_complete" check ((budget_amount is null) = (budget_currency is null));`);
  }

  override down(): void | Promise<void> {
    this.addSql(`alter table "workpackages"."work_package" drop constraint "work_package_spent_needs_budget";`);
    this.addSql(`alter table "workpackages"."work_package" drop constraint "work_package_budget_complete";`);
    this.addSql(`alter table "workpackages"."work_package" drop column "budget_amount", drop column "budget_currency", drop column "budget_spent_amount";`);
  }

}
