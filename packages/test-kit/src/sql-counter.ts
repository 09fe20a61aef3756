/** Collects the SQL statements an ORM sends, to assert that a query's cost does not grow with its data. */
export class SqlCounter {
  readonly statements: string[] = [];
  private active = false;

  /** Pass as `onQuery` to the subgraph under test. */
  readonly onQuery = (sql: string): void => {
    if (this.active) this.statements.push(sql);
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
