import { ApiError } from '@boards/web/api-client';
import { fieldErrorsFromApi } from './api-form-errors.server';

const FIELDS = { newPassword: 'new-password', currentPassword: 'current-password' };

describe('fieldErrorsFromApi', () => {
  it('puts an error against the input of the field the API names', () => {
    const error = new ApiError([
      {
        message: 'Password must be 8 characters or more',
        extensions: { code: 'BAD_USER_INPUT', details: { field: 'newPassword' } },
      },
    ]);
    expect(fieldErrorsFromApi(error, FIELDS, 'current-password')).toEqual([
      { field: 'new-password', message: 'Password must be 8 characters or more' },
    ]);
  });

  it('lists every field of details.fields, in order', () => {
    const error = new ApiError([
      {
        message: 'Enter your current password',
        extensions: {
          code: 'BAD_USER_INPUT',
          details: {
            field: 'currentPassword',
            fields: {
              currentPassword: 'Enter your current password',
              newPassword: 'Password is too easy to guess',
            },
          },
        },
      },
    ]);
    expect(fieldErrorsFromApi(error, FIELDS, 'new-password')).toEqual([
      { field: 'current-password', message: 'Enter your current password' },
      { field: 'new-password', message: 'Password is too easy to guess' },
    ]);
  });

  it('puts an error without a field, or with an unknown one, against the fallback', () => {
    const error = new ApiError([
      {
        message: 'Too many failed attempts to sign in. Wait 15 minutes and try again',
        extensions: { code: 'TOO_MANY_REQUESTS' },
      },
      {
        message: 'Something else',
        extensions: { code: 'BAD_USER_INPUT', details: { field: 'x' } },
      },
    ]);
    expect(fieldErrorsFromApi(error, FIELDS, 'email')).toEqual([
      {
        field: 'email',
        message: 'Too many failed attempts to sign in. Wait 15 minutes and try again',
      },
    ]);
  });

  it('keeps one message per field', () => {
    const error = new ApiError([
      {
        message: 'First',
        extensions: { code: 'BAD_USER_INPUT', details: { field: 'newPassword' } },
      },
      {
        message: 'Second',
        extensions: { code: 'BAD_USER_INPUT', details: { field: 'newPassword' } },
      },
    ]);
    expect(fieldErrorsFromApi(error, FIELDS, 'email')).toEqual([
      { field: 'new-password', message: 'First' },
    ]);
  });
});
