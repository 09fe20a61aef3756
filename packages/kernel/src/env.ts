/**
 * Typed, fail-fast environment parsing. Every deployable declares its variables once; a missing or
 * malformed value is reported together with every other problem, so a misconfigured service says
 * everything that is wrong in one start attempt.
 */

/** One variable's parser: returns the parsed value or throws with a reason. */
export interface EnvVar<T> {
  readonly parse: (raw: string | undefined, name: string) => T;
  readonly description: string;
}

class EnvProblem extends Error {}

function variable<T>(description: string, parse: (raw: string) => T, fallback?: () => T): EnvVar<T> {
  return {
    description,
    parse(raw, name) {
      if (raw === undefined || raw === "") {
        if (fallback) return fallback();
        throw new EnvProblem(`${name} is required (${description})`);
      }
      return parse(raw);
    },
  };
}

/** Variable builders: each takes a description and an optional default. */
export const env = {
  string: (description: string, fallback?: string): EnvVar<string> =>
    variable(description, (raw) => raw, fallback === undefined ? undefined : () => fallback),
  optionalString: (description: string): EnvVar<string | undefined> =>
    variable<string | undefined>(
      description,
      (raw) => raw,
      () => undefined,
    ),
  int: (description: string, fallback?: number): EnvVar<number> =>
    variable(
      description,
      (raw) => {
        const value = Number(raw);
        if (!Number.isInteger(value)) throw new EnvProblem(`expected an integer, got "${raw}"`);
        return value;
      },
      fallback === undefined ? undefined : () => fallback,
    ),
  optionalInt: (description: string): EnvVar<number | undefined> =>
    variable<number | undefined>(
      description,
      (raw) => {
        const value = Number(raw);
        if (!Number.isInteger(value)) throw new EnvProblem(`expected an integer, got "${raw}"`);
        return value;
      },
      () => undefined,
    ),
  /** A number of `min` or more (e.g. a price), or undefined when unset. */
  optionalNumber: (description: string, min = 0): EnvVar<number | undefined> =>
    variable<number | undefined>(
      description,
      (raw) => {
        const value = Number(raw);
        if (!Number.isFinite(value) || value < min) throw new EnvProblem(`expected a number of ${min} or more, got "${raw}"`);
        return value;
      },
      () => undefined,
    ),
  bool: (description: string, fallback: boolean): EnvVar<boolean> =>
    variable(
      description,
      (raw) => {
        if (["1", "true", "yes"].includes(raw.toLowerCase())) return true;
        if (["0", "false", "no"].includes(raw.toLowerCase())) return false;
        throw new EnvProblem(`expected true or false, got "${raw}"`);
      },
      () => fallback,
    ),
  url: (description: string, fallback?: string): EnvVar<string> =>
    variable(
      description,
      (raw) => {
        try {
          return new URL(raw).toString();
        } catch {
          throw new EnvProblem(`expected a URL, got "${raw}"`);
        }
      },
      fallback === undefined ? undefined : () => fallback,
    ),
  optionalUrl: (description: string): EnvVar<string | undefined> =>
    variable<string | undefined>(
      description,
      (raw) => {
        try {
          return new URL(raw).toString();
        } catch {
          throw new EnvProblem(`expected a URL, got "${raw}"`);
        }
      },
      () => undefined,
    ),
  /** A required value `parse` checks and converts; whatever it throws is reported as the variable's problem. */
  custom: <T>(description: string, parse: (raw: string) => T): EnvVar<T> =>
    variable(description, (raw) => {
      try {
        return parse(raw);
      } catch (error) {
        throw new EnvProblem((error as Error).message);
      }
    }),
  oneOf: <const T extends string>(description: string, values: readonly T[], fallback: T): EnvVar<T> =>
    variable(
      description,
      (raw) => {
        if (!values.includes(raw as T)) throw new EnvProblem(`expected one of ${values.join(", ")}, got "${raw}"`);
        return raw as T;
      },
      () => fallback,
    ),
};

export type EnvShape = Record<string, EnvVar<unknown>>;
export type ParsedEnv<S extends EnvShape> = { readonly [K in keyof S]: S[K] extends EnvVar<infer T> ? T : never };

/** Thrown when one or more variables are missing or malformed; lists every problem. */
export class EnvError extends Error {
  constructor(readonly problems: string[]) {
    super(`Invalid environment:\n  - ${problems.join("\n  - ")}`);
    this.name = "EnvError";
  }
}

/**
 * Parses `source` (default `process.env`) against `shape`, collecting every problem before failing.
 */
export function parseEnv<S extends EnvShape>(shape: S, source: Record<string, string | undefined> = process.env): ParsedEnv<S> {
  const problems: string[] = [];
  const result: Record<string, unknown> = {};
  for (const [name, spec] of Object.entries(shape)) {
    try {
      result[name] = spec.parse(source[name], name);
    } catch (error) {
      problems.push(
        error instanceof EnvProblem && !error.message.startsWith(name) ? `${name}: ${error.message}` : String((error as Error).message),
      );
    }
  }
  if (problems.length > 0) throw new EnvError(problems);
  return result as ParsedEnv<S>;
}
