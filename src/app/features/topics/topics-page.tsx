import { useMemo, type CSSProperties } from 'react';
import { AppLink } from '../../components/app-link.tsx';
import { useIndex } from '../../data/hooks.ts';
import { useMessages } from '../../i18n/i18n.ts';
import { tagHref, tagsHref } from '../../routes.ts';
import { countTopics } from './topic-counts.ts';

/**
 * A table first (every number readable, by screen readers too), drawn as a chart: each cell's
 * bar is as long as its count against the largest count.
 */
export function TopicsPage() {
  const t = useMessages();
  const index = useIndex();
  const { editions, rows, max } = useMemo(() => countTopics(index, t.lang), [index, t.lang]);
  return (
    <div className="topics">
      <h1>{t.topicsTitle}</h1>
      <p className="lead">{t.topicsIntro}</p>
      <div className="table-scroll" tabIndex={0} role="region" aria-labelledby="topics-caption">
        <table className="topic-table">
          <caption id="topics-caption">{t.topicsCaption}</caption>
          <thead>
            <tr>
              <th scope="col">{t.topicColumn}</th>
              {editions.map((edition) => (
                <th scope="col" key={edition.id}>
                  {edition.name}
                </th>
              ))}
              <th scope="col">{t.totalColumn}</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => (
              <tr key={row.tagId}>
                <th scope="row">
                  <AppLink to={tagHref(row.tagId)}>#{row.label}</AppLink>
                </th>
                {row.counts.map((count, i) => {
                  const edition = editions[i]!;
                  return (
                    <td key={edition.id} className="topic-cell" data-count={count}>
                      <span className="topic-bar" aria-hidden="true" style={{ '--share': count / max } as CSSProperties} />
                      {count > 0 ? (
                        <AppLink to={tagsHref({ tags: [row.tagId], edition: edition.id })} aria-label={t.topicCell(count, edition.name)}>
                          {count}
                        </AppLink>
                      ) : (
                        <span className="muted">0</span>
                      )}
                    </td>
                  );
                })}
                <td className="topic-total">{row.total}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </div>
  );
}
