import { readAgendaItemForm } from './agenda-form';

const PERSON_ID = '5b0f6a3e-0000-4000-8000-000000000001';
const form = (fields: Record<string, string>) => ({ get: (name: string) => fields[name] ?? null });

describe('readAgendaItemForm', () => {
  it('reads an item', () => {
    expect(
      readAgendaItemForm(
        form({ title: ' Welcome ', durationMinutes: '15', isPublic: 'yes', presenterKind: '' }),
      ),
    ).toMatchObject({
      ok: true,
      input: {
        title: 'Welcome',
        durationMinutes: 15,
        isPublic: true,
        presenterKind: null,
        presenterPersonId: null,
        presenterName: null,
        description: '',
      },
    });
    expect(readAgendaItemForm(form({ title: 'Private', isPublic: 'no' }))).toMatchObject({
      ok: true,
      input: { isPublic: false, durationMinutes: null },
    });
  });

  it.each([
    [
      { presenterKind: 'NONE', presenterName: 'Left in the form' },
      { presenterKind: null, presenterName: null },
    ],
    [
      { presenterKind: 'PERSON', presenterPersonId: PERSON_ID, presenterName: 'Left' },
      { presenterKind: 'PERSON', presenterPersonId: PERSON_ID, presenterName: null },
    ],
    [{ presenterKind: 'SECRETARIAT' }, { presenterKind: 'SECRETARIAT', presenterPersonId: null }],
    [
      { presenterKind: 'GUEST', presenterName: ' Dr Ana Silva ', presenterPersonId: PERSON_ID },
      {
        presenterKind: 'GUEST',
        presenterName: 'Dr Ana Silva',
        presenterPersonId: null,
        presenterNameConfirmed: false,
      },
    ],
    [
      { presenterKind: 'GUEST', presenterName: 'Jordan Ellis', presenterNameConfirmed: 'yes' },
      { presenterKind: 'GUEST', presenterName: 'Jordan Ellis', presenterNameConfirmed: true },
    ],
  ])('reads who leads the item from %j', (fields, input) => {
    expect(readAgendaItemForm(form({ title: 'Led', isPublic: 'yes', ...fields }))).toMatchObject({
      ok: true,
      input,
    });
  });

  it.each([
    [{ title: '', isPublic: 'yes' }, 'title', 'Enter a title for the item'],
    [
      { title: 'X', isPublic: 'yes', presenterKind: 'PERSON' },
      'presenterPersonId',
      'Choose the person who leads the item from the list',
    ],
    [
      { title: 'X', isPublic: 'yes', presenterKind: 'GUEST', presenterName: ' ' },
      'presenterName',
      'Enter the guest’s name',
    ],
    [
      { title: 'X', isPublic: 'yes', presenterKind: 'SOMEBODY' },
      'presenterKind',
      'Choose who leads the item',
    ],
    [
      { title: 'X', isPublic: 'yes', durationMinutes: 'twenty' },
      'durationMinutes',
      'Enter the length of the item in whole minutes, like 20',
    ],
    [
      { title: 'X', isPublic: 'yes', durationMinutes: '0' },
      'durationMinutes',
      'An item takes at least 1 minute',
    ],
    [{ title: 'X' }, 'isPublic', 'Select whether the public can see this item'],
  ])('refuses %j', (fields, field, message) => {
    const result = readAgendaItemForm(form(fields));
    expect(!result.ok && result.errors.find((error) => error.field === field)?.message).toBe(
      message,
    );
  });
});
