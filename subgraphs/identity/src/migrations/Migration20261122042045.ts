import { Migration } from '@mikro-orm/migrations';

export class Migration20261122042045 extends Migration {

  override name = 'Migration20261122042045';

  override up(): void | Promise<void> {
    this.addSql(`create table "identity"."outbox" ("id" uuid not null, "workspace_id" uuid null, "type" varchar(200) not null, "version" int not null, "occurred_at" timestamptz not null, "actor_id" uuid null, "subject_typename" varchar(100) not null, "subject_id" varchar(100) not null, "data" jsonb not null, "relayed_at" timestamptz null, primary key ("id"));`);
    this.addSql(`create index "outbox_unrelayed_index" on "identity"."outbox" ("id") where "relayed_at" is null;`);
  }

  override down(): void | Promise<void> {
    this.addSql(`drop table if exists "identity"."outbox" cascade;`);
  }

}
