import { assertSameOrigin, formString, MAX_FORM_BYTES, readForm } from './csrf.server';

function post(headers: Record<string, string>, body = 'a=1'): Request {
  return new Request('http://portal.example:3000/sign-in', {
    method: 'POST',
    headers: { 'Content-Type': 'application/x-www-form-urlencoded', ...headers },
    body,
  });
}

function statusOf(run: () => void): number | undefined {
  try {
    run();
    return undefined;
  } catch (thrown) {
    return (thrown as Response).status;
  }
}

describe('assertSameOrigin', () => {
  it.each(['same-origin', 'none'])('lets a post with Sec-Fetch-Site: %s through', (site) => {
    expect(statusOf(() => assertSameOrigin(post({ 'Sec-Fetch-Site': site })))).toBeUndefined();
  });

  it.each(['cross-site', 'same-site'])('refuses Sec-Fetch-Site: %s with 403', (site) => {
    expect(statusOf(() => assertSameOrigin(post({ 'Sec-Fetch-Site': site })))).toBe(403);
  });

  it('believes Sec-Fetch-Site over Origin', () => {
    expect(
      statusOf(() =>
        assertSameOrigin(
          post({ 'Sec-Fetch-Site': 'cross-site', Origin: 'http://portal.example:3000' }),
        ),
      ),
    ).toBe(403);
  });

  it('checks Origin against the host when there is no Sec-Fetch-Site', () => {
    expect(
      statusOf(() => assertSameOrigin(post({ Origin: 'http://portal.example:3000' }))),
    ).toBeUndefined();
    // A proxy in front may end TLS: the scheme may differ, the host may not.
    expect(
      statusOf(() => assertSameOrigin(post({ Origin: 'https://portal.example:3000' }))),
    ).toBeUndefined();
    expect(statusOf(() => assertSameOrigin(post({ Origin: 'https://evil.example' })))).toBe(403);
    expect(statusOf(() => assertSameOrigin(post({ Origin: 'http://portal.example:4000' })))).toBe(
      403,
    );
    expect(statusOf(() => assertSameOrigin(post({ Origin: 'null' })))).toBe(403);
  });

  it('lets a post with neither header through, to the SameSite cookie', () => {
    expect(statusOf(() => assertSameOrigin(post({})))).toBeUndefined();
  });
});

describe('readForm', () => {
  it('reads the fields of a same-origin post', async () => {
    const form = await readForm(post({ 'Sec-Fetch-Site': 'same-origin' }, 'email=a%40b.org'));
    expect(formString(form, 'email')).toBe('a@b.org');
    expect(formString(form, 'missing')).toBe('');
  });

  it('refuses a cross-site post before reading it', async () => {
    await expect(readForm(post({ 'Sec-Fetch-Site': 'cross-site' }))).rejects.toMatchObject({
      status: 403,
    });
  });

  it('refuses an oversized form with 413', async () => {
    const request = post({ 'Content-Length': String(MAX_FORM_BYTES + 1) });
    await expect(readForm(request)).rejects.toMatchObject({ status: 413 });
  });

  it('answers 400 for a body that is not a form', async () => {
    const request = new Request('http://portal.example:3000/sign-in', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: '{}',
    });
    await expect(readForm(request)).rejects.toMatchObject({ status: 400 });
  });
});
