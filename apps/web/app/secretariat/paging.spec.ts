import { cursorOf, pageHref } from './paging';

describe('paging', () => {
  it('keeps the filters, leaves blanks out, and adds the cursor', () => {
    expect(pageHref('/secretariat/people', { search: 'amara', other: '' }, 'abc')).toBe(
      '/secretariat/people?search=amara&after=abc',
    );
    expect(pageHref('/secretariat/people', {})).toBe('/secretariat/people');
  });

  it('takes a plausible cursor from the query only', () => {
    expect(cursorOf(new URLSearchParams('after=abc'))).toBe('abc');
    expect(cursorOf(new URLSearchParams('after='))).toBeUndefined();
    expect(cursorOf(new URLSearchParams(`after=${'x'.repeat(201)}`))).toBeUndefined();
  });
});
