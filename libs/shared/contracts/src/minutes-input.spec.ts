import type { z } from 'zod';
import {
  actionStatusChangeSchema,
  attendanceRegisterSchema,
  decisionSchema,
  declarationSchema,
  meetingActionSchema,
  minutesCommentSchema,
  minutesSchema,
} from './minutes-input';

const A = '5b0c1f38-3d0b-4c57-9d0e-3f6f1c2b9a10';
const B = '7d2e3f40-1a2b-4c3d-8e4f-5a6b7c8d9e0f';

function firstIssue(schema: z.ZodType, value: unknown): { path: string; message: string } {
  const result = schema.safeParse(value);
  if (result.success) throw new Error('expected a refusal');
  const [issue] = result.error.issues;
  return { path: issue?.path.join('.') ?? '', message: issue?.message ?? '' };
}

describe('attendanceRegisterSchema', () => {
  it('accepts a register and turns a blank note into nothing', () => {
    expect(
      attendanceRegisterSchema.parse({
        entries: [
          { personId: A, status: 'PRESENT', note: '  ' },
          { personId: B, status: 'APOLOGIES', note: ' Unwell ' },
        ],
      }),
    ).toEqual({
      entries: [
        { personId: A, status: 'PRESENT', note: null },
        { personId: B, status: 'APOLOGIES', note: 'Unwell' },
      ],
    });
  });

  it.each([
    ['no one', { entries: [] }, 'entries', 'Record the attendance of at least one person'],
    [
      'a person twice',
      {
        entries: [
          { personId: A, status: 'PRESENT' },
          { personId: A, status: 'ABSENT' },
        ],
      },
      'entries.1.personId',
      'Record each person once',
    ],
    [
      'an unknown status',
      { entries: [{ personId: A, status: 'LATE' }] },
      'entries.0.status',
      'Choose present, apologies, absent or observer',
    ],
    [
      'not a person id',
      { entries: [{ personId: 'x', status: 'PRESENT' }] },
      'entries.0.personId',
      'Choose a person from the list',
    ],
  ])('refuses %s', (_, value, path, message) => {
    expect(firstIssue(attendanceRegisterSchema, value)).toEqual({ path, message });
  });
});

describe('minutesSchema', () => {
  it('keeps line breaks, trims, and makes blank notes empty', () => {
    expect(
      minutesSchema.parse({
        content: ' Present: all.\nApologies: none. ',
        entries: [{ agendaItemId: A, notes: null }],
      }),
    ).toEqual({
      content: 'Present: all.\nApologies: none.',
      entries: [{ agendaItemId: A, notes: '' }],
    });
  });

  it('refuses an item given twice, naming the repeat', () => {
    expect(
      firstIssue(minutesSchema, {
        content: '',
        entries: [
          { agendaItemId: A, notes: 'a' },
          { agendaItemId: A, notes: 'b' },
        ],
      }),
    ).toEqual({
      path: 'entries.1.agendaItemId',
      message: 'Give the notes for each agenda item once',
    });
  });

  it('refuses control characters', () => {
    expect(firstIssue(minutesSchema, { content: 'a\u0007b', entries: [] }).path).toBe('content');
  });
});

describe('the other record schemas', () => {
  it.each([
    [
      declarationSchema,
      { personId: A, description: ' ' },
      'description',
      'Enter the interest declared',
    ],
    [minutesCommentSchema, { text: '' }, 'text', 'Enter your comment'],
    [
      decisionSchema,
      { agendaItemId: 'nope', text: 'Agreed' },
      'agendaItemId',
      'Choose an agenda item from the list',
    ],
    [
      meetingActionSchema,
      { description: 'Write it up', dueOn: '2026-02-30' },
      'dueOn',
      'Enter a real date',
    ],
    [
      actionStatusChangeSchema,
      { status: 'FINISHED' },
      'status',
      'Choose open, in progress, done or dropped',
    ],
  ])('refuses bad input to %#', (schema, value, path, message) => {
    expect(firstIssue(schema as z.ZodType, value)).toEqual({ path, message });
  });

  it('fills in what is optional', () => {
    expect(meetingActionSchema.parse({ description: ' Write it up ' })).toEqual({
      agendaItemId: null,
      description: 'Write it up',
      ownerId: null,
      dueOn: null,
    });
    expect(
      declarationSchema.parse({ personId: A, agendaItemId: B, description: 'Trustee' }),
    ).toEqual({ personId: A, agendaItemId: B, description: 'Trustee' });
  });
});
