/**
 * Each cluster of write-ups → its Session: speakers and companies resolved and merged, the
 * official link, kind, aliases (ids of the other titles it was written up under), write-ups,
 * day and tags.
 */
import type { SeriesRecognizer } from '../edition/editions.ts';
import { rememberWriteUpHtml } from '../html/prerendered-html.ts';
import { stripControls } from '../read/decode.ts';
import type { CompanyResolver, ResolvedCompany } from '../people/companies.ts';
import type { SpeakerDraft } from '../people/speakers.ts';
import type { Session, Speaker, WriteUp } from '../schema.ts';
import type { EditionsRead, ReviewDays } from './editions-build.ts';
import { createSessionId, createSpeakerId } from './ids.ts';
import type { SessionCluster, WriteUpInput } from './session-clusters.ts';
import type { BuiltSession, SessionMemo } from './session-memo.ts';
import type { TagMatcher } from './tags.ts';

export interface SessionBuild {
  session: Session;
  editionId: string;
  day: number | null;
  /** Sort key for the timeline within a day: canonical write-up order. */
  order: WriteUpInput;
  extraCompanies: string[];
}

export interface SessionsContext {
  editions: EditionsRead;
  days: ReviewDays;
  recognizers: SeriesRecognizer[];
  companies: CompanyResolver;
  tags: TagMatcher;
  /** Company id → display name, filled as companies are resolved. */
  companyNames: Map<string, string>;
}

const UNKNOWN_DAY = 'day-unknown';

export function dayIdOf(n: number | null): string {
  return n === null ? UNKNOWN_DAY : `day-${n}`;
}

function hostOf(url: string): string {
  const m = /^https?:\/\/([^/?#:]+)/i.exec(url);
  return m ? m[1]!.toLowerCase().replace(/^www\./, '') : '';
}

/**
 * The context, speaker ids by name and handle (a speaker's write-ups slug their name once), and
 * the companies the session being built names, in order (session-memo.ts replays them).
 */
interface BuildState extends SessionsContext {
  speakerIds: Map<string, string>;
  named: ResolvedCompany[];
}

/** `memo`: the last build's sessions, reused for clusters built from the same objects (session-memo.ts). */
export function buildSessions(clusters: SessionCluster[], ctx: SessionsContext, memo?: SessionMemo): SessionBuild[] {
  const state: BuildState = { ...ctx, speakerIds: new Map(), named: [] };
  memo?.start();
  const builds = clusters.map((c) => buildOrReuse(c, state, memo));
  memo?.finish();
  // Alias ids never shadow a real session id.
  const realIds = new Set(builds.map((b) => b.session.id));
  for (const b of builds) b.session.aliases = b.session.aliases.filter((a) => !realIds.has(a));
  shareCompaniesInEdition(builds);
  return builds;
}

function buildOrReuse(c: SessionCluster, ctx: BuildState, memo: SessionMemo | undefined): SessionBuild {
  const { items } = c;
  const day = items.map((i) => i.day).find((d) => d !== null) ?? items.map((i) => ctx.days.sessionDay(i.work)).find((d) => d !== null) ?? null;
  const context = [ctx.tags, ctx.companies, ctx.recognizers, ctx.editions.editions.get(c.editionId)?.series];
  let built = memo?.find(c, day, context);
  if (built) for (const company of built.companiesNamed) nameCompany(company, ctx);
  else {
    ctx.named = [];
    built = buildSession(c, day, ctx);
    memo?.remember(c, day, context, built);
  }
  return { session: built.session, editionId: c.editionId, day, order: items[0]!, extraCompanies: built.extraCompanies };
}

function buildSession(c: SessionCluster, day: number | null, ctx: BuildState): BuiltSession {
  const { items } = c;
  const kinds = items.map((i) => i.draft.kind);
  const aliases: string[] = [];
  // Write-ups mostly share a title: each distinct one is slugged once.
  for (const title of new Set(items.map((i) => i.draft.title))) {
    const aliasId = createSessionId(c.editionId, title);
    if (aliasId !== c.id && !aliases.includes(aliasId)) aliases.push(aliasId);
  }
  const session: Session = {
    id: c.id,
    title: c.title,
    editionId: c.editionId,
    dayId: dayIdOf(day),
    kind: kinds.includes('keynote') ? 'keynote' : kinds.includes('panel') ? 'panel' : 'talk',
    speakers: mergeSpeakers(items, ctx),
    companies: [],
    tags: ctx.tags.matchSession(
      items.map((i) => i.draft.title).join('\n'),
      items.map((i) => i.work.noteTags[i.order]!),
    ),
    aliases,
    reviewCount: new Set(items.map((i) => i.work.reviewId)).size,
    emptyNotes: items.every((i) => i.draft.empty),
    writeUps: items.map(createWriteUp),
  };
  const link = findSessionLink(c, ctx);
  if (link) session.link = link;
  const extraCompanies = resolveCompanies(items, ctx);
  return { session, extraCompanies, companiesNamed: ctx.named };
}

/** The display name of a company id: the curated one, else the first spelling seen. */
function nameCompany(company: ResolvedCompany, ctx: BuildState): void {
  if (!ctx.companyNames.has(company.id) || company.known) ctx.companyNames.set(company.id, company.name);
}

function speakerIdOf(s: SpeakerDraft, ctx: BuildState): string {
  const key = `${s.name}\u0000${s.handle ?? ''}`;
  let id = ctx.speakerIds.get(key);
  if (id === undefined) ctx.speakerIds.set(key, (id = createSpeakerId(s.name, s.handle)));
  return id;
}

function toSpeaker(s: SpeakerDraft, ctx: BuildState): Speaker {
  const out: Speaker = { id: speakerIdOf(s, ctx), name: s.name };
  if (s.handle) out.handle = s.handle;
  if (s.company) {
    const c = ctx.companies.resolve(s.company);
    if (c) {
      out.company = c.id;
      nameCompany(c, ctx);
      ctx.named.push(c);
    }
  }
  if (s.role) out.role = s.role;
  return out;
}

/** One speaker per person across the write-ups, each field from the first that gives it. */
function mergeSpeakers(items: WriteUpInput[], ctx: BuildState): Speaker[] {
  const speakers: Speaker[] = [];
  for (const item of items) {
    for (const d of item.draft.speakers) {
      const s = toSpeaker(d, ctx);
      const same = speakers.find((x) => x.id === s.id);
      if (!same) speakers.push(s);
      else {
        same.handle ??= s.handle;
        same.company ??= s.company;
        same.role ??= s.role;
        for (const k of ['handle', 'company', 'role'] as const) if (same[k] === undefined) delete same[k];
      }
    }
  }
  return speakers;
}

/** Companies named without a person (`Talk (카카오)`), resolved to ids. */
function resolveCompanies(items: WriteUpInput[], ctx: BuildState): string[] {
  const out: string[] = [];
  for (const item of items)
    for (const raw of item.draft.companies) {
      const co = ctx.companies.resolve(raw);
      if (!co) continue;
      nameCompany(co, ctx);
      ctx.named.push(co);
      if (!out.includes(co.id)) out.push(co.id);
    }
  return out;
}

/** A link to the series' official site from any write-up, else a heading that is a link. */
function findSessionLink(c: SessionCluster, ctx: SessionsContext): string | undefined {
  const e = ctx.editions.editions.get(c.editionId)!;
  const sites = ctx.recognizers.find((r) => r.id === e.series)?.sites ?? [];
  const official = c.items.flatMap((i) => i.draft.links).find((l) => sites.some((s) => hostOf(l) === s || hostOf(l).endsWith(`.${s}`)));
  return official ?? c.items.map((i) => i.draft.heading.link).find((l) => l && /^https?:\/\//i.test(l));
}

function createWriteUp(i: WriteUpInput): WriteUp {
  const writeUp: WriteUp = {
    reviewId: i.work.reviewId,
    heading: stripControls(i.draft.heading.text),
    anchor: i.draft.heading.anchor,
    line: i.draft.heading.line + i.work.bodyLine - 1,
    markdown: i.draft.markdown,
    empty: i.draft.empty,
  };
  const html = i.work.html.notes[i.order];
  // Without it (never, as reviews are read now) the emitter renders the notes itself.
  if (html !== undefined) rememberWriteUpHtml(writeUp, html);
  return writeUp;
}

/** A panelist named in one session of an edition keeps their company in the others. */
function shareCompaniesInEdition(builds: SessionBuild[]): void {
  const key = (b: SessionBuild, id: string) => `${b.editionId}\u0000${id}`;
  const knownCompany = new Map<string, string>();
  for (const b of builds) for (const s of b.session.speakers) if (s.company) knownCompany.set(key(b, s.id), knownCompany.get(key(b, s.id)) ?? s.company);
  for (const b of builds) {
    for (const s of b.session.speakers) s.company ??= knownCompany.get(key(b, s.id));
    for (const s of b.session.speakers) if (s.company === undefined) delete s.company;
    const ids: string[] = [];
    for (const s of b.session.speakers) if (s.company && !ids.includes(s.company)) ids.push(s.company);
    for (const c of b.extraCompanies) if (!ids.includes(c)) ids.push(c);
    b.session.companies = ids;
  }
}
