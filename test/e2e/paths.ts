/** Where the browser tests build the site, relative to the project root. */
export const E2E_DIST = 'dist';
export const E2E_SUBPATH = '/talkshelf/';
export const E2E_SUBPATH_DIST = 'node_modules/.talkshelf/dist-subpath';
