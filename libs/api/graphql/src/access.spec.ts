import { isDomainError } from '@boards/domain';
import { ACCESS_LEVELS, assertAccess, type AccessLevel } from './access';
import type { RequestViewer } from './graphql-context';

const account = (grants: ('SECRETARIAT' | 'ADMIN')[]): RequestViewer => ({
  kind: 'ACCOUNT',
  accountId: 'a',
  personId: 'p',
  fullName: 'Test Person',
  grants,
  sessionId: 's',
});

const VIEWERS: Record<string, RequestViewer> = {
  anonymous: { kind: 'ANONYMOUS' },
  member: account([]),
  secretariat: account(['SECRETARIAT']),
  admin: account(['ADMIN']),
  // A session that has passed the password but not yet the second factor.
  pending: {
    kind: 'PENDING',
    accountId: 'a',
    personId: 'p',
    fullName: 'Test Person',
    sessionId: 's',
    step: 'TOTP',
  },
};

type Outcome = 'ok' | 'UNAUTHENTICATED' | 'FORBIDDEN';

// Every cell explicit: level × viewer.
const EXPECTED: Record<AccessLevel, Record<keyof typeof VIEWERS, Outcome>> = {
  PUBLIC: { anonymous: 'ok', member: 'ok', secretariat: 'ok', admin: 'ok', pending: 'ok' },
  SECOND_FACTOR: {
    anonymous: 'UNAUTHENTICATED',
    member: 'ok',
    secretariat: 'ok',
    admin: 'ok',
    pending: 'ok',
  },
  SIGNED_IN: {
    anonymous: 'UNAUTHENTICATED',
    member: 'ok',
    secretariat: 'ok',
    admin: 'ok',
    pending: 'UNAUTHENTICATED',
  },
  STAFF: {
    anonymous: 'UNAUTHENTICATED',
    member: 'FORBIDDEN',
    secretariat: 'ok',
    admin: 'ok',
    pending: 'UNAUTHENTICATED',
  },
  ADMIN: {
    anonymous: 'UNAUTHENTICATED',
    member: 'FORBIDDEN',
    secretariat: 'FORBIDDEN',
    admin: 'ok',
    pending: 'UNAUTHENTICATED',
  },
};

function outcome(viewer: RequestViewer, level: AccessLevel): Outcome {
  try {
    assertAccess(viewer, level);
    return 'ok';
  } catch (error) {
    if (isDomainError(error) && (error.code === 'UNAUTHENTICATED' || error.code === 'FORBIDDEN'))
      return error.code;
    throw error;
  }
}

describe('assertAccess', () => {
  it('has an expectation for every level', () => {
    expect(Object.keys(EXPECTED).sort()).toEqual([...ACCESS_LEVELS].sort());
  });

  const cells = ACCESS_LEVELS.flatMap((level) =>
    Object.keys(VIEWERS).map((who) => [level, who, EXPECTED[level][who]] as const),
  );
  it.each(cells)('%s for %s: %s', (level, who, expected) => {
    expect(outcome(VIEWERS[who], level)).toBe(expected);
  });

  it('refuses an unknown level', () => {
    expect(outcome(VIEWERS['admin'], 'EVERYONE' as AccessLevel)).toBe('FORBIDDEN');
  });
});
