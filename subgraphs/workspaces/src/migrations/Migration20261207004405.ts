import { Migration } from '@mikro-orm/migrations';

export class Migration20261207004405 extends Migration {

  override name = 'Migration20261207004405';

  override up(): void | Promise<void> {
    this.addSql(`create table "workspaces"."former_member" ("workspace_id" uuid not null, "user_id" uuid not null, "left_at" timestamptz not null default now(), primary key ("workspace_id", "user_id"));`);
    // Every membership that ends (removed, left, or any later way) leaves its former member behind, in the
    // deleting transaction, which is scoped to the workspace: the tenant policy admits the row.
    this.addSql(`create function "workspaces"."record_former_member"() returns trigger language plpgsql as $$
      begin
        insert into "workspaces"."former_member" ("workspace_id", "user_id", "left_at") values (old."workspace_id", old."user_id", now())
          on conflict ("workspace_id", "user_id") do update set "left_at" = excluded."left_at";
        return old;
      end $$;`);
    this.addSql(`create trigger "membership_record_former_member" after delete on "workspaces"."membership" for each row execute function "workspaces"."record_former_member"();`);
  }

  override down(): void | Promise<void> {
    this.addSql(`drop trigger if exists "membership_record_former_member" on "workspaces"."membership";`);
    this.addSql(`drop function if exists "workspaces"."record_former_member"();`);
    this.addSql(`drop table if exists "workspaces"."former_member" cascade;`);
  }

}
