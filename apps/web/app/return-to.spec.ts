import { DEFAULT_RETURN_TO, requestPath, safeReturnTo, signInPath } from './return-to';

describe('safeReturnTo', () => {
  it.each([
    ['/account', '/account'],
    ['/bodies/evidence-group', '/bodies/evidence-group'],
    ['/account?tab=1#display', '/account?tab=1#display'],
    ['/', '/'],
    ['/bodies/../account', '/account'],
    ['/a%2F%2Fb', '/a%2F%2Fb'],
  ])('keeps the path %p on this site', (value, expected) => {
    expect(safeReturnTo(value)).toBe(expected);
  });

  it.each([
    ['an absolute URL', 'https://evil.example/account'],
    ['a protocol-relative URL', '//evil.example/account'],
    ['a backslash after the slash', '/\\evil.example'],
    ['a backslash later on', '/account\\..\\x'],
    ['a scheme', 'javascript:alert(1)'],
    ['a relative path', 'account'],
    ['a tab inside the slashes', '/\t/evil.example'],
    ['a newline', '/account\nSet-Cookie: x=1'],
    ['an empty string', ''],
    ['a non-string', ['/account']],
    ['nothing', null],
    ['the sign-in page', '/sign-in?returnTo=/sign-in'],
    ['the code step', '/sign-in/code'],
    ['the sign-out page', '/sign-out'],
    ['something too long', `/${'a'.repeat(2_001)}`],
  ])('refuses %s', (_what, value) => {
    expect(safeReturnTo(value)).toBe(DEFAULT_RETURN_TO);
  });

  it('uses the fallback it is given', () => {
    expect(safeReturnTo('https://evil.example', '/')).toBe('/');
  });
});

describe('signInPath', () => {
  it('asks to come back to a page of this site', () => {
    expect(signInPath('/account?x=1')).toBe('/sign-in?returnTo=%2Faccount%3Fx%3D1');
  });

  it('leaves out anywhere else', () => {
    expect(signInPath('//evil.example')).toBe('/sign-in');
    expect(signInPath()).toBe('/sign-in');
  });
});

describe('requestPath', () => {
  it('is the path and query of the request', () => {
    expect(requestPath(new Request('http://localhost:3000/account?x=1'))).toBe('/account?x=1');
  });
});
