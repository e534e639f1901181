/** A UUID, in either case: the form of every id the portal gives out. */
export const UUID_PATTERN = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * Whether `value` is a UUID: ids from addresses and inputs are checked with this before they
 * reach the API or a uuid column (which would refuse them with an error, not "none").
 */
export function isUuid(value: unknown): value is string {
  return typeof value === 'string' && UUID_PATTERN.test(value);
}
