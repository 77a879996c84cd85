/** Talks under time-slot headings: the heading is when, the line below is what and who. */
import { toString } from 'mdast-util-to-string';
import type { Outline, OutlineHeading } from '../outline.ts';
import { readPersonLine, type SpeakerDraft } from '../people/speakers.ts';
import { paragraphLines } from './intro-clues.ts';

// A heading that is only a time slot: `##### 11시`, `## 11:15 ~ 12:00`, `### 14:00-14:40 Track A`.
export const TIME = String.raw`(?:\d{1,2}:\d{2}|\d{1,2}\s*시(?:\s*\d{1,2}\s*분)?|\d{1,2}\s*(?:am|pm))`;
export const SLOT = new RegExp(String.raw`^${TIME}(?:\s*[~\-–—]\s*${TIME})?\s*(.*)$`, 'i');
// A room or track before a title or after a slot: `R5,`, `TRACK1`, `Track A`, `트랙 2`, `Room 101`.
export const TRACK = /^(?:track\s*[a-z0-9]{1,2}|트랙\s*[a-z0-9]{1,2}|r\d{1,2}|room\s*[a-z0-9-]{1,4}|[a-z]?\d{1,3}\s*호?실)\b\s*[,:|\-–]?\s*/i;

/**
 * The talk under a time-slot heading: its title is the first line below (bold, a link or plain
 * text) and the line after it may name the speaker (`하용호 | 데이터오븐 CEO`). Null when the
 * heading says more than a slot and a track.
 */
export function readSlotTalk(outline: Outline, h: OutlineHeading): { title: string; speaker: SpeakerDraft | null } | null {
  const m = SLOT.exec(h.text.trim());
  if (!m || (m[1] && m[1].replace(TRACK, '').trim())) return null;
  const { blocks } = outline;
  const lines: string[] = [];
  for (let i = h.nodeIndex + 1; i < h.introEndNode && lines.length < 2; i++) {
    // Only a paragraph or a list names the talk; the look ends at any other block but a comment
    // or a rule, before its mdast is built (a table there can be thousands of rows).
    const type = blocks.blocks[i]!.type;
    if (type === 'html' || type === 'thematicBreak') continue;
    if (type !== 'paragraph' && type !== 'list') break;
    const node = blocks.node(i);
    if (node.type === 'paragraph') lines.push(...paragraphLines(node));
    else if (node.type === 'list') {
      const lead = node.children[0]?.children[0];
      if (lead && lead.type === 'paragraph') lines.push(toString(lead).split('\n')[0]!.trim());
    }
  }
  const title = lines[0]?.replace(TRACK, '').trim();
  if (!title) return null;
  return { title, speaker: lines[1] ? readPersonLine(lines[1]) : null };
}
