/**
 * Public API of the content pipeline. Pure TypeScript: no Vite, no React; only load.ts reads
 * the file system.
 */
export { buildCatalog, type ContentFile, type ContentInput } from './catalog';
export { loadContent } from './load';
export { emitStaticFiles, summarizeSession } from './emit';
export { formatDiagnostic, DiagnosticCode } from './diagnostics';
export { summarizeCatalog, formatSummaryLine, countCatalog, type CatalogCounts } from './summary';
