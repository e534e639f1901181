import { StandInApi, cookieOf, formPost } from './stand-in-api';

/**
 * What a route test of a secretariat page needs: the stand-in API (started before the route
 * module is imported, so that it reads API_URL), a signed-in session cookie, and the one-off
 * messages a response carried. Call at the top of a `describe`.
 */
export function routeHarness() {
  const api = new StandInApi();
  const state = { signedIn: '' };
  let flashStorage: typeof import('../session.server').flashStorage;

  beforeAll(async () => {
    await api.start();
    const session = await import('../session.server');
    flashStorage = session.flashStorage;
    const started = await session.sessionStorage.getSession();
    started.set('token', 'secretariat-token');
    state.signedIn = (await session.sessionStorage.commitSession(started)).split(';')[0];
  });

  afterAll(() => api.stop());
  beforeEach(() => api.reset());

  return {
    api,
    /** The signed-in session's cookie (`name=value`). */
    signedIn: () => state.signedIn,
    /** A form post from this site, signed in (or with the cookie given). */
    post: (url: string, fields: Record<string, string>, cookie = state.signedIn) =>
      formPost(url, fields, cookie),
    /** A page request, signed in, with any further cookies (such as a flash). */
    get: (url: string, ...cookies: string[]) =>
      new Request(url, { headers: { Cookie: [state.signedIn, ...cookies].join('; ') } }),
    /** The success message and form state a response's flash cookie carries. */
    async readFlash(response: Response): Promise<{ notice?: string; form?: FlashedFormOf }> {
      const flash = await flashStorage.getSession(cookieOf(response, 'boards_flash'));
      return { notice: flash.get('notice'), form: flash.get('form') };
    },
    /** The flash cookie (`name=value`) a response set, to send with the next request. */
    flashCookie: (response: Response) => cookieOf(response, 'boards_flash') ?? '',
  };
}

type FlashedFormOf = {
  readonly path: string;
  readonly errors: readonly { readonly field: string; readonly message: string }[];
  readonly values: Readonly<Record<string, string>>;
};

/** The response a loader or action threw (a redirect or an error status). */
export function thrown(promise: Promise<unknown>): Promise<Response> {
  return promise.then(
    () => {
      throw new Error('expected a thrown response');
    },
    (error: unknown) => {
      if (error instanceof Response) return error;
      throw error;
    },
  );
}
