import { isUuid } from './ids';

const ID = '3f1c2a4b-5d6e-4f70-8a91-b2c3d4e5f607';

describe('isUuid', () => {
  it.each([
    ['5b0c1f38-3d0b-4c57-9d0e-3f6f1c2b9a10', true],
    [ID, true],
    [ID.toUpperCase(), true],
    ['not-an-id', false],
    [undefined, false],
    ['5b0c1f38-3d0b-4c57-9d0e-3f6f1c2b9a1', false],
    [`${ID}x`, false],
    [42, false],
  ])('knows whether %s is a UUID', (value, expected) => {
    expect(isUuid(value)).toBe(expected);
  });
});
