import type { DeepPartial } from 'typeorm';
import type { BodyEntity } from '../entities';

let sequence = 0;
const next = () => ++sequence;

/** A valid body with sensible defaults; tests and the demo seed override what matters to them. */
export function buildBody(overrides: DeepPartial<BodyEntity> = {}): DeepPartial<BodyEntity> {
  const n = next();
  return {
    slug: `body-${n}`,
    name: `Body ${n}`,
    kind: 'GROUP',
    purpose: `Advises the review on topic ${n}.`,
    establishedOn: '2021-04-01',
    dissolvedOn: null,
    ...overrides,
  };
}
