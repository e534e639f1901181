import {
  InvitePersonDocument,
  SecretariatPersonDocument,
  RecordPublicDisplayDocument,
  SetAccountDisabledDocument,
  UpdatePersonDocument,
  WithdrawPublicDisplayDocument,
} from '@boards/web/api-client';
import { StandInApi, cookieOf, errorReply, formPost } from '../testing/stand-in-api';

type Route = typeof import('./secretariat.people.$id');

const ID = '0b9c6f2e-54f1-4d1e-8f47-2d1b8c3f9a10';
const URL_OF_PAGE = `http://localhost/secretariat/people/${ID}`;
const VERSION = 4;

const DETAILS = {
  intent: 'details',
  expectedVersion: String(VERSION),
  fullName: 'Amara Okafor',
  email: 'amara@example.org',
  phone: '',
  affiliation: 'Care leaver',
  bio: '',
  livedExperience: 'yes',
};

describe('the person page’s action', () => {
  const api = new StandInApi();
  let action: Route['action'];
  let loader: Route['loader'];
  let signedIn: string;
  let readFlash: (response: Response) => Promise<Record<string, unknown>>;

  beforeAll(async () => {
    await api.start();
    ({ action, loader } = await import('./secretariat.people.$id'));
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

  const run = (fields: Record<string, string>, cookie: string | undefined = signedIn) =>
    action({ request: formPost(URL_OF_PAGE, fields, cookie), params: { id: ID }, context: {} });

  const failure = (promise: Promise<unknown>) =>
    promise.then(
      () => {
        throw new Error('expected a thrown response');
      },
      (error: unknown) => error as Response,
    );

  it('starts the consent forms from the API’s day, not the web server’s', async () => {
    // A day far from the machine's: the page must follow the API, which judges consent.
    api.reply(SecretariatPersonDocument, {
      data: { person: { id: ID, fullName: 'Amara Okafor' }, today: '2031-05-06' },
    });
    const data = await loader({
      request: new Request(URL_OF_PAGE, { headers: { Cookie: signedIn } }),
      params: { id: ID },
      context: {},
    });
    expect(data.today).toBe('2031-05-06');
  });

  it('sends a form with mistakes back with an error per field, without asking the API', async () => {
    const response = await run({ ...DETAILS, fullName: ' ', livedExperience: '' });
    expect(response.status).toBe(303);
    expect(response.headers.get('Location')).toBe(`/secretariat/people/${ID}`);
    expect((await readFlash(response))['form']).toMatchObject({
      errors: [
        { field: 'fullName', message: 'Enter the person’s full name' },
        {
          field: 'livedExperience',
          message: 'Select whether the person has lived experience of care',
        },
      ],
      values: { fullName: ' ', email: 'amara@example.org' },
    });
    expect(api.received).toEqual([]);
  });

  it('saves the details with the version the form was loaded with', async () => {
    api.reply(UpdatePersonDocument, {
      data: { updatePerson: { id: ID, fullName: 'Amara Okafor', version: VERSION } },
    });
    const response = await run(DETAILS);
    expect(api.received).toEqual([
      {
        operationName: 'UpdatePerson',
        authorization: 'Bearer secretariat-token',
        variables: {
          id: ID,
          expectedVersion: VERSION,
          input: {
            fullName: 'Amara Okafor',
            email: 'amara@example.org',
            phone: null,
            affiliation: 'Care leaver',
            bio: null,
            livedExperience: true,
          },
        },
      },
    ]);
    expect(response.status).toBe(303);
    expect((await readFlash(response))['notice']).toBe('Details saved');
  });

  it('on a conflict, says someone else changed the details and keeps what was typed aside', async () => {
    api.reply(
      UpdatePersonDocument,
      errorReply('CONFLICT', 'Someone else changed this person’s details while you were editing'),
    );
    const response = await run(DETAILS);
    const form = (await readFlash(response))['form'] as {
      errors: unknown;
      values: Record<string, string>;
    };
    expect(form.errors).toEqual([
      { field: 'fullName', message: expect.stringMatching(/^Someone else changed these details/) },
    ]);
    // Not as the form's values: the form shows the saved version, these are shown beside it.
    expect(form.values['fullName']).toBeUndefined();
    expect(form.values['yours.affiliation']).toBe('Care leaver');
  });

  it('puts an email address already in use against the email field', async () => {
    api.reply(
      UpdatePersonDocument,
      errorReply('CONFLICT', 'A person with this email address is already in the portal', {
        field: 'email',
      }),
    );
    const form = (await readFlash(await run(DETAILS)))['form'] as { errors: unknown };
    expect(form.errors).toEqual([
      { field: 'email', message: 'A person with this email address is already in the portal' },
    ]);
  });

  it('maps every field the API names in details.fields', async () => {
    api.reply(
      UpdatePersonDocument,
      errorReply('BAD_USER_INPUT', 'Bio must not contain control characters', {
        field: 'bio',
        fields: {
          bio: 'Bio must not contain control characters',
          phone: 'Enter a phone number, like 01632 960 001 or +44 808 157 0192',
        },
      }),
    );
    const form = (await readFlash(await run(DETAILS)))['form'] as { errors: unknown };
    expect(form.errors).toEqual([
      { field: 'bio', message: 'Bio must not contain control characters' },
      { field: 'phone', message: 'Enter a phone number, like 01632 960 001 or +44 808 157 0192' },
    ]);
  });

  it('records consent given on the person’s behalf', async () => {
    api.reply(RecordPublicDisplayDocument, {
      data: { recordPublicDisplay: { id: ID, fullName: 'Amara Okafor' } },
    });
    const response = await run({
      intent: 'consent',
      choice: 'FULL_NAME',
      showLivedExperience: 'no',
      'effectiveOn-day': '3',
      'effectiveOn-month': '4',
      'effectiveOn-year': '2026',
    });
    expect(api.received.map(({ operationName, variables }) => [operationName, variables])).toEqual([
      [
        'RecordPublicDisplay',
        {
          personId: ID,
          input: { choice: 'FULL_NAME', showLivedExperience: false, effectiveOn: '2026-04-03' },
        },
      ],
    ]);
    expect((await readFlash(response))['notice']).toBe('Consent recorded');
  });

  it('puts the API’s complaint about a consent date against the date input', async () => {
    api.reply(
      RecordPublicDisplayDocument,
      errorReply('BAD_USER_INPUT', 'on must be a real date', { field: 'on' }),
    );
    const form = (
      await readFlash(
        await run({
          intent: 'consent',
          choice: 'HIDDEN',
          showLivedExperience: 'no',
          'effectiveOn-day': '3',
          'effectiveOn-month': '4',
          'effectiveOn-year': '2026',
        }),
      )
    )['form'] as { errors: unknown };
    expect(form.errors).toEqual([{ field: 'effectiveOn-day', message: 'on must be a real date' }]);
  });

  it('records a withdrawal from the date given', async () => {
    api.reply(WithdrawPublicDisplayDocument, {
      data: { withdrawPublicDisplay: { id: ID, fullName: 'Amara Okafor' } },
    });
    const response = await run({
      intent: 'withdraw',
      'withdrawnOn-day': '1',
      'withdrawnOn-month': '5',
      'withdrawnOn-year': '2026',
    });
    expect(api.received[0]?.variables).toEqual({ personId: ID, effectiveOn: '2026-05-01' });
    expect((await readFlash(response))['notice']).toBe('Withdrawal of consent recorded');
  });

  it('invites the person, naming the address the link went to', async () => {
    api.reply(InvitePersonDocument, {
      data: {
        invitePerson: { id: 'i1', email: 'amara@example.org', expiresAt: '2026-04-10T09:30:00Z' },
      },
    });
    const response = await run({ intent: 'invite' });
    expect(api.received[0]).toMatchObject({
      operationName: 'InvitePerson',
      variables: { personId: ID },
    });
    expect((await readFlash(response))['notice']).toBe('Invitation sent to amara@example.org');
  });

  it('shows the API’s refusal of an account action beside the account buttons', async () => {
    api.reply(
      InvitePersonDocument,
      errorReply('BAD_USER_INPUT', 'Add an email address for this person before inviting them', {
        field: 'personId',
      }),
    );
    const form = (await readFlash(await run({ intent: 'invite' })))['form'] as { errors: unknown };
    expect(form.errors).toEqual([
      {
        field: 'account-action',
        message: 'Add an email address for this person before inviting them',
      },
    ]);
  });

  it.each([
    ['disable', true, 'Account disabled: they have been signed out and cannot sign in'],
    ['enable', false, 'Account enabled: they can sign in again'],
  ])('%ss the account', async (intent, disabled, notice) => {
    api.reply(SetAccountDisabledDocument, { data: { setAccountDisabled: true } });
    const response = await run({ intent });
    expect(api.received[0]?.variables).toEqual({ personId: ID, disabled });
    expect((await readFlash(response))['notice']).toBe(notice);
  });

  it('shows the API’s FORBIDDEN as a 403, whoever the web app thinks is signed in', async () => {
    api.reply(UpdatePersonDocument, errorReply('FORBIDDEN', 'You do not have permission'));
    expect((await failure(run(DETAILS))).status).toBe(403);
  });

  it('sends an ended session to sign in, to come back to this page', async () => {
    api.reply(UpdatePersonDocument, errorReply('UNAUTHENTICATED', 'Sign in'));
    const response = await failure(run(DETAILS));
    expect(response.status).toBe(302);
    expect(response.headers.get('Location')).toBe(
      `/sign-in?returnTo=${encodeURIComponent(`/secretariat/people/${ID}`)}`,
    );
  });

  it('asks to sign in without a session, and refuses unknown intents and other sites', async () => {
    expect((await failure(run(DETAILS, ''))).headers.get('Location')).toMatch(/^\/sign-in\?/);
    expect((await failure(run({ intent: 'delete' }))).status).toBe(400);
    const crossSite = formPost(URL_OF_PAGE, DETAILS, signedIn);
    crossSite.headers.set('Sec-Fetch-Site', 'cross-site');
    const thrown = await failure(action({ request: crossSite, params: { id: ID }, context: {} }));
    expect(thrown.status).toBe(403);
    expect(api.received).toEqual([]);
  });
});
