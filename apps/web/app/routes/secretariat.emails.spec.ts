import {
  EmailDeliveriesDocument,
  ResendEmailDocument,
  type ResendEmailMutation,
} from '@boards/web/api-client';
import { StandInApi, cookieOf, errorReply, formPost, type Reply } from '../testing/stand-in-api';

type Route = typeof import('./secretariat.emails');

const ID = '5b7e9c2d-1f3a-4b6c-8d9e-0f1a2b3c4d5e';
const COPY = '9a8b7c6d-5e4f-4a3b-9c2d-1e0f9a8b7c6d';

describe('the emails page', () => {
  const api = new StandInApi();
  let route: Route;
  let signedIn: string;
  let readFlash: (response: Response) => Promise<{ notice?: string; form?: unknown }>;

  beforeAll(async () => {
    await api.start();
    route = await import('./secretariat.emails');
    const { flashStorage, sessionStorage } = await import('../session.server');
    const session = await sessionStorage.getSession();
    session.set('token', 'secretariat-token');
    signedIn = (await sessionStorage.commitSession(session)).split(';')[0];
    readFlash = async (response) => {
      const flash = await flashStorage.getSession(cookieOf(response, 'boards_flash'));
      return { notice: flash.get('notice'), form: flash.get('form') };
    };
  });

  afterAll(() => api.stop());
  beforeEach(() => api.reset());

  const resend = (fields: Record<string, string>) =>
    route.action({
      request: formPost('http://localhost/secretariat/emails?status=FAILED', fields, signedIn),
      params: {},
      context: {},
    });
  const queued = (id: string, resentFromId: string | null): Reply<ResendEmailMutation> => ({
    data: {
      resendEmail: {
        id,
        to: 'owen.lloyd@example.org',
        subject: 'Invitation',
        status: 'QUEUED',
        resentFromId,
      },
    },
  });

  it('puts a failed email back in the queue and goes back to the list as it was filtered', async () => {
    api.reply(ResendEmailDocument, queued(ID, null));
    const response = await resend({ intent: 'resend', id: ID });
    expect(api.received.map((operation) => operation.variables)).toEqual([{ id: ID }]);
    expect(response.status).toBe(303);
    expect(response.headers.get('Location')).toBe('/secretariat/emails?status=FAILED');
    expect((await readFlash(response)).notice).toBe(
      'The email to owen.lloyd@example.org is back in the queue: it will be sent again shortly',
    );
  });

  it('says when a copy of a sent email was queued', async () => {
    api.reply(ResendEmailDocument, queued(COPY, ID));
    const response = await resend({ intent: 'resend', id: ID });
    expect((await readFlash(response)).notice).toBe(
      'A copy of the email to owen.lloyd@example.org is in the queue: it will be sent shortly',
    );
  });

  it.each([
    [
      'INVALID_TRANSITION',
      'This email is still waiting to be sent, so it cannot be sent again yet',
    ],
    ['NOT_FOUND', 'We could not find that email'],
  ] as const)('shows a refusal (%s) against the email’s button', async (code, message) => {
    api.reply(ResendEmailDocument, errorReply(code, message));
    const response = await resend({ intent: 'resend', id: ID });
    expect(response.status).toBe(303);
    expect((await readFlash(response)).form).toMatchObject({
      path: '/secretariat/emails',
      errors: [{ field: `resend-${ID}`, message }],
    });
  });

  it('refuses a post without an email', async () => {
    const thrown = await resend({ intent: 'resend' }).catch((error: unknown) => error as Response);
    expect(thrown.status).toBe(400);
    expect(api.received).toEqual([]);
  });

  it('reads the status and the page from the address, and starts again for a stale cursor', async () => {
    const page = {
      data: {
        emailDeliveries: {
          totalCount: 0,
          pageInfo: { hasNextPage: false, endCursor: null },
          edges: [],
        },
      },
    };
    api.reply(EmailDeliveriesDocument, page);
    const request = (url: string) => new Request(url, { headers: { cookie: signedIn } });
    const loaded = await route.loader({
      request: request('http://localhost/secretariat/emails?status=SENT&after=abc'),
      params: {},
      context: {},
    });
    expect(api.received.at(-1)?.variables).toEqual({ status: 'SENT', first: 50, after: 'abc' });
    expect(loaded).toMatchObject({ status: 'SENT', after: 'abc' });

    api.reply(EmailDeliveriesDocument, { data: { emailDeliveries: page.data.emailDeliveries } });
    await route.loader({
      request: request('http://localhost/secretariat/emails?status=nonsense'),
      params: {},
      context: {},
    });
    expect(api.received.at(-1)?.variables).toEqual({ status: null, first: 50, after: null });

    api.reply(
      EmailDeliveriesDocument,
      errorReply('BAD_USER_INPUT', 'after is not a cursor from this list', { field: 'after' }),
    );
    const thrown = await route
      .loader({
        request: request('http://localhost/secretariat/emails?status=FAILED&after=old'),
        params: {},
        context: {},
      })
      .catch((error: unknown) => error as Response);
    expect((thrown as Response).headers.get('Location')).toBe('/secretariat/emails?status=FAILED');
  });
});
