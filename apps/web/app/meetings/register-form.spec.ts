import { NOTHING_CHOSEN, readDeclarationForm, readRegisterForm } from './register-form';

const A = '0b7f1a52-5b0e-4e33-9a0a-6c1f6f6b1a01';
const B = '0b7f1a52-5b0e-4e33-9a0a-6c1f6f6b1a02';
const C = '0b7f1a52-5b0e-4e33-9a0a-6c1f6f6b1a03';
const ITEM = '9c1e2d3f-0000-4000-8000-00000000000a';

const posted = (fields: [string, string][]) => new URLSearchParams(fields);
const form = (fields: Record<string, string>) => ({ get: (name: string) => fields[name] ?? null });

describe('readRegisterForm', () => {
  it('sends only the people whose status changed, keeping their notes', () => {
    const result = readRegisterForm(
      posted([
        ['intent', 'register'],
        [`recorded.${A}`, 'APOLOGIES'],
        [`note.${A}`, 'Unwell'],
        [`attendance.${A}`, 'APOLOGIES'],
        [`note.${B}`, 'Came late'],
        [`recorded.${B}`, 'ABSENT'],
        [`attendance.${B}`, 'PRESENT'],
        [`attendance.${C}`, 'PRESENT'],
      ]),
    );
    expect(result).toMatchObject({
      ok: true,
      input: {
        entries: [
          { personId: B, status: 'PRESENT', note: 'Came late' },
          { personId: C, status: 'PRESENT', note: null },
        ],
      },
      values: {
        [`attendance.${A}`]: 'APOLOGIES',
        [`attendance.${B}`]: 'PRESENT',
        [`attendance.${C}`]: 'PRESENT',
      },
      fieldIds: {
        'entries.0.status': `attendance-${B}`,
        'entries.1.personId': `attendance-${C}`,
      },
    });
  });

  it('has nothing to send when nothing changed', () => {
    expect(
      readRegisterForm(
        posted([
          [`recorded.${A}`, 'PRESENT'],
          [`attendance.${A}`, 'PRESENT'],
        ]),
      ),
    ).toMatchObject({ ok: true, input: null });
  });

  it('asks for at least one choice', () => {
    expect(readRegisterForm(posted([['intent', 'register']]))).toEqual({
      ok: false,
      errors: [{ field: 'register', message: NOTHING_CHOSEN }],
      values: {},
    });
  });

  it('refuses a status the page never offers, against that person', () => {
    expect(readRegisterForm(posted([[`attendance.${A}`, 'ASLEEP']]))).toMatchObject({
      ok: false,
      errors: [{ field: `attendance-${A}`, message: 'Choose from the list' }],
    });
  });

  it('refuses a person who is not one, with the shared schema’s message', () => {
    expect(readRegisterForm(posted([['attendance.nobody', 'PRESENT']]))).toMatchObject({
      ok: false,
      errors: [{ field: 'attendance-nobody', message: 'Choose a person from the list' }],
    });
  });
});

describe('readDeclarationForm', () => {
  it('reads a declaration on an item, or on the whole meeting', () => {
    expect(
      readDeclarationForm(
        form({
          declarationPersonId: A,
          declarationAgendaItemId: ITEM,
          declarationDescription: ' Trustee of a charity that bid ',
        }),
      ),
    ).toMatchObject({
      ok: true,
      input: { personId: A, agendaItemId: ITEM, description: 'Trustee of a charity that bid' },
    });
    expect(
      readDeclarationForm(form({ declarationPersonId: A, declarationDescription: 'Trustee' })),
    ).toMatchObject({ ok: true, input: { agendaItemId: null } });
  });

  it('says what is missing, in the order of the form', () => {
    expect(readDeclarationForm(form({}))).toMatchObject({
      ok: false,
      errors: [
        { field: 'declarationPersonId', message: 'Choose the person declaring an interest' },
        { field: 'declarationDescription', message: 'Enter the interest declared' },
      ],
    });
  });
});
