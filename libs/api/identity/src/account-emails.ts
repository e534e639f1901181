/** The emails about a person's account, in plain English (GOV.UK style), as plain text. */

export interface EmailContent {
  subject: string;
  text: string;
}

const LONDON = new Intl.DateTimeFormat('en-GB', {
  timeZone: 'Europe/London',
  day: 'numeric',
  month: 'long',
  year: 'numeric',
  hour: 'numeric',
  minute: '2-digit',
  hourCycle: 'h12',
});

/** `9:30am on 2 March 2026` or `5pm on 9 March 2026`, in London time (GOV.UK style). */
export function londonDateTime(date: Date): string {
  const part = (type: Intl.DateTimeFormatPartTypes) =>
    LONDON.formatToParts(date).find((p) => p.type === type)?.value ?? '';
  const hour = part('hour');
  const minute = part('minute');
  const dayPeriod = part('dayPeriod').toLowerCase().replace(/\./g, '').replace(/\s/g, '');
  const time = minute === '00' ? `${hour}${dayPeriod}` : `${hour}:${minute}${dayPeriod}`;
  return `${time} on ${part('day')} ${part('month')} ${part('year')}`;
}

export function invitationEmail(details: {
  fullName: string;
  link: string;
  expiresAt: Date;
}): EmailContent {
  return {
    subject: 'You have been invited to the Boards portal',
    text: [
      `Dear ${details.fullName},`,
      '',
      'You have been invited to sign in to the Boards portal, where you can see the',
      'meetings, papers and minutes of the boards and groups you are a member of.',
      '',
      'To accept, open this link and choose a password:',
      '',
      details.link,
      '',
      `The link works once, until ${londonDateTime(details.expiresAt)}.`,
      'If it has expired, ask the secretariat to send a new invitation.',
      '',
      'If you were not expecting this email, you can ignore it.',
      '',
      'Boards portal',
      '',
    ].join('\n'),
  };
}

export function passwordResetEmail(details: {
  fullName: string;
  link: string;
  expiresAt: Date;
}): EmailContent {
  return {
    subject: 'Reset your Boards portal password',
    text: [
      `Dear ${details.fullName},`,
      '',
      'Someone asked to reset the password of your Boards portal account.',
      '',
      'To choose a new password, open this link:',
      '',
      details.link,
      '',
      `The link works once, until ${londonDateTime(details.expiresAt)}.`,
      'Resetting your password signs you out everywhere.',
      '',
      'If you did not ask for this, you can ignore this email: your password has not changed.',
      '',
      'Boards portal',
      '',
    ].join('\n'),
  };
}
