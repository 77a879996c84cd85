/** Speakers load and meta: small and eager, so data loads in parallel with the page chunk. */
import { indexEntryLoad, loadedIndex } from '../../data/index-loader.ts';
import type { MetaFunction } from '../../head/meta.ts';
import { collectSpeakers, findSpeaker } from './speakers-data.ts';

/** Ids come from the URL decoded; normalise like session ids (macOS hands over NFD). */
export function speakerIdFromParams(params: { speaker?: string | undefined }): string {
  return (params.speaker ?? '').normalize('NFC');
}

export const speakerLoad = indexEntryLoad('speaker', speakerIdFromParams, (index, id) => !!findSpeaker(index, id));

export const speakersMeta: MetaFunction = ({ queryClient, t }) => {
  const index = loadedIndex(queryClient);
  if (!index) return null;
  return { title: t.speakersTitle, description: `${t.speakersIntro} · ${t.speakerCount(collectSpeakers(index).length)}` };
};

export const speakerMeta: MetaFunction = ({ queryClient, params, t }) => {
  const index = loadedIndex(queryClient);
  const speaker = index && findSpeaker(index, speakerIdFromParams(params));
  if (!speaker) return null;
  return { title: speaker.name, description: `${speaker.name} · ${t.sessionCount(speaker.sessionIds.length)}` };
};
