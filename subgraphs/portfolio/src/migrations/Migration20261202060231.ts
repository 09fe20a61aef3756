import { Migration } from '@mikro-orm/migrations';

export class Migration20261202060231 extends Migration {

  override name = 'Migration20261202060231';

  override up(): void | Promise<void> {
    // Tasks: labels (as written, and lower-cased for filtering) and required identity skills.
    this.addSql(`alter table "portfolio"."task" add "labels" text[] not null default '{}', add "label_keys" text[] not null default '{}', add "required_skills" jsonb not null default '[]';`);
    this.addSql(`create index "task_label_keys_gin" on "portfolio"."task" using gin ("label_keys");`);
  }

  override down(): void | Promise<void> {
    this.addSql(`drop index "portfolio"."task_label_keys_gin";`);
    this.addSql(`alter table "portfolio"."task" drop column "labels", drop column "label_keys", drop column "required_skills";`);
  }

}
