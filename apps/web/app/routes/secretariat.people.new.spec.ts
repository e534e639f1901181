import { CreatePersonDocument } from '@boards/web/api-client';
import { StandInApi, cookieOf, errorReply, formPost } from '../testing/stand-in-api';

type Action = typeof import('./secretariat.people.new').action;

const ID = '0b9c6f2e-54f1-4d1e-8f47-2d1b8c3f9a10';
const FIELDS = {
  fullName: 'Amara Okafor',
  email: 'amara@example.org',
  phone: '',
  affiliation: '',
  bio: '',
  livedExperience: 'no',
};

describe('the add-a-person action', () => {
  const api = new StandInApi();
  let action: Action;
  let signedIn: string;
  let readFlash: (response: Response) => Promise<Record<string, unknown>>;

  beforeAll(async () => {
    await api.start();
    ({ action } = await import('./secretariat.people.new'));
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
      request: formPost('http://localhost/secretariat/people/new', fields, signedIn),
      params: {},
      context: {},
    });

  it('adds the person and opens their page with a success message', async () => {
    api.reply(CreatePersonDocument, {
      data: { createPerson: { id: ID, fullName: 'Amara Okafor' } },
    });
    const response = await run(FIELDS);
    expect(api.received[0]?.variables).toEqual({
      input: {
        fullName: 'Amara Okafor',
        email: 'amara@example.org',
        phone: null,
        affiliation: null,
        bio: null,
        livedExperience: false,
      },
    });
    expect(response.status).toBe(303);
    expect(response.headers.get('Location')).toBe(`/secretariat/people/${ID}`);
    expect((await readFlash(response))['notice']).toBe('Amara Okafor has been added');
  });

  it('checks the form before asking the API', async () => {
    const response = await run({ ...FIELDS, email: 'amara@localhost' });
    expect(api.received).toEqual([]);
    expect(response.headers.get('Location')).toBe('/secretariat/people/new');
    expect((await readFlash(response))['form']).toMatchObject({
      errors: [
        {
          field: 'email',
          message: 'Enter an email address in the correct format, like name@example.org',
        },
      ],
      values: { email: 'amara@localhost' },
    });
  });

  it('puts an email address already in the portal against the email field', async () => {
    api.reply(
      CreatePersonDocument,
      errorReply('CONFLICT', 'A person with this email address is already in the portal', {
        field: 'email',
      }),
    );
    expect(((await readFlash(await run(FIELDS)))['form'] as { errors: unknown }).errors).toEqual([
      { field: 'email', message: 'A person with this email address is already in the portal' },
    ]);
  });
});
