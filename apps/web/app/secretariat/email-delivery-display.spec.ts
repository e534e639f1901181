import { canResend, deliveryText, emailKindText, emailStatusOf } from './email-delivery-display';

describe('email delivery in words', () => {
  it.each([
    [
      {
        status: 'SENT',
        attempts: 1,
        sendAfter: '2026-12-07T09:30:00Z',
        sentAt: '2026-12-07T09:30:05Z',
      },
      'Accepted by the mail server 7 December 2026 at 9:30am',
    ],
    [
      {
        status: 'FAILED',
        attempts: 8,
        sendAfter: '2026-12-07T09:30:00Z',
        gaveUpAt: '2026-07-01T13:00:00Z',
      },
      'Given up 1 July 2026 at 2:00pm after trying 8 times',
    ],
    [
      { status: 'RETRYING', attempts: 1, sendAfter: '2026-12-07T12:00:00Z' },
      'Tried once; next try 7 December 2026 at midday',
    ],
    [
      { status: 'RETRYING', attempts: 2, sendAfter: '2026-12-07T12:01:00Z' },
      'Tried twice; next try 7 December 2026 at 12:01pm',
    ],
    [
      { status: 'QUEUED', attempts: 0, sendAfter: '2026-12-07T00:00:00Z' },
      'Waiting to be sent, from 7 December 2026 at midnight',
    ],
  ] as const)('%j: %s', (email, text) => {
    expect(deliveryText(email)).toBe(text);
  });

  it.each([
    ['FAILED', true],
    ['SENT', true],
    ['QUEUED', false],
    ['RETRYING', false],
  ] as const)('a %s email can be resent: %s', (status, can) => {
    expect(canResend(status)).toBe(can);
  });

  it('reads a status from an address, and names the kinds it knows', () => {
    expect(emailStatusOf('FAILED')).toBe('FAILED');
    expect(emailStatusOf('failed')).toBeNull();
    expect(emailStatusOf(null)).toBeNull();
    expect(emailKindText('account.password-reset')).toBe('Password reset');
    expect(emailKindText('meeting.reminder')).toBe('Meeting reminder');
    expect(emailKindText('something.new')).toBe('something.new');
  });
});
