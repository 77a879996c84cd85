/**
 * `/check`: an author checks a post before it is added. The post is read by the build's own
 * pipeline in a Web Worker (check-runner.ts) against the site's curated files (data/check.json)
 * and the current catalog (the index), and the page shows what the build would make of it, a
 * preview of each write-up, and how to add the file. Nothing about the post leaves the browser.
 */
import { useQuery } from '@tanstack/react-query';
import { useEffect, useMemo, useRef, useState, type DragEvent, type FormEvent } from 'react';
import type { CheckedPost, CheckedSession, CheckReport, PostToCheck } from '../../../content/check/check-posts.ts';
import { formatSize, MAX_FILE_BYTES } from '../../../content/read/file-size.ts';
import type { CheckDataFile } from '../../../content/schema.ts';
import { AppLink } from '../../components/app-link.tsx';
import { useIndex } from '../../data/hooks.ts';
import { companyName, tagLabel } from '../../data/labels.ts';
import { formatDate, useLang, useMessages, type Lang, type Messages as SiteMessages } from '../../i18n/i18n.ts';
import { sessionHref } from '../../routes.ts';
import { checkMessages } from './check-messages.ts';
import { CheckCancelled, CheckerFailed, createCheckRunner, type CheckRunner } from './check-runner.ts';
import { checkDataQuery } from './check-data-query.ts';
import { NotesPreview } from './notes-preview.tsx';

/** The page's own words, the site's shared ones (kinds, day numbers) and the language the labels are picked in. */
interface Words {
  m: ReturnType<typeof checkMessages>;
  t: SiteMessages;
  lang: Lang;
}

/** A post as the author gave it: its bytes are what "Add it" downloads, unchanged. */
interface GivenPost extends PostToCheck {
  /** The bytes as given (for a file over the limit, none: it is not read). */
  original: Uint8Array;
}

type State =
  | { phase: 'idle' }
  | { phase: 'running' }
  | { phase: 'cancelled' }
  | { phase: 'failed'; reason: CheckerFailed['reason'] | 'error'; message: string }
  | { phase: 'done'; report: CheckReport; given: GivenPost[] };

/** A file's bytes, or only its start when it is over the limit (the check refuses it by its size). */
async function readGiven(file: File): Promise<GivenPost> {
  const bytes = new Uint8Array(await file.slice(0, file.size > MAX_FILE_BYTES ? MAX_FILE_BYTES + 1 : file.size).arrayBuffer());
  return { name: file.name, bytes, size: file.size, original: file.size > MAX_FILE_BYTES ? new Uint8Array() : bytes };
}

/** `Day 2 (Oct 24, 2024)`: the shared day number, with the date in the UI language when the edition gives it. */
function dayText({ t, lang }: Words, n: number | null, date: string | null): string {
  return date && n !== null ? `${t.day(n)} (${formatDate(date, lang)})` : t.day(n);
}

function failedState(error: unknown): State {
  if (error instanceof CheckerFailed) return { phase: 'failed', reason: error.reason, message: error.message };
  return { phase: 'failed', reason: 'error', message: error instanceof Error ? error.message : String(error) };
}

function Failure({ state, m }: { state: Extract<State, { phase: 'failed' }>; m: Words['m'] }) {
  if (state.reason === 'no-worker') return <p role="alert">{m.noWorker}</p>;
  if (state.reason === 'stopped') {
    return (
      <p role="alert">
        {m.workerStopped}
        {state.message && <> ({state.message})</>}
      </p>
    );
  }
  return <p role="alert">{m.failed(state.message)}</p>;
}

export function CheckPage() {
  const t = useMessages();
  const lang = useLang();
  const m = checkMessages(lang);
  const words: Words = { m, t, lang };
  const index = useIndex();
  const data = useQuery(checkDataQuery());
  const [state, setState] = useState<State>({ phase: 'idle' });
  const [text, setText] = useState('');
  const [dragging, setDragging] = useState(false);
  const runner = useRef<CheckRunner | null>(null);
  useEffect(() => () => runner.current?.cancel(), []);

  const check = async (given: GivenPost[]) => {
    if (!data.data || given.length === 0) return;
    setState({ phase: 'running' });
    // The worker gets copies: the originals stay here for "Add it".
    const posts = given.map(({ name, bytes, size }) => ({ name, bytes: bytes.slice(), ...(size === undefined ? {} : { size }) }));
    try {
      runner.current ??= createCheckRunner();
      const report = await runner.current.run({ data: data.data, index, posts });
      setState({ phase: 'done', report, given });
    } catch (error) {
      setState(error instanceof CheckCancelled ? { phase: 'cancelled' } : failedState(error));
    }
  };
  const checkFiles = async (files: FileList | null) => {
    if (files && files.length > 0) await check(await Promise.all([...files].map(readGiven)));
  };
  const checkText = (event: FormEvent) => {
    event.preventDefault();
    const bytes = new TextEncoder().encode(text);
    void check([{ name: null, bytes, original: bytes }]);
  };
  const onDrop = (event: DragEvent) => {
    event.preventDefault();
    setDragging(false);
    void checkFiles(event.dataTransfer.files);
  };
  const ready = data.isSuccess && state.phase !== 'running';

  return (
    <div className="check">
      <h1>{t.checkTitle}</h1>
      <p className="lead">{t.checkIntro}</p>
      <p className="muted">
        {m.privacy} {m.limit(formatSize(MAX_FILE_BYTES))}
      </p>
      {/* Shown only where JavaScript does not run (layout.css): the pre-rendered page alone cannot check. */}
      <p className="muted needs-script">{m.needsScript}</p>
      {data.isPending && <p className="muted">{m.loadingData}</p>}
      {data.isError && <p role="alert">{m.dataFailed}</p>}

      <form onSubmit={checkText} className="filter">
        <label htmlFor="check-text">{m.pasteLabel}</label>
        <textarea id="check-text" rows={8} value={text} onChange={(event) => setText(event.target.value)} spellCheck={false} style={{ width: '100%' }} />
        <p>
          <button type="submit" className="button" disabled={!ready || text === ''}>
            {m.pasteButton}
          </button>
        </p>
      </form>

      <div
        className="filter"
        onDragOver={(event) => {
          event.preventDefault();
          setDragging(true);
        }}
        onDragLeave={() => setDragging(false)}
        onDrop={onDrop}
        data-dragging={dragging || undefined}
        style={{ border: '2px dashed currentColor', padding: '1rem', opacity: dragging ? 0.7 : 1 }}
      >
        <p>{m.dropZone}</p>
        <label htmlFor="check-files">{m.fileLabel}</label>{' '}
        <input
          id="check-files"
          type="file"
          multiple
          accept=".md,.markdown,.txt,text/markdown,text/plain"
          disabled={!ready}
          onChange={(event) => {
            void checkFiles(event.target.files);
            event.target.value = '';
          }}
        />
      </div>

      <div role="status">
        {state.phase === 'running' && (
          <p>
            {m.checking}{' '}
            <button type="button" className="button button--quiet" onClick={() => runner.current?.cancel()}>
              {m.cancel}
            </button>
          </p>
        )}
        {state.phase === 'cancelled' && <p>{m.cancelled}</p>}
      </div>
      {state.phase === 'failed' && <Failure state={state} m={m} />}
      {state.phase === 'done' && data.data && (
        <section aria-labelledby="check-results">
          <h2 id="check-results">{m.results}</h2>
          {state.report.posts.map((post, k) => (
            <PostReport key={`${k}-${post.path}`} post={post} given={state.given[k]!} data={data.data} words={words} />
          ))}
        </section>
      )}
    </div>
  );
}

function PostReport({ post, given, data, words }: { post: CheckedPost; given: GivenPost; data: CheckDataFile; words: Words }) {
  const { m } = words;
  const headingId = `post-${post.path}`;
  return (
    <article className="check-post" aria-labelledby={headingId} data-file={post.path}>
      <h3 id={headingId}>{post.name}</h3>
      <p>
        <strong data-status={post.status}>{m.status[post.status]}</strong>
        {post.title && <> · {post.title}</>}
      </p>
      {post.refused && <p role="alert">{m.refused[post.refused](post.name)}</p>}
      {post.onSite && post.reviewId && <p>{m.onSite(post.reviewId)}</p>}
      {post.edition && (
        <dl className="facts">
          <dt>{m.edition}</dt>
          <dd data-edition={post.edition.id}>{post.edition.name}</dd>
          <dt>{m.why}</dt>
          {/* The pipeline's words, in English in either language (check-messages.ts). */}
          <dd lang="en">{post.edition.evidence}</dd>
          <dt>{m.day}</dt>
          <dd data-day={post.day?.id}>{dayText(words, post.day?.number ?? null, post.day?.date ?? null)}</dd>
          <dt>{m.why}</dt>
          <dd lang="en">{post.day?.evidence}</dd>
        </dl>
      )}
      <Diagnostics post={post} m={m} />
      {post.status !== 'rejected' && (
        <section aria-label={m.sessions(post.sessions.length)}>
          <h4>{m.sessions(post.sessions.length)}</h4>
          {post.sessions.length === 0 ? (
            <p className="muted">{m.noSessions}</p>
          ) : (
            <ol className="session-list">
              {post.sessions.map((session) => (
                <li key={session.id}>
                  <SessionReport session={session} words={words} />
                </li>
              ))}
            </ol>
          )}
        </section>
      )}
      <AddIt post={post} given={given} data={data} m={m} />
    </article>
  );
}

function Diagnostics({ post, m }: { post: CheckedPost; m: Words['m'] }) {
  return (
    <section aria-label={m.problems(post.diagnostics.length)}>
      <h4>{m.problems(post.diagnostics.length)}</h4>
      {post.diagnostics.length > 0 && <p className="muted">{m.pipelineWords}</p>}
      {post.diagnostics.length > 0 && (
        <ol className="check-diagnostics">
          {post.diagnostics.map((d, k) => (
            <li key={k} data-code={d.code} data-severity={d.severity}>
              <p>
                <strong>{m.severity[d.severity]}</strong> <code>{d.code}</code> {m.line} {d.line}:{d.column} — <span lang="en">{d.message}</span>
              </p>
              {d.source !== null && (
                <pre>
                  <code>
                    {d.line} | {d.source}
                  </code>
                </pre>
              )}
              <p>
                {m.hint}: <span lang="en">{d.hint}</span>
              </p>
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}

function SessionReport({ session, words }: { session: CheckedSession; words: Words }) {
  const { m, t, lang } = words;
  const speakers = session.speakers.map((s) =>
    [s.name, s.handle && `(${s.handle})`, s.role, s.company && `· ${companyName(s.company, lang)}`].filter(Boolean).join(' '),
  );
  const companies = session.companies.map((c) => companyName(c, lang));
  const tags = session.tags.map((tag) => tagLabel(tag, lang));
  return (
    <div className="session-card" data-session={session.id}>
      <h5 className="session-card__title">{session.title}</h5>
      <dl className="facts">
        <dt>{m.kind}</dt>
        <dd>{t.kind(session.kind)}</dd>
        <dt>{m.day}</dt>
        <dd>{dayText(words, session.dayNumber, null)}</dd>
        <dt>{m.speakers}</dt>
        <dd data-speakers>{speakers.length ? speakers.join(', ') : m.none}</dd>
        <dt>{m.companies}</dt>
        <dd>{companies.length ? companies.join(', ') : m.none}</dd>
        <dt>{m.tags}</dt>
        <dd>{tags.length ? tags.join(', ') : m.none}</dd>
        <dt>{m.line}</dt>
        <dd>{session.line}</dd>
        <dt>{m.merge}</dt>
        <dd>
          {session.existing ? (
            <>
              <AppLink to={sessionHref(session.existing.id)}>{m.mergesWith(session.existing.title, session.existing.reviews)}</AppLink>
            </>
          ) : (
            m.newSession
          )}
          {session.alsoIn.length > 0 && <> {m.alsoIn(session.alsoIn.join(', '))}</>}
        </dd>
      </dl>
      <details>
        <summary>{m.preview}</summary>
        {session.writeUp.empty ? <p className="muted">{m.emptyNotes}</p> : <NotesPreview markdown={session.writeUp.markdown} />}
      </details>
    </div>
  );
}

function AddIt({ post, given, data, m }: { post: CheckedPost; given: GivenPost; data: CheckDataFile; m: Words['m'] }) {
  const folder = [data.contentPath, data.reviewsFolder].filter(Boolean).join('/');
  const github = useMemo(() => {
    const repo = data.repository;
    if (!repo) return null;
    const where = folder.split('/').map(encodeURIComponent).join('/');
    return `https://github.com/${repo.owner}/${repo.name}/new/${encodeURIComponent(repo.branch)}/${where}?filename=${encodeURIComponent(post.name)}`;
  }, [data.repository, folder, post.name]);
  if (post.refused || given.original.length === 0) return null;
  const download = () => {
    const url = URL.createObjectURL(new Blob([given.original.slice()], { type: 'application/octet-stream' }));
    const link = document.createElement('a');
    link.href = url;
    link.download = post.name;
    link.click();
    setTimeout(() => URL.revokeObjectURL(url), 0);
  };
  return (
    <section aria-label={m.add}>
      <h4>{m.add}</h4>
      {post.status === 'rejected' && <p>{m.rejectedNote}</p>}
      <p>
        <button type="button" className="button" onClick={download}>
          {m.download(post.name)}
        </button>
      </p>
      <ol>
        <li>{m.step1(folder, post.name)}</li>
        <li>{m.step2}</li>
        <li>{m.step3}</li>
      </ol>
      {github ? (
        <p>
          <a href={github} target="_blank" rel="noopener noreferrer">
            {m.github}
          </a>
        </p>
      ) : (
        <p className="muted">{m.noRepository}</p>
      )}
    </section>
  );
}
