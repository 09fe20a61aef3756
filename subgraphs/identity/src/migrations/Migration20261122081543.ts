import { Migration } from '@mikro-orm/migrations';

export class Migration20261122081543 extends Migration {

  override name = 'Migration20261122081543';

  override up(): void | Promise<void> {
    this.addSql(`create type "identity"."security_event_type" as enum ('LOGIN_SUCCEEDED', 'LOGIN_FAILED', 'LOGIN_THROTTLED', 'LOGOUT', 'SESSION_REVOKED', 'REFRESH_TOKEN_REUSE', 'PASSWORD_CHANGED', 'PASSWORD_RESET_REQUESTED', 'PASSWORD_RESET', 'MFA_ENABLED', 'MFA_DISABLED', 'MFA_CHALLENGE_FAILED', 'RECOVERY_CODE_USED');`);
    this.addSql(`create table "identity"."security_event" ("id" uuid not null, "user_id" uuid null, "type" "identity"."security_event_type" not null, "ip" varchar(64) null, "user_agent" varchar(512) null, "session_id" uuid null, "details" jsonb not null, "occurred_at" timestamptz not null default now(), primary key ("id"));`);
    this.addSql(`create index "security_event_user_id_occurred_at_index" on "identity"."security_event" ("user_id", "occurred_at");`);

    this.addSql(`alter table "identity"."security_event" add constraint "security_event_user_id_foreign" foreign key ("user_id") references "identity"."user" ("id") on delete cascade;`);
  }

  override down(): void | Promise<void> {
    this.addSql(`drop table if exists "identity"."security_event" cascade;`);

    this.addSql(`drop type "identity"."security_event_type";`);
  }

}
