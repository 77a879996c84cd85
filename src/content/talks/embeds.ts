/**
 * What an embedded slide deck or video says about its talk. Posts paste the embed code their
 * host gives them, so the talk's title and speaker are often only there:
 *
 *   SlideShare  `<iframe src="//www.slideshare.net/slideshow/embed_code/…">` then its caption
 *               `<a href="//www.slideshare.net/x/y" title="Talk">Talk</a> </strong> from
 *               <strong><a href="…">Speaker</a>`
 *   Speaker Deck, YouTube, Vimeo, Google Slides  an `<iframe>` whose `title` names the talk
 *               (YouTube's own default, "YouTube video player", names nothing)
 *
 * and a link to a speaker's page on the conference site (`festi.kr/festi/speaker/choeun`,
 * `…/speakers/anna-migas`) names who gave it where nothing else does.
 */
import { decodeString } from 'micromark-util-decode-string';
import type { SpeakerDraft } from '../people/speakers.ts';

export interface EmbedFacts {
  title: string | null;
  speaker: string | null;
}

// An embed code is a few hundred characters; reading a bounded prefix of an HTML block keeps a
// hostile multi-megabyte block from costing more than its first embed.
const EMBED_CODE_CHARS = 4_000;
const DECK_OR_VIDEO_HOST = /^(?:https?:)?\/\/(?:[\w-]+\.)*(?:slideshare\.net|speakerdeck\.com|youtube(?:-nocookie)?\.com|youtu\.be|vimeo\.com|docs\.google\.com\/presentation)\//i;
// Titles a host writes on every embed of its kind: they name the player, not the talk.
const PLAYER_TITLE = /^(?:youtube video player|vimeo video player|video player|embedded content|embed|slideshare|speaker ?deck|google slides|iframe)$/i;

const IFRAME = /<iframe\b([^>]*)>/gi;
const SLIDESHARE_CAPTION = /<a\b[^>]*href="(?:https?:)?\/\/(?:[\w-]+\.)*slideshare\.net\/[^"]+"[^>]*>/i;
const CAPTION_FROM = /<\/a>\s*(?:<\/strong>\s*)?from\s*(?:<strong>\s*)?<a\b[^>]*>([^<]{2,60})<\/a>/i;

function attribute(tag: string, name: string): string | null {
  const m = new RegExp(`\\s${name}\\s*=\\s*(?:"([^"]*)"|'([^']*)')`, 'i').exec(tag);
  return m ? decodeString((m[1] ?? m[2] ?? '').trim()) : null;
}

function talkTitle(title: string | null): string | null {
  const t = title?.replace(/\s+/g, ' ').trim() ?? '';
  return t.length >= 4 && t.length <= 160 && !PLAYER_TITLE.test(t) ? t : null;
}

/** The talk an HTML block embeds, or null when it embeds no slide deck or video. */
export function readEmbed(html: string): EmbedFacts | null {
  const code = html.slice(0, EMBED_CODE_CHARS);
  let found = false;
  let title: string | null = null;
  for (const m of code.matchAll(IFRAME)) {
    const src = attribute(m[1]!, 'src');
    if (!src || !DECK_OR_VIDEO_HOST.test(src)) continue;
    found = true;
    title ??= talkTitle(attribute(m[1]!, 'title'));
  }
  const caption = SLIDESHARE_CAPTION.exec(code);
  if (caption) {
    found = true;
    title = talkTitle(attribute(caption[0], 'title')) ?? title;
  }
  if (!found) return null;
  const from = CAPTION_FROM.exec(code);
  const speaker = from ? decodeString(from[1]!).replace(/\s+/g, ' ').trim() : null;
  return { title, speaker: speaker || null };
}

// `/speaker/choeun`, `/speakers/anna-migas/`: the last segment of a speaker's page on a site.
const SPEAKER_PAGE = /\/(?:speakers?|presenters?)\/([A-Za-z][\w.-]{1,39})\/?(?:[?#].*)?$/;

/**
 * The speaker a link to their page on the conference site names: the page's handle, with a
 * hyphenated lower-case one read as words (`anna-migas` → Anna Migas) and any other kept as
 * written (`choeun`, `kjy2143`), as a reader who only has the link would name them.
 */
export function readSpeakerPage(url: string): SpeakerDraft | null {
  const m = SPEAKER_PAGE.exec(url);
  if (!m) return null;
  const handle = m[1]!;
  const words = handle.split('-');
  const name =
    words.length >= 2 && words.length <= 3 && words.every((w) => /^[a-z]{2,}$/.test(w)) ? words.map((w) => w[0]!.toUpperCase() + w.slice(1)).join(' ') : handle;
  return { name, handle };
}
