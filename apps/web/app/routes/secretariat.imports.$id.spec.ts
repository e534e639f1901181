import {
  ConfirmMembershipImportDocument,
  DiscardMembershipImportDocument,
} from '@boards/web/api-client';
import { StandInApi, errorReply, flashOf, formPost, signedInCookie } from '../testing/stand-in-api';

type Action = typeof import('./secretariat.imports.$id').action;

const ID = '5b0c1d2e-3f40-4a5b-8c6d-7e8f9a0b1c2d';
const PAGE = `http://localhost/secretariat/imports/${ID}`;

describe('the import page’s action: confirm or discard a checked import', () => {
  const api = new StandInApi();
  let action: Action;
  let signedIn: string;

  beforeAll(async () => {
    await api.start();
    ({ action } = await import('./secretariat.imports.$id'));
    signedIn = await signedInCookie('secretariat-token');
  });

  afterAll(() => api.stop());
  beforeEach(() => api.reset());

  const run = (fields: Record<string, string>, request = formPost(PAGE, fields, signedIn)) =>
    action({ request, params: { id: ID }, context: {} }).catch(
      (thrown: unknown) => thrown as Response,
    );

  it('confirms the import at the version shown, then shows the import as it now is', async () => {
    api.reply(ConfirmMembershipImportDocument, {
      data: { confirmMembershipImport: { id: ID, status: 'DONE', importedRows: 3 } },
    });
    const response = await run({ intent: 'confirm', expectedVersion: '2' });
    expect(api.received.map((r) => [r.operationName, r.variables, r.authorization])).toEqual([
      ['ConfirmMembershipImport', { id: ID, expectedVersion: 2 }, 'Bearer secretariat-token'],
    ]);
    expect(response.status).toBe(303);
    expect(response.headers.get('Location')).toBe(`/secretariat/imports/${ID}`);
  });

  it('discards it', async () => {
    api.reply(DiscardMembershipImportDocument, {
      data: { discardMembershipImport: { id: ID, status: 'DISCARDED' } },
    });
    const response = await run({ intent: 'discard', expectedVersion: '2' });
    expect(api.received.map((r) => [r.operationName, r.variables])).toEqual([
      ['DiscardMembershipImport', { id: ID, expectedVersion: 2 }],
    ]);
    expect(response.headers.get('Location')).toBe(`/secretariat/imports/${ID}`);
  });

  it.each(['INVALID_TRANSITION', 'CONFLICT'])(
    'brings the API’s %s refusal back to the page’s error summary',
    async (code) => {
      api.reply(
        ConfirmMembershipImportDocument,
        errorReply(code, 'This import cannot be confirmed: it has already been imported'),
      );
      const response = await run({ intent: 'confirm', expectedVersion: '2' });
      expect(response.status).toBe(303);
      expect(response.headers.get('Location')).toBe(`/secretariat/imports/${ID}`);
      expect((await flashOf(response)).form).toMatchObject({
        errors: [
          {
            field: 'confirm',
            message: 'This import cannot be confirmed: it has already been imported',
          },
        ],
      });
    },
  );

  it('answers 404 for an import that is not there', async () => {
    api.reply(DiscardMembershipImportDocument, errorReply('NOT_FOUND', 'There is no such import'));
    expect((await run({ intent: 'discard', expectedVersion: '1' })).status).toBe(404);
  });

  it('refuses a post it does not understand, or from another site, without asking the API', async () => {
    expect((await run({ intent: 'import-twice', expectedVersion: '1' })).status).toBe(400);
    expect((await run({ intent: 'confirm', expectedVersion: 'two' })).status).toBe(400);
    const crossSite = formPost(PAGE, { intent: 'confirm', expectedVersion: '1' }, signedIn);
    crossSite.headers.set('Sec-Fetch-Site', 'cross-site');
    expect((await run({}, crossSite)).status).toBe(403);
    expect(api.received).toEqual([]);
  });
});
