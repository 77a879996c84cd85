/**
 * A pure function of one string, remembered. The catalog stages slug, key and scan the same
 * titles and names again and again: thousands of write-ups share a thousand-odd titles, and the
 * dev server builds the catalog again on every save. Everything is forgotten once `limit`
 * strings are kept, so a long dev session's memory stays bounded.
 */
export function memoizeString<R>(f: (text: string) => R, limit = 50_000): (text: string) => R {
  const known = new Map<string, R>();
  return (text) => {
    let out = known.get(text);
    if (out === undefined && !known.has(text)) {
      if (known.size >= limit) known.clear();
      known.set(text, (out = f(text)));
    }
    return out as R;
  };
}
