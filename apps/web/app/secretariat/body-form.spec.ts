import { bodyFormValues, readBodyForm, slugFromName } from './body-form';

const form = (fields: Record<string, string>) => new URLSearchParams(fields);

const BODY = {
  name: ' Children’s Panel ',
  slug: '',
  kind: 'GROUP',
  purpose: 'Listens.\r\nAdvises.',
  'establishedOn-day': '1',
  'establishedOn-month': '12',
  'establishedOn-year': '2026',
};

describe('slugFromName', () => {
  it.each([
    ['Evidence Group', 'evidence-group'],
    ['Children’s Panel', 'children-s-panel'],
    ['  Équipe -- Données  ', 'equipe-donnees'],
    ['!!!', ''],
    ['a'.repeat(79) + ' b', 'a'.repeat(79)],
  ])('makes %p into %p', (name, slug) => {
    expect(slugFromName(name)).toBe(slug);
  });
});

describe('readBodyForm', () => {
  it('adding a body, makes a blank slug from the name', () => {
    expect(readBodyForm(form(BODY), { withSlug: true })).toMatchObject({
      ok: true,
      input: {
        slug: 'children-s-panel',
        name: 'Children’s Panel',
        kind: 'GROUP',
        purpose: 'Listens.\r\nAdvises.',
        establishedOn: '2026-12-01',
      },
    });
  });

  it('editing one, leaves the slug out', () => {
    const result = readBodyForm(form({ ...BODY, slug: 'ignored' }), { withSlug: false });
    expect(result.ok && result.input).toEqual({
      name: 'Children’s Panel',
      kind: 'GROUP',
      purpose: 'Listens.\r\nAdvises.',
      establishedOn: '2026-12-01',
    });
  });

  it('lists the problems in the order of the form, the shared schema’s messages', () => {
    const result = readBodyForm(form({ slug: 'Not A Slug', 'establishedOn-year': '21' }), {
      withSlug: true,
    });
    expect(!result.ok && result.errors).toEqual([
      { field: 'name', message: 'Enter the body’s name' },
      { field: 'slug', message: 'Slug must be lower-case letters, numbers and single hyphens' },
      { field: 'kind', message: 'Select whether it is a board or a group' },
      { field: 'purpose', message: 'Enter what the body is for' },
      {
        field: 'establishedOn-day',
        message: 'The date the body was established must include a day and month',
      },
      {
        field: 'establishedOn-month',
        message: 'The date the body was established must include a day and month',
      },
    ]);
  });

  it('does not ask for a slug when there is no name to make one from', () => {
    const result = readBodyForm(form({ ...BODY, name: '' }), { withSlug: true });
    expect(!result.ok && result.errors.map((error) => error.field)).toEqual(['name']);
    const symbols = readBodyForm(form({ ...BODY, name: '!!!' }), { withSlug: true });
    expect(!symbols.ok && symbols.errors).toEqual([{ field: 'slug', message: 'Enter a slug' }]);
  });
});

describe('bodyFormValues', () => {
  it('shows a saved body in the form', () => {
    expect(
      bodyFormValues({
        name: 'Evidence Group',
        kind: 'GROUP',
        purpose: 'Research',
        establishedOn: '2021-04-14',
      }),
    ).toEqual({
      name: 'Evidence Group',
      kind: 'GROUP',
      purpose: 'Research',
      'establishedOn-day': '14',
      'establishedOn-month': '4',
      'establishedOn-year': '2021',
    });
  });
});
