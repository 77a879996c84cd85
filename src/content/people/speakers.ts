/**
 * Who gave a talk, read from the ways reviews write it:
 *   `Talk / 고승범(peter.ko)`           slash suffix with handle
 *   `Talk (카카오 - 이희관, 이세희)`     company, dash, names
 *   `Talk (정규돈 | 카카오)`             name, bar, company
 *   `Talk (정규돈, 김동용, 신재홍)`      names only
 *   `Part - CTO 신재홍`                  dash, role, name
 *   `발표자 : Hardy.Jung (카카오)`       a speaker line under the heading
 *   `- 홍길동님`                          a first bullet naming the speaker
 *   `- 카카오 정규돈, 카카오뱅크 신재홍` company/name pairs
 * Names are told from title words by shape: Korean names are two to four syllables starting
 * with a surname; handles look like `peter.ko`. When unsure we leave the title alone.
 */
import type { CompanyResolver } from './companies.ts';

export interface SpeakerDraft {
  name: string;
  handle?: string;
  /** Company as written; resolved to an id later. */
  company?: string;
  role?: string;
}

export interface HeadingSpeakers {
  /** The heading text without the speaker part. */
  title: string;
  speakers: SpeakerDraft[];
  /** Companies named without a person (`Talk (카카오)`). */
  companies: string[];
  /** How the speakers were written: a `/` or `(…)` suffix names a talk's own speakers, a
   * `- 역할 이름` suffix may also name one part of a panel. */
  form?: 'slash' | 'paren' | 'dash' | 'by';
}

const SURNAMES = new Set(
  [...'김이박최정강조윤장임한오서신권황안송류유전홍고문양손배백허남심노하곽성차주우구민진나지엄채원천방공현함변염여추도소석선설마길연위표명기반왕금옥육인맹제모탁국어은편용예경봉사부가복태목형피두감음빈동온호범좌팽승간상갈단견당화창'],
);
const DOUBLE_SURNAMES = ['남궁', '황보', '제갈', '선우', '독고', '사공', '서문'];
// Words that end like a talk title rather than a name: 개발기, 도입기, 방법론, 이야기 …
const NOT_NAME_ENDINGS = /(기|록|법|론|편|화|팁|술|점|용|들|학|식|계|성)$/;

// Two-syllable words that start with a surname syllable but are everyday talk-title nouns.
const COMMON_NOUNS = new Set(
  '소개 정리 요약 구성 이슈 장애 배포 운영 개발 설계 도입 적용 성과 결과 문제 해결 방법 기술 전략 구조 이야기 사례 경험 회고 후기 마무리 시작 계획 목표 기능 서버 데이터 모델 서비스 플랫폼 검색 광고 추천 분석 보안 인증 결제 송금 캐시 성능 테스트 모니터링 조직 문화 정책 인프라 클라우드 네트워크 시스템 아키텍처 노하우 기반 전환 최적화 자동화 안정성 확장 통합 관리 처리 구현 소감 진행 준비 현황 배경 한계 장점 단점 질문 답변 고민 선택 이유 방향 미래 현재 과거 변화 도전 실전 실무 입문 심화 기초 원리 연구 실험 협업 공유 전달 관점 의미 가치 고객 사용자 유저 게임 금융 은행 쇼핑 선물 주문 배송 지도 모빌리티 헬스케어 정산 빌링 샤딩 분산 동시성 트래픽 대용량 실시간 배치 스트림 로그 지표 통계 이탈 어뷰저 차단 알림 메시지 채팅 영상 음성 이미지 번역 신뢰 안전 품질 비용 효율 속도'.split(' '),
);

/** A Korean personal name: 2–4 syllables starting with a surname, not an everyday noun. */
export function isKoreanName(s: string): boolean {
  if (!/^[가-힣]{2,4}$/.test(s) || COMMON_NOUNS.has(s)) return false;
  if (s.length === 4) return DOUBLE_SURNAMES.some((p) => s.startsWith(p));
  return SURNAMES.has(s[0]!);
}

/** A login-style handle: `peter.ko`, `mario.h`, `k.ey`, `Hardy.Jung`. */
export function isHandle(s: string): boolean {
  return s.length <= 30 && /^[A-Za-z][A-Za-z0-9]*(?:[._-][A-Za-z0-9]+)+$/.test(s);
}

const ROLE =
  /^(?:CTO|CEO|CPO|CIO|CFO|COO|CISO|CDO|VP|[가-힣]*(?:소장|팀장|리더|이사|대표|본부장|실장|파트장|센터장|연구원|엔지니어|개발자|매니저|디렉터|책임|수석|선임|그룹장|부문장|셀장|랩장|Engineer|Developer|Manager|Lead))$/i;

/** Parse `고승범(peter.ko)`, `고승범`, `peter.ko`, `홍길동님`; null when it is not a person. */
function readPerson(raw: string, lenient: boolean): SpeakerDraft | null {
  let s = raw.trim().replace(/\s*님$/, '');
  if (!isHandle(s)) s = s.replace(/[.…]+$/, '').trim();
  if (!s) return null;
  const withHandle = /^(.+?)\s*[(（]\s*([A-Za-z0-9][A-Za-z0-9._-]*)\s*[)）]$/.exec(s);
  if (withHandle) {
    const name = withHandle[1]!.trim();
    if (isKoreanName(name) || (lenient && /^[가-힣A-Za-z][가-힣A-Za-z .]{0,20}$/.test(name))) return { name, handle: withHandle[2]! };
    return null;
  }
  if (isKoreanName(s) || isHandle(s)) return { name: s };
  if (lenient && /^[A-Z][A-Za-z]*(?: [A-Z][A-Za-z]*){0,2}$/.test(s)) return { name: s };
  return null;
}

/** A comma/and separated list of people, or null when any item is not a person. */
function readPersonList(text: string, lenient: boolean): SpeakerDraft[] | null {
  const parts = text
    .split(/\s*(?:,|，|&|·|\s및\s|\sand\s)\s*/)
    .map((p) => p.trim())
    .filter(Boolean);
  if (!parts.length) return null;
  const out: SpeakerDraft[] = [];
  for (const p of parts) {
    const person = readPerson(p, lenient);
    if (!person) return null;
    out.push(person);
  }
  return out;
}

/**
 * `CTO 신재홍`, `카카오 심현준`, `미래이동연구소장 장성욱`, `프론트엔드 개발자 이성민`: the words
 * before a name are a company the curated list knows and/or a role ending in a role word.
 */
function readRoleAndName(text: string, companies: CompanyResolver, requireRole: boolean): SpeakerDraft | null {
  const words = text.trim().split(/\s+/);
  const last = words.pop();
  if (!last) return null;
  const person = readPerson(last, false);
  if (!person) return null;
  let company: string | undefined;
  const roleWords: string[] = [];
  for (const w of words) {
    if (!company && !roleWords.length && companies.resolveKnown(w)) company = w;
    else roleWords.push(w);
  }
  if (roleWords.length > 3 || (roleWords.length && !ROLE.test(roleWords[roleWords.length - 1]!))) return null;
  const role = roleWords.length ? roleWords.join(' ') : undefined;
  if (requireRole && !role && !company) {
    // A bare trailing name must look unmistakably like one.
    if (!isKoreanName(person.name) || person.name.length !== 3 || NOT_NAME_ENDINGS.test(person.name)) return null;
  }
  if (role) person.role = role;
  if (company) person.company = company;
  return person;
}

/**
 * `+Changwook Doh`: a Google+ mention, the way 2010s posts linked a person. The plus says it is
 * a person, so a bare Western name after a dash counts where a subtitle (`- Bring your own
 * magic`) would not.
 */
function readPlusMention(text: string): SpeakerDraft | null {
  const m = /^\+([A-Z][\p{L}.'’-]*(?:\s+[\p{L}.'’-]+){1,3})$/u.exec(text.trim());
  return m && isWesternName(m[1]!) ? { name: m[1]! } : null;
}

/**
 * Which side of `a | b` / `a - b` is the company: the one the curated list knows, else the one
 * that is not people, else the written convention (`회사 - 이름`, `이름 | 회사`).
 */
function readCompanyAndPeople(
  a: string,
  b: string,
  companies: CompanyResolver,
  companyFirst: boolean,
): { company: string; people: SpeakerDraft[] } | null {
  const aPeople = readPersonList(a, true);
  const bPeople = readPersonList(b, true);
  const aKnown = companies.resolveKnown(a);
  const bKnown = companies.resolveKnown(b);
  const left = bPeople ? { company: a.trim(), people: bPeople } : null;
  const right = aPeople ? { company: b.trim(), people: aPeople } : null;
  if (left && aKnown && !bKnown) return left;
  if (right && bKnown && !aKnown) return right;
  if (left && !aPeople) return left;
  if (right && !bPeople) return right;
  const aStrict = readPersonList(a, false);
  const bStrict = readPersonList(b, false);
  if (left && bStrict && !aStrict) return left;
  if (right && aStrict && !bStrict) return right;
  return companyFirst ? left : right;
}

function trimTitle(s: string): string {
  return s.replace(/[\s\-–—/|:,]+$/, '').trim();
}

/** Split the speaker part off a heading. Leaves the heading untouched when unsure. */
export function splitHeadingSpeakers(text: string, companies: CompanyResolver): HeadingSpeakers {
  const none: HeadingSpeakers = { title: text.trim(), speakers: [], companies: [] };
  // `Talk / 고승범(peter.ko)`: a slash with spaces before it (so `TCP/IP` stays).
  const slash = /^(.*\S)\s+\/\s*([^/]+)$/.exec(text);
  if (slash) {
    const people = readPersonList(slash[2]!, true);
    if (people) return { title: trimTitle(slash[1]!), speakers: people, companies: [], form: 'slash' };
  }
  // `Talk (…)`
  const paren = /^(.*?)\s*[(（]([^()（）]*(?:\([^()]*\)[^()（）]*)*)[)）]\s*$/.exec(text);
  if (paren && paren[1]!.trim()) {
    const inner = paren[2]!.trim();
    const title = trimTitle(paren[1]!);
    const bar = inner.split(/\s*[|｜]\s*/);
    if (bar.length === 2) {
      const r = readCompanyAndPeople(bar[0]!, bar[1]!, companies, false);
      if (r) return { title, speakers: r.people.map((p) => ({ ...p, company: r.company })), companies: [], form: 'paren' };
    }
    const dash = /^(.+?)\s*[-–—]\s+(.+)$/.exec(inner) ?? /^(.+?)\s+[-–—]\s*(.+)$/.exec(inner);
    if (dash) {
      const r = readCompanyAndPeople(dash[1]!, dash[2]!, companies, true);
      if (r) return { title, speakers: r.people.map((p) => ({ ...p, company: r.company })), companies: [], form: 'paren' };
    }
    const people = readPersonList(inner, false);
    if (people) return { title, speakers: people, companies: [], form: 'paren' };
    // `정규돈(카카오), 신재홍(카카오뱅크)` inside the parentheses is handled by the pairs reader.
    const pairs = readCompanyNamePairs(inner, companies);
    if (pairs) return { title, speakers: pairs, companies: [], form: 'paren' };
    if (companies.resolveKnown(inner)) return { title, speakers: [], companies: [inner] };
  }
  // `Part - CTO 신재홍`, `Talk - 카카오 심현준`, `Talk - 홍길동`
  const dash = /^(.*\S)\s+[-–—]\s+([^-–—]+)$/.exec(text);
  if (dash) {
    const person = readRoleAndName(dash[2]!, companies, true) ?? readPlusMention(dash[2]!);
    if (person) return { title: trimTitle(dash[1]!), speakers: [person], companies: [], form: 'dash' };
  }
  const byline = splitBylineSpeakers(text);
  if (byline) return byline;
  const by = /^(.*\S)\s+by\s+(.+)$/i.exec(text);
  if (by) {
    const people = readPersonList(by[2]!, true);
    if (people) return { title: trimTitle(by[1]!), speakers: people, companies: [], form: 'by' };
  }
  return none;
}

const SPEAKER_LINE = /^\s*(?:발표자|발표|연사|스피커|speakers?|presenters?|presented by)\s*[:：]\s*(.+?)\s*$/i;

/**
 * `발표자 : Hardy.Jung (카카오)`, `발표자: Sally, Dwayne (카카오 커머스)`, `발표자: 모빌리티 5명의
 * 개발자..`. When the names are not a clean list we keep the text as one readable speaker.
 */
export function readSpeakerLine(line: string): SpeakerDraft[] | null {
  const m = SPEAKER_LINE.exec(line);
  if (!m) return null;
  let rest = m[1]!.replace(/[.…]{2,}$/, '').trim();
  let company: string | undefined;
  const trailing = /^(.*\S)\s*[(（]([^()（）]+)[)）]$/.exec(rest);
  if (trailing && !isHandle(trailing[2]!.trim())) {
    rest = trailing[1]!.trim();
    company = trailing[2]!.trim();
  }
  if (!rest) return null;
  // `Speaker: Lili Cosic, Red Hat`: one speaker named, then where they work.
  const people = readOneSpeaker(line, rest) ?? readPersonList(rest, true) ?? readEnglishByline(rest) ?? [{ name: rest }];
  return people.map((p) => (company ? { ...p, company } : p));
}

/** `Speaker: Lili Cosic, Red Hat`: a singular label, a name, then a role and company. */
function readOneSpeaker(line: string, rest: string): SpeakerDraft[] | null {
  if (!/^\s*[*_]*(?:speaker|presenter)\s*[:：]/i.test(line)) return null;
  const parts = rest.split(/\s*,\s*/).filter(Boolean);
  if (parts.length < 2 || !isWesternName(parts[0]!)) return null;
  const person: SpeakerDraft = { name: parts[0]!, company: parts[parts.length - 1]! };
  if (parts.length > 2) person.role = parts.slice(1, -1).join(', ');
  return [person];
}

/**
 * A first bullet that only names the speakers, politely: `홍길동님`, `발표자 홍길동님 (토스)`,
 * `카카오 Ryan.Kwon님`, `황가린, 양나호님`. The closing 님 is what makes it a speaker line.
 */
export function readNameBullet(text: string): SpeakerDraft[] | null {
  let t = text.trim().replace(/^발표자\s*[:：]?\s*/, '');
  let company: string | undefined;
  const paren = /^(.*\S)\s*[(（]([^()（）]+)[)）]$/.exec(t);
  if (paren) {
    t = paren[1]!;
    company = paren[2]!.trim();
  }
  if (!/님$/.test(t)) return null;
  const items = t.split(/\s*[,，]\s*/).map((x) => x.replace(/\s*님$/, '').trim());
  const out: SpeakerDraft[] = [];
  for (const [i, item] of items.entries()) {
    const words = item.split(/\s+/);
    let person = words.length === 1 ? readPerson(item, true) : null;
    // `카카오 Ryan.Kwon님`: a company word before the first name.
    if (!person && i === 0 && words.length === 2) {
      person = readPerson(words[1]!, true);
      if (person && !company) company = words[0]!;
    }
    if (!person && /^[가-힣]{2,4}$/.test(item)) person = { name: item };
    if (!person) return null;
    out.push(person);
  }
  return out.map((p) => (company ? { ...p, company } : p));
}

/** `카카오 정규돈, 카카오뱅크 신재홍` or `정규돈(카카오), 신재홍(카카오뱅크)`: every item a known company and a name. */
export function readCompanyNamePairs(text: string, companies: CompanyResolver): SpeakerDraft[] | null {
  const items = text.split(/\s*[,，]\s*/).map((s) => s.trim()).filter(Boolean);
  if (!items.length) return null;
  const out: SpeakerDraft[] = [];
  for (const item of items) {
    const before = /^(.+?)\s+([가-힣]{2,4})(?:\s*님)?$/.exec(item);
    if (before && isKoreanName(before[2]!) && companies.resolveKnown(before[1]!)) {
      out.push({ name: before[2]!, company: before[1]! });
      continue;
    }
    const after = /^([가-힣]{2,4})\s*(?:님)?\s*[(（](.+)[)）]$/.exec(item);
    if (after && isKoreanName(after[1]!) && companies.resolveKnown(after[2]!)) {
      out.push({ name: after[1]!, company: after[2]! });
      continue;
    }
    return null;
  }
  return out;
}

/**
 * A part heading inside a panel: `카카오뱅크의 AI Ecosystem - CTO 신재홍`, `카카오엔터테이먼트 -
 * CTO 김기범`. Gives the person with the company the heading starts with.
 */
export function readPartHeading(text: string, companies: CompanyResolver): SpeakerDraft | null {
  const dash = /^(.*\S)\s+[-–—]\s+([^-–—]+)$/.exec(text);
  if (!dash) return null;
  const person = readRoleAndName(dash[2]!, companies, true);
  if (!person) return null;
  if (!person.company) {
    const lead = companies.findLeadingCompany(dash[1]!);
    if (lead) person.company = dash[1]!.trim().split(/[\s,:/|-]+/)[0]!;
  }
  return person;
}

// Words that make a capitalised phrase a job or an organisation rather than a person's name.
const NOT_PERSON_WORD =
  /^(?:Inc\.?|Ltd\.?|LLC|Labs?|Foundation|University|Institute|Platform|Group|Team|Cloud|Systems?|Communications|Security|Data|Bank|Community|Container|Computing|Native|Director|Engineer(?:ing)?|Manager|Officer|Member|Evangelist|Founder|Co-founder|Advocate|Developer|Head|Lead|Staff|Principal|Senior|Chief|Product|Software|Technology|Executive|President|VP|CTO|CEO|COO|PM|The|Of|And|For|With|How|What|Why|Keynote|Talk|Session|Panel|Intro|Project|Update)$/;

/** `Dan Kohn`, `Nicolò Ribaudo`, `peter baumgartner`, `Sean J Taylor`: a Western personal name. */
export function isWesternName(s: string): boolean {
  const words = s.trim().split(/\s+/);
  if (words.length < 2 || words.length > 4) return false;
  // `peter baumgartner`, `Tae-hwan kwon`: people write their own names in lower case too.
  const lower = (w: string) => /^[a-zà-ÿ][a-zà-ÿ'’-]+$/.test(w);
  const lowerAll = words.every(lower);
  const capital = (w: string) => /^(?:[A-Z]\.?|[A-Z][A-Za-zà-ÿ'’-]*[a-zà-ÿ]|de|van|von|da|der|di|le)$/.test(w);
  return words.every((w, i) => (lowerAll || capital(w) || (i > 0 && lower(w) && capital(words[0]!))) && !NOT_PERSON_WORD.test(w));
}

/** One name as a byline writes it: Korean, Western, a handle, or a single given name. */
function readBylineName(raw: string): SpeakerDraft | null {
  const s = raw.trim().replace(/^\+/, '').replace(/\s*님$/, '').trim();
  if (!s) return null;
  const withHandle = /^(.+?)\s*[(（]\s*@?([A-Za-z0-9][A-Za-z0-9._-]*)\s*[)）]\s*(?:님)?$/.exec(s);
  if (withHandle && (isKoreanName(withHandle[1]!.trim()) || isWesternName(withHandle[1]!))) return { name: withHandle[1]!.trim(), handle: withHandle[2]! };
  if (isKoreanName(s) || isWesternName(s) || isHandle(s)) return { name: s };
  return null;
}

/**
 * The people after a title in English bylines: `Dan Kohn, Executive Director, Cloud Native
 * Computing Foundation`, `Liz Rice, …, Aqua Security; Sugu Sougoumarane, CTO, PlanetScale Data`,
 * `Bassam Tabbara, Tony Allen & Jared Watts, Upbound`, `Mauricio Salatino, LearnK8s`. Each
 * person chunk opens with names; what follows is a role and, last, the company.
 */
export function readEnglishByline(text: string, requireAffiliation = false): SpeakerDraft[] | null {
  const t = text
    .trim()
    .replace(/^presented\s+by\s+/i, '')
    .replace(/\s*\([^()]*\)\s*$/, '')
    .trim();
  if (!t) return null;
  const chunks = t.split(/\s*;\s*|\s+(?:&|and)\s+(?=[A-Z][a-zà-ÿ]+(?:\s+[A-Z][a-zà-ÿ'’-]+){1,2}\s*(?:,|$))/);
  const out: SpeakerDraft[] = [];
  for (const chunk of chunks) {
    const parts = chunk.split(/\s*,\s*/).filter(Boolean);
    const people: SpeakerDraft[] = [];
    while (parts.length && isWesternName(parts[0]!)) people.push({ name: parts.shift()!.trim() });
    if (!people.length) return out.length ? out : null;
    // `Synadia Communications, Inc.`: a legal suffix belongs to the company before it.
    const rest = parts.reduce<string[]>((acc, p) => {
      if (/^(?:inc|ltd|llc|co|corp|gmbh)\.?$/i.test(p) && acc.length) acc[acc.length - 1] += `, ${p}`;
      else acc.push(p);
      return acc;
    }, []);
    const company = rest.length ? rest[rest.length - 1] : undefined;
    const role = rest.length > 1 ? rest.slice(0, -1).join(', ') : undefined;
    for (const p of people) out.push({ ...p, ...(company ? { company } : {}), ...(role ? { role } : {}) });
  }
  // After a title, two capitalised words alone (`Getting Started`) are too weak: a byline there
  // gives an affiliation or several people.
  if (requireAffiliation && out.length < 2 && !out.some((p) => p.company)) return null;
  return out.length ? out : null;
}

/**
 * A byline after the last ` - ` of a title, Korean style: `강민수님`, `Google 이준영님`,
 * `+Jungkee Song님` (a Google+ link), `+Changwook Doh`.
 */
export function readKoreanByline(text: string): SpeakerDraft | null {
  const t = text.trim();
  if (!/님$/.test(t) && !/^\+/.test(t.split(/\s+/).pop() ?? '')) return null;
  const words = t.replace(/\s*님$/, '').split(/\s+/);
  for (let skip = 0; skip <= 1 && skip < words.length; skip++) {
    const person = readBylineName(words.slice(skip).join(' '));
    if (person) return skip ? { ...person, company: words.slice(0, skip).join(' ') } : person;
  }
  return null;
}

/** Split a byline off a title at the first ` - ` / ` – ` whose right side reads as people. */
export function splitBylineSpeakers(text: string): HeadingSpeakers | null {
  const seps = [...text.matchAll(/\s+[-–—]\s+/g)];
  for (const sep of seps) {
    const right = text.slice((sep.index ?? 0) + sep[0].length);
    const korean = readKoreanByline(right);
    const people = korean ? [korean] : readEnglishByline(right, true);
    if (people) return { title: trimTitle(text.slice(0, sep.index)), speakers: people, companies: [], form: 'dash' };
  }
  return null;
}

/**
 * The person line of a `연사 소개` section, or a byline under a title: `한재엽 님(@Jbee)`,
 * `(김상균(curt.k) 님)`, `하용호 | 데이터오븐 CEO`, `이름 / 회사`.
 */
export function readPersonLine(line: string): SpeakerDraft | null {
  const t = line
    .trim()
    .replace(/^[(（]\s*(.*?)\s*[)）]$/, '$1')
    .trim();
  const people = readPoliteNames(t);
  if (people?.length === 1) return people[0]!;
  const bar = /^(.+?)\s*([|｜/]|\s[-–—]\s)\s*(.+)$/.exec(t);
  if (bar) {
    // After a dash only a Korean name counts: `Deep Learning - 이번 발표는…` is a sentence.
    const person = /[-–—]/.test(bar[2]!) && !isKoreanName(bar[1]!.replace(/\s*님$/, '')) ? null : readBylineName(bar[1]!);
    if (person) {
      const words = bar[3]!.trim().split(/\s+/);
      const roleStart = words.findIndex((w, i) => i > 0 && /^(?:CEO|CTO|CPO|COO|Founder|의장|대표|이사|연구원|팀장|리더|엔지니어|개발자|매니저|디렉터|소장|교수|책임|수석|선임)/i.test(w));
      const company = (roleStart > 0 ? words.slice(0, roleStart) : words).join(' ');
      const role = roleStart > 0 ? words.slice(roleStart).join(' ') : undefined;
      return { ...person, company, ...(role ? { role } : {}) };
    }
  }
  const polite = /^(.+?)\s*님\s*[(（]\s*@?([A-Za-z0-9._-]+)\s*[)）]$/.exec(t);
  if (polite && readBylineName(polite[1]!)) return { name: polite[1]!.trim(), handle: polite[2]! };
  // `이일민(toby)) 님`: an unbalanced parenthesis is still a handle.
  const handled = /^([가-힣]{2,4}|[A-Z][A-Za-z .'-]+?)\s*[(（]\s*@?([A-Za-z0-9._-]+)\s*[)）]+\s*님?$/.exec(t);
  if (handled && readBylineName(handled[1]!)) return { name: handled[1]!.trim(), handle: handled[2]! };
  if (/님$/.test(t)) return readBylineName(t);
  return null;
}

/** `홍길동님 / 김철수님`, `홍길동님, 김철수님`: only polite names, each ending in 님. */
export function readPoliteNames(line: string): SpeakerDraft[] | null {
  const parts = line
    .trim()
    .split(/\s*(?:\/|,|，|·|&)\s*/)
    .filter(Boolean);
  if (!parts.length || !parts.every((p) => /님$/.test(p))) return null;
  const out: SpeakerDraft[] = [];
  for (const p of parts) {
    const person = readBylineName(p);
    if (!person) return null;
    out.push(person);
  }
  return out;
}

// `발표자는 홍길동님`, `연사는 김철수님이었다`, `홍길동님이 발표하셨다`, `김철수님께서 발표한`.
const PROSE_SPEAKER = [/(?:발표자|연사|스피커)(?:는|은)\s+([가-힣A-Za-z .]{2,20}?)\s*(?:님|씨)/, /([가-힣]{2,4})\s*(?:님|씨)(?:이|께서)\s+(?:발표|강연|소개)/];

/** A speaker named in a sentence of the notes. */
export function readProseSpeaker(line: string): SpeakerDraft | null {
  for (const re of PROSE_SPEAKER) {
    const m = re.exec(line);
    const person = m ? readBylineName(m[1]!) : null;
    if (person) return person;
  }
  return null;
}

/**
 * A first bullet that is a byline: `송창현 네이버 CTO` (name, company, role), `Jane Doe - Acme`,
 * `Jane Doe | Acme`. Only with a role word, a known company or a separator after a name, so a
 * note that starts with a name-like word (`김치 맛있다`) is not taken for a person.
 */
export function readBulletByline(text: string, companies: CompanyResolver): SpeakerDraft | null {
  const t = text.trim().replace(/\s*님\b/, '');
  const western = /^([A-Z][\p{L}'’.-]+(?:\s+[A-Z][\p{L}'’.-]+){1,2})\s*[-–—|,]\s*([^.!?。]{2,60})$/u.exec(t);
  if (western && isWesternName(western[1]!) && western[2]!.split(/\s+/).length <= 6) return { name: western[1]!, company: western[2]!.trim() };
  const words = t.split(/\s+/);
  if (words.length < 2 || words.length > 4 || !isKoreanName(words[0]!)) return null;
  const rest = words.slice(1);
  const last = rest[rest.length - 1]!;
  if (ROLE.test(last)) {
    const company = rest.slice(0, -1).join(' ');
    return { name: words[0]!, role: last, ...(company ? { company } : {}) };
  }
  return companies.resolveKnown(rest.join(' ')) ? { name: words[0]!, company: rest.join(' ') } : null;
}
