import fc from 'fast-check';
import {
  getNamedType,
  isEnumType,
  isInputObjectType,
  isLeafType,
  isListType,
  isNonNullType,
  isObjectType,
  isInterfaceType,
  type GraphQLArgument,
  type GraphQLField,
  type GraphQLInputType,
  type GraphQLSchema,
} from 'graphql';

/**
 * fast-check arbitraries for the arguments of every query and mutation, made from the schema:
 * values of the right type (any unicode, any size up to past the limits, edge numbers, real ids
 * of other objects), and values that are wrong (other types, nulls where required, fields left
 * out or unknown ones added).
 */
export interface IdPools {
  /** Real ids by table: `meeting`, `person`, `body`… */
  byTable: Record<string, string[]>;
  /** Every real id. */
  all: string[];
  /** Real slugs, emails and other strings worth trying. */
  strings: string[];
}

/** The table an argument's ids most likely belong to, from its name and its operation's. */
export function tableFor(operation: string, argument: string): string | undefined {
  const named: Record<string, string> = {
    meetingId: 'meeting',
    approvedAtMeetingId: 'meeting',
    personId: 'person',
    presenterPersonId: 'person',
    ownerPersonId: 'person',
    bodyId: 'body',
    targetBodyId: 'body',
    fromBodyId: 'body',
    agendaItemId: 'agenda_item',
    easyReadOf: 'paper',
    supersedes: 'paper',
  };
  if (named[argument]) return named[argument];
  if (argument !== 'id') return undefined;
  const byOperation: [RegExp, string][] = [
    [/MembershipImport/, 'membership_import'],
    [/Membership|MemberRole/, 'membership'],
    [/Minutes|Meeting/, 'meeting'],
    [/Paper/, 'paper'],
    [/AgendaItem/, 'agenda_item'],
    [/TermsOfReference/, 'terms_of_reference'],
    [/CrossSeatRule/, 'cross_seat_rule'],
    [/Decision/, 'decision'],
    [/Declaration/, 'declaration_of_interest'],
    [/Invitation/, 'invitation'],
    [/Action/, 'meeting_action'],
    [/Body/, 'body'],
    [/Person|person/, 'person'],
  ];
  return byOperation.find(([pattern]) => pattern.test(operation))?.[1];
}

const hugeString = fc
  .tuple(
    fc.constantFrom('x', 'é', '😀', ' ', '<script>', '\u0000'),
    fc.integer({ min: 1, max: 40_000 }),
  )
  .map(([unit, count]) => unit.repeat(count));

const anyString = fc.oneof(
  { weight: 4, arbitrary: fc.string({ unit: 'grapheme', maxLength: 40 }) },
  { weight: 3, arbitrary: fc.string({ unit: 'binary', maxLength: 40 }) },
  { weight: 1, arbitrary: fc.string({ unit: 'grapheme-ascii', minLength: 150, maxLength: 6_000 }) },
  { weight: 1, arbitrary: hugeString },
  {
    weight: 2,
    arbitrary: fc.constantFrom(
      '',
      ' ',
      '\u0000',
      'null',
      '%00',
      "'; DROP TABLE body; --",
      '../../etc/passwd',
      '\ud800',
      '\u202e',
      '<img src=x onerror=alert(1)>',
      '**bold** [link](javascript:alert(1))',
      '9'.repeat(40),
    ),
  },
);

const wrongValue: fc.Arbitrary<unknown> = fc.oneof(
  fc.constant(null),
  fc.boolean(),
  fc.integer(),
  fc.double(),
  fc.string({ maxLength: 10 }),
  fc.constant({}),
  fc.constant([]),
  fc.array(fc.integer(), { maxLength: 3 }),
  fc.dictionary(fc.string({ maxLength: 5 }), fc.string({ maxLength: 5 }), { maxKeys: 3 }),
);

function isoDate(min: string, max: string): fc.Arbitrary<string> {
  return fc
    .date({
      min: new Date(`${min}T00:00:00Z`),
      max: new Date(`${max}T00:00:00Z`),
      noInvalidDate: true,
    })
    .map((date) => date.toISOString().slice(0, 10));
}

function scalarArbitrary(
  name: string,
  operation: string,
  argument: string,
  pools: IdPools,
): fc.Arbitrary<unknown> {
  switch (name) {
    case 'Int':
      if (/version/i.test(argument)) {
        return fc.oneof(
          { weight: 6, arbitrary: fc.integer({ min: 0, max: 4 }) },
          { weight: 1, arbitrary: fc.constantFrom(-1, 2 ** 31 - 1, 2 ** 31, -(2 ** 31) - 1) },
        );
      }
      return fc.oneof(
        { weight: 4, arbitrary: fc.integer({ min: -3, max: 120 }) },
        { weight: 2, arbitrary: fc.integer() },
        { weight: 1, arbitrary: fc.constantFrom(2 ** 31, -(2 ** 31) - 1, 1.5, 1e308, -0) },
      );
    case 'Float':
      return fc.double();
    case 'Boolean':
      return fc.boolean();
    case 'ID': {
      const table = tableFor(operation, argument);
      const typed = table ? (pools.byTable[table] ?? []) : [];
      return fc.oneof(
        ...(typed.length ? [{ weight: 6, arbitrary: fc.constantFrom(...typed) }] : []),
        { weight: 3, arbitrary: fc.constantFrom(...pools.all) },
        { weight: 1, arbitrary: fc.uuid() },
        { weight: 1, arbitrary: anyString },
      );
    }
    case 'LocalDate':
      return fc.oneof(
        { weight: 5, arbitrary: isoDate('2020-01-01', '2028-12-31') },
        { weight: 1, arbitrary: isoDate('0001-01-01', '9999-12-31') },
        {
          weight: 1,
          arbitrary: fc.constantFrom('2026-02-30', '2026-13-01', '26-1-1', '2026-11-24T10:00', ''),
        },
        { weight: 1, arbitrary: anyString },
      );
    case 'DateTime':
      return fc.oneof(
        {
          weight: 5,
          arbitrary: fc
            .date({
              min: new Date('2020-01-01T00:00:00Z'),
              max: new Date('2028-12-31T00:00:00Z'),
              noInvalidDate: true,
            })
            .map((date) => date.toISOString()),
        },
        { weight: 1, arbitrary: fc.constantFrom('2026-11-24', '2026-11-24T25:00:00Z', '0') },
        { weight: 1, arbitrary: anyString },
      );
    default:
      // String, and any scalar not named above.
      return fc.oneof(
        { weight: 5, arbitrary: anyString },
        { weight: 2, arbitrary: fc.constantFrom(...pools.strings) },
      );
  }
}

/** A value for `type`: mostly of that type, sometimes a wrong one. */
export function valueArbitrary(
  type: GraphQLInputType,
  operation: string,
  argument: string,
  pools: IdPools,
  depth = 0,
): fc.Arbitrary<unknown> {
  const right = rightValue(type, operation, argument, pools, depth);
  return fc.oneof({ weight: 12, arbitrary: right }, { weight: 1, arbitrary: wrongValue });
}

function rightValue(
  type: GraphQLInputType,
  operation: string,
  argument: string,
  pools: IdPools,
  depth: number,
): fc.Arbitrary<unknown> {
  if (isNonNullType(type)) return rightValue(type.ofType, operation, argument, pools, depth);
  if (isListType(type)) {
    const item = valueArbitrary(type.ofType, operation, argument, pools, depth + 1);
    return fc.oneof(
      { weight: 6, arbitrary: fc.array(item, { maxLength: 4 }) },
      { weight: 1, arbitrary: fc.array(item, { minLength: 50, maxLength: 300 }) },
    );
  }
  if (isEnumType(type)) {
    const values = type.getValues().map((value) => value.name);
    return fc.oneof(
      { weight: 8, arbitrary: fc.constantFrom(...values) },
      { weight: 1, arbitrary: anyString },
    );
  }
  if (isInputObjectType(type)) {
    if (depth > 4) return fc.constant({});
    const fields = Object.values(type.getFields());
    const shape: Record<string, fc.Arbitrary<unknown>> = {};
    for (const field of fields) {
      shape[field.name] = valueArbitrary(field.type, operation, field.name, pools, depth + 1);
    }
    const required = fields.filter((field) => isNonNullType(field.type)).map((f) => f.name);
    return fc
      .tuple(
        fc.record(shape, { requiredKeys: required }),
        // Now and then a required field is left out, or an unknown one added.
        fc.option(fc.constantFrom(...fields.map((f) => f.name)), { freq: 12 }),
        fc.option(fc.string({ minLength: 1, maxLength: 8 }), { freq: 15 }),
      )
      .map(([record, drop, extra]) => {
        const value: Record<string, unknown> = { ...record };
        if (drop !== null) delete value[drop];
        if (extra !== null) value[`${extra}_`] = 'unknown';
        return value;
      });
  }
  if (isLeafType(type)) return scalarArbitrary(type.name, operation, argument, pools);
  return wrongValue;
}

export interface GeneratedCall {
  kind: 'query' | 'mutation';
  operation: string;
  document: string;
  variables: Record<string, unknown>;
}

/** Scalar fields of the operation's result that need no arguments: what the fuzzer asks for. */
function selectionFor(field: GraphQLField<unknown, unknown>): string {
  const type = getNamedType(field.type);
  if (isLeafType(type)) return '';
  if (!isObjectType(type) && !isInterfaceType(type)) return ' { __typename }';
  const leaves = Object.values(type.getFields())
    .filter(
      (child) =>
        isLeafType(getNamedType(child.type)) && child.args.every((a) => !isNonNullType(a.type)),
    )
    .map((child) => child.name);
  return ` { __typename ${leaves.join(' ')} }`;
}

function argumentsArbitrary(
  operation: string,
  args: readonly GraphQLArgument[],
  pools: IdPools,
): fc.Arbitrary<Record<string, unknown>> {
  const shape: Record<string, fc.Arbitrary<unknown>> = {};
  for (const argument of args) {
    shape[argument.name] = valueArbitrary(argument.type, operation, argument.name, pools);
  }
  const required = args.filter((a) => isNonNullType(a.type)).map((a) => a.name);
  return fc
    .tuple(
      fc.record(shape, { requiredKeys: required }),
      fc.option(fc.constantFrom(...args.map((a) => a.name), '-'), { freq: 15 }),
    )
    .map(([values, drop]) => {
      const variables: Record<string, unknown> = { ...values };
      if (drop !== null) delete variables[drop];
      return variables;
    });
}

/** One arbitrary per root field of Query and Mutation, keyed by field name. */
export function callArbitraries(
  schema: GraphQLSchema,
  pools: IdPools,
): Map<string, fc.Arbitrary<GeneratedCall>> {
  const calls = new Map<string, fc.Arbitrary<GeneratedCall>>();
  for (const kind of ['query', 'mutation'] as const) {
    const root = kind === 'query' ? schema.getQueryType() : schema.getMutationType();
    for (const field of Object.values(root?.getFields() ?? {})) {
      const declared = field.args.map((a) => `$${a.name}: ${String(a.type)}`).join(', ');
      const passed = field.args.map((a) => `${a.name}: $${a.name}`).join(', ');
      const document =
        `${kind} Fuzz${declared ? `(${declared})` : ''} ` +
        `{ ${field.name}${passed ? `(${passed})` : ''}${selectionFor(field)} }`;
      calls.set(
        field.name,
        argumentsArbitrary(field.name, field.args, pools).map((variables) => ({
          kind,
          operation: field.name,
          document,
          variables,
        })),
      );
    }
  }
  return calls;
}

/** Every input type's name reachable from the arguments of root fields (to show coverage). */
export function argumentCount(schema: GraphQLSchema): number {
  let count = 0;
  for (const root of [schema.getQueryType(), schema.getMutationType()]) {
    for (const field of Object.values(root?.getFields() ?? {})) count += field.args.length;
  }
  return count;
}
