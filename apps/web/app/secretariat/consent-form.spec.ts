import { readConsentForm, readWithdrawForm } from './consent-form';

const form = (fields: Record<string, string>) => new URLSearchParams(fields);

const VALID = {
  choice: 'FIRST_NAME_INITIAL',
  showLivedExperience: 'yes',
  'effectiveOn-day': '3',
  'effectiveOn-month': '4',
  'effectiveOn-year': '2026',
};

describe('readConsentForm', () => {
  it('gives the choice, the lived-experience answer and the date', () => {
    expect(readConsentForm(form(VALID))).toEqual({
      ok: true,
      input: { choice: 'FIRST_NAME_INITIAL', showLivedExperience: true, effectiveOn: '2026-04-03' },
      values: VALID,
    });
    const no = readConsentForm(form({ ...VALID, showLivedExperience: 'no' }));
    expect(no.ok && no.input.showLivedExperience).toBe(false);
  });

  it('asks for every answer that is missing or not one of the options', () => {
    const result = readConsentForm(
      form({ choice: 'EVERYTHING', 'effectiveOn-day': '3', 'effectiveOn-year': '2026' }),
    );
    expect(!result.ok && result.errors).toEqual([
      { field: 'choice', message: 'Select how they agreed to be shown to the public' },
      {
        field: 'showLivedExperience',
        message: 'Select whether the public may see that they have lived experience of care',
      },
      { field: 'effectiveOn-month', message: 'The date they gave consent must include a month' },
    ]);
    expect(result.values['effectiveOn-day']).toBe('3');
  });

  it('refuses a date that does not exist', () => {
    const result = readConsentForm(
      form({ ...VALID, 'effectiveOn-day': '31', 'effectiveOn-month': '2' }),
    );
    expect(!result.ok && result.errors.map((error) => error.message)).toEqual([
      'The date they gave consent must be a real date',
      'The date they gave consent must be a real date',
      'The date they gave consent must be a real date',
    ]);
  });
});

describe('readWithdrawForm', () => {
  it('gives the date', () => {
    expect(
      readWithdrawForm(
        form({ 'withdrawnOn-day': '1', 'withdrawnOn-month': 'May', 'withdrawnOn-year': '2026' }),
      ),
    ).toMatchObject({ ok: true, input: { effectiveOn: '2026-05-01' } });
  });

  it('asks for the date when it is blank', () => {
    const result = readWithdrawForm(form({}));
    expect(!result.ok && result.errors[0]).toEqual({
      field: 'withdrawnOn-day',
      message: 'Enter the date they withdrew consent',
    });
  });
});
