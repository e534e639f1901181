import { RevokeInvitationDocument } from '@boards/web/api-client';
import { StandInApi, cookieOf, errorReply, formPost } from '../testing/stand-in-api';

type Action = typeof import('./secretariat.invitations').action;

const ID = '7d0f3c1a-2b4e-4c5d-9e6f-0a1b2c3d4e5f';

describe('the invitations action', () => {
  const api = new StandInApi();
  let action: Action;
  let signedIn: string;
  let readFlash: (response: Response) => Promise<{ notice?: string; form?: unknown }>;

  beforeAll(async () => {
    await api.start();
    ({ action } = await import('./secretariat.invitations'));
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

  const run = (fields: Record<string, string>) =>
    action({
      request: formPost(
        'http://localhost/secretariat/invitations?status=PENDING',
        fields,
        signedIn,
      ),
      params: {},
      context: {},
    });

  it('revokes the invitation and goes back to the list as it was filtered', async () => {
    api.reply(RevokeInvitationDocument, {
      data: { revokeInvitation: { id: ID, fullName: 'Amara Okafor', status: 'REVOKED' } },
    });
    const response = await run({ intent: 'revoke', id: ID });
    expect(api.received.map((operation) => operation.variables)).toEqual([{ id: ID }]);
    expect(response.status).toBe(303);
    expect(response.headers.get('Location')).toBe('/secretariat/invitations?status=PENDING');
    expect((await readFlash(response)).notice).toBe(
      'Invitation to Amara Okafor revoked: its link no longer works',
    );
  });

  it('shows a refusal against the invitation’s button', async () => {
    api.reply(
      RevokeInvitationDocument,
      errorReply('INVALID_TRANSITION', 'This invitation has already been accepted'),
    );
    const response = await run({ intent: 'revoke', id: ID });
    expect((await readFlash(response)).form).toMatchObject({
      path: '/secretariat/invitations',
      errors: [{ field: `revoke-${ID}`, message: 'This invitation has already been accepted' }],
    });
  });

  it('refuses a post without an invitation', async () => {
    const thrown = await run({ intent: 'revoke' }).catch((error: unknown) => error as Response);
    expect(thrown.status).toBe(400);
    expect(api.received).toEqual([]);
  });
});
