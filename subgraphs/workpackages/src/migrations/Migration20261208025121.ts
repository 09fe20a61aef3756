import { Migration } from '@mikro-orm/migrations';

export class Migration20261208025121 extends Migration {

  override name = 'Migration20261208025121';

  override up(): void | Promise<void> {
    this.addSql(`alter table "workpackages"."work_package" add "actual_start_date" date null, add "actual_end_date" date null, add "estimated_effort_hours" double precision null, add "actual_effort_hours" double precision null;`);
  }

  override down(): void | Promise<void> {
    this.addSql(`alter table "workpackages"."work_package" drop column "actual_start_date", drop column "actual_end_date", drop column "estimated_effort_hours", drop column "actual_effort_hours";`);
  }

}
