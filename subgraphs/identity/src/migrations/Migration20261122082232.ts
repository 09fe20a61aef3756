import { Migration } from '@mikro-orm/migrations';

export class Migration20261122082232 extends Migration {

  override name = 'Migration20261122082232';

  override up(): void | Promise<void> {
    this.addSql(`create type "identity"."mfa_factor_status" as enum ('PENDING', 'ACTIVE');`);
    this.addSql(`create table "identity"."recovery_code" ("id" uuid not null, "user_id" uuid not null, "salt" varchar(32) not null, "code_hash" varchar(64) not null, "used_at" timestamptz null, "created_at" timestamptz not null default now(), "version" int not null default 1, primary key ("id"));`);
    this.addSql(`create index "recovery_code_user_id_index" on "identity"."recovery_code" ("user_id");`);

    this.addSql(`create table "identity"."mfa_factor" ("id" uuid not null, "user_id" uuid not null, "status" "identity"."mfa_factor_status" not null default 'PENDING', "sealed_secret" text not null, "last_used_step" int null, "created_at" timestamptz not null default now(), "confirmed_at" timestamptz null, "version" int not null default 1, primary key ("id"));`);
    this.addSql(`alter table "identity"."mfa_factor" add constraint "mfa_factor_user_id_unique" unique ("user_id");`);

    this.addSql(`create table "identity"."mfa_challenge" ("id" uuid not null, "user_id" uuid not null, "token_hash" varchar(64) not null, "requested_workspace_id" uuid null, "expires_at" timestamptz not null, "used_at" timestamptz null, "created_at" timestamptz not null default now(), "version" int not null default 1, primary key ("id"));`);
    this.addSql(`alter table "identity"."mfa_challenge" add constraint "mfa_challenge_token_hash_unique" unique ("token_hash");`);
    this.addSql(`create index "mfa_challenge_user_id_index" on "identity"."mfa_challenge" ("user_id");`);

    this.addSql(`alter table "identity"."recovery_code" add constraint "recovery_code_user_id_foreign" foreign key ("user_id") references "identity"."user" ("id") on delete cascade;`);

    this.addSql(`alter table "identity"."mfa_factor" add constraint "mfa_factor_user_id_foreign" foreign key ("user_id") references "identity"."user" ("id") on delete cascade;`);

    this.addSql(`alter table "identity"."mfa_challenge" add constraint "mfa_challenge_user_id_foreign" foreign key ("user_id") references "identity"."user" ("id") on delete cascade;`);
  }

  override down(): void | Promise<void> {
    this.addSql(`drop table if exists "identity"."recovery_code" cascade;`);
    this.addSql(`drop table if exists "identity"."mfa_factor" cascade;`);
    this.addSql(`drop table if exists "identity"."mfa_challenge" cascade;`);

    this.addSql(`drop type "identity"."mfa_factor_status";`);
  }

}
