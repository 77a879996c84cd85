/**
 * Sessions remembered from one catalog build to the next, for the dev server that builds the
 * catalog again on every save: building 1,285 sessions from 25,000 write-ups took ~130 ms of
 * each save with 2,000 reviews (issue 13), though a save changes the sessions of one review.
 *
 * A session is a pure function of its cluster (id, title, edition; each write-up's draft,
 * review result, position and day), of its edition's series and of the curated matchers
 * (sessions-build.ts). When all of them are the objects they were, the session is the one built
 * last time: handed out as a copy of what a build writes into (its speakers, companies, aliases,
 * tags), with the write-ups shared, since nothing writes into a write-up once it is made.
 */
import type { ResolvedCompany } from '../people/companies.ts';
import type { Session } from '../schema.ts';
import type { SessionCluster } from './session-clusters.ts';

/** What building a session gives, besides the session: companies named, in the order named. */
export interface BuiltSession {
  session: Session;
  extraCompanies: string[];
  companiesNamed: ResolvedCompany[];
}

interface Entry {
  cluster: SessionCluster;
  day: number | null;
  context: readonly unknown[];
  built: BuiltSession;
}

export class SessionMemo {
  private last = new Map<string, Entry>();
  private next = new Map<string, Entry>();
  /** Sessions the last build took from the one before, and sessions it built. */
  reused = 0;
  built = 0;

  /** A copy of the session last built from the same cluster, day and context; undefined when any differs. */
  find(cluster: SessionCluster, day: number | null, context: readonly unknown[]): BuiltSession | undefined {
    const entry = this.last.get(cluster.id);
    if (!entry || entry.day !== day || !sameContext(entry.context, context) || !sameCluster(entry.cluster, cluster)) return undefined;
    this.next.set(cluster.id, entry);
    this.reused++;
    return copyBuilt(entry.built);
  }

  /** Keeps a copy of `built`: the build goes on to write into the session it returns. */
  remember(cluster: SessionCluster, day: number | null, context: readonly unknown[], built: BuiltSession): void {
    this.next.set(cluster.id, { cluster, day, context, built: copyBuilt(built) });
    this.built++;
  }

  /** Ends a build: what it did not ask for is forgotten, and the counts start again. */
  finish(): void {
    this.last = this.next;
    this.next = new Map();
  }

  /** Starts a build's counts. */
  start(): void {
    this.next = new Map();
    this.reused = 0;
    this.built = 0;
  }
}

function sameContext(a: readonly unknown[], b: readonly unknown[]): boolean {
  return a.length === b.length && a.every((x, k) => x === b[k]);
}

function sameCluster(a: SessionCluster, b: SessionCluster): boolean {
  if (a.id !== b.id || a.title !== b.title || a.editionId !== b.editionId || a.items.length !== b.items.length) return false;
  return a.items.every((x, k) => {
    const y = b.items[k]!;
    return x.draft === y.draft && x.work === y.work && x.order === y.order && x.day === y.day;
  });
}

function copyBuilt(built: BuiltSession): BuiltSession {
  const s = built.session;
  return {
    session: { ...s, speakers: s.speakers.map((speaker) => ({ ...speaker })), companies: [...s.companies], tags: [...s.tags], aliases: [...s.aliases] },
    extraCompanies: [...built.extraCompanies],
    companiesNamed: built.companiesNamed,
  };
}
