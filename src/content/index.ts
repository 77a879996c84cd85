/**
 * Public API of the content pipeline. Pure TypeScript: no Vite, no React; only load.ts reads
 * the file system.
 */
export { buildCatalog, type ContentFile, type ContentInput } from './catalog.ts';
export { loadContent } from './load.ts';
export { emitStaticFiles, summarizeSession } from './emit.ts';
export { formatDiagnostic, DiagnosticCode } from './diagnostics.ts';
export { summarizeCatalog, formatSummaryLine, countCatalog, type CatalogCounts } from './summary.ts';
