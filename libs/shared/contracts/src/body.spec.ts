import { bodySupportSchema } from './body';

function firstIssue(value: unknown): { path: string; message: string } | null {
  const result = bodySupportSchema.safeParse(value);
  if (result.success) return null;
  const [issue] = result.error.issues;
  return { path: issue?.path.join('.') ?? '', message: issue?.message ?? '' };
}

describe('bodySupportSchema', () => {
  it('keeps a named contact with an email address or a phone number, trimmed', () => {
    expect(
      bodySupportSchema.parse({
        contactName: ' Sam Okafor ',
        contactEmail: 'sam.okafor@example.org',
        contactPhone: '',
        defaultSupport: '  Call the helpline. ',
      }),
    ).toEqual({
      contactName: 'Sam Okafor',
      contactEmail: 'sam.okafor@example.org',
      contactPhone: null,
      defaultSupport: 'Call the helpline.',
    });
  });

  it('takes nothing at all: no contact, no usual support text', () => {
    expect(bodySupportSchema.parse({})).toEqual({
      contactName: null,
      contactEmail: null,
      contactPhone: null,
      defaultSupport: '',
    });
  });

  it.each([
    [{ contactEmail: 'a@example.org' }, 'contactName', 'Enter the name of the person to contact'],
    [
      { contactName: 'Sam Okafor' },
      'contactEmail',
      'Enter an email address or a phone number for the contact, or both',
    ],
    [
      { contactName: 'Sam', contactEmail: 'sam at example' },
      'contactEmail',
      'Enter an email address in the correct format, like name@example.org',
    ],
    [
      { contactName: 'Sam', contactPhone: 'call me' },
      'contactPhone',
      'Enter a phone number, like 020 7946 0000 or +44 20 7946 0000',
    ],
    [
      { defaultSupport: 'x'.repeat(4001) },
      'defaultSupport',
      'The support text must be 4000 characters or fewer',
    ],
  ])('refuses %j', (value, path, message) => {
    expect(firstIssue(value)).toEqual({ path, message });
  });
});
