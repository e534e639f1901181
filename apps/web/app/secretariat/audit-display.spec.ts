import {
  actionChoices,
  actionText,
  changeParts,
  changeValueText,
  fieldText,
  objectHref,
  objectTypeChoices,
  objectTypeText,
} from './audit-display';

describe('changeValueText', () => {
  it.each([
    ['fullName', '"Amara Okafor"', 'Amara Okafor'],
    ['bio', '""', 'blank'],
    ['email', 'null', 'nothing'],
    ['email', null, 'nothing'],
    ['livedExperience', 'true', 'Yes'],
    ['livedExperience', 'false', 'No'],
    ['choice', '"FIRST_NAME_INITIAL"', 'First name and initial of surname'],
    ['other', '"FULL_NAME"', 'FULL_NAME'],
    ['effectiveOn', '"2026-04-03"', '3 April 2026'],
    ['role', '"VICE_CHAIR"', 'Vice-chair'],
    ['seat', '"CROSS_SEAT"', 'Cross-seat'],
    ['endsOn', 'null', 'nothing'],
    ['effectiveOn', '"2026-02-30"', '2026-02-30'],
    ['grants', '["SECRETARIAT","ADMIN"]', 'SECRETARIAT, ADMIN'],
    ['grants', '[]', 'none'],
    ['count', '3', '3'],
    ['thing', '{"a":1}', '{"a":1}'],
    ['broken', 'not json', 'not json'],
  ])('shows %s %p as %p', (field, json, expected) => {
    expect(changeValueText(field, json)).toBe(expected);
  });
});

describe('changeParts', () => {
  it('names the field and gives both values', () => {
    expect(changeParts({ field: 'fullName', before: '"Amara"', after: '"Amara Okafor"' })).toEqual({
      field: 'Full name',
      before: 'Amara',
      after: 'Amara Okafor',
    });
  });

  it('leaves out the before of a new value', () => {
    expect(changeParts({ field: 'choice', before: null, after: '"HIDDEN"' })).toEqual({
      field: 'How they are shown to the public',
      before: null,
      after: 'Not shown at all',
    });
  });
});

describe('labels', () => {
  it('names known actions and fields, and shows others as they are', () => {
    expect(actionText('person.update')).toBe('Changed a person’s details');
    expect(actionText('meeting.move')).toBe('meeting.move');
    expect(fieldText('affiliation')).toBe('Organisation or role');
    expect(fieldText('agendaItem')).toBe('agendaItem');
    expect(fieldText('quorum')).toBe('Quorum');
    expect(actionText('termsOfReference.publish')).toBe('Published terms of reference');
    expect(actionText('membership.end')).toBe('Ended a membership');
    expect(fieldText('startsOn')).toBe('First day');
    expect(actionText('membership.import')).toBe('Imported memberships from a CSV file');
    expect(fieldText('imported')).toBe('Memberships imported');
  });
});

describe('the filter’s choices', () => {
  it('offers any action, each kind of action, and each action under its kind', () => {
    const choices = actionChoices();
    expect(choices[0]).toEqual({ value: '', text: 'Any action' });
    const paper = choices.findIndex((choice) => choice.value === 'paper.');
    expect(choices[paper]).toEqual({ value: 'paper.', text: 'Papers: every action' });
    expect(choices.slice(paper + 1).map((choice) => choice.value)).toEqual(
      expect.arrayContaining(['paper.withdraw', 'paper.reinstate', 'paper.replaceFile']),
    );
    expect(choices).toContainEqual({ value: 'paper.withdraw', text: 'Papers: Withdrew a paper' });
    expect(new Set(choices.map((choice) => choice.value)).size).toBe(choices.length);
  });

  it('keeps a value from an address that the list does not offer', () => {
    expect(actionChoices('person.display.')).toContainEqual({
      value: 'person.display.',
      text: 'person.display.',
    });
    expect(actionChoices('person.').filter((choice) => choice.value === 'person.')).toHaveLength(1);
    expect(objectTypeChoices('Widget').at(-1)).toEqual({ value: 'Widget', text: 'Widget' });
  });

  it('names what was changed in words', () => {
    expect(objectTypeText('AgendaItem')).toBe('Agenda item');
    expect(objectTypeText('Widget')).toBe('Widget');
    expect(objectTypeChoices()[0]).toEqual({ value: '', text: 'Anything' });
    expect(objectTypeChoices()).toContainEqual({ value: 'MeetingAction', text: 'Action' });
  });
});

describe('ids by what they name', () => {
  const names = new Map([
    ['5b0c1f38-3d0b-4c57-9d0e-3f6f1c2b9a10', 'Evidence Group'],
    ['7d2e3f40-1a2b-4c3d-8e4f-5a6b7c8d9e0f', 'Helen Marsh'],
  ]);

  it('shows a known id by its name, and lists of them', () => {
    expect(changeValueText('bodyId', '"5b0c1f38-3d0b-4c57-9d0e-3f6f1c2b9a10"', names)).toBe(
      'Evidence Group',
    );
    expect(
      changeValueText(
        'namedPersonIds',
        '["7d2e3f40-1a2b-4c3d-8e4f-5a6b7c8d9e0f","0a1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d"]',
        names,
      ),
    ).toBe('Helen Marsh, 0a1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d');
    expect(
      changeParts(
        { field: 'body', before: null, after: '"5b0c1f38-3d0b-4c57-9d0e-3f6f1c2b9a10"' },
        names,
      ),
    ).toEqual({ field: 'Body', before: null, after: 'Evidence Group' });
  });
});

describe('objectHref', () => {
  it.each([
    ['Person', '/secretariat/people/a%2Fb'],
    ['Meeting', '/secretariat/meetings/a%2Fb'],
    ['Paper', '/papers/a%2Fb'],
    ['Body', null],
  ])('links a %s to %s', (objectType, href) => {
    expect(objectHref(objectType, 'a/b')).toBe(href);
  });
});
