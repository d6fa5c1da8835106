import { pg_trgm } from '@electric-sql/pglite/contrib/pg_trgm';

/** The extensions the schema uses (datasource `extensions`), loaded into every PGlite. */
export const PGLITE_EXTENSIONS = { pg_trgm };
