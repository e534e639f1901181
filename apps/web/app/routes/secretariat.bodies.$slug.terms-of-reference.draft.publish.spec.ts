import {
  PublishTermsOfReferenceDocument,
  SecretariatBodyTermsOfReferenceDocument,
  type SecretariatBodyTermsOfReferenceQuery,
} from '@boards/web/api-client';
import { StandInApi, cookieOf, errorReply, formPost, type Reply } from '../testing/stand-in-api';

type Route = typeof import('./secretariat.bodies.$slug.terms-of-reference.draft.publish');

const SLUG = 'design-group';
const PAGE = `http://localhost/secretariat/bodies/${SLUG}/terms-of-reference/draft/publish`;
const OVERVIEW = `/secretariat/bodies/${SLUG}/terms-of-reference`;
const DRAFT_ID = '5d1f6a3e-7c2b-4e8f-9a10-3b2c1d0e9f87';

const BODY: Reply<SecretariatBodyTermsOfReferenceQuery> = {
  data: {
    body: {
      id: 'b0d1e5a7-0000-4000-8000-000000000002',
      slug: SLUG,
      name: 'Design Group',
      kind: 'GROUP',
      establishedOn: '2021-04-21',
      dissolvedOn: null,
      termsOfReference: null,
      termsOfReferenceHistory: [],
      termsOfReferenceDraft: null,
    },
  },
};

const FIELDS = {
  draftId: DRAFT_ID,
  expectedVersion: '2',
  'effectiveFrom-day': '1',
  'effectiveFrom-month': 'September',
  'effectiveFrom-year': '2024',
};

describe('the publish page’s action', () => {
  const api = new StandInApi();
  let action: Route['action'];
  let loader: Route['loader'];
  let signedIn: string;
  let readFlash: (response: Response) => Promise<{ notice?: unknown; form?: unknown }>;

  beforeAll(async () => {
    await api.start();
    ({ action, loader } =
      await import('./secretariat.bodies.$slug.terms-of-reference.draft.publish'));
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
  beforeEach(() => {
    api.reset();
    api.reply(SecretariatBodyTermsOfReferenceDocument, BODY);
  });

  const run = (fields: Record<string, string>) =>
    action({ request: formPost(PAGE, fields, signedIn), params: { slug: SLUG }, context: {} });
  const publications = () =>
    api.received.filter((r) => r.operationName === 'PublishTermsOfReference');

  it('starts the form from the API’s day, not the web server’s', async () => {
    // A day far from the machine's: the page must follow the API, which judges the date.
    api.reply(SecretariatBodyTermsOfReferenceDocument, {
      data: { ...('data' in BODY ? BODY.data : {}), today: '2031-05-06' },
    });
    const data = await loader({
      request: new Request(PAGE, { headers: { Cookie: signedIn } }),
      params: { slug: SLUG },
      context: {},
    });
    expect(data.today).toBe('2031-05-06');
  });

  it('publishes from the day given and says so on the terms of reference page', async () => {
    api.reply(PublishTermsOfReferenceDocument, {
      data: {
        publishTermsOfReference: {
          id: DRAFT_ID,
          number: 2,
          effectiveFrom: '2024-09-01',
          standing: 'CURRENT',
        },
      },
    });
    const response = await run(FIELDS);
    expect(publications().map((r) => r.variables)).toEqual([
      { id: DRAFT_ID, expectedVersion: 2, effectiveFrom: '2024-09-01' },
    ]);
    expect(response.status).toBe(303);
    expect(response.headers.get('Location')).toBe(OVERVIEW);
    expect((await readFlash(response)).notice).toBe(
      'Version 2 published. It is in force from 1 September 2024',
    );
  });

  it('says when a version comes into force later', async () => {
    api.reply(PublishTermsOfReferenceDocument, {
      data: {
        publishTermsOfReference: {
          id: DRAFT_ID,
          number: 2,
          effectiveFrom: '2099-01-01',
          standing: 'FUTURE',
        },
      },
    });
    const response = await run({
      ...FIELDS,
      'effectiveFrom-year': '2099',
      'effectiveFrom-month': '1',
    });
    expect((await readFlash(response)).notice).toBe(
      'Version 2 published. It comes into force on 1 January 2099',
    );
  });

  it('sends a date that is not a real one back, without asking the API to publish', async () => {
    const response = await run({
      ...FIELDS,
      'effectiveFrom-day': '31',
      'effectiveFrom-month': '2',
    });
    expect(response.status).toBe(303);
    expect(response.headers.get('Location')).toBe(new URL(PAGE).pathname);
    expect((await readFlash(response)).form).toMatchObject({
      errors: ['day', 'month', 'year'].map((part) => ({
        field: `effectiveFrom-${part}`,
        message: 'The date they come into force must be a real date',
      })),
      values: { 'effectiveFrom-day': '31' },
    });
    expect(publications()).toEqual([]);
  });

  it('puts the API’s refusal of the date against the date', async () => {
    api.reply(
      PublishTermsOfReferenceDocument,
      errorReply(
        'BAD_USER_INPUT',
        'The date it comes into force must be after 21 April 2021, when the current version came into force',
        { field: 'effectiveFrom' },
      ),
    );
    const { form } = await readFlash(await run(FIELDS));
    expect(form).toMatchObject({
      errors: [
        {
          field: 'effectiveFrom-day',
          message: expect.stringMatching(/must be after 21 April 2021/),
        },
      ],
    });
  });

  it.each([
    ['CONFLICT', 'Someone saved the draft', /^Someone saved the draft after you opened this page/],
    [
      'INVALID_TRANSITION',
      'This version has been published and cannot be changed',
      /^This version has been published/,
    ],
    ['BAD_USER_INPUT', 'The draft is not finished: set the quorum', /^The draft is not finished/],
  ])('shows a %s about the draft itself beside the links to it', async (code, message, shown) => {
    api.reply(
      PublishTermsOfReferenceDocument,
      errorReply(code, message, code === 'BAD_USER_INPUT' ? { field: 'quorum' } : undefined),
    );
    const { form } = await readFlash(await run(FIELDS));
    expect(form).toMatchObject({
      errors: [{ field: 'draft-problem', message: expect.stringMatching(shown) }],
    });
  });
});
