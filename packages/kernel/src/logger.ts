import { createRequire } from "node:module";
import { Writable } from "node:stream";
import { isSpanContextValid, trace } from "@opentelemetry/api";
import { pino, stdTimeFunctions, type DestinationStream, type LoggerOptions as PinoOptions, type Logger as PinoLogger } from "pino";
import { currentRequestScope } from "./request-context.js";

export type LogLevel = "debug" | "info" | "warn" | "error" | "silent";
const LEVELS: readonly LogLevel[] = ["debug", "info", "warn", "error", "silent"];

/** How lines are written: JSON lines (services, CI, log shippers) or pino-pretty's readable lines (a terminal). */
export type LogFormat = "json" | "pretty";

/**
 * A structured logger; every line carries the service name and, inside a request, its request id and
 * trace id. Implemented on pino; this interface is what the code depends on.
 */
export interface Logger {
  debug(message: string, fields?: Record<string, unknown>): void;
  info(message: string, fields?: Record<string, unknown>): void;
  warn(message: string, fields?: Record<string, unknown>): void;
  error(message: string, fields?: Record<string, unknown>): void;
  child(fields: Record<string, unknown>): Logger;
}

export interface LoggerOptions {
  service: string;
  /** Default: `LOG_LEVEL`, else info. */
  level?: LogLevel;
  /** Default: `LOG_FORMAT` (`json` or `pretty`), else json. */
  format?: LogFormat;
  /** Where lines go (one JSON object per call, without the newline); stdout by default. Tests pass a collector. */
  write?: (line: string) => void;
  fields?: Record<string, unknown>;
}

/** Written by the logger itself: a field a call passes under one of these names is kept under `shadowed`. */
const ENVELOPE = new Set(["time", "level", "msg", "service", "requestId", "traceId", "spanId"]);

/**
 * Key names whose values never reach a log line, at the top level and two levels down (`headers.authorization`,
 * `input.credentials.password`): credentials a request, a config or an error may carry.
 */
export const REDACTED_KEYS = [
  "authorization",
  "cookie",
  "set-cookie",
  "password",
  "currentPassword",
  "newPassword",
  "token",
  "accessToken",
  "refreshToken",
  "idToken",
  "resetToken",
  "secret",
  "clientSecret",
  "apiKey",
  "privateKey",
  "recoveryCodes",
  "totpSecret",
] as const;

const REDACT_PATHS = REDACTED_KEYS.flatMap((key) => {
  const name = /^[A-Za-z_$][\w$]*$/.test(key) ? key : `["${key}"]`;
  const nested = name.startsWith("[") ? name : `.${name}`;
  return [name, `*${nested}`, `*.*${nested}`];
});

/** What replaces a redacted value. */
export const REDACTED = "[redacted]";

function isLogLevel(value: unknown): value is LogLevel {
  return LEVELS.includes(value as LogLevel);
}

function serialise(value: unknown): unknown {
  if (value instanceof Error) return { name: value.name, message: value.message, stack: value.stack };
  return value;
}

/** The fields of one call, errors serialised and envelope names moved aside. */
function callFields(fields: Record<string, unknown> | undefined): Record<string, unknown> {
  const entry: Record<string, unknown> = {};
  let shadowed: Record<string, unknown> | undefined;
  for (const [key, value] of Object.entries(fields ?? {})) {
    if (ENVELOPE.has(key)) (shadowed ??= {})[key] = serialise(value);
    else entry[key] = serialise(value);
  }
  if (shadowed) entry.shadowed = shadowed;
  return entry;
}

/** pino-pretty, loaded only when asked for; a stream in this thread (no transport worker). */
function prettyStream(write: ((line: string) => void) | undefined): DestinationStream {
  const require = createRequire(import.meta.url);
  const pretty = require("pino-pretty") as (options: Record<string, unknown>) => DestinationStream;
  return pretty({
    colorize: !write && process.stdout.isTTY === true,
    translateTime: "SYS:HH:MM:ss.l",
    ignore: "service,traceId,spanId",
    messageFormat: "[{service}] {msg}",
    sync: true,
    destination: write
      ? new Writable({
          write(chunk: Buffer, _encoding, done) {
            write(chunk.toString().replace(/\n$/, ""));
            done();
          },
        })
      : 1,
  });
}

function rootLogger(options: LoggerOptions, level: LogLevel): PinoLogger {
  const pretty = (options.format ?? (process.env.LOG_FORMAT === "pretty" ? "pretty" : "json")) === "pretty";
  const settings: PinoOptions = {
    level,
    base: null,
    messageKey: "msg",
    redact: { paths: REDACT_PATHS, censor: REDACTED },
    // JSON lines name their level and carry an ISO time; pino-pretty formats its own from pino's numbers.
    ...(pretty ? {} : { timestamp: stdTimeFunctions.isoTime, formatters: { level: (label: string) => ({ level: label }) } }),
  };
  if (pretty) return pino(settings, prettyStream(options.write));
  const write = options.write;
  if (write) return pino(settings, { write: (line: string) => write(line.endsWith("\n") ? line.slice(0, -1) : line) });
  return pino(settings, pino.destination({ sync: true }));
}

/**
 * Creates a logger on pino: JSON lines (or pino-pretty's when `LOG_FORMAT=pretty`), credentials
 * ({@link REDACTED_KEYS}) redacted, the request id and the active trace's ids added inside a request.
 */
export function createLogger(options: LoggerOptions): Logger {
  const fromEnv = process.env.LOG_LEVEL;
  const level = options.level ?? (isLogLevel(fromEnv) ? fromEnv : "info");
  return bind(rootLogger(options, level), { service: options.service, ...options.fields });
}

/** A {@link Logger} over `root` whose lines carry `bindings` (merged here, so a child's field replaces its parent's). */
function bind(root: PinoLogger, bindings: Record<string, unknown>): Logger {
  const own = Object.fromEntries(Object.entries(bindings).filter(([key]) => !["time", "level", "msg"].includes(key)));
  const target = root.child(own);
  const boundRequestId = "requestId" in own;
  const log = (level: Exclude<LogLevel, "silent">, message: string, fields?: Record<string, unknown>) => {
    if (!target.isLevelEnabled(level)) return;
    const entry = callFields(fields);
    if (!boundRequestId) {
      const requestId = currentRequestScope()?.requestId;
      if (requestId) entry.requestId = requestId;
    }
    const span = trace.getActiveSpan()?.spanContext();
    if (span && isSpanContextValid(span)) {
      entry.traceId = span.traceId;
      entry.spanId = span.spanId;
    }
    target[level](entry, message);
  };
  return {
    debug: (m, f) => log("debug", m, f),
    info: (m, f) => log("info", m, f),
    warn: (m, f) => log("warn", m, f),
    error: (m, f) => log("error", m, f),
    child: (fields) => bind(root, { ...own, ...fields }),
  };
}
