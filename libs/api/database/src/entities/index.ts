import { BodyEntity } from './body.entity';

export { BodyEntity };

/** Every entity, registered explicitly (no globs: they break under bundlers and ts runners). */
export const ENTITIES = [BodyEntity];
