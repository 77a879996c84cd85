/**
 * The content pipeline as a Node process uses it: the pure core (../index.ts) plus what touches
 * Node: reading a content folder, the on-disk review cache, and reading reviews on worker
 * threads.
 */
export * from '../index.ts';
export { loadContent } from './load.ts';
export { openReviewCache, type FileReviewCache } from './review-cache-file.ts';
export { buildCatalogOnNode, createNodeReviewReader, type NodeReadOptions } from './read-reviews.ts';
