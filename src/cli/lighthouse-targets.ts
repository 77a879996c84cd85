/**
 * The figures `npm run lighthouse` reads from a Lighthouse result, and issue #6's targets for
 * them: performance at least 98; accessibility, best practices and SEO 100; LCP under 1.5 s;
 * CLS 0.
 */
import type { Result } from 'lighthouse';

export interface PageFigures {
  /** Category scores, 0–100 as the report shows them. */
  performance: number;
  accessibility: number;
  bestPractices: number;
  seo: number;
  lcpMs: number;
  cls: number;
  tbtMs: number;
  fcpMs: number;
  /** Bytes over the network for everything the page loaded (compressed size when compressed). */
  transferBytes: number;
}

export function readFigures(lhr: Result): PageFigures {
  const category = (id: string): number => {
    const score = lhr.categories[id]?.score;
    // A category without a score means an audit in it errored: count it as a miss, not a pass.
    return typeof score === 'number' ? Math.round(score * 100) : Number.NaN;
  };
  const numeric = (id: string): number => lhr.audits[id]?.numericValue ?? Number.NaN;
  return {
    performance: category('performance'),
    accessibility: category('accessibility'),
    bestPractices: category('best-practices'),
    seo: category('seo'),
    lcpMs: numeric('largest-contentful-paint'),
    cls: numeric('cumulative-layout-shift'),
    tbtMs: numeric('total-blocking-time'),
    fcpMs: numeric('first-contentful-paint'),
    transferBytes: numeric('total-byte-weight'),
  };
}

export interface Target {
  /** The figure the target is about. */
  figure: keyof PageFigures;
  /** `performance ≥ 98` */
  label: string;
  met: (value: number) => boolean;
}

export const TARGETS: readonly Target[] = [
  { figure: 'performance', label: 'performance ≥ 98', met: (v) => v >= 98 },
  { figure: 'accessibility', label: 'accessibility 100', met: (v) => v === 100 },
  { figure: 'bestPractices', label: 'best practices 100', met: (v) => v === 100 },
  { figure: 'seo', label: 'SEO 100', met: (v) => v === 100 },
  { figure: 'lcpMs', label: 'LCP < 1.5 s', met: (v) => v < 1500 },
  { figure: 'cls', label: 'CLS 0', met: (v) => v === 0 },
];

/** The targets these figures miss (NaN, a figure Lighthouse could not measure, misses). */
export function findMissedTargets(figures: PageFigures): Target[] {
  return TARGETS.filter((target) => !target.met(figures[target.figure]));
}
