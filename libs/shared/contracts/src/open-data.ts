/** The open-data files: served by the API at /open-data/{file}, and listed on the web app's Open data page. */

/** The licence of every open-data file. */
export const OPEN_DATA_LICENCE = Object.freeze({
  name: 'Open Government Licence v3.0',
  url: 'https://www.nationalarchives.gov.uk/doc/open-government-licence/version/3/',
});

export interface OpenDataFile {
  /** The file's name, and its address under /open-data/. */
  file: string;
  title: string;
  format: string;
  description: string;
}

export const OPEN_DATA_FILES: readonly OpenDataFile[] = Object.freeze([
  {
    file: 'memberships.csv',
    title: 'Memberships',
    format: 'CSV',
    description:
      'Everyone who sits or has sat on each board and group, one line for each membership: the body, the person’s name as they chose to be shown (blank if they chose not to be named), their role, their seat (and for a cross-seat, the body they come from), and the first and last days.',
  },
  {
    file: 'popolo.json',
    title: 'Bodies, people and memberships',
    format: 'JSON, in the Popolo standard',
    description:
      'The same memberships, with the boards and groups, the roles and the people, in the Popolo format that many tools for public bodies read.',
  },
  {
    file: 'terms-of-reference.json',
    title: 'Terms of reference',
    format: 'JSON',
    description:
      'Every published version of each body’s terms of reference, with the day each came into force, the quorum, how often the body meets and who sits on it.',
  },
  {
    file: 'minutes.json',
    title: 'Minutes',
    format: 'JSON',
    description:
      'The published minutes of every meeting: the public version, without what was said under private agenda items.',
  },
  {
    file: 'decisions.json',
    title: 'Decisions',
    format: 'JSON',
    description:
      'The decisions recorded in published minutes, with the meeting and the agenda item each was made under.',
  },
]);

export function isOpenDataFile(file: unknown): file is string {
  return typeof file === 'string' && OPEN_DATA_FILES.some((entry) => entry.file === file);
}
