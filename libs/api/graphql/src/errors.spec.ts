import { BadRequestException, ForbiddenException, NotFoundException } from '@nestjs/common';
import { GraphQLError } from 'graphql';
import { DomainError } from '@boards/domain';
import { formatGraphqlError, toSafeError } from './errors';

describe('toSafeError', () => {
  beforeAll(() => jest.spyOn(console, 'error').mockImplementation(() => undefined));

  it.each([
    [
      'a domain error',
      new DomainError('CROSS_SEAT_RULE', 'Two seats are already held', { held: 2 }),
      'CROSS_SEAT_RULE',
      'Two seats are already held',
    ],
    ['a 400 from Nest', new BadRequestException('Bad'), 'BAD_USER_INPUT', 'Bad'],
    ['a 403 from Nest', new ForbiddenException('No'), 'FORBIDDEN', 'No'],
    ['a 404 from Nest', new NotFoundException('Gone'), 'NOT_FOUND', 'Gone'],
    [
      'a coded GraphQL error',
      new GraphQLError('Too deep', { extensions: { code: 'QUERY_TOO_COMPLEX' } }),
      'QUERY_TOO_COMPLEX',
      'Too deep',
    ],
    [
      'an Apollo validation error',
      new GraphQLError('Cannot query field', { extensions: { code: 'GRAPHQL_VALIDATION_FAILED' } }),
      'BAD_USER_INPUT',
      'Cannot query field',
    ],
    [
      'PostgreSQL refusing a NUL character in text (as TypeORM wraps it)',
      Object.assign(new Error('invalid byte sequence for encoding "UTF8": 0x00'), {
        driverError: { code: '22021' },
      }),
      'BAD_USER_INPUT',
      'Text may not contain the NUL character (0x00)',
    ],
    [
      'PostgreSQL refusing an untranslatable character (from pg itself)',
      Object.assign(new Error('character cannot be translated'), { code: '22P05' }),
      'BAD_USER_INPUT',
      'Text may not contain the NUL character (0x00)',
    ],
    [
      'another PostgreSQL error',
      Object.assign(new Error('value too long for type character varying(200)'), {
        driverError: { code: '22001' },
      }),
      'INTERNAL_SERVER_ERROR',
      'Sorry, there is a problem with the service',
    ],
    [
      'an unexpected error',
      new Error('relation "secret_table" does not exist'),
      'INTERNAL_SERVER_ERROR',
      'Sorry, there is a problem with the service',
    ],
    [
      'a thrown string',
      'boom',
      'INTERNAL_SERVER_ERROR',
      'Sorry, there is a problem with the service',
    ],
  ])('maps %s', (_label, error, code, message) => {
    expect(toSafeError(error)).toMatchObject({ code, message });
  });

  it('keeps the details of a domain error', () => {
    expect(toSafeError(new DomainError('BAD_USER_INPUT', 'x', { field: 'slug' })).details).toEqual({
      field: 'slug',
    });
  });
});

describe('formatGraphqlError', () => {
  beforeAll(() => jest.spyOn(console, 'error').mockImplementation(() => undefined));

  it('hides the internals of an unexpected resolver error', () => {
    const located = new GraphQLError('connect ECONNREFUSED 10.0.0.5:5432', {
      path: ['bodies'],
      originalError: new Error('connect ECONNREFUSED 10.0.0.5:5432'),
    });
    const formatted = formatGraphqlError(
      {
        message: located.message,
        path: ['bodies'],
        extensions: { code: 'INTERNAL_SERVER_ERROR', stacktrace: ['at x'] },
      },
      located,
    );
    expect(formatted).toEqual({
      message: 'Sorry, there is a problem with the service',
      path: ['bodies'],
      extensions: { code: 'INTERNAL_SERVER_ERROR' },
    });
  });

  it('passes on a domain error thrown inside a resolver', () => {
    const located = new GraphQLError('x', {
      originalError: new DomainError('MEMBERSHIP_OVERLAP', 'Overlaps'),
    });
    expect(formatGraphqlError({ message: 'x' }, located)).toEqual({
      message: 'Overlaps',
      extensions: { code: 'MEMBERSHIP_OVERLAP' },
    });
  });
});
