/**
 * What a heading's words say it is: the post's title, a container (`### 세션`, `## Day 2`), a
 * part of the post that is no talk (intro, venue, meals, wrap-up), or a candidate talk; and its
 * title without numbering and speakers.
 */
import { detectDay } from '../edition/editions.ts';
import type { CompanyResolver } from '../people/companies.ts';
import { splitHeadingSpeakers, type HeadingSpeakers } from '../people/speakers.ts';
import type { SessionContext } from './session-draft.ts';

export type HeadingRole = 'title' | 'container' | 'other' | 'candidate';

export const SESSION_PREFIX = /^(?:세션|session|talk|track|트랙|발표)\s*#?\s*\d{1,2}\s*(?:[-–—:.)]\s*)?/i;
// `1.`, `(2)`, `[3]`, `4 - `, `⑤`, and letters as outlines use them: `A. `, `Q. ` (a capital, a dot, a space).
export const NUMBERING = /^(?:\[\s*\d{1,2}\s*\]|\(\s*\d{1,2}\s*\)|\d{1,2}\s*[.)](?!\d)|\d{1,2}\s+[-–—:]\s+|[①-⑳]|[A-Z]\.(?=\s))\s*/;
// Decorations before a title: emoji, bullets, arrows.
export const LEADING_SYMBOLS = /^[^\p{L}\p{N}"'“‘「『\[(<]+/u;

/** Drop numbering and decorations: `03.Practical…`, `세션 1 - ES 클러스터`, `🎤 Talk`. */
export function stripNumbering(text: string): string {
  let t = text.trim().replace(LEADING_SYMBOLS, '');
  t = t.replace(SESSION_PREFIX, '');
  t = t.replace(NUMBERING, '');
  return t.trim();
}

/** The session title of a heading: numbering and speaker part removed. */
export function cleanSessionTitle(text: string, companies: CompanyResolver): HeadingSpeakers {
  const split = splitHeadingSpeakers(stripNumbering(text), companies);
  return { ...split, title: split.title || stripNumbering(text) };
}

/** The number a heading is numbered with (`03.Practical` → 3, `세션 2 - …` → 2), or null. */
export function readHeadingNumber(text: string): number | null {
  const m = /^(?:(?:세션|session|talk|track|트랙|발표)\s*#?\s*)?(\d{1,2})\s*(?:[.)](?!\d)|\s+[-–—:]\s)/i.exec(text.trim());
  return m ? Number(m[1]) : null;
}

// Words that make a heading about the post or the event rather than a talk.
export const FILLER = new Set(
  `후기 참관기 참석기 참여기 참가기 참여 참석 참가 방문기 방문 컨퍼런스 콘퍼런스 개발자 행사 conference review recap 다녀온 다녀와서 다녀왔다
   전체 전체적인 개인적인 나의 내 최종 간단한 간단히 짧은 마지막 마지막으로 그리고 및 한줄 overall final my 총 첫째날 둘째날 셋째날 날 일차 the and of`.split(/\s+/),
);
export const CONTAINER = new Set(`세션 세션들 sessions session talks talk 발표 발표들 강연 트랙 track 오전 오후 전반부 후반부 들은 들었던 참석한 내용 목록 모음 정리`.split(/\s+/));
export const NON_SESSION = new Set(
  `마무리 마치며 마치면서 정리 총평 후기 느낀점 느낀 점 소감 회고 결론 conclusion conclusions wrap up wrapup 맺음말 끝으로 나가며 에필로그 epilogue 리뷰 review
   감상 한줄평 아쉬운 아쉬웠던 좋았던 좋은 참고 자료 references reference 출처 링크 links ps 덧붙여 번외 q a qa qna 질의응답 질문 답변 overview 개요 intro
   introduction 들어가며 들어가기 들어가기전에 서론 시작하며 시작하기 시작 계기 동기 prologue 프롤로그 목차 toc tldr 요약 summary 장소 위치 입장 등록 접수 로비 부스
   굿즈 기념품 점심 점심시간 식사 간식 네트워킹 networking 현장 스케치 분위기 소개 일정 타임테이블 timetable schedule agenda 이벤트 경품 후원 스폰서 사진 전 전에 후
   with 신청 당첨 추첨 가는길 가는 길 교통 주차 숙소 안내 공지 thanks 감사 인사 etc 기타 about 대상 time table welcome 느낌 행사장 행사정보
   란 이란 end 끝 끝으로 previous 지난 지난발표 중식 열린점심 석식 저녁 expo 엑스포 booth 스폰서십 sponsors sponsor 후원사 lunch break 휴식 쉬는시간 coffee`.split(/\s+/),
);
export const POST_TITLE_WORDS = /후기|참관기|참석기|참가기|참여기|다녀|recap|review/i;
export const KEYNOTE = /키노트|keynote|기조\s*(?:연설|강연|발표)/i;
export const PANEL = /패널|panel|대담|좌담|토크\s*콘서트/i;

export function compact(s: string): string {
  return s.normalize('NFC').toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '');
}

/** What a heading is, by its words alone. */
export function classifyHeading(text: string, ctx: Pick<SessionContext, 'postTitle' | 'recognizers'>): { role: HeadingRole; day: number | null } {
  const day = detectDay(text);
  if (ctx.postTitle && compact(ctx.postTitle) === compact(text)) return { role: 'title', day };
  const hadEdition = ctx.recognizers.some((r) => r.find(text) >= 0);
  let t = stripNumbering(text);
  for (const r of ctx.recognizers) t = r.strip(t);
  t = t
    // Dates say when, not what: `1일차 - 2015-09-14`, `9월 14일`.
    .replace(/(?<!\d)\d{4}\s*[-./년]\s*\d{1,2}\s*[-./월]\s*\d{1,2}\s*일?(?!\d)/g, ' ')
    .replace(/(?<!\d)\d{1,2}\s*월\s*\d{1,2}\s*일/g, ' ')
    .replace(/(?<!\d)20[0-4]\d(?!\d)/g, ' ')
    .replace(/(?<![a-z])day\s*[-_.]?\s*\d{1,2}/gi, ' ')
    .replace(/(?<!\d)\d\s*일\s*차/g, ' ')
    .replace(/(첫|둘|두|셋|세|넷|네)\s*(?:째|번째)\s*날/g, ' ');
  const words = t
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean);
  const meaningful = words.filter((w) => !FILLER.has(w));
  if (meaningful.length === 0) {
    if (words.some((w) => NON_SESSION.has(w)) && !hadEdition && day === null) return { role: 'other', day };
    return { role: hadEdition ? 'title' : day !== null ? 'container' : 'other', day };
  }
  const isSmall = (w: string) => /^[a-z0-9]$/.test(w);
  if (meaningful.some((w) => CONTAINER.has(w)) && meaningful.every((w) => CONTAINER.has(w) || NON_SESSION.has(w) || isSmall(w)))
    return { role: 'container', day };
  if (meaningful.every((w) => NON_SESSION.has(w) || isSmall(w))) return { role: 'other', day };
  return { role: 'candidate', day };
}
