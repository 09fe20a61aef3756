import { Migration } from '@mikro-orm/migrations';

export class Migration20261207195239 extends Migration {

  override name = 'Migration20261207195239';

  override up(): void | Promise<void> {
    // A holiday or a day of leave is unique (it was checked by a count before the insert, which two requests
    // at once could both pass): duplicates a race left are removed first, the oldest kept. Row-Level Security
    // is forced on the table once the subgraph has started: lifted for the owner while deduplicating.
    this.addSql(`alter table "timesheets"."non_working_day" no force row level security;`);
    this.addSql(`delete from "timesheets"."non_working_day" d using "timesheets"."non_working_day" k
      where d.workspace_id = k.workspace_id and d.date = k.date and d.user_id is not distinct from k.user_id
        and (d.created_at, d.id) > (k.created_at, k.id);`);
    this.addSql(`alter table "timesheets"."non_working_day" force row level security;`);
    this.addSql(`create unique index "non_working_day_one_leave" on "timesheets"."non_working_day" ("workspace_id", "user_id", "date") where "user_id" is not null;`);
    this.addSql(`create unique index "non_working_day_one_holiday" on "timesheets"."non_working_day" ("workspace_id", "date") where "user_id" is null;`);
  }

  override down(): void | Promise<void> {
    this.addSql(`drop index "timesheets"."non_working_day_one_leave";`);
    this.addSql(`drop index "timesheets"."non_working_day_one_holiday";`);
  }

}
