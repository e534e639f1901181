import { isUuid } from './ids';

describe('isUuid', () => {
  it.each([
    ['6f1c1a3e-0d7e-4c55-9a43-2f5b8f1f0c11', true],
    ['6F1C1A3E-0D7E-4C55-9A43-2F5B8F1F0C11', true],
    ['6f1c1a3e0d7e4c559a432f5b8f1f0c11', false],
    ["1' OR '1'='1", false],
    ['', false],
  ])('%s: %p', (value, expected) => {
    expect(isUuid(value)).toBe(expected);
  });
});
