import { GraphQLError, GraphQLScalarType, Kind } from 'graphql';
import { isIsoDate } from '@boards/domain';

function parse(value: unknown): string {
  if (!isIsoDate(value)) {
    throw new GraphQLError('A date must be a real calendar date written as YYYY-MM-DD', {
      extensions: { code: 'BAD_USER_INPUT' },
    });
  }
  return value;
}

/** A calendar date without a time of day, exchanged as 'YYYY-MM-DD'. */
export const LocalDateScalar = new GraphQLScalarType<string, string>({
  name: 'LocalDate',
  description: 'A calendar date without a time, as YYYY-MM-DD (Europe/London)',
  serialize: (value) => parse(value),
  parseValue: (value) => parse(value),
  parseLiteral: (ast) => {
    if (ast.kind !== Kind.STRING) {
      throw new GraphQLError('A date must be a string written as YYYY-MM-DD', {
        extensions: { code: 'BAD_USER_INPUT' },
      });
    }
    return parse(ast.value);
  },
});
