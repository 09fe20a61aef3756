import { Migration } from '@mikro-orm/migrations';

export class Migration20261122080818 extends Migration {

  override name = 'Migration20261122080818';

  override up(): void | Promise<void> {
    this.addSql(`create type "workspaces"."audit_kind" as enum ('SECURITY', 'DATA');`);
    this.addSql(`create table "workspaces"."audit_entry" ("id" uuid not null, "workspace_id" uuid not null, "occurred_at" timestamptz not null, "actor_id" uuid null, "kind" "workspaces"."audit_kind" not null, "action" varchar(200) not null, "entity_type" varchar(100) not null, "entity_id" varchar(100) not null, "before" jsonb null, "after" jsonb null, "ip" varchar(64) null, "user_agent" varchar(512) null, "request_id" varchar(128) null, "event_id" uuid null, primary key ("id"));`);
    this.addSql(`create index "audit_entry_workspace_id_entity_type_entity_id_index" on "workspaces"."audit_entry" ("workspace_id", "entity_type", "entity_id");`);
    this.addSql(`create index "audit_entry_workspace_id_occurred_at_index" on "workspaces"."audit_entry" ("workspace_id", "occurred_at");`);
    this.addSql(`alter table "workspaces"."audit_entry" add constraint "audit_entry_workspace_id_event_id_unique" unique ("workspace_id", "event_id");`);

    this.addSql(`create table "workspaces"."invitation" ("id" uuid not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "workspace_id" uuid not null, "email" varchar(254) not null, "role" "workspaces"."workspace_role" not null, "invited_by_id" uuid not null, "token_hash" varchar(64) not null, "expires_at" timestamptz not null, "accepted_at" timestamptz null, "accepted_by_id" uuid null, "revoked_at" timestamptz null, primary key ("id"));`);
    this.addSql(`alter table "workspaces"."invitation" add constraint "invitation_token_hash_unique" unique ("token_hash");`);
    this.addSql(`create index "invitation_workspace_id_email_index" on "workspaces"."invitation" ("workspace_id", "email");`);
    this.addSql(`create index "invitation_workspace_id_created_at_index" on "workspaces"."invitation" ("workspace_id", "created_at");`);
  }

  override down(): void | Promise<void> {
    this.addSql(`drop table if exists "workspaces"."audit_entry" cascade;`);
    this.addSql(`drop table if exists "workspaces"."invitation" cascade;`);

    this.addSql(`drop type "workspaces"."audit_kind";`);
  }

}
