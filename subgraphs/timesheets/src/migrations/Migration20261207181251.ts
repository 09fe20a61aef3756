import { Migration } from '@mikro-orm/migrations';

export class Migration20261207181251 extends Migration {

  override name = 'Migration20261207181251';

  override up(): void | Promise<void> {
    this.addSql(`alter table "timesheets"."task_record" add "deleted" boolean not null default false;`);
  }

  override down(): void | Promise<void> {
    this.addSql(`alter table "timesheets"."task_record" drop column "deleted";`);
  }

}
