/**
 * Where the packed index lives in the build (src/content/emit/packed-index.ts). Its own module so the
 * app's first-load code can name the file without bundling the unpacking code, which loads
 * with the fetch.
 */
export const PACKED_INDEX_PATH = 'data/index-packed.json';
