/**
 * Company names as speakers' affiliations are written, normalised against the curated list in
 * content/companies.yml. Reviews misspell (`카카포페이`, `카카오엔터테이먼트`) and space
 * (`카카오 커머스`) company names, so matching ignores case and spacing and allows one typo.
 */
import { slug } from 'github-slugger';
import { boundId } from '../catalog/ids.ts';
import { memoizeString } from '../string-memo.ts';
import type { CompaniesFile } from '../catalog/curated.ts';

export interface ResolvedCompany {
  id: string;
  name: string;
  /** True when the name matched the curated list. */
  known: boolean;
}

export interface CompanyResolver {
  /** Resolve a written company name; unknown names keep their spelling with a slug id. */
  resolve(raw: string): ResolvedCompany | null;
  /** Resolve only names on the curated list (used to tell a company from a person). */
  resolveKnown(raw: string): ResolvedCompany | null;
  /** The curated company a text starts with (`카카오뱅크의 AI Ecosystem` → 카카오뱅크). */
  findLeadingCompany(text: string): ResolvedCompany | null;
}

/** Case, spacing and punctuation do not tell companies apart. */
export function normalizeCompanyKey(raw: string): string {
  return raw.normalize('NFC').toLowerCase().replace(/[\s.·,()'"]/g, '');
}

/** Damerau–Levenshtein distance (adjacent swaps count once), on code points. */
export function editDistance(a: string, b: string, limit = Infinity): number {
  const s = [...a];
  const t = [...b];
  if (Math.abs(s.length - t.length) > limit) return limit + 1;
  const d: number[][] = Array.from({ length: s.length + 1 }, (_, i) => {
    const row = new Array<number>(t.length + 1).fill(0);
    row[0] = i;
    return row;
  });
  for (let j = 0; j <= t.length; j++) d[0]![j] = j;
  for (let i = 1; i <= s.length; i++) {
    for (let j = 1; j <= t.length; j++) {
      const cost = s[i - 1] === t[j - 1] ? 0 : 1;
      let v = Math.min(d[i - 1]![j]! + 1, d[i]![j - 1]! + 1, d[i - 1]![j - 1]! + cost);
      if (i > 1 && j > 1 && s[i - 1] === t[j - 2] && s[i - 2] === t[j - 1]) v = Math.min(v, d[i - 2]![j - 2]! + 1);
      d[i]![j] = v;
    }
  }
  return d[s.length]![t.length]!;
}

// Korean possessive/topic particles glued to a company name: `카카오뱅크의`, `카카오페이는`.
const PARTICLE = /(의|는|은|가|이|에서|와|과)$/;

export function createCompanyResolver(file: CompaniesFile): CompanyResolver {
  const exact = new Map<string, ResolvedCompany>();
  const entries: { key: string; company: ResolvedCompany }[] = [];
  for (const c of file.companies) {
    const company = { id: c.id, name: c.name, known: true };
    for (const spelling of [c.name, c.id, ...c.aliases]) {
      const key = normalizeCompanyKey(spelling);
      if (!key) continue;
      exact.set(key, company);
      entries.push({ key, company });
    }
  }
  const cache = new Map<string, ResolvedCompany | null>();

  function resolveKnown(raw: string): ResolvedCompany | null {
    const key = normalizeCompanyKey(raw);
    if (!key) return null;
    const cached = cache.get(key);
    if (cached !== undefined) return cached;
    let found = exact.get(key) ?? null;
    if (!found && PARTICLE.test(key)) found = exact.get(key.replace(PARTICLE, '')) ?? null;
    // One typo is tolerated on names long enough that one letter cannot make another company.
    if (!found && [...key].length >= 4) {
      let best: ResolvedCompany | null = null;
      let bestDistance = 2;
      let ambiguous = false;
      for (const e of entries) {
        if ([...e.key].length < 4) continue;
        const dist = editDistance(key, e.key, 1);
        if (dist < bestDistance) {
          best = e.company;
          bestDistance = dist;
          ambiguous = false;
        } else if (dist === bestDistance && best && best.id !== e.company.id) ambiguous = true;
      }
      if (best && !ambiguous && bestDistance <= 1) found = best;
    }
    cache.set(key, found);
    return found;
  }

  const resolve = memoizeString((raw): ResolvedCompany | null => {
    const name = raw.trim().replace(/\s+/g, ' ');
    if (!name) return null;
    const known = resolveKnown(name);
    if (known) return known;
    const id = slug(name).replace(/-+/g, '-').replace(/^-|-$/g, '');
    return id ? { id: boundId(id), name, known: false } : null;
  }, 20_000);

  return {
    resolveKnown,
    resolve,
    findLeadingCompany(text) {
      const first = text.trim().split(/[\s,:/|-]+/)[0] ?? '';
      return first ? resolveKnown(first) : null;
    },
  };
}
