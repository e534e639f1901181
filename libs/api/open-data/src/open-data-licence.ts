import { OPEN_DATA_LICENCE } from '@boards/shared/contracts';

/** How long a cache (a browser, a proxy) may keep an open-data file before asking again. */
export const OPEN_DATA_MAX_AGE_SECONDS = 300;

/** What every JSON file says about itself: what it is, its licence, and the day it is as of. */
export interface OpenDataMeta {
  title: string;
  description: string;
  licence: { name: string; url: string };
  /** The day (Europe/London) the file describes things as of. */
  as_of: string;
}

export function openDataMeta(title: string, description: string, asOf: string): OpenDataMeta {
  return { title, description, licence: { ...OPEN_DATA_LICENCE }, as_of: asOf };
}
