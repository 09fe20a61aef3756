import { Migration } from '@mikro-orm/migrations';

export class Migration20261207224856 extends Migration {

  override name = 'Migration20261207224856';

  override up(): void | Promise<void> {
    this.addSql(`alter type "insights"."risk_rule" add value if not exists 'DECLINING_VELOCITY' after 'TEAM_OVERLOAD';`);
    this.addSql(`alter type "insights"."risk_rule" add value if not exists 'KNOWLEDGE_CONCENTRATION' after 'DECLINING_VELOCITY';`);

    this.addSql(`alter table "insights"."task_state" add "assignee_id" uuid null;`);
  }

  override down(): void | Promise<void> {
    this.addSql(`alter table "insights"."task_state" drop column "assignee_id";`);
  }

}
