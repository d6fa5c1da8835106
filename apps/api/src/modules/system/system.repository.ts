import type { PrismaClient } from '../../generated/prisma/client.ts';

/** One round trip to the database (the health check). */
export async function pingDatabase(db: PrismaClient): Promise<void> {
  await db.$queryRaw`SELECT 1`;
}
