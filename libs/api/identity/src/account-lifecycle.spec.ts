import { DomainError } from '@boards/domain';
import { invitationEmail, londonDateTime, passwordResetEmail } from './account-emails';
import { invitationStatus, type InvitationStatus } from './invitations.service';
import { assertAcceptablePassword } from './new-password';

const NOW = new Date('2026-03-02T09:00:00Z');
const at = (iso: string) => new Date(iso);

describe('invitationStatus', () => {
  it.each<
    [string, { usedAt: Date | null; revokedAt: Date | null; expiresAt: Date }, InvitationStatus]
  >([
    [
      'open and in time',
      { usedAt: null, revokedAt: null, expiresAt: at('2026-03-02T09:00:01Z') },
      'PENDING',
    ],
    ['at its expiry', { usedAt: null, revokedAt: null, expiresAt: NOW }, 'EXPIRED'],
    [
      'past its expiry',
      { usedAt: null, revokedAt: null, expiresAt: at('2026-03-01T00:00:00Z') },
      'EXPIRED',
    ],
    [
      'revoked in time',
      {
        usedAt: null,
        revokedAt: at('2026-03-01T00:00:00Z'),
        expiresAt: at('2026-03-09T00:00:00Z'),
      },
      'REVOKED',
    ],
    [
      'revoked and expired',
      {
        usedAt: null,
        revokedAt: at('2026-02-01T00:00:00Z'),
        expiresAt: at('2026-02-02T00:00:00Z'),
      },
      'REVOKED',
    ],
    [
      'used',
      {
        usedAt: at('2026-03-01T00:00:00Z'),
        revokedAt: null,
        expiresAt: at('2026-03-09T00:00:00Z'),
      },
      'ACCEPTED',
    ],
    [
      'used, then past its expiry',
      {
        usedAt: at('2026-02-01T00:00:00Z'),
        revokedAt: null,
        expiresAt: at('2026-02-02T00:00:00Z'),
      },
      'ACCEPTED',
    ],
  ])('%s is %s', (_label, token, status) => {
    expect(invitationStatus(token, NOW)).toBe(status);
  });
});

describe('londonDateTime', () => {
  it.each([
    ['2026-03-02T09:00:00Z', '9am on 2 March 2026'],
    ['2026-03-02T17:30:00Z', '5:30pm on 2 March 2026'],
    ['2026-07-01T11:05:00Z', '12:05pm on 1 July 2026'],
    ['2026-10-25T00:30:00Z', '1:30am on 25 October 2026'],
    ['2026-12-31T23:59:00Z', '11:59pm on 31 December 2026'],
    ['2026-01-15T00:30:00Z', '12:30am on 15 January 2026'],
  ])('shows %s in London time as %s', (iso, text) => {
    expect(londonDateTime(new Date(iso))).toBe(text);
  });
});

describe('account emails', () => {
  const link = `https://boards.example.org/accept-invitation?token=${'A'.repeat(43)}`;

  it('invites with the link on a line of its own and says until when it works', () => {
    const email = invitationEmail({
      fullName: 'Zoë Okafor',
      link,
      expiresAt: at('2026-03-09T09:00:00Z'),
    });
    expect(email.subject).toBe('You have been invited to the Boards portal');
    expect(email.text.split('\n')).toContain(link);
    expect(email.text).toContain('Dear Zoë Okafor,');
    expect(email.text).toContain('until 9am on 9 March 2026');
  });

  it('offers a reset that says what happens if you did not ask for it', () => {
    const email = passwordResetEmail({
      fullName: 'Helen Marsh',
      link: 'https://boards.example.org/reset-password?token=abc',
      expiresAt: at('2026-06-01T10:00:00Z'),
    });
    expect(email.subject).toBe('Reset your Boards portal password');
    expect(email.text.split('\n')).toContain('https://boards.example.org/reset-password?token=abc');
    expect(email.text).toContain('until 11am on 1 June 2026');
    expect(email.text).toContain('your password has not changed');
  });
});

describe('assertAcceptablePassword', () => {
  const person = { fullName: 'Helen Marsh', email: 'h.marsh-evidence@example.org' };
  const problemOf = (password: string, field?: string) => {
    try {
      assertAcceptablePassword(password, person, field);
      return 'ok';
    } catch (error) {
      expect(error).toBeInstanceOf(DomainError);
      const domain = error as DomainError;
      expect(domain.code).toBe('BAD_USER_INPUT');
      return [domain.message, domain.details?.['field']];
    }
  };

  it.each([
    ['correct horse battery staple', 'ok'],
    ['short', ['Password must be 8 characters or more', 'password']],
    [
      'password',
      ['Password is too easy to guess. Choose a password that is not commonly used', 'password'],
    ],
    ['x'.repeat(129), ['Password must be 128 characters or fewer', 'password']],
    ['my name is helen, ok?', ['Password must not include your name or email address', 'password']],
    [
      'evidence-loving person',
      ['Password must not include your name or email address', 'password'],
    ],
    ['example.org is my favourite', 'ok'],
  ])('%s → %p', (password, expected) => {
    expect(problemOf(password)).toEqual(expected);
  });

  it('names the field it was given', () => {
    expect(problemOf('short', 'newPassword')).toEqual([
      'Password must be 8 characters or more',
      'newPassword',
    ]);
  });
});
