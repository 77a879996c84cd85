/**
 * Public API of the content pipeline. Pure TypeScript: no Vite, no React; only load.ts and
 * review-cache-file.ts (the optional on-disk review cache) touch the file system.
 */
export { buildCatalog, type ContentFile, type ContentInput } from './catalog/catalog.ts';
export { loadContent } from './node/load.ts';
export { openReviewCache, type FileReviewCache } from './node/review-cache-file.ts';
export { emitStaticFiles, summarizeSession } from './emit/emit.ts';
export { formatDiagnostic, DiagnosticCode } from './diagnostics.ts';
export { summarizeCatalog, formatSummaryLine, countCatalog, type CatalogCounts } from './catalog/summary.ts';
