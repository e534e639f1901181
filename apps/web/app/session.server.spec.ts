import { cookieOptions, commitSession, getSession, sessionStorage } from './session.server';

const SECRET = 'a-production-secret-of-at-least-32-characters';

describe('cookieOptions', () => {
  it('in production: __Host- prefix, Secure, HttpOnly, SameSite=Lax, Path=/, signed', () => {
    expect(
      cookieOptions('boards_session', { SECURE_COOKIES: true, SESSION_SECRETS: [SECRET] }),
    ).toEqual({
      name: '__Host-boards_session',
      httpOnly: true,
      sameSite: 'lax',
      path: '/',
      secure: true,
      secrets: [SECRET],
    });
  });

  it('over plain HTTP in development: no prefix and no Secure, otherwise the same', () => {
    expect(
      cookieOptions('boards_session', { SECURE_COOKIES: false, SESSION_SECRETS: [SECRET] }),
    ).toMatchObject({ name: 'boards_session', httpOnly: true, sameSite: 'lax', secure: false });
  });
});

describe('the session cookie', () => {
  it('keeps the token until the API session ends, HttpOnly and SameSite=Lax', async () => {
    const session = await sessionStorage.getSession();
    session.set('token', 'token-123');
    session.set('expiresAt', '2030-01-02T03:04:05.000Z');
    const setCookie = await commitSession(session);

    expect(setCookie).toMatch(/^boards_session=/);
    expect(setCookie).toContain('Expires=Wed, 02 Jan 2030 03:04:05 GMT');
    expect(setCookie).toContain('HttpOnly');
    expect(setCookie).toContain('SameSite=Lax');
    expect(setCookie).toContain('Path=/');

    const cookie = setCookie.split(';')[0];
    const request = new Request('http://localhost/', { headers: { Cookie: cookie } });
    expect((await getSession(request)).get('token')).toBe('token-123');
  });

  it('is ignored when its signature does not match', async () => {
    const session = await sessionStorage.getSession();
    session.set('token', 'token-123');
    const [name, value] = (await commitSession(session)).split(';')[0].split('=');
    const [payload] = decodeURIComponent(value).split('.');
    const forged = Buffer.from(JSON.stringify({ token: 'forged' })).toString('base64');
    for (const cookie of [
      `${name}=${encodeURIComponent(`${forged}.${payload}`)}`,
      `${name}=${forged}`,
    ]) {
      const request = new Request('http://localhost/', { headers: { Cookie: cookie } });
      expect((await getSession(request)).get('token')).toBeUndefined();
    }
  });
});
