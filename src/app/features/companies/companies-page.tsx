import { useMemo } from 'react';
import { useParams } from 'react-router';
import { AppLink } from '../../components/app-link.tsx';
import { useIndex } from '../../data/hooks.ts';
import { companyName, createLabels } from '../../data/labels.ts';
import { useMessages } from '../../i18n/i18n.ts';
import { companiesHref, companyHref, speakerHref } from '../../routes.ts';
import { EditionGroups } from '../speakers/edition-groups.tsx';
import { compareText } from '../../data/compare-text.ts';
import { collectSpeakers } from '../speakers/speakers-data.ts';

export function CompaniesPage() {
  const t = useMessages();
  const index = useIndex();
  const companies = useMemo(
    () => [...index.companies].sort((a, b) => b.sessionCount - a.sessionCount || compareText(companyName(a, t.lang), companyName(b, t.lang))),
    [index],
  );
  return (
    <div className="directory">
      <h1>{t.companiesTitle}</h1>
      <p className="lead">
        {t.companiesIntro} {t.companyCount(companies.length)}
      </p>
      <ul className="directory-list">
        {companies.map((company) => (
          <li key={company.id}>
            <AppLink to={companyHref(company.id)}>{companyName(company, t.lang)}</AppLink>
            <span className="muted">{t.sessionCount(company.sessionCount)}</span>
          </li>
        ))}
      </ul>
    </div>
  );
}

export function CompanyPage() {
  const t = useMessages();
  const index = useIndex();
  const { company: id = '' } = useParams();
  const labels = useMemo(() => createLabels(index.companies, index.tags, index.editions, t.lang), [index, t.lang]);
  // The loader has checked that the company exists.
  const company = index.companies.find((candidate) => candidate.id === id)!;
  const sessionIds = useMemo(
    () => new Set(index.sessions.filter((session) => session.companies.includes(id)).map((session) => session.id)),
    [index, id],
  );
  const speakers = useMemo(() => collectSpeakers(index).filter((speaker) => speaker.companies.includes(id)), [index, id]);
  return (
    <div className="directory">
      <p className="breadcrumb">
        <AppLink to={companiesHref()}>{t.companiesTitle}</AppLink>
      </p>
      <h1>{companyName(company, t.lang)}</h1>
      <p className="lead">{t.sessionCount(sessionIds.size)}</p>
      {speakers.length > 0 && (
        <section aria-labelledby="company-speakers">
          <h2 id="company-speakers">{t.companySpeakers}</h2>
          <ul className="inline-list">
            {speakers.map((speaker) => (
              <li key={speaker.id}>
                <AppLink to={speakerHref(speaker.id)}>{speaker.name}</AppLink>
              </li>
            ))}
          </ul>
        </section>
      )}
      <EditionGroups index={index} sessionIds={sessionIds} labels={labels} idPrefix="company-edition" />
    </div>
  );
}
