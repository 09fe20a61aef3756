import { Migration } from '@mikro-orm/migrations';

export class Migration20261122053308 extends Migration {

  override name = 'Migration20261122053308';

  override up(): void | Promise<void> {
    this.addSql(`create type "identity"."skill_level" as enum ('BEGINNER', 'INTERMEDIATE', 'ADVANCED', 'EXPERT');`);
    this.addSql(`create table "identity"."skill" ("id" uuid not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "workspace_id" uuid not null, "version" int not null default 1, "name" varchar(80) not null, "name_key" varchar(80) not null, "category" varchar(80) null, "description" text null, primary key ("id"));`);
    this.addSql(`alter table "identity"."skill" add constraint "skill_workspace_id_name_key_unique" unique ("workspace_id", "name_key");`);

    this.addSql(`create table "identity"."user_skill" ("id" uuid not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "workspace_id" uuid not null, "user_id" uuid not null, "skill_id" uuid not null, "level" "identity"."skill_level" not null, primary key ("id"));`);
    this.addSql(`create index "user_skill_workspace_id_skill_id_index" on "identity"."user_skill" ("workspace_id", "skill_id");`);
    this.addSql(`alter table "identity"."user_skill" add constraint "user_skill_workspace_id_user_id_skill_id_unique" unique ("workspace_id", "user_id", "skill_id");`);

    this.addSql(`alter table "identity"."user_skill" add constraint "user_skill_user_id_foreign" foreign key ("user_id") references "identity"."user" ("id") on delete cascade;`);
    this.addSql(`alter table "identity"."user_skill" add constraint "user_skill_skill_id_foreign" foreign key ("skill_id") references "identity"."skill" ("id") on delete cascade;`);
  }

  override down(): void | Promise<void> {
    this.addSql(`alter table "identity"."user_skill" drop constraint "user_skill_skill_id_foreign";`);

    this.addSql(`drop table if exists "identity"."skill" cascade;`);
    this.addSql(`drop table if exists "identity"."user_skill" cascade;`);

    this.addSql(`drop type "identity"."skill_level";`);
  }

}
