/** Interactive transactions wait for a connection (PGlite has one) and must not hang forever. */
export const TX_OPTIONS = { maxWait: 10_000, timeout: 20_000 } as const;
