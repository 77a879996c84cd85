/**
 * Titles and names as readers see them: without the invisible controls a post can still slip
 * past decoding (decode.ts removes those written as characters), as a character reference in a
 * heading (`## &#x202E;제목`) or an escape in quoted YAML (`title: "\u202E제목"`).
 */
import { stripControls } from './decode.ts';
import type { Catalog, Speaker } from '../schema.ts';

function cleanSpeaker<T extends Speaker>(speaker: T): void {
  speaker.name = stripControls(speaker.name);
  if (speaker.handle !== undefined) speaker.handle = stripControls(speaker.handle);
  if (speaker.role !== undefined) speaker.role = stripControls(speaker.role);
}

/**
 * Strip controls from every title and name of `catalog`, in place; returns it. A write-up's
 * heading is stripped when the write-up is made (sessions-build.ts): write-ups are kept from
 * one dev build to the next and never written into.
 */
export function stripControlsFromNames(catalog: Catalog): Catalog {
  for (const session of catalog.sessions) {
    session.title = stripControls(session.title);
    session.speakers.forEach(cleanSpeaker);
  }
  catalog.speakers.forEach(cleanSpeaker);
  for (const review of catalog.reviews) {
    review.title = stripControls(review.title);
    if (review.author !== undefined) review.author = stripControls(review.author);
    if (review.description !== undefined) review.description = stripControls(review.description);
  }
  for (const company of catalog.companies) company.name = stripControls(company.name);
  for (const edition of catalog.editions) edition.name = stripControls(edition.name);
  return catalog;
}
