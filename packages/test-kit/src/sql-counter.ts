/**
 * The statements that only frame others: every statement of a request runs in a transaction that
 * first sets the Row-Level Security variables (subgraph-kit, tenancy), one frame per statement.
 */
const FRAMING = /^\s*(begin|start transaction|commit|rollback|savepoint|release savepoint|select set_config\(|set local )/i;

/**
 * Collects the SQL statements an ORM sends, to assert that a query's cost does not grow with its data.
 * Transaction framing is left out (it comes with each statement, so it grows exactly as they do).
 */
export class SqlCounter {
  readonly statements: string[] = [];
  private active = false;

  /** Pass as `onQuery` to the subgraph under test. */
  readonly onQuery = (sql: string): void => {
    if (this.active && !FRAMING.test(sql)) this.statements.push(sql);
  };

  /** Counts the statements `fn` causes. */
  async count<T>(fn: () => Promise<T>): Promise<{ result: T; statements: string[] }> {
    this.statements.length = 0;
    this.active = true;
    try {
      const result = await fn();
      return { result, statements: [...this.statements] };
    } finally {
      this.active = false;
    }
  }
}
