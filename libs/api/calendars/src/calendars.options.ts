/** Nest injection token for the calendars feature's settings. */
export const CALENDARS_OPTIONS = Symbol('CalendarsOptions');

export interface CalendarsOptions {
  /** The web app's origin (`WEB_ORIGIN`): events link to meetings' pages there. */
  readonly webOrigin: string;
}
