import { Migration } from '@mikro-orm/migrations';

export class Migration20261207232652 extends Migration {

  override name = 'Migration20261207232652';

  override up(): void | Promise<void> {
    this.addSql(`alter table "insights"."project_facts" add "deleted" boolean not null default false;`);
  }

  override down(): void | Promise<void> {
    this.addSql(`alter table "insights"."project_facts" drop column "deleted";`);
  }

}
