import { currentRequestScope } from "./request-context.js";

export type LogLevel = "debug" | "info" | "warn" | "error" | "silent";
const ORDER: Record<LogLevel, number> = { debug: 10, info: 20, warn: 30, error: 40, silent: 100 };

/** A structured JSON logger; every line carries the service name and the current request id. */
export interface Logger {
  debug(message: string, fields?: Record<string, unknown>): void;
  info(message: string, fields?: Record<string, unknown>): void;
  warn(message: string, fields?: Record<string, unknown>): void;
  error(message: string, fields?: Record<string, unknown>): void;
  child(fields: Record<string, unknown>): Logger;
}

export interface LoggerOptions {
  service: string;
  level?: LogLevel;
  /** Where lines go; stdout by default. Tests pass a collector. */
  write?: (line: string) => void;
  fields?: Record<string, unknown>;
}

function serialise(value: unknown): unknown {
  if (value instanceof Error) return { name: value.name, message: value.message, stack: value.stack };
  return value;
}

/** Creates a JSON-lines logger. */
export function createLogger(options: LoggerOptions): Logger {
  const threshold = ORDER[options.level ?? (process.env.LOG_LEVEL as LogLevel | undefined) ?? "info"] ?? ORDER.info;
  const write = options.write ?? ((line: string) => process.stdout.write(line + "\n"));
  const base = { service: options.service, ...options.fields };
  const log = (level: Exclude<LogLevel, "silent">, message: string, fields?: Record<string, unknown>) => {
    if (ORDER[level] < threshold) return;
    const requestId = currentRequestScope()?.requestId;
    const entry: Record<string, unknown> = {};
    for (const [key, value] of Object.entries(fields ?? {})) entry[key] = serialise(value);
    // The envelope is written last, so a field passed with one call cannot overwrite it.
    Object.assign(entry, { time: new Date().toISOString(), level, msg: message, ...base });
    if (requestId) entry.requestId = requestId;
    write(JSON.stringify(entry));
  };
  return {
    debug: (m, f) => log("debug", m, f),
    info: (m, f) => log("info", m, f),
    warn: (m, f) => log("warn", m, f),
    error: (m, f) => log("error", m, f),
    child: (fields) => createLogger({ ...options, fields: { ...options.fields, ...fields } }),
  };
}
