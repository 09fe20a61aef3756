import { Migration } from '@mikro-orm/migrations';

export class Migration20261208013442 extends Migration {

  override name = 'Migration20261208013442';

  override up(): void | Promise<void> {
    this.addSql(`alter table "portfolio"."task" add "completed_at" timestamptz null;`);
    // Tasks already DONE were completed no later than their last change: the best time this table knows.
    // Row-Level Security is forced on the table once the subgraph has started: lifted for the owner while backfilling.
    this.addSql(`alter table "portfolio"."task" no force row level security;`);
    this.addSql(`update "portfolio"."task" set "completed_at" = "updated_at" where "status" = 'DONE';`);
    this.addSql(`alter table "portfolio"."task" force row level security;`);
  }

  override down(): void | Promise<void> {
    this.addSql(`alter table "portfolio"."task" drop column "completed_at";`);
  }

}
