import { formatLocalDate } from './dates';

describe('formatLocalDate', () => {
  it.each([
    ['2021-03-15', '15 March 2021'],
    ['2021-03-28', '28 March 2021'], // the day the clocks go forward
    ['2021-10-31', '31 October 2021'], // the day the clocks go back
    ['2024-02-29', '29 February 2024'],
    ['2021-01-01', '1 January 2021'],
    ['2021-12-31', '31 December 2021'],
  ])('shows %s as %s', (value, expected) => {
    expect(formatLocalDate(value)).toBe(expected);
  });

  it.each(['2021-3-15', '15/03/2021', '2021-03-15T00:00:00Z', '', '2021-02-29', '2021-13-01'])(
    'rejects %p',
    (value) => {
      expect(() => formatLocalDate(value)).toThrow(RangeError);
    },
  );
});
