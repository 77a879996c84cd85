import { AppLink } from '../../components/app-link.tsx';
import type { SessionFile } from '../../../content/schema.ts';
import { TagList } from '../../components/tag-list.tsx';
import { createLabels } from '../../data/labels.ts';
import { useMessages } from '../../i18n/i18n.ts';
import { companyHref, speakerHref } from '../../routes.ts';

/** Speakers, companies, tags and the official page, as a description list; each leads to its page. */
export function SessionFacts({ file }: { file: SessionFile }) {
  const t = useMessages();
  const { session } = file;
  const labels = createLabels(file.companies, file.tags, [], t.lang);
  const official = officialUrl(session.link);
  return (
    <dl className="facts">
      <div>
        <dt>{t.speakers}</dt>
        <dd>
          {session.speakers.length === 0 ? (
            '—'
          ) : (
            <ul className="inline-list">
              {session.speakers.map((speaker) => (
                <li key={speaker.id}>
                  <AppLink to={speakerHref(speaker.id)}>{speaker.name}</AppLink>
                  {[speaker.role, speaker.company && labels.company(speaker.company)].filter(Boolean).map((detail) => ` · ${detail}`)}
                </li>
              ))}
            </ul>
          )}
        </dd>
      </div>
      {session.companies.length > 0 && (
        <div>
          <dt>{t.companies}</dt>
          <dd>
            <ul className="inline-list">
              {session.companies.map((id) => (
                <li key={id}>
                  <AppLink to={companyHref(id)}>{labels.company(id)}</AppLink>
                </li>
              ))}
            </ul>
          </dd>
        </div>
      )}
      {session.tags.length > 0 && (
        <div>
          <dt>{t.tags}</dt>
          <dd>
            <TagList tags={session.tags} labels={labels} />
          </dd>
        </div>
      )}
      {official && (
        <div>
          <dt>{t.officialLink}</dt>
          <dd>
            <a href={official.href} target="_blank" rel="noopener noreferrer">
              {official.host}
            </a>
          </dd>
        </div>
      )}
    </dl>
  );
}

/** The link comes from review text: only http(s) URLs become links. */
function officialUrl(link: string | undefined): URL | null {
  if (!link) return null;
  try {
    const url = new URL(link);
    return url.protocol === 'https:' || url.protocol === 'http:' ? url : null;
  } catch {
    return null;
  }
}
