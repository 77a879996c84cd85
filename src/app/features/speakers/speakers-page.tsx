import { useMemo } from 'react';
import { useParams } from 'react-router';
import { AppLink } from '../../components/app-link.tsx';
import { useIndex } from '../../data/hooks.ts';
import { createLabels } from '../../data/labels.ts';
import { useMessages } from '../../i18n/i18n.ts';
import { companyHref, speakerHref, speakersHref } from '../../routes.ts';
import { EditionGroups } from './edition-groups.tsx';
import { speakerIdFromParams } from './route.ts';
import { collectSpeakers, findSpeaker } from './speakers-data.ts';

export function SpeakersPage() {
  const t = useMessages();
  const index = useIndex();
  const speakers = collectSpeakers(index);
  const labels = useMemo(() => createLabels(index.companies, index.tags, index.editions, t.lang), [index, t.lang]);
  return (
    <div className="directory">
      <h1>{t.speakersTitle}</h1>
      <p className="lead">
        {t.speakersIntro} {t.speakerCount(speakers.length)}
      </p>
      <ul className="directory-list">
        {speakers.map((speaker) => (
          <li key={speaker.id}>
            <AppLink to={speakerHref(speaker.id)}>{speaker.name}</AppLink>
            <span className="muted">
              {[speaker.companies.map(labels.company).join(', '), t.sessionCount(speaker.sessionIds.length)]
                .filter(Boolean)
                .join(' · ')}
            </span>
          </li>
        ))}
      </ul>
    </div>
  );
}

export function SpeakerPage() {
  const t = useMessages();
  const index = useIndex();
  const id = speakerIdFromParams(useParams());
  const labels = useMemo(() => createLabels(index.companies, index.tags, index.editions, t.lang), [index, t.lang]);
  // The loader has checked that the speaker exists.
  const speaker = findSpeaker(index, id)!;
  return (
    <div className="directory">
      <p className="breadcrumb">
        <AppLink to={speakersHref()}>{t.speakersTitle}</AppLink>
      </p>
      <h1>{speaker.name}</h1>
      <dl className="facts">
        {speaker.handle && speaker.handle !== speaker.name && (
          <div>
            <dt>{t.handle}</dt>
            <dd>{speaker.handle}</dd>
          </div>
        )}
        {speaker.companies.length > 0 && (
          <div>
            <dt>{t.companies}</dt>
            <dd>
              {speaker.companies.map((company, i) => (
                <span key={company}>
                  {i > 0 && ', '}
                  <AppLink to={companyHref(company)}>{labels.company(company)}</AppLink>
                </span>
              ))}
            </dd>
          </div>
        )}
        {speaker.roles.length > 0 && (
          <div>
            <dt>{t.role}</dt>
            <dd>{speaker.roles.join(', ')}</dd>
          </div>
        )}
        <div>
          <dt>{t.speakerSessions}</dt>
          <dd>{t.sessionCount(speaker.sessionIds.length)}</dd>
        </div>
      </dl>
      <EditionGroups index={index} sessionIds={new Set(speaker.sessionIds)} labels={labels} idPrefix="speaker-edition" />
    </div>
  );
}
