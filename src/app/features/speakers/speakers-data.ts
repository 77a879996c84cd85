/**
 * Speakers, gathered from the sessions of the index: every session names its speakers with a
 * catalog-wide id, so one pass finds everyone and all their sessions across editions.
 */
import type { IndexFile } from '../../../content/schema.ts';
import { compareText } from '../../data/compare-text.ts';

export interface SpeakerSummary {
  id: string;
  name: string;
  handle?: string | undefined;
  /** Company ids, in the order sessions first named them. */
  companies: string[];
  roles: string[];
  sessionIds: string[];
}

/**
 * Per index: every speaker page, the speakers list and every company page ask for the whole
 * list, and pre-rendering a big site renders thousands of them from one index (a pass over every
 * session each time was a tenth of the pre-render of 2,000 reviews). Treat the result as read-only.
 */
const collected = new WeakMap<IndexFile, { list: SpeakerSummary[]; byId: Map<string, SpeakerSummary> }>();

function speakersOf(index: IndexFile) {
  let found = collected.get(index);
  if (!found) {
    const list = gatherSpeakers(index);
    found = { list, byId: new Map(list.map((speaker) => [speaker.id, speaker])) };
    collected.set(index, found);
  }
  return found;
}

export function collectSpeakers(index: IndexFile): readonly SpeakerSummary[] {
  return speakersOf(index).list;
}

export function findSpeaker(index: IndexFile, id: string): SpeakerSummary | undefined {
  return speakersOf(index).byId.get(id);
}

function gatherSpeakers(index: IndexFile): SpeakerSummary[] {
  const speakers = new Map<string, SpeakerSummary>();
  for (const session of index.sessions) {
    for (const speaker of session.speakers) {
      let entry = speakers.get(speaker.id);
      if (!entry) {
        entry = { id: speaker.id, name: speaker.name, handle: speaker.handle, companies: [], roles: [], sessionIds: [] };
        speakers.set(speaker.id, entry);
      }
      // A review often names the company once for the talk ("(카카오 - 이희관, 이세희)"), not per
      // speaker: with one company on the session, a speaker without one of their own is from it.
      const company = speaker.company ?? (session.companies.length === 1 ? session.companies[0] : undefined);
      if (company && !entry.companies.includes(company)) entry.companies.push(company);
      if (speaker.role && !entry.roles.includes(speaker.role)) entry.roles.push(speaker.role);
      if (!entry.sessionIds.includes(session.id)) entry.sessionIds.push(session.id);
    }
  }
  return [...speakers.values()].sort((a, b) => compareText(a.name, b.name) || compareText(a.id, b.id));
}
