import type { SessionFile } from '../../../content/schema.ts';
import { TagList } from '../../components/tag-list.tsx';
import { createLabels } from '../../data/labels.ts';
import { useMessages } from '../../i18n/i18n.ts';

/** Kind, speakers, companies, tags and the official page, as a description list. */
export function SessionFacts({ file }: { file: SessionFile }) {
  const t = useMessages();
  const { session } = file;
  const labels = createLabels(file.companies, file.tags);
  const official = officialUrl(session.link);
  return (
    <dl className="facts">
      <div>
        <dt>{t.speakers}</dt>
        <dd>
          {session.speakers.length === 0
            ? '—'
            : session.speakers
                .map((speaker) =>
                  [speaker.name, speaker.role, speaker.company && labels.company(speaker.company)]
                    .filter(Boolean)
                    .join(' · '),
                )
                .join(', ')}
        </dd>
      </div>
      {session.companies.length > 0 && (
        <div>
          <dt>{t.companies}</dt>
          <dd>{session.companies.map(labels.company).join(', ')}</dd>
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
