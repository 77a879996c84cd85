/**
 * The audits that cost a page points, as lines someone can act on: audit id, what Lighthouse
 * says, and the first elements or URLs it blames.
 */
import type { Result } from 'lighthouse';

export interface FailedAudit {
  category: string;
  id: string;
  title: string;
  displayValue?: string;
  /** Selectors, snippets or URLs from the audit's details, first few only. */
  culprits: string[];
}

/** How many culprits to name per audit: enough to find the pattern, short enough to read. */
const CULPRITS_SHOWN = 3;

/**
 * Accessibility, best practices and SEO are pass/fail per audit, so every audit under 1 counts.
 * Performance audits score on a curve; the ones under 0.9 (Lighthouse's own "good" line) are
 * where points go.
 */
export function listFailedAudits(lhr: Result): FailedAudit[] {
  const failed: FailedAudit[] = [];
  for (const [categoryId, category] of Object.entries(lhr.categories)) {
    const threshold = categoryId === 'performance' ? 0.9 : 1;
    for (const ref of category.auditRefs) {
      const audit = lhr.audits[ref.id];
      if (!audit) continue;
      const errored = audit.scoreDisplayMode === 'error';
      const lowScore = typeof audit.score === 'number' && audit.score < threshold;
      // Performance diagnostics with no weight still matter when they fail (they explain the
      // metrics); elsewhere a zero-weight audit is Lighthouse's "not scored" and is left out.
      if (!errored && (!lowScore || (ref.weight === 0 && categoryId !== 'performance'))) continue;
      failed.push({
        category: categoryId,
        id: ref.id,
        title: audit.title,
        ...(audit.displayValue || audit.errorMessage ? { displayValue: audit.displayValue ?? audit.errorMessage } : {}),
        culprits: listCulprits(audit.details),
      });
    }
  }
  return failed;
}

function listCulprits(details: unknown): string[] {
  const items = (details as { items?: unknown[] } | undefined)?.items;
  if (!Array.isArray(items)) return [];
  return items.slice(0, CULPRITS_SHOWN).flatMap((item) => {
    const text = describeItem(item as Record<string, unknown>);
    return text ? [text] : [];
  });
}

function describeItem(item: Record<string, unknown>): string | undefined {
  const node = (item.node ?? item.element) as { selector?: string; snippet?: string; explanation?: string } | undefined;
  if (node?.selector || node?.snippet) {
    const why = node.explanation?.split('\n').slice(0, 2).join(' ');
    return [node.selector, node.snippet?.slice(0, 120), why].filter(Boolean).join('  ');
  }
  // Console messages (errors-in-console) carry their text and where it came from.
  const location = (item.sourceLocation as { url?: string } | undefined)?.url;
  if (typeof item.description === 'string' && location) return `${item.description}  ${location}`;
  const url = item.url ?? (item.source as { url?: string } | undefined)?.url;
  return typeof url === 'string' ? url : undefined;
}
