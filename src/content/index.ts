/**
 * Public API of the content pipeline's core. Pure TypeScript: no Node, no Vite, no React, so it
 * runs in a browser as it runs in the build. What touches Node (the file system, the review
 * cache, worker threads) is in node/, whose index re-exports this one.
 */
export { buildCatalog, type BuildOptions, type ContentFile, type ContentInput, type ReviewReader } from './catalog/catalog.ts';
export { createCatalogMemo, type CatalogMemo } from './catalog/catalog-memo.ts';
export { emitStaticFiles, emitStaticFilesLazily, summarizeSession, type LazyStaticFiles } from './emit/emit.ts';
export { formatDiagnostic, DiagnosticCode } from './diagnostics.ts';
export { summarizeCatalog, formatSummaryLine, countCatalog, type CatalogCounts } from './catalog/summary.ts';
export { checkPosts, type CheckReport, type CheckedPost, type PostToCheck } from './check/check-posts.ts';
