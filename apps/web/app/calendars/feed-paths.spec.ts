import {
  ALL_MEETINGS_FEED,
  bodyFeedPath,
  feedAddress,
  feedOf,
  meetingFeedPath,
  memberFeedPath,
} from './feed-paths';

describe('calendar feed addresses', () => {
  it('names each feed as the API does', () => {
    expect(ALL_MEETINGS_FEED).toBe('/feeds/meetings.ics');
    expect(bodyFeedPath('evidence-group')).toBe('/feeds/bodies/evidence-group.ics');
    expect(meetingFeedPath('a/b')).toBe('/feeds/meetings/a%2Fb.ics');
    expect(memberFeedPath('Ab_9-')).toBe('/feeds/members/Ab_9-.ics');
    expect(feedAddress('https://boards.example.org', bodyFeedPath('design-group'))).toBe(
      'https://boards.example.org/feeds/bodies/design-group.ics',
    );
  });

  it.each([
    ['meetings.ics', { path: '/feeds/meetings.ics', asViewer: false }],
    ['bodies/evidence-group.ics', { path: '/feeds/bodies/evidence-group.ics', asViewer: false }],
    [
      'meetings/5b0c1d2e-3f40-4a5b-8c6d-7e8f9a0b1c2d.ics',
      { path: '/feeds/meetings/5b0c1d2e-3f40-4a5b-8c6d-7e8f9a0b1c2d.ics', asViewer: true },
    ],
    ['members/AbCdEf_-123.ics', { path: '/feeds/members/AbCdEf_-123.ics', asViewer: false }],
    ['bodies/evidence-group.atom', { path: '/feeds/bodies/evidence-group.atom', asViewer: false }],
    ['meetings/m1.atom', null],
    ['bodies/evidence-group', null],
    ['bodies/../secret.ics', null],
    ['bodies/a%2Fb.ics', null],
    ['people/someone.ics', null],
    ['meetings.ics/more', null],
    ['', null],
  ])('%p is %p', (path, feed) => {
    expect(feedOf(path)).toEqual(feed);
  });
});
