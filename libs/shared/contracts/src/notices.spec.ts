import {
  NOTICE_TOPICS,
  noticeChoicesSchema,
  noticeTopicFromSlug,
  noticeTopicSlug,
} from './notices';

describe('notice topics', () => {
  it.each(NOTICE_TOPICS.map((topic) => [topic]))('%s goes to an address and back', (topic) => {
    expect(noticeTopicSlug(topic)).toMatch(/^[a-z]+(-[a-z]+)*$/);
    expect(noticeTopicFromSlug(noticeTopicSlug(topic))).toBe(topic);
  });

  it.each(['', 'PAPERS', 'papers ', 'everything', 'meeting_changes'])('%j is no topic', (slug) => {
    expect(noticeTopicFromSlug(slug)).toBeNull();
  });

  it.each([
    [{ topics: [], reminderDays: '2' }, true],
    [{ topics: ['PAPERS', 'REMINDERS'], reminderDays: 7 }, true],
    [{ topics: ['PAPERS'], reminderDays: 5 }, false],
    [{ topics: ['SPAM'], reminderDays: 2 }, false],
    [{ topics: 'PAPERS', reminderDays: 2 }, false],
    [{ topics: [], reminderDays: '' }, false],
  ])('choices %j valid: %s', (input, valid) => {
    expect(noticeChoicesSchema.safeParse(input).success).toBe(valid);
  });
});
