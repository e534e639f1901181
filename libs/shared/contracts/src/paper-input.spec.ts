import type { z } from 'zod';
import {
  easyReadAudienceProblem,
  newPaperSchema,
  paperDetailsSchema,
  paperWithdrawalSchema,
  type PaperAudience,
} from './paper-input';
import type { PaperVisibility } from './meeting';

const A = '5b0c1f38-3d0b-4c57-9d0e-3f6f1c2b9a10';
const B = '7d2e3f40-1a2b-4c3d-8e4f-5a6b7c8d9e0f';
const C = '0a1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d';

function firstIssue(schema: z.ZodType, value: unknown): { path: string; message: string } {
  const result = schema.safeParse(value);
  if (result.success) throw new Error('expected a refusal');
  const [issue] = result.error.issues;
  return { path: issue?.path.join('.') ?? '', message: issue?.message ?? '' };
}

describe('paperDetailsSchema', () => {
  it('trims, fills in what was left out, and keeps each named person once', () => {
    expect(
      paperDetailsSchema.parse({
        title: '  Kinship care evidence ',
        visibility: 'NAMED',
        namedPersonIds: [A, B, A],
        contentNote: '  ',
      }),
    ).toEqual({
      agendaItemId: null,
      title: 'Kinship care evidence',
      visibility: 'NAMED',
      namedPersonIds: [A, B],
      contentNote: null,
      easyReadOf: null,
      supersedes: null,
    });
  });

  it('drops names sent with a paper that is not for named people', () => {
    expect(
      paperDetailsSchema.parse({ title: 'Paper', visibility: 'MEMBERS', namedPersonIds: [A] }),
    ).toMatchObject({ visibility: 'MEMBERS', namedPersonIds: [] });
  });

  it('keeps line breaks in the content note', () => {
    expect(
      paperDetailsSchema.parse({
        title: 'Paper',
        visibility: 'PUBLIC',
        contentNote: 'Discusses self-harm.\nSupport is on the last page.',
      }).contentNote,
    ).toBe('Discusses self-harm.\nSupport is on the last page.');
  });

  it.each([
    ['no title', { title: ' ' }, 'title', 'Enter a title for the paper'],
    [
      'a title too long',
      { title: 'x'.repeat(201) },
      'title',
      'Title must be 200 characters or fewer',
    ],
    ['no visibility', { visibility: undefined }, 'visibility', 'Choose who can open the paper'],
    [
      'an unknown visibility',
      { visibility: 'SECRET' },
      'visibility',
      'Choose who can open the paper',
    ],
    [
      'a named paper naming nobody',
      { visibility: 'NAMED', namedPersonIds: [] },
      'namedPersonIds',
      'Choose at least one person who can open the paper',
    ],
    [
      'a named paper with its names left out',
      { visibility: 'NAMED' },
      'namedPersonIds',
      'Choose at least one person who can open the paper',
    ],
    [
      'a person that is not an id',
      { visibility: 'NAMED', namedPersonIds: ['Jo'] },
      'namedPersonIds.0',
      'Choose people from the list',
    ],
    [
      'more than 100 people',
      {
        visibility: 'NAMED',
        namedPersonIds: Array.from(
          { length: 101 },
          (_, i) => `00000000-0000-4000-8000-${String(i).padStart(12, '0')}`,
        ),
      },
      'namedPersonIds',
      'A paper can name at most 100 people: make it a members’ paper instead',
    ],
    [
      'a content note with a control character',
      { contentNote: 'Note\u0007' },
      'contentNote',
      'Content note must not contain control characters',
    ],
    [
      'an agenda item that is not an id',
      { agendaItemId: 'item 1' },
      'agendaItemId',
      'Choose an agenda item from the list',
    ],
    [
      'an easy read version of and a replacement for one paper',
      { easyReadOf: A, supersedes: A },
      'supersedes',
      'A paper cannot be both an easy read version of a paper and its replacement',
    ],
  ])('refuses %s', (_, override, path, message) => {
    expect(
      firstIssue(paperDetailsSchema, { title: 'Paper', visibility: 'PUBLIC', ...override }),
    ).toEqual({ path, message });
  });
});

describe('newPaperSchema', () => {
  it('needs the meeting', () => {
    expect(firstIssue(newPaperSchema, { title: 'Paper', visibility: 'PUBLIC' })).toEqual({
      path: 'meetingId',
      message: 'Choose a meeting',
    });
    expect(
      newPaperSchema.parse({ meetingId: C, title: 'Paper', visibility: 'PUBLIC' }),
    ).toMatchObject({ meetingId: C, title: 'Paper', namedPersonIds: [] });
  });

  it('applies the same checks across fields', () => {
    expect(
      firstIssue(newPaperSchema, { meetingId: C, title: 'Paper', visibility: 'NAMED' }).path,
    ).toBe('namedPersonIds');
  });
});

describe('easyReadAudienceProblem: an easy read version is open to everyone the original is', () => {
  const paper = (visibility: PaperVisibility, namedPersonIds: string[] = []): PaperAudience => ({
    visibility,
    namedPersonIds,
  });

  it.each<[string, PaperAudience, PaperAudience, boolean]>([
    ['public of public', paper('PUBLIC'), paper('PUBLIC'), true],
    ['members of public', paper('PUBLIC'), paper('MEMBERS'), false],
    ['named of public', paper('PUBLIC'), paper('NAMED', [A]), false],
    ['public of members', paper('MEMBERS'), paper('PUBLIC'), true],
    ['members of members', paper('MEMBERS'), paper('MEMBERS'), true],
    ['named of members', paper('MEMBERS'), paper('NAMED', [A]), false],
    ['public of named', paper('NAMED', [A]), paper('PUBLIC'), true],
    ['members of named', paper('NAMED', [A]), paper('MEMBERS'), false],
    ['named, the same people', paper('NAMED', [A, B]), paper('NAMED', [B, A]), true],
    ['named, more people', paper('NAMED', [A]), paper('NAMED', [A, C]), true],
    ['named, someone left out', paper('NAMED', [A, B]), paper('NAMED', [A, C]), false],
  ])('%s', (_, original, version, allowed) => {
    const problem = easyReadAudienceProblem(original, version);
    if (allowed) expect(problem).toBeNull();
    else expect(problem).toEqual(expect.stringContaining('easy read version'));
  });
});

describe('paperWithdrawalSchema', () => {
  it.each([
    [{}, 'Enter why the paper is withdrawn'],
    [{ reason: '   ' }, 'Enter why the paper is withdrawn'],
    [{ reason: 'x'.repeat(501) }, 'The reason must be 500 characters or fewer'],
    [{ reason: 'Wrong file\u0000' }, 'The reason must not contain control characters'],
  ])('refuses %j: %s', (value, message) => {
    expect(firstIssue(paperWithdrawalSchema, value)).toEqual({ path: 'reason', message });
  });

  it('keeps a reason trimmed, over several lines', () => {
    expect(
      paperWithdrawalSchema.parse({ reason: '  Wrong file.\nA corrected one follows. ' }),
    ).toEqual({ reason: 'Wrong file.\nA corrected one follows.' });
  });
});
