import { retryDelayMs, shortError } from './outbox-sender.service';

describe('retryDelayMs', () => {
  it.each([
    [1, 60_000],
    [2, 120_000],
    [3, 240_000],
    [8, 128 * 60_000],
    [9, 256 * 60_000],
    [10, 6 * 3_600_000],
    [50, 6 * 3_600_000],
  ])('waits after %i failures %i ms', (failures, ms) => {
    expect(retryDelayMs(failures)).toBe(ms);
  });
});

describe('shortError', () => {
  it('keeps the first line of the message with the error name', () => {
    expect(shortError(new TypeError('bad thing\n    at somewhere'))).toBe('TypeError: bad thing');
  });

  it('cuts a long message to 300 characters', () => {
    const short = shortError(new Error('x'.repeat(5000)));
    expect(short).toHaveLength(300);
    expect(short.endsWith('…')).toBe(true);
  });

  it('describes things thrown that are not errors', () => {
    expect(shortError('refused')).toBe('Error: refused');
  });
});
