/** `true`/`false`, a hop count, or a named/listed address set, as Express reads `trust proxy`. */
export function trustProxyValue(raw: string): boolean | number | string {
  if (raw === "true" || raw === "false") return raw === "true";
  return /^\d+$/.test(raw) ? Number(raw) : raw;
}
