import {
  BodyEntity,
  MembershipEntity,
  PersonDisplayConsentEntity,
  PersonEntity,
} from '@boards/api/database';
import {
  buildBody,
  buildMembership,
  buildPerson,
  createTestDatabase,
  SqlStatementCounter,
  type TestDatabase,
} from '@boards/api/database/testing';
import { Clock, DataLoaderFactory, type RequestViewer } from '@boards/api/graphql';
import { AuditService } from '@boards/api/audit';
import { PeopleService } from './people.service';
import { PersonViewService } from './person-view.service';

const TODAY = '2024-06-01';

describe('PersonViewService (real PostgreSQL)', () => {
  let db: TestDatabase;
  let views: PersonViewService;
  let factory: DataLoaderFactory;
  let bodyA: string;
  let bodyB: string;
  const NAMES = ['subject', 'colleague', 'stranger', 'former', 'future'] as const;
  type Name = (typeof NAMES)[number];
  const ids = {} as Record<Name, string>;

  const viewerOf = (personId: string): RequestViewer => ({
    kind: 'ACCOUNT',
    accountId: `account-of-${personId}`,
    personId,
    fullName: 'Viewer',
    grants: [],
    sessionId: 'session',
  });

  const counter = new SqlStatementCounter();

  beforeAll(async () => {
    db = await createTestDatabase({ logger: counter });
    factory = new DataLoaderFactory();
    new PeopleService(db.dataSource, factory, new AuditService(), new Clock()).onModuleInit();
    views = new PersonViewService(db.dataSource, factory);
    views.onModuleInit();
    const bodies = db.dataSource.getRepository(BodyEntity);
    bodyA = (await bodies.save(bodies.create(buildBody()))).id;
    bodyB = (await bodies.save(bodies.create(buildBody()))).id;
    const people = db.dataSource.getRepository(PersonEntity);
    for (const name of NAMES) {
      ids[name] = (await people.save(people.create(buildPerson({ fullName: `Amara ${name}` })))).id;
    }
    const memberships = db.dataSource.getRepository(MembershipEntity);
    const seat = (person: Name, bodyId: string, startsOn: string, endsOn: string | null = null) =>
      memberships.insert(
        buildMembership({ personId: ids[person], bodyId, startsOn, endsOn }) as MembershipEntity,
      );
    await seat('subject', bodyA, '2023-01-01');
    await seat('colleague', bodyA, '2023-06-01');
    await seat('stranger', bodyB, '2023-01-01');
    await seat('former', bodyA, '2023-01-01', '2024-05-31');
    await seat('future', bodyA, '2024-07-01');
    await db.dataSource.getRepository(PersonDisplayConsentEntity).insert({
      personId: ids.subject,
      kind: 'GIVEN',
      effectiveOn: '2023-01-01',
      choice: 'HIDDEN',
      showLivedExperience: false,
    });
  });
  afterAll(() => db.drop());

  it.each([
    [
      'a colleague on the same body today',
      'colleague',
      TODAY,
      { kind: 'MEMBER', sharesBody: true },
    ],
    ['a member of another body', 'stranger', TODAY, { kind: 'MEMBER', sharesBody: false }],
    [
      'a former member, even about the days they shared',
      'former',
      '2024-01-01',
      { kind: 'MEMBER', sharesBody: false },
    ],
    ['a member whose seat has not started', 'future', TODAY, { kind: 'MEMBER', sharesBody: false }],
    ['the person themselves', 'subject', TODAY, { kind: 'SELF' }],
  ])('treats %s accordingly', async (_label, who, on, expected) => {
    const relation = await views.relation(
      viewerOf(ids[who as Name]),
      ids.subject,
      on,
      TODAY,
      factory.forRequest(),
    );
    expect(relation).toEqual(expected);
  });

  it('treats anyone signed out as the public, and the secretariat as the secretariat', async () => {
    const loaders = factory.forRequest();
    expect(await views.relation({ kind: 'ANONYMOUS' }, ids.subject, TODAY, TODAY, loaders)).toEqual(
      { kind: 'PUBLIC' },
    );
    const staff = { ...viewerOf(ids.stranger), grants: ['SECRETARIAT' as const] };
    expect(await views.relation(staff, ids.subject, TODAY, TODAY, loaders)).toEqual({
      kind: 'SECRETARIAT',
    });
  });

  it('hides a HIDDEN person from the public and from members of other bodies, but not from colleagues', async () => {
    const subject = await db.dataSource
      .getRepository(PersonEntity)
      .findOneByOrFail({ id: ids.subject });
    const view = (viewer: RequestViewer) =>
      views.view(viewer, subject, TODAY, TODAY, factory.forRequest());
    expect(await view({ kind: 'ANONYMOUS' })).toMatchObject({
      id: null,
      visibility: 'HIDDEN',
      displayName: null,
    });
    expect(await view(viewerOf(ids.stranger))).toMatchObject({
      id: null,
      visibility: 'HIDDEN',
    });
    expect(await view(viewerOf(ids.former))).toMatchObject({ id: null, visibility: 'HIDDEN' });
    expect(await view(viewerOf(ids.colleague))).toMatchObject({
      id: ids.subject,
      visibility: 'NAMED',
      displayName: 'Amara subject',
    });
  });

  it('works out many relations in a constant number of statements', async () => {
    const loaders = factory.forRequest();
    const viewer = viewerOf(ids.colleague);
    counter.reset();
    await Promise.all(
      Object.values(ids).map((id) => views.relation(viewer, id, '2024-01-01', TODAY, loaders)),
    );
    // One per distinct date (the day asked about, and today).
    expect(counter.count).toBe(2);
  });
});
