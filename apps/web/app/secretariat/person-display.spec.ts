import {
  accountStatusOf,
  consentHistoryRow,
  consentShort,
  consentText,
  grantsText,
  livedExperienceText,
  publicViewSentence,
} from './person-display';

describe('publicViewSentence', () => {
  it.each([
    [
      { visibility: 'NAMED', displayName: 'Amara Okafor', affiliation: 'Care leaver', bio: 'Bio' },
      'The public sees them as ‘Amara Okafor’, with their organisation or role and bio.',
    ],
    [
      { visibility: 'NAMED', displayName: 'Amara O.', affiliation: null, bio: null },
      'The public sees them as ‘Amara O.’.',
    ],
    [
      { visibility: 'NAMED', displayName: 'Amara O.', bio: 'Bio' },
      'The public sees them as ‘Amara O.’, with their bio.',
    ],
    [
      { visibility: 'ANONYMOUS', displayName: 'A member with lived experience' },
      'The public sees them only as ‘A member with lived experience’, without their name, organisation or bio.',
    ],
    [
      { visibility: 'HIDDEN', displayName: null },
      'The public does not see them at all: they are left out of public lists of members.',
    ],
  ] as const)('describes %p', (view, sentence) => {
    expect(publicViewSentence(view)).toBe(sentence);
  });

  it('says whether lived experience is shown', () => {
    expect(livedExperienceText({ visibility: 'NAMED', livedExperience: true })).toMatch(/^Shown/);
    expect(livedExperienceText({ visibility: 'NAMED', livedExperience: null })).toBe('Not shown');
  });
});

describe('consent in words', () => {
  it('names the choice and the date it applies from', () => {
    expect(consentText({ choice: 'FIRST_NAME_INITIAL', since: '2026-04-03' })).toBe(
      'First name and initial of surname, since 3 April 2026',
    );
    expect(consentShort({ choice: 'FULL_NAME', since: '2026-04-03' })).toBe('Full name');
  });

  it('says when nothing was ever recorded', () => {
    expect(consentText({ choice: 'ANONYMOUS', since: null })).toBe(
      'Nothing recorded, so they are not named',
    );
    expect(consentShort({ choice: 'ANONYMOUS', since: null })).toBe('Nothing recorded (not named)');
  });
});

describe('consentHistoryRow', () => {
  it('describes consent given by the secretariat', () => {
    expect(
      consentHistoryRow({
        id: '1',
        kind: 'GIVEN',
        effectiveOn: '2026-04-03',
        choice: 'FULL_NAME',
        showLivedExperience: true,
        recordedAt: '2026-04-03T09:30:00Z',
        recordedBySelf: false,
      }),
    ).toEqual({
      from: '3 April 2026',
      what: 'Gave consent: Full name',
      livedExperience: 'May be shown',
      recorded: '3 April 2026 at 10:30am, by the secretariat',
    });
  });

  it('describes a withdrawal by the person', () => {
    expect(
      consentHistoryRow({
        id: '2',
        kind: 'WITHDRAWN',
        effectiveOn: '2026-05-01',
        choice: null,
        showLivedExperience: null,
        recordedAt: '2026-05-01T12:00:00Z',
        recordedBySelf: true,
      }),
    ).toMatchObject({
      what: 'Withdrew consent',
      livedExperience: 'Not shown',
      recorded: /by them$/,
    });
  });
});

describe('accounts', () => {
  it('treats no account as NONE, and names grants', () => {
    expect(accountStatusOf(null)).toBe('NONE');
    expect(accountStatusOf({ status: 'INVITED' })).toBe('INVITED');
    expect(grantsText(['SECRETARIAT', 'ADMIN'])).toBe('Secretariat, Administrator');
    expect(grantsText([])).toBe('None');
  });
});
