import { errors } from "@plateau/kernel";
import { filterToWhere, type FilterFieldMap } from "@plateau/subgraph-kit";

/** At most this many labels per task. */
export const MAX_LABELS = 20;
/** At most this many characters per label. */
export const MAX_LABEL_LENGTH = 50;

/** Labels as stored: as written (trimmed, first spelling kept) and lower-cased for filters. */
export interface NormalisedLabels {
  labels: string[];
  labelKeys: string[];
}

/**
 * Normalises the labels a client sent in `field`: trimmed, unique ignoring case (the first spelling
 * wins), none empty, at most {@link MAX_LABELS} of {@link MAX_LABEL_LENGTH} characters; BAD_USER_INPUT
 * naming `field[i]` (or `field`) otherwise.
 */
export function normaliseLabels(values: readonly string[], field: string): NormalisedLabels {
  const labels: string[] = [];
  const labelKeys: string[] = [];
  values.forEach((value, index) => {
    const label = value.trim();
    if (label.length === 0) throw errors.invalidField(`${field}[${index}]`, "a label must not be empty");
    if (label.length > MAX_LABEL_LENGTH)
      throw errors.invalidField(`${field}[${index}]`, `a label has at most ${MAX_LABEL_LENGTH} characters`);
    const key = label.toLowerCase();
    if (labelKeys.includes(key)) return;
    labels.push(label);
    labelKeys.push(key);
  });
  if (labels.length > MAX_LABELS) throw errors.invalidField(field, `a task has at most ${MAX_LABELS} labels (got ${labels.length})`);
  return { labels, labelKeys };
}

/** The lower-cased labels a filter asks for (any of them matches). */
function labelKeysOf(values: readonly string[], field: string): string[] {
  if (values.length > MAX_LABELS * 5) throw errors.invalidField(field, `at most ${MAX_LABELS * 5} labels`);
  return [...new Set(values.map((value) => value.trim().toLowerCase()).filter((key) => key.length > 0))];
}

/**
 * {@link filterToWhere} for filters with a `labels: [String!]` field (tasks that have any of the labels,
 * ignoring case and surrounding blanks), at any depth of `and`/`or`.
 */
export function filterWithLabelsToWhere(
  filter: { labels?: string[] | null; and?: unknown[] | null; or?: unknown[] | null } | null | undefined,
  path = "filter",
  fields: FilterFieldMap = {},
): Record<string, unknown> {
  if (!filter) return {};
  const { labels, and, or, ...rest } = filter;
  const where = filterToWhere(rest, path, fields);
  const parts: Record<string, unknown>[] = [];
  if (labels) parts.push({ labelKeys: { $overlap: labelKeysOf(labels, `${path}.labels`) } });
  and?.forEach((part, index) => parts.push(filterWithLabelsToWhere(part as typeof filter, `${path}.and[${index}]`, fields)));
  if (or) parts.push({ $or: or.map((part, index) => filterWithLabelsToWhere(part as typeof filter, `${path}.or[${index}]`, fields)) });
  return parts.length > 0 ? { ...where, $and: parts } : where;
}
