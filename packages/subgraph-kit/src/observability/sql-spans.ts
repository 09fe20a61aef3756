import { SpanKind, SpanStatusCode, trace, type Tracer } from "@opentelemetry/api";
import { DefaultLogger, type LogContext, type Logger as OrmLogger, type LoggerOptions } from "@mikro-orm/core";

/** Longest statement text a span keeps. */
const MAX_STATEMENT_LENGTH = 2_000;

/** The statement's verb (`SELECT`, `INSERT`, `BEGIN`, …) for the span name. */
function operationOf(sql: string): string {
  return /^\s*(\w+)/.exec(sql)?.[1]?.toUpperCase() ?? "SQL";
}

/**
 * MikroORM's logger with one span per SQL statement, as a child of the active span (the subgraph's
 * request): MikroORM reports each statement with its duration once it has run. Statements outside a
 * recorded trace (the outbox relay's polls, consumers) get none, so an idle subgraph exports nothing.
 *
 * Why not @opentelemetry/instrumentation-pg: MikroORM inlines parameter values into the SQL it sends,
 * so pg's spans would carry user data (emails, password hashes) in `db.statement`, while this hook
 * has the statement with its `?` placeholders; it also covers embedded PGlite (`npm start`), which has
 * no `pg` to patch, and does not depend on import hooks running before `pg` loads.
 */
class TracingQueryLogger extends DefaultLogger {
  constructor(
    options: LoggerOptions,
    private readonly tracer: Tracer,
    private readonly schema: string,
  ) {
    super(options);
  }

  override logQuery(context: { query: string } & LogContext): void {
    const parent = trace.getActiveSpan();
    if (parent?.isRecording()) this.recordSpan(context.query, context);
    super.logQuery(context);
  }

  private recordSpan(sql: string, context: LogContext): void {
    const end = Date.now();
    const operation = operationOf(sql);
    const span = this.tracer.startSpan(`${operation} ${this.schema}`, {
      kind: SpanKind.CLIENT,
      startTime: end - (context.took ?? 0),
      attributes: {
        "db.system.name": "postgresql",
        "db.namespace": this.schema,
        "db.operation.name": operation,
        "db.query.text": sql.length > MAX_STATEMENT_LENGTH ? `${sql.slice(0, MAX_STATEMENT_LENGTH)}…` : sql,
        ...(context.results !== undefined ? { "db.response.returned_rows": context.results } : {}),
      },
    });
    if (context.level === "error") span.setStatus({ code: SpanStatusCode.ERROR });
    span.end(end);
  }
}

/** MikroORM's `loggerFactory` that records SQL spans with `tracer` for the subgraph's `schema`. */
export function sqlSpanLoggerFactory(tracer: Tracer, schema: string): (options: LoggerOptions) => OrmLogger {
  return (options) => new TracingQueryLogger(options, tracer, schema);
}
