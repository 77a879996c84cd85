/**
 * Public API of the content pipeline. Pure TypeScript: no Vite, no React; only load.ts and
 * review-cache-file.ts (the optional on-disk review cache) touch the file system.
 */
export { buildCatalog, type ContentFile, type ContentInput } from './catalog.ts';
export { loadContent } from './load.ts';
export { openReviewCache, type FileReviewCache } from './review-cache-file.ts';
export { emitStaticFiles, summarizeSession } from './emit.ts';
export { formatDiagnostic, DiagnosticCode } from './diagnostics.ts';
export { summarizeCatalog, formatSummaryLine, countCatalog, type CatalogCounts } from './summary.ts';
