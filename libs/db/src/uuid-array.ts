/** PostgreSQL's type oid of `uuid[]`. */
export const UUID_ARRAY_OID = 2951;

/**
 * A `uuid[]` in PostgreSQL's text form (`{a,b}`, `{}`, `{NULL,a}`) as strings. A uuid's text has no
 * character the array syntax quotes or escapes, so splitting at commas reads it exactly; pg's
 * generic array parser reads it character by character, which a page of supply links (three uuid
 * arrays per row) paid for on every request. Anything else (a multi-dimensional array, quoting) goes
 * to `fallback`.
 */
export function parseUuidArray(text: string, fallback: (text: string) => (string | null)[]): (string | null)[] {
  if (text === '{}') return [];
  if (text.length < 2 || text[0] !== '{' || text[text.length - 1] !== '}' || /["{}\\\s]/.test(text.slice(1, -1))) return fallback(text);
  return text
    .slice(1, -1)
    .split(',')
    .map((value) => (value === 'NULL' ? null : value));
}
