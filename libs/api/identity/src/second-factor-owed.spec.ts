import { secondFactorOwed } from './sessions.service';

describe('secondFactorOwed', () => {
  it.each([
    // grants, has an app, staff must have one → owed
    [[], false, true, null],
    [[], true, true, 'TOTP'],
    [[], true, false, 'TOTP'],
    [['SECRETARIAT'], false, true, 'TOTP_SETUP'],
    [['ADMIN'], false, true, 'TOTP_SETUP'],
    [['SECRETARIAT', 'ADMIN'], true, true, 'TOTP'],
    [['SECRETARIAT'], false, false, null],
    [['ADMIN'], true, false, 'TOTP'],
  ] as const)('%j with app %p, required %p: %p', (grants, totpEnabled, required, owed) => {
    expect(secondFactorOwed({ grants, totpEnabled }, required)).toBe(owed);
  });
});
