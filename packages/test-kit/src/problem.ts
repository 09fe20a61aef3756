import type { ExecutionResult } from "@plateau/client";

/** The first error of a response as tests check it: its code, the field it names, and its message. */
export function problem(result: ExecutionResult<unknown>): { code: unknown; field: string | undefined; message: string | undefined } {
  const error = result.errors?.[0];
  const extensions = error?.extensions ?? {};
  return {
    code: extensions.code,
    field: (extensions.fields as { field: string }[] | undefined)?.[0]?.field,
    message: error?.message,
  };
}
