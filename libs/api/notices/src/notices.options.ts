export interface NoticesOptions {
  /** The web app's origin: links in emails point there. */
  webOrigin: string;
  /** Whether this API works the notice queues and runs the reminders' schedule. */
  worker: boolean;
}

export const NOTICES_OPTIONS = Symbol('NOTICES_OPTIONS');
