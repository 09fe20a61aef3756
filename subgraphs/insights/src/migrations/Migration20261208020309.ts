import { Migration } from '@mikro-orm/migrations';

export class Migration20261208020309 extends Migration {

  override name = 'Migration20261208020309';

  override up(): void | Promise<void> {
    this.addSql(`create table "insights"."skill_holder" ("workspace_id" uuid not null, "skill_id" uuid not null, "user_id" uuid not null, "level" varchar(20) null, "last_event_id" uuid not null, primary key ("workspace_id", "skill_id", "user_id"));`);
    // Who holds a skill is read by (workspace, skill): the primary key's first columns.

    this.addSql(`alter type "insights"."risk_rule" add value if not exists 'SKILL_CONCENTRATION' after 'KNOWLEDGE_CONCENTRATION';`);

    this.addSql(`alter table "insights"."task_state" add "required_skills" jsonb not null default '[]';`);
  }

  override down(): void | Promise<void> {
    this.addSql(`drop table if exists "insights"."skill_holder" cascade;`);

    this.addSql(`alter table "insights"."task_state" drop column "required_skills";`);
  }

}
