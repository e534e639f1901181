import {
  MEMBERSHIP_ROLES,
  MEMBERSHIP_ROLE_LABELS,
  PUBLIC_DISPLAY_CHOICES,
  PUBLIC_DISPLAY_HINTS,
  PUBLIC_DISPLAY_LABELS,
  isMembershipRole,
  isPublicDisplayChoice,
  membershipRoleSchema,
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
