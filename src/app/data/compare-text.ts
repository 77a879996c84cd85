/**
 * Code-point order: the same in Node at build time and in every browser, whatever its locale
 * (Hangul sorts 가나다, after Latin). Every order the pre-renderer and the browser both compute
 * uses this, never `localeCompare` without a fixed locale: a Korean browser's collation put tags
 * in another order than the build machine's, and hydration failed (React error #418, issue #14).
 */
export function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
