// Two administrators creating the same name at the same moment both pass the service's check;
// the database's unique index then refuses one. That is a 409 DUPLICATE, not a 500.

/** Whether a write collided with a unique index (P2002); the caller re-reads to say which. */
export function isUniqueViolation(error: unknown): boolean {
  return (error as { code?: unknown } | null)?.code === 'P2002';
}
