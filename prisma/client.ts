// One place that builds the Prisma client. Handlers never import this; they get repositories from the context.
import { mkdirSync } from 'node:fs'
import path from 'node:path'
import { PrismaBetterSqlite3 } from '@prisma/adapter-better-sqlite3'
import { PrismaClient } from './generated/client.js'
import { applyMigrations, sqliteFileFromUrl } from './migrate.js'

export type Db = PrismaClient
export type { Prisma } from './generated/client.js'

export function createDb(databaseUrl: string): Db {
  const file = sqliteFileFromUrl(databaseUrl)
  if (file !== ':memory:') mkdirSync(path.dirname(path.resolve(file)), { recursive: true })
  return new PrismaClient({ adapter: new PrismaBetterSqlite3({ url: file, timeout: 10_000 }) })
}

/** Migrates the database to the committed schema, then connects. */
export async function openDatabase(databaseUrl: string): Promise<{ db: Db; applied: string[] }> {
  const file = sqliteFileFromUrl(databaseUrl)
  if (file !== ':memory:') mkdirSync(path.dirname(path.resolve(file)), { recursive: true })
  const applied = await applyMigrations(databaseUrl)
  const db = createDb(databaseUrl)
  await db.$connect()
  // No WAL: the schema engine of a second process on the same file then times out applying migrations.
  return { db, applied }
}
