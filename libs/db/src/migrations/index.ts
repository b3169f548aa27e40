import { Foundation1764000000000 } from './1764000000000-foundation';

/** Migrations in the order they run. `synchronize` stays off: every schema change is one of these. */
export const MIGRATIONS = [Foundation1764000000000];
