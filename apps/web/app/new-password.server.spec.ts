import { newPasswordErrors } from './new-password.server';

describe('newPasswordErrors', () => {
  it('accepts a long phrase typed twice', () => {
    const phrase = 'correct horse battery staple';
    expect(newPasswordErrors(phrase, phrase)).toEqual([]);
  });

  it('asks for both fields', () => {
    expect(newPasswordErrors('', '')).toEqual([
      { field: 'password', message: 'Enter a password' },
      { field: 'confirmPassword', message: 'Confirm your password' },
    ]);
  });

  it('counts characters, not bytes: 8 emoji are long enough, 7 letters are not', () => {
    expect(newPasswordErrors('🙂🙂🙂🙂🙂🙂🙂🙂', '🙂🙂🙂🙂🙂🙂🙂🙂')).toEqual([]);
    expect(newPasswordErrors('abcdefg', 'abcdefg')).toEqual([
      { field: 'password', message: 'Password must be 8 characters or more' },
    ]);
  });

  it('refuses a password over the maximum', () => {
    const long = 'a'.repeat(129);
    expect(newPasswordErrors(long, long)).toEqual([
      { field: 'password', message: 'Password must be 128 characters or fewer' },
    ]);
  });

  it('says when the confirmation differs, spaces included', () => {
    expect(newPasswordErrors('a long phrase', 'a long phrase ')).toEqual([
      {
        field: 'confirmPassword',
        message: 'The passwords do not match. Enter the same password twice',
      },
    ]);
  });
});
