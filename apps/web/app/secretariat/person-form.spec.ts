import { changedFields, personFormValues, readPersonForm } from './person-form';

function form(fields: Record<string, string>): URLSearchParams {
  return new URLSearchParams(fields);
}

const VALID = {
  fullName: '  Amara Okafor ',
  email: 'amara@example.org',
  phone: '',
  affiliation: 'Care leaver, Manchester',
  bio: 'Line one\r\nLine two',
  livedExperience: 'yes',
};

describe('readPersonForm', () => {
  it('gives the API input, trimmed, blanks as null, lived experience as a boolean', () => {
    const result = readPersonForm(form(VALID));
    expect(result).toEqual({
      ok: true,
      input: {
        fullName: 'Amara Okafor',
        email: 'amara@example.org',
        phone: null,
        affiliation: 'Care leaver, Manchester',
        bio: 'Line one\r\nLine two',
        livedExperience: true,
      },
      values: VALID,
    });
    const no = readPersonForm(form({ ...VALID, livedExperience: 'no' }));
    expect(no.ok && no.input.livedExperience).toBe(false);
  });

  it('lists the problems in the order of the form, with the shared schema’s messages', () => {
    const result = readPersonForm(
      form({ fullName: ' ', email: 'amara@', phone: 'call me', bio: 'b'.repeat(2001) }),
    );
    expect(result.ok).toBe(false);
    expect(!result.ok && result.errors).toEqual([
      { field: 'fullName', message: 'Enter the person’s full name' },
      {
        field: 'email',
        message: 'Enter an email address in the correct format, like name@example.org',
      },
      { field: 'phone', message: 'Enter a phone number, like 01632 960 001 or +44 808 157 0192' },
      { field: 'bio', message: 'Bio must be 2000 characters or fewer' },
      {
        field: 'livedExperience',
        message: 'Select whether the person has lived experience of care',
      },
    ]);
    // The values come back as typed, to fill the form in again.
    expect(result.values.phone).toBe('call me');
    expect(result.values.livedExperience).toBe('');
  });

  it.each(['maybe', 'true', 'YES'])('refuses %p as a lived-experience answer', (answer) => {
    const result = readPersonForm(form({ ...VALID, livedExperience: answer }));
    expect(!result.ok && result.errors.map((error) => error.field)).toEqual(['livedExperience']);
  });

  it('reads a missing field, or a file, as blank', () => {
    const data = new FormData();
    data.set('fullName', new Blob(['x']), 'name.txt');
    data.set('livedExperience', 'no');
    const result = readPersonForm(data);
    expect(!result.ok && result.errors).toEqual([
      { field: 'fullName', message: 'Enter the person’s full name' },
    ]);
  });
});

describe('personFormValues', () => {
  it('shows a saved person in the form, nulls as blanks', () => {
    expect(
      personFormValues({
        fullName: 'Amara Okafor',
        email: null,
        phone: '01632 960 001',
        affiliation: null,
        bio: null,
        livedExperience: false,
      }),
    ).toEqual({
      fullName: 'Amara Okafor',
      email: '',
      phone: '01632 960 001',
      affiliation: '',
      bio: '',
      livedExperience: 'no',
    });
  });
});

describe('changedFields', () => {
  it('names the fields that differ, ignoring surrounding spaces and fields not given', () => {
    const theirs = personFormValues({ fullName: 'Amara Okafor', livedExperience: true });
    expect(
      changedFields(
        { fullName: ' Amara Okafor ', email: 'new@example.org', bio: undefined },
        theirs,
      ),
    ).toEqual(['email']);
  });
});
