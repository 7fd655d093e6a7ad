/**
 * A query string the server reads as meant. The admin's fetch client joins `params` without encoding them,
 * so a search for "Smit & Zn" would break the address: encode here (arrays as repeated keys).
 */
export function toQueryString(params: Record<string, unknown>): string {
  const search = new URLSearchParams();
  for (const [key, value] of Object.entries(params)) {
    if (value === undefined || value === null || value === '') continue;
    for (const item of Array.isArray(value) ? value : [value]) search.append(key, String(item));
  }
  return search.toString();
}
