import {
  MEMBERSHIP_ROLES,
  MEMBERSHIP_ROLE_LABELS,
  PUBLIC_DISPLAY_CHOICES,
  PUBLIC_DISPLAY_HINTS,
  PUBLIC_DISPLAY_LABELS,
  isMembershipRole,
  isPublicDisplayChoice,
  membershipRoleSchema,
  personDetailsSchema,
  publicDisplayChoiceSchema,
} from './person';

describe('public display choices', () => {
  it('has a label and a hint for every choice, and nothing else', () => {
    for (const choice of PUBLIC_DISPLAY_CHOICES) {
      expect(PUBLIC_DISPLAY_LABELS[choice]).toMatch(/^[A-Z]/);
      expect(PUBLIC_DISPLAY_HINTS[choice]).toMatch(/^[A-Z]/);
    }
    expect(Object.keys(PUBLIC_DISPLAY_LABELS).sort()).toEqual([...PUBLIC_DISPLAY_CHOICES].sort());
    expect(Object.keys(PUBLIC_DISPLAY_HINTS).sort()).toEqual([...PUBLIC_DISPLAY_CHOICES].sort());
  });

  it('labels FIRST_NAME_INITIAL in plain English', () => {
    expect(PUBLIC_DISPLAY_LABELS.FIRST_NAME_INITIAL).toBe('First name and initial of surname');
  });

  it.each([
    ['FULL_NAME', true],
    ['HIDDEN', true],
    ['hidden', false],
    ['', false],
    [null, false],
    [3, false],
  ])('%p is a choice: %p', (value, expected) => {
    expect(isPublicDisplayChoice(value)).toBe(expected);
    expect(publicDisplayChoiceSchema.safeParse(value).success).toBe(expected);
  });

  it('explains a missing choice in GOV.UK style', () => {
    const result = publicDisplayChoiceSchema.safeParse(undefined);
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.message).toBe('Select how your name is shown to the public');
  });
});

describe('membership roles', () => {
  it('has a label for every role, and nothing else', () => {
    for (const role of MEMBERSHIP_ROLES) {
      expect(MEMBERSHIP_ROLE_LABELS[role]).toMatch(/^[A-Z]/);
    }
    expect(Object.keys(MEMBERSHIP_ROLE_LABELS).sort()).toEqual([...MEMBERSHIP_ROLES].sort());
  });

  it.each([
    ['CHAIR', 'Chair'],
    ['VICE_CHAIR', 'Vice-chair'],
    ['MEMBER', 'Member'],
    ['CO_OPTED', 'Co-opted member'],
    ['OBSERVER', 'Observer'],
  ] as const)('labels %s as %p', (role, label) => {
    expect(MEMBERSHIP_ROLE_LABELS[role]).toBe(label);
  });

  it.each([
    ['CO_OPTED', true],
    ['co_opted', false],
    ['TREASURER', false],
    [undefined, false],
  ])('%p is a role: %p', (value, expected) => {
    expect(isMembershipRole(value)).toBe(expected);
    expect(membershipRoleSchema.safeParse(value).success).toBe(expected);
  });
});

describe('personDetailsSchema', () => {
  const valid = { fullName: 'Amara Okafor', livedExperience: true };

  it('trims, normalises and turns blanks into null', () => {
    expect(
      personDetailsSchema.parse({
        fullName: '  Zoe\u0308 Smith ',
        email: ' amara@example.org ',
        phone: '',
        affiliation: '   ',
        bio: 'Line one\nLine two',
        livedExperience: false,
      }),
    ).toEqual({
      fullName: 'Zoë Smith',
      email: 'amara@example.org',
      phone: null,
      affiliation: null,
      bio: 'Line one\nLine two',
      livedExperience: false,
    });
  });

  it('accepts names in any script', () => {
    for (const fullName of ['王小明', 'Siân Ó Briain', 'Ngũgĩ wa Thiong’o', 'محمد علي']) {
      expect(personDetailsSchema.parse({ ...valid, fullName }).fullName).toBe(fullName);
    }
  });

  it.each([
    ['a blank name', { fullName: '   ' }, 'fullName', 'Enter the person’s full name'],
    ['a missing name', { fullName: undefined }, 'fullName', 'Enter the person’s full name'],
    [
      'a name too long',
      { fullName: 'a'.repeat(201) },
      'fullName',
      'Full name must be 200 characters or fewer',
    ],
    [
      'a control character',
      { fullName: 'Amara\u0000 O' },
      'fullName',
      'Full name must not contain control characters',
    ],
    [
      'a bidi override',
      { fullName: 'Amara \u202eO' },
      'fullName',
      'Full name must not contain control characters',
    ],
    [
      'an email without @',
      { email: 'amara.example.org' },
      'email',
      'Enter an email address in the correct format, like name@example.org',
    ],
    [
      'an email without a domain dot',
      { email: 'amara@localhost' },
      'email',
      'Enter an email address in the correct format, like name@example.org',
    ],
    [
      'an email with spaces',
      { email: 'am ara@example.org' },
      'email',
      'Enter an email address in the correct format, like name@example.org',
    ],
    [
      'letters in a phone number',
      { phone: 'call me' },
      'phone',
      'Enter a phone number, like 01632 960 001 or +44 808 157 0192',
    ],
    ['a bio too long', { bio: 'b'.repeat(2_001) }, 'bio', 'Bio must be 2000 characters or fewer'],
    [
      'no lived-experience answer',
      { livedExperience: undefined },
      'livedExperience',
      'Select whether the person has lived experience of care',
    ],
  ])('refuses %s', (_label, change, field, message) => {
    const result = personDetailsSchema.safeParse({ ...valid, ...change });
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]).toMatchObject({ path: [field], message });
  });
});
