import { readAgendaItemForm } from './agenda-form';

const form = (fields: Record<string, string>) => ({ get: (name: string) => fields[name] ?? null });

describe('readAgendaItemForm', () => {
  it('reads an item', () => {
    expect(
      readAgendaItemForm(
        form({ title: ' Welcome ', durationMinutes: '15', isPublic: 'yes', presenter: '' }),
      ),
    ).toMatchObject({
      ok: true,
      input: {
        title: 'Welcome',
        durationMinutes: 15,
        isPublic: true,
        presenter: null,
        description: '',
      },
    });
    expect(readAgendaItemForm(form({ title: 'Private', isPublic: 'no' }))).toMatchObject({
      ok: true,
      input: { isPublic: false, durationMinutes: null },
    });
  });

  it.each([
    [{ title: '', isPublic: 'yes' }, 'title', 'Enter a title for the item'],
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
