import { Migration } from '@mikro-orm/migrations';

export class Migration20261122081104 extends Migration {

  override name = 'Migration20261122081104';

  override up(): void | Promise<void> {
    this.addSql(`create table "identity"."refresh_token" ("id" uuid not null, "session_id" uuid not null, "token_hash" varchar(64) not null, "generation" int not null, "created_at" timestamptz not null default now(), "expires_at" timestamptz not null, "used_at" timestamptz null, "revoked_at" timestamptz null, "version" int not null default 1, primary key ("id"));`);
    this.addSql(`alter table "identity"."refresh_token" add constraint "refresh_token_token_hash_unique" unique ("token_hash");`);
    this.addSql(`create index "refresh_token_session_id_generation_index" on "identity"."refresh_token" ("session_id", "generation");`);

    // Sessions opened before this migration get the default absolute lifetime (90 days) from their start.
    this.addSql(`alter table "identity"."session" add "expires_at" timestamptz null, add "current_workspace_id" uuid null;`);
    this.addSql(`update "identity"."session" set "expires_at" = "created_at" + interval '90 days';`);
    this.addSql(`alter table "identity"."session" alter column "expires_at" set not null;`);

    this.addSql(`alter table "identity"."refresh_token" add constraint "refresh_token_session_id_foreign" foreign key ("session_id") references "identity"."session" ("id") on delete cascade;`);
  }

  override down(): void | Promise<void> {
    this.addSql(`drop table if exists "identity"."refresh_token" cascade;`);

    this.addSql(`alter table "identity"."session" drop column "expires_at", drop column "current_workspace_id";`);
  }

}
