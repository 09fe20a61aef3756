import { Migration } from '@mikro-orm/migrations';

export class Migration20261122052119 extends Migration {

  override name = 'Migration20261122052119';

  override up(): void | Promise<void> {
    this.addSql(`create table "identity"."password_reset_token" ("id" uuid not null, "user_id" uuid not null, "token_hash" varchar(64) not null, "expires_at" timestamptz not null, "used_at" timestamptz null, "created_at" timestamptz not null default now(), "version" int not null default 1, primary key ("id"));`);
    this.addSql(`alter table "identity"."password_reset_token" add constraint "password_reset_token_token_hash_unique" unique ("token_hash");`);
    this.addSql(`create index "password_reset_token_user_id_created_at_index" on "identity"."password_reset_token" ("user_id", "created_at");`);

    this.addSql(`alter table "identity"."password_reset_token" add constraint "password_reset_token_user_id_foreign" foreign key ("user_id") references "identity"."user" ("id") on delete cascade;`);
  }

  override down(): void | Promise<void> {
    this.addSql(`drop table if exists "identity"."password_reset_token" cascade;`);
  }

}
