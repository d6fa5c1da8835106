/** Whether a Prisma error is a unique-constraint violation (P2002), e.g. a number taken concurrently. */
export function isUniqueViolation(error: unknown): boolean {
  return (error as { code?: unknown } | null)?.code === 'P2002';
}
