import {
  SecretariatBodyDocument,
  UpdateBodyDocument,
  type SecretariatBodyQuery,
} from '@boards/web/api-client';
import { errorReply, type PartialResult } from '../testing/stand-in-api';
import { routeHarness, thrown } from '../testing/route-harness';

type Route = typeof import('./secretariat.bodies.$slug.edit');

const VERSION = 4;
const BODY: PartialResult<NonNullable<SecretariatBodyQuery['body']>> = {
  id: '81b8baa6-0e9b-4283-b487-2d09a514a37c',
  slug: 'evidence-group',
  name: 'Evidence Group',
  kind: 'GROUP',
  purpose: 'Research.',
  establishedOn: '2021-04-14',
  dissolvedOn: null,
  version: VERSION,
  memberships: { totalCount: 4 },
  crossSeatCompliance: [],
};
const FIELDS = {
  expectedVersion: String(VERSION),
  name: 'Evidence and Research Group',
  kind: 'GROUP',
  purpose: 'Research.',
  'establishedOn-day': '14',
  'establishedOn-month': '4',
  'establishedOn-year': '2021',
};
const PAGE = 'http://localhost/secretariat/bodies/evidence-group/edit';

describe('changing a body’s details', () => {
  const harness = routeHarness();
  let route: Route;

  beforeAll(async () => {
    route = await import('./secretariat.bodies.$slug.edit');
  });

  const run = (fields: Record<string, string>, slug = 'evidence-group') =>
    route.action({ request: harness.post(PAGE, fields), params: { slug }, context: {} });

  it('saves with the version the form was loaded with, leaving the slug out', async () => {
    harness.api.reply(SecretariatBodyDocument, { data: { body: BODY } });
    harness.api.reply(UpdateBodyDocument, {
      data: {
        updateBody: { id: BODY.id, slug: BODY.slug, name: FIELDS.name, version: VERSION },
      },
    });
    const response = await run(FIELDS);
    expect(harness.api.received[1]).toMatchObject({
      operationName: 'UpdateBody',
      variables: {
        id: BODY.id,
        expectedVersion: VERSION,
        input: {
          name: 'Evidence and Research Group',
          kind: 'GROUP',
          purpose: 'Research.',
          establishedOn: '2021-04-14',
        },
      },
    });
    expect(response.headers.get('Location')).toBe('/secretariat/bodies/evidence-group');
    expect((await harness.readFlash(response)).notice).toBe('Details saved');
  });

  it('on a conflict, says someone else saved first and keeps what was typed aside', async () => {
    harness.api.reply(SecretariatBodyDocument, { data: { body: BODY } });
    harness.api.reply(
      UpdateBodyDocument,
      errorReply('CONFLICT', 'Someone else changed this body while you were editing it'),
    );
    const { form } = await harness.readFlash(await run(FIELDS));
    expect(form?.errors).toEqual([
      { field: 'name', message: expect.stringMatching(/^Someone else changed this body/) },
    ]);
    expect(form?.values['name']).toBeUndefined();
    expect(form?.values['yours.name']).toBe('Evidence and Research Group');
  });

  it('puts a refusal about the date against the date', async () => {
    harness.api.reply(SecretariatBodyDocument, { data: { body: BODY } });
    harness.api.reply(
      UpdateBodyDocument,
      errorReply('BAD_USER_INPUT', 'Someone has been a member since 14 April 2021', {
        field: 'establishedOn',
      }),
    );
    const { form } = await harness.readFlash(await run(FIELDS));
    expect(form?.errors).toEqual([
      { field: 'establishedOn-day', message: 'Someone has been a member since 14 April 2021' },
    ]);
  });

  it('answers 400 to a form without its version, and 404 to an unknown body', async () => {
    harness.api.reply(SecretariatBodyDocument, { data: { body: BODY } });
    expect((await thrown(run({ ...FIELDS, expectedVersion: 'yesterday' }))).status).toBe(400);
    harness.api.reply(SecretariatBodyDocument, { data: { body: null } });
    expect((await thrown(run(FIELDS))).status).toBe(404);
    expect((await thrown(run(FIELDS, 'Not A Slug'))).status).toBe(404);
  });
});
