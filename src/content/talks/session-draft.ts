/** What the talks stage gives for each talk it finds in a post: the one shape its files share. */
import type { SeriesRecognizer } from '../edition/editions.ts';
import type { OutlineHeading } from '../outline.ts';
import type { CompanyResolver } from '../people/companies.ts';
import type { SpeakerDraft } from '../people/speakers.ts';
import type { SessionKind } from '../schema.ts';

export interface SessionDraft {
  heading: OutlineHeading;
  title: string;
  kind: SessionKind;
  speakers: SpeakerDraft[];
  /** Companies named without a person, as written. */
  companies: string[];
  /** Absolute URLs from the heading link and the notes' opening, in order. */
  links: string[];
  /** Exact body slice of the notes, and its offsets in the body. */
  markdown: string;
  start: number;
  end: number;
  empty: boolean;
  /** Day from a container heading (`## Day 2`), when there is one. */
  day: number | null;
}

export interface SessionContext {
  postTitle?: string;
  recognizers: SeriesRecognizer[];
  companies: CompanyResolver;
  body: string;
}
