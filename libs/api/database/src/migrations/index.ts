import { CreateBody1763900000000 } from './1763900000000-create-body';

/** Every migration in order. A new migration is added here in the same commit as its entity change. */
export const MIGRATIONS = [CreateBody1763900000000];
