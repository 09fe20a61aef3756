import { Migration } from '@mikro-orm/migrations';

export class Migration20261207191021 extends Migration {

  override name = 'Migration20261207191021';

  override up(): void | Promise<void> {
    this.addSql(`alter table "identity"."team" add "lead_id" uuid null;`);
    this.addSql(`alter table "identity"."team" add constraint "team_lead_id_foreign" foreign key ("lead_id") references "identity"."user" ("id") on delete set null;`);
    this.addSql(`create index "team_workspace_id_lead_id_index" on "identity"."team" ("workspace_id", "lead_id");`);
  }

  override down(): void | Promise<void> {
    this.addSql(`alter table "identity"."team" drop constraint "team_lead_id_foreign";`);

    this.addSql(`drop index "identity"."team_workspace_id_lead_id_index";`);
    this.addSql(`alter table "identity"."team" drop column "lead_id";`);
  }

}
