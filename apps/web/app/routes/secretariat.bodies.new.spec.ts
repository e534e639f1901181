import { CreateBodyDocument } from '@boards/web/api-client';
import { errorReply } from '../testing/stand-in-api';
import { routeHarness } from '../testing/route-harness';

type Route = typeof import('./secretariat.bodies.new');

const FIELDS = {
  name: 'Children’s Panel',
  slug: '',
  kind: 'GROUP',
  purpose: 'Listens to children.',
  'establishedOn-day': '1',
  'establishedOn-month': '12',
  'establishedOn-year': '2026',
};

describe('adding a body', () => {
  const harness = routeHarness();
  let route: Route;

  beforeAll(async () => {
    route = await import('./secretariat.bodies.new');
  });

  const run = (fields: Record<string, string>) =>
    route.action({
      request: harness.post('http://localhost/secretariat/bodies/new', fields),
      params: {},
      context: {},
    });

  it('adds it with a slug made from the name, and opens its page', async () => {
    harness.api.reply(CreateBodyDocument, {
      data: { createBody: { id: 'b1', slug: 'children-s-panel', name: 'Children’s Panel' } },
    });
    const response = await run(FIELDS);
    expect(harness.api.received[0]?.variables).toEqual({
      input: {
        slug: 'children-s-panel',
        name: 'Children’s Panel',
        kind: 'GROUP',
        purpose: 'Listens to children.',
        establishedOn: '2026-12-01',
      },
    });
    expect(response.headers.get('Location')).toBe('/secretariat/bodies/children-s-panel');
    expect((await harness.readFlash(response)).notice).toBe('Children’s Panel has been added');
  });

  it('puts a slug already in use against the slug', async () => {
    harness.api.reply(
      CreateBodyDocument,
      errorReply('CONFLICT', 'Another body already uses this slug', { field: 'slug' }),
    );
    const { form } = await harness.readFlash(await run({ ...FIELDS, slug: 'evidence-group' }));
    expect(form?.errors).toEqual([
      { field: 'slug', message: 'Another body already uses this slug' },
    ]);
    expect(form?.values['slug']).toBe('evidence-group');
  });

  it('checks the form before asking the API', async () => {
    const { form } = await harness.readFlash(await run({ ...FIELDS, kind: 'COMMITTEE' }));
    expect(harness.api.received).toEqual([]);
    expect(form?.errors).toEqual([
      { field: 'kind', message: 'Select whether it is a board or a group' },
    ]);
  });
});
