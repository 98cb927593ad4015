// One place that builds the Prisma client. Handlers never import this; they get repositories from the context.
// DATABASE_URL picks the provider: file:… is SQLite (the default), postgresql://… is PostgreSQL.
import { mkdirSync } from 'node:fs'
import path from 'node:path'
import { PrismaBetterSqlite3 } from '@prisma/adapter-better-sqlite3'
import { PrismaPg } from '@prisma/adapter-pg'
import { PrismaClient, type Prisma } from './generated/client.js'
import { PrismaClient as PostgresClient, type Prisma as PostgresPrisma } from './postgres/generated/client.js'
import { applyMigrations, sqliteFileFromUrl } from './migrate.js'
import { DEFAULT_POOL_SIZE, pgPoolConfig } from './postgres.js'
import { providerOf } from './provider.js'

/**
 * The client every caller sees, whatever the provider. Typed by the SQLite client: code written against it
 * uses only what both providers offer (no `mode: 'insensitive'`, no `skipDuplicates`).
 */
export type Db = PrismaClient
export type { Prisma } from './generated/client.js'

export interface DbOptions {
  /** PostgreSQL connections this process may hold (DATABASE_POOL_SIZE). */
  poolSize?: number
}

export function createDb(databaseUrl: string, o: DbOptions = {}): Db {
  if (providerOf(databaseUrl) === 'postgresql') {
    const adapter = new PrismaPg(pgPoolConfig(databaseUrl, o.poolSize ?? DEFAULT_POOL_SIZE))
    return asDb(new PostgresClient({ adapter }))
  }
  const file = sqliteFileFromUrl(databaseUrl)
  if (file !== ':memory:') mkdirSync(path.dirname(path.resolve(file)), { recursive: true })
  return new PrismaClient({ adapter: new PrismaBetterSqlite3({ url: file, timeout: 10_000 }) })
}

// Both clients are generated from the same models (prisma/postgres/schema.prisma is derived from
// prisma/schema.prisma and `npm test` checks it is current), so the PostgreSQL client is used through the
// one Db type. TypeScript cannot compare the two generated clients' generic methods, so it checks the
// rows instead: the same models with the same scalar fields.
type Rows<Models> = {
  [K in keyof Models]: Models[K] extends { payload: { scalars: infer Row } } ? Row : never
}
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false
const sameRows: Same<Rows<Prisma.TypeMap['model']>, Rows<PostgresPrisma.TypeMap['model']>> = true

function asDb(client: PostgresClient): Db {
  void sameRows
  return client as unknown as Db
}

/** Migrates the database to the committed schema, then connects. */
export async function openDatabase(
  databaseUrl: string,
  o: DbOptions = {},
): Promise<{ db: Db; applied: string[] }> {
  if (providerOf(databaseUrl) === 'sqlite') {
    const file = sqliteFileFromUrl(databaseUrl)
    if (file !== ':memory:') mkdirSync(path.dirname(path.resolve(file)), { recursive: true })
  }
  const applied = await applyMigrations(databaseUrl)
  const db = createDb(databaseUrl, o)
  await db.$connect()
  // No WAL: the schema engine of a second process on the same file then times out applying migrations.
  return { db, applied }
}
