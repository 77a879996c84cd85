/** Where the check page's data is (check-data.ts): apart, so the app imports the path without the emitter. */
export const CHECK_DATA_PATH = 'data/check.json';
