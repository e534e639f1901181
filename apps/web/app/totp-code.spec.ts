import { codeProblem, groupsOfFour, normaliseCode } from './totp-code';

describe('normaliseCode', () => {
  it.each([
    ['123 456', '123456'],
    [' 123-456 ', '123456'],
    ['123456', '123456'],
  ])('reads %p as %p', (typed, code) => {
    expect(normaliseCode(typed)).toBe(code);
  });
});

describe('codeProblem', () => {
  it('accepts 6 digits', () => {
    expect(codeProblem('012345')).toBeUndefined();
  });

  it.each([
    ['', 'Enter the code from your authenticator app'],
    ['12345', 'Enter the code using 6 digits, like 123456'],
    ['1234567', 'Enter the code using 6 digits, like 123456'],
    ['12345a', 'Enter the code using 6 digits, like 123456'],
    ['１２３４５６', 'Enter the code using 6 digits, like 123456'],
  ])('refuses %p', (code, message) => {
    expect(codeProblem(code)).toBe(message);
  });
});

describe('groupsOfFour', () => {
  it('splits a key into groups of four, the last one shorter if need be', () => {
    expect(groupsOfFour('JBSWY3DPEHPK3PXPQ')).toEqual(['JBSW', 'Y3DP', 'EHPK', '3PXP', 'Q']);
    expect(groupsOfFour('')).toEqual([]);
  });
});
