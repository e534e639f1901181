import {
  SaveTermsOfReferenceDraftDocument,
  SecretariatBodyTermsOfReferenceDocument,
  type SecretariatBodyTermsOfReferenceQuery,
} from '@boards/web/api-client';
import { StandInApi, cookieOf, errorReply, formPost, type Reply } from '../testing/stand-in-api';

type Action = typeof import('./secretariat.bodies.$slug.terms-of-reference.draft._index').action;

const SLUG = 'evidence-group';
const PAGE = `http://localhost/secretariat/bodies/${SLUG}/terms-of-reference/draft`;
const DRAFT_ID = '5d1f6a3e-7c2b-4e8f-9a10-3b2c1d0e9f87';

const BODY: Reply<SecretariatBodyTermsOfReferenceQuery> = {
  data: {
    body: {
      id: 'b0d1e5a7-0000-4000-8000-000000000001',
      slug: SLUG,
      name: 'Evidence Group',
      kind: 'GROUP',
      establishedOn: '2021-04-14',
      dissolvedOn: null,
      termsOfReference: null,
      termsOfReferenceHistory: [],
      termsOfReferenceDraft: null,
    },
  },
};

const FIELDS = {
  draftId: DRAFT_ID,
  expectedVersion: '3',
  intent: 'preview',
  content: '## Purpose\r\n\r\nAdvises the review.',
  quorum: '4',
  meetingFrequency: 'Every six weeks',
  composition: 'Up to 12 members.',
};

/** What the action answers when the save does not go through: the page itself, with these. */
interface Unsaved {
  data: {
    errors: { field: string; message: string }[];
    values: Record<string, string>;
    conflict: boolean;
  };
  init: { status: number };
}

describe('the terms of reference draft page’s action', () => {
  const api = new StandInApi();
  let action: Action;
  let signedIn: string;
  let readNotice: (response: Response) => Promise<unknown>;

  beforeAll(async () => {
    await api.start();
    ({ action } = await import('./secretariat.bodies.$slug.terms-of-reference.draft._index'));
    const { flashStorage, sessionStorage } = await import('../session.server');
    const session = await sessionStorage.getSession();
    session.set('token', 'secretariat-token');
    signedIn = (await sessionStorage.commitSession(session)).split(';')[0];
    readNotice = async (response) =>
      (await flashStorage.getSession(cookieOf(response, 'boards_flash'))).get('notice');
  });

  afterAll(() => api.stop());
  beforeEach(() => {
    api.reset();
    api.reply(SecretariatBodyTermsOfReferenceDocument, BODY);
  });

  const run = (fields: Record<string, string>) =>
    action({ request: formPost(PAGE, fields, signedIn), params: { slug: SLUG }, context: {} });

  const saves = () => api.received.filter((r) => r.operationName === 'SaveTermsOfReferenceDraft');

  it('saves the draft from the version it was loaded at, then shows the preview', async () => {
    api.reply(SaveTermsOfReferenceDraftDocument, {
      data: { saveTermsOfReferenceDraft: { id: DRAFT_ID, version: 4 } },
    });
    const response = (await run(FIELDS)) as Response;
    expect(saves()).toEqual([
      {
        operationName: 'SaveTermsOfReferenceDraft',
        authorization: 'Bearer secretariat-token',
        variables: {
          id: DRAFT_ID,
          expectedVersion: 3,
          input: {
            content: '## Purpose\n\nAdvises the review.',
            quorum: { kind: 'COUNT', count: 4 },
            meetingFrequency: 'Every six weeks',
            composition: 'Up to 12 members.',
          },
        },
      },
    ]);
    expect(response.status).toBe(303);
    expect(response.headers.get('Location')).toBe(`${new URL(PAGE).pathname}/preview`);
    expect(await readNotice(response)).toBe('Draft saved');
  });

  it('stays on the draft after “Save draft”', async () => {
    api.reply(SaveTermsOfReferenceDraftDocument, {
      data: { saveTermsOfReferenceDraft: { id: DRAFT_ID, version: 4 } },
    });
    const response = (await run({ ...FIELDS, intent: 'save' })) as Response;
    expect(response.headers.get('Location')).toBe(new URL(PAGE).pathname);
  });

  it('answers a form with mistakes with the page and everything typed, without asking the API', async () => {
    const long = 'A long text. '.repeat(2_000);
    const result = (await run({
      ...FIELDS,
      content: long,
      quorum: 'four',
    })) as unknown as Unsaved;
    expect(result.init.status).toBe(400);
    expect(result.data.errors).toEqual([
      {
        field: 'quorum',
        message: 'Enter the quorum as a number of members, like 4, or a fraction of them, like 1/2',
      },
    ]);
    // Every character, far more than a cookie could carry.
    expect(result.data.values['content']).toBe(long);
    expect(saves()).toEqual([]);
  });

  it('on a conflict keeps what was typed beside the other person’s version', async () => {
    api.reply(
      SaveTermsOfReferenceDraftDocument,
      errorReply('CONFLICT', 'Someone else saved this draft', { currentVersion: 4 }),
    );
    const result = (await run(FIELDS)) as unknown as Unsaved;
    expect(result.init.status).toBe(409);
    expect(result.data.conflict).toBe(true);
    expect(result.data.errors).toEqual([
      { field: 'content', message: expect.stringMatching(/^Someone else saved this draft/) },
    ]);
    expect(result.data.values['content']).toBe(FIELDS.content);
  });

  it('keeps what was typed when the draft was published meanwhile', async () => {
    api.reply(
      SaveTermsOfReferenceDraftDocument,
      errorReply(
        'INVALID_TRANSITION',
        'This version has been published and cannot be changed. Start a new draft to change the terms of reference',
      ),
    );
    const result = (await run(FIELDS)) as unknown as Unsaved;
    expect(result.init.status).toBe(409);
    expect(result.data.errors[0].message).toMatch(/^This version has been published/);
    expect(result.data.values['meetingFrequency']).toBe('Every six weeks');
  });

  it('puts the API’s refusal against the field it names', async () => {
    api.reply(
      SaveTermsOfReferenceDraftDocument,
      errorReply('BAD_USER_INPUT', 'The fraction must be between 1/100 and 1', {
        field: 'quorum.numerator',
      }),
    );
    const result = (await run(FIELDS)) as unknown as Unsaved;
    expect(result.data.errors).toEqual([
      { field: 'quorum', message: 'The fraction must be between 1/100 and 1' },
    ]);
  });

  it('refuses a post from another site', async () => {
    const request = new Request(PAGE, {
      method: 'POST',
      headers: {
        'Content-Type': 'application/x-www-form-urlencoded',
        'Sec-Fetch-Site': 'cross-site',
        Cookie: signedIn,
      },
      body: new URLSearchParams(FIELDS),
    });
    const thrown = await action({ request, params: { slug: SLUG }, context: {} }).catch(
      (error: unknown) => error,
    );
    expect((thrown as Response).status).toBe(403);
    expect(api.received).toEqual([]);
  });
});
