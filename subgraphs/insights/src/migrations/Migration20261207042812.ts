import { Migration } from '@mikro-orm/migrations';

export class Migration20261207042812 extends Migration {

  override name = 'Migration20261207042812';

  override up(): void | Promise<void> {
    // Rows from before: last evaluated on the day their facts were recorded.
    this.addSql(`alter table "insights"."project_facts" add "evaluated_on" date null;`);
    this.addSql(`update "insights"."project_facts" set "evaluated_on" = ("as_of" at time zone 'UTC')::date;`);
    this.addSql(`alter table "insights"."project_facts" alter column "evaluated_on" set not null;`);
  }

  override down(): void | Promise<void> {
    this.addSql(`alter table "insights"."project_facts" drop column "evaluated_on";`);
  }

}
