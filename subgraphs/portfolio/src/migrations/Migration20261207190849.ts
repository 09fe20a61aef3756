import { Migration } from '@mikro-orm/migrations';

export class Migration20261207190849 extends Migration {

  override name = 'Migration20261207190849';

  override up(): void | Promise<void> {
    // The team a project's progress_changed last published (insights applies its utilisation): null until
    // the project's next change publishes it.
    this.addSql(`alter table "portfolio"."project_progress" add "team_id" uuid null;`);
  }

  override down(): void | Promise<void> {
    this.addSql(`alter table "portfolio"."project_progress" drop column "team_id";`);
  }

}
