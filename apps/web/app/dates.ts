const LOCAL_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

const longDate = new Intl.DateTimeFormat('en-GB', {
  day: 'numeric',
  month: 'long',
  year: 'numeric',
  timeZone: 'Europe/London',
});

/**
 * A calendar date from the API (`YYYY-MM-DD`, a day in Europe/London) in the GOV.UK style,
 * e.g. "15 March 2021". The same on the server and in any browser, whatever its time zone.
 */
export function formatLocalDate(value: string): string {
  const match = LOCAL_DATE.exec(value);
  if (!match) throw new RangeError(`Not a YYYY-MM-DD date: ${JSON.stringify(value)}`);
  const [year, month, day] = match.slice(1).map(Number);
  // Noon UTC falls on the same calendar day in London whether it is GMT or BST.
  const noon = new Date(Date.UTC(year, month - 1, day, 12));
  if (noon.getUTCMonth() !== month - 1 || noon.getUTCDate() !== day) {
    throw new RangeError(`Not a calendar date: ${value}`);
  }
  return longDate.format(noon);
}
