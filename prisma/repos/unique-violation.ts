/** Prisma's P2002: a unique constraint refused the row (another process or an earlier call was first). */
export function isUniqueViolation(error: unknown): boolean {
  return typeof error === 'object' && error !== null && (error as { code?: unknown }).code === 'P2002'
}
