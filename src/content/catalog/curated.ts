/**
 * The curated data files: the few facts no post states and no heuristic can see. They live at
 * the top of the content folder, are all optional, and are checked with zod; a bad entry is
 * reported at its YAML position and skipped, never fatal to the rest of the catalog.
 *
 * - `editions.yml`  conference series (names, recognisers, official sites) and their editions
 *                   (official name, venue, day dates); `primary` names the site's own series.
 * - `taxonomy.yml`  topic tags (`tags`: id, label, label_en, aliases) and review-tag aliases (`reviewTags`).
 * - `companies.yml` companies (id, name, name_en, aliases) that speaker affiliations are normalised to.
 * - `merges.yml`    "these titles are the same session" facts for one edition.
 * - `sources.yml`   a review's original address, where its frontmatter gives none (sources.ts).
 */
import { z } from 'zod';
import { isCollection, LineCounter, parseDocument, visit, type Document } from 'yaml';
import { createDiagnostic, DiagnosticCode } from '../diagnostics.ts';
import type { Diagnostic, SourceLocation } from '../schema.ts';

const CuratedEdition = z.object({
  year: z.number().int().min(1990).max(2100),
  name: z.string().min(1).optional(),
  venue: z.string().min(1).optional(),
  /** ISO dates of day 1, day 2, … */
  // One entry per day; null for a day whose date no source states (the event had it, undated).
  days: z.array(z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'expected a date like 2024-10-22').nullable()).default([]),
});

const CuratedSeries = z.object({
  id: z.string().regex(/^[a-z0-9-]+$/, 'expected a lowercase slug like if-kakao'),
  name: z.string().min(1),
  /** Extra spellings that name the series in a post (case and spacing are ignored). */
  aliases: z.array(z.string().min(1)).default([]),
  /** Hosts of official session pages (`if.kakao.com`). */
  sites: z.array(z.string().min(1)).default([]),
  editions: z.array(CuratedEdition).default([]),
});

export const EditionsFile = z.object({
  primary: z.string().optional(),
  series: z.array(CuratedSeries).default([]),
});

export const TaxonomyFile = z.object({
  tags: z
    .array(
      z.object({
        id: z.string().regex(/^[a-z0-9-]+$/, 'expected a lowercase slug like kafka'),
        label: z.string().min(1),
        /** The label in English mode (`캐시` → `Cache`); the label when absent. */
        label_en: z.string().min(1).optional(),
        aliases: z.array(z.string().min(1)).default([]),
      }),
    )
    .default([]),
  /** Canonical review tag → spellings that mean it (`review: [후기, 리뷰]`). */
  reviewTags: z.record(z.string(), z.array(z.string().min(1))).default({}),
});

export const CompaniesFile = z.object({
  companies: z
    .array(
      z.object({
        id: z.string().regex(/^[a-z0-9-]+$/, 'expected a lowercase slug like kakaopay'),
        name: z.string().min(1),
        /** The name in English mode (`카카오페이` → `Kakao Pay`); the name when absent. */
        name_en: z.string().min(1).optional(),
        aliases: z.array(z.string().min(1)).default([]),
      }),
    )
    .default([]),
});

export const MergesFile = z.object({
  merges: z
    .array(
      z.object({
        /** Edition id: `2024`, `deview-2023`. */
        edition: z.union([z.string(), z.number()]).transform(String),
        /** The canonical title. */
        title: z.string().min(1),
        /** Titles other reviews use for the same session. */
        same_as: z.array(z.string().min(1)).min(1),
        note: z.string().optional(),
      }),
    )
    .default([]),
});

export const SourcesFile = z.object({
  sources: z
    .array(
      z.object({
        /** The review: its id (`001_b14e009d84ebaef2`), file name or path in the content folder. */
        review: z.union([z.string().min(1), z.number()]).transform(String),
        /** Where the post is published: absolute http(s), as frontmatter `url` must be. */
        url: z.string().regex(/^https?:\/\/[^\s/]+[^\s]*$/i, 'expected an absolute http(s) URL like https://blog.example.com/2024/10/if-kakao'),
      }),
    )
    .default([]),
});

export type EditionsFile = z.infer<typeof EditionsFile>;
export type CuratedSeries = z.infer<typeof CuratedSeries>;
export type TaxonomyFile = z.infer<typeof TaxonomyFile>;
export type CompaniesFile = z.infer<typeof CompaniesFile>;
export type MergesFile = z.infer<typeof MergesFile>;
export type SourcesFile = z.infer<typeof SourcesFile>;

export interface CuratedData {
  editions: EditionsFile;
  taxonomy: TaxonomyFile;
  companies: CompaniesFile;
  merges: MergesFile & { file?: string };
  /** Where each merge entry was written, for diagnostics (index-aligned with merges.merges). */
  mergeLocations: MergeLocation[];
  sources: SourcesFile['sources'];
  /** Where each source entry's `review` is written (index-aligned with sources). */
  sourceLocations: SourceLocation[];
}

/** Where a merge entry, its title and each of its `same_as` titles are in merges.yml. */
export interface MergeLocation extends SourceLocation {
  title: SourceLocation;
  sameAs: SourceLocation[];
}

const CURATED_FILES = {
  editions: EditionsFile,
  taxonomy: TaxonomyFile,
  companies: CompaniesFile,
  merges: MergesFile,
  sources: SourcesFile,
} as const;

type CuratedName = keyof typeof CURATED_FILES;

/** The files that may be written as the list alone, without their top-level key. */
const MAY_BE_BARE_LIST = new Set<CuratedName>(['companies', 'merges', 'sources']);

/** Which curated file a content path is, if any: only top-level `<name>.yml` / `.yaml`. */
export function identifyCuratedFile(path: string): CuratedName | null {
  const m = /^(editions|taxonomy|companies|merges|sources)\.ya?ml$/.exec(path);
  return m ? (m[1] as CuratedName) : null;
}

export function createEmptyCurated(): CuratedData {
  return {
    editions: { series: [] },
    taxonomy: { tags: [], reviewTags: {} },
    companies: { companies: [] },
    merges: { merges: [] },
    mergeLocations: [],
    sources: [],
    sourceLocations: [],
  };
}

/** The diagnostic for a curated file whose YAML parses but cannot be turned into values. */
function describeUnreadableYaml(doc: Document, file: string, at: (offset: number) => SourceLocation, error: unknown): Diagnostic {
  let firstAlias: number | undefined;
  visit(doc, {
    Alias(_key, node) {
      firstAlias = node.range?.[0];
      return visit.BREAK;
    },
  });
  const reason = error instanceof Error ? error.message : String(error);
  if (firstAlias !== undefined && /alias/i.test(reason)) {
    return createDiagnostic({
      code: DiagnosticCode.curatedAliasBomb,
      severity: 'error',
      location: at(firstAlias),
      message: `${file} repeats its YAML aliases (*name) into too many copies to read, the shape of an alias bomb`,
      hint: 'Write the values out instead of nesting aliases of aliases; the file is ignored until then',
    });
  }
  return createDiagnostic({
    code: DiagnosticCode.curatedYamlInvalid,
    severity: 'error',
    location: at(0),
    message: `${file} cannot be read as data: ${reason}`,
    hint: 'Fix the YAML; the file is ignored until then',
  });
}

/**
 * Parse one curated file into `data`. Entries that fail validation are dropped one by one
 * (so one typo does not discard the whole taxonomy) and reported where they are written.
 */
export function loadCuratedFile(data: CuratedData, name: CuratedName, file: string, text: string): Diagnostic[] {
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { version: '1.2', lineCounter, prettyErrors: false });
  const at = (offset: number) => {
    const p = lineCounter.linePos(offset);
    return { file, line: p.line, column: p.col };
  };
  const firstError = doc.errors[0];
  if (firstError) {
    return [
      createDiagnostic({
        code: DiagnosticCode.curatedYamlInvalid,
        severity: 'error',
        location: at(firstError.pos[0]),
        message: `${file} is not valid YAML: ${firstError.message.split('\n')[0]!.replace(/ at line \d+, column \d+:?$/, '')}`,
        hint: 'Fix the YAML; the file is ignored until then',
      }),
    ];
  }
  let raw: unknown;
  try {
    raw = doc.toJS() ?? {};
  } catch (error) {
    // The yaml library stops expanding aliases past `maxAliasCount` copies (a "billion laughs"
    // bomb) by throwing; that is this file's problem, not the pipeline's.
    return [describeUnreadableYaml(doc, file, at, error)];
  }
  // `companies.yml`, `merges.yml` and `sources.yml` may be a bare list; wrap them in their key.
  const bareList = Array.isArray(raw) && MAY_BE_BARE_LIST.has(name);
  const value = bareList ? { [name]: raw } : raw;
  const diagnostics: Diagnostic[] = [];
  const positionOf = (path: (string | number)[]) => {
    const docPath = bareList ? path.slice(1) : path;
    for (let n = docPath.length; n >= 0; n--) {
      const node = doc.getIn(docPath.slice(0, n), true) as { range?: [number, number, number] } | undefined;
      if (node && node.range) return at(node.range[0]);
      if (n === 0 && isCollection(doc.contents) && doc.contents.range) return at(doc.contents.range[0]);
    }
    return { file, line: 1, column: 1 };
  };
  const schema = CURATED_FILES[name] as z.ZodType;
  let result = schema.safeParse(value);
  // Drop invalid list entries and retry, so the valid ones still count.
  let guard = 0;
  while (!result.success && guard++ < 50) {
    const issue = result.error.issues[0]!;
    const path = issue.path.filter((p): p is string | number => typeof p !== 'symbol');
    diagnostics.push(
      createDiagnostic({
        code: DiagnosticCode.curatedInvalidEntry,
        severity: 'error',
        location: positionOf(path),
        message: `${file}: \`${path.join('.') || '(root)'}\` is invalid: ${issue.message}`,
        hint: 'Fix the entry; it is ignored until then',
      }),
    );
    const listIndex = path.findIndex((p) => typeof p === 'number');
    if (listIndex <= 0) return diagnostics;
    const container = path.slice(0, listIndex).reduce<unknown>((acc, k) => (acc as Record<string, unknown>)?.[k], value);
    if (!Array.isArray(container)) return diagnostics;
    container[path[listIndex] as number] = undefined;
    const cleaned = JSON.parse(JSON.stringify(value, (_k, v) => (Array.isArray(v) ? v.filter((x) => x !== undefined) : v)));
    // Keep positions of later entries right: rewrite the list in place.
    container.splice(0, container.length, ...(path.slice(0, listIndex).reduce<unknown>((acc, k) => (acc as Record<string, unknown>)?.[k], cleaned) as unknown[]));
    result = schema.safeParse(value);
  }
  if (!result.success) return diagnostics;
  addCurated(data, name, result.data, positionOf, doc);
  return diagnostics;
}

/** Add one file's validated entries to `data`, with the places diagnostics about them point at. */
function addCurated(data: CuratedData, name: CuratedName, parsed: unknown, positionOf: (path: (string | number)[]) => SourceLocation, doc: Document): void {
  switch (name) {
    case 'editions': {
      const v = parsed as EditionsFile;
      if (v.primary) data.editions.primary = v.primary;
      data.editions.series.push(...v.series);
      break;
    }
    case 'taxonomy': {
      const v = parsed as TaxonomyFile;
      data.taxonomy.tags.push(...v.tags);
      Object.assign(data.taxonomy.reviewTags, v.reviewTags);
      break;
    }
    case 'companies':
      data.companies.companies.push(...(parsed as CompaniesFile).companies);
      break;
    case 'merges': {
      const v = parsed as MergesFile;
      v.merges.forEach((m, i) => {
        data.merges.merges.push(m);
        data.mergeLocations.push({
          ...positionOf(['merges', i]),
          title: positionOf(['merges', i, 'title']),
          sameAs: m.same_as.map((_, k) => positionOf(['merges', i, 'same_as', k])),
        });
      });
      break;
    }
    case 'sources': {
      // Entries dropped as invalid shift the indexes: find each kept one where it is written.
      const js: unknown = doc.toJS();
      const written = (Array.isArray(js) ? js : (js as { sources?: unknown[] }).sources) ?? [];
      let from = 0;
      for (const entry of (parsed as SourcesFile).sources) {
        const k = written.findIndex((w, i) => i >= from && String((w as { review?: unknown })?.review) === entry.review);
        from = k + 1;
        data.sources.push(entry);
        data.sourceLocations.push(positionOf(['sources', k, 'review']));
      }
      break;
    }
  }
}
