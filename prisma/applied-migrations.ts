// Reads which migrations a database has finished, without the schema engine: a bot restarting on an
// up-to-date database (and every test starting from a migrated template) skips loading the engine.
import { existsSync } from 'node:fs'
import Database from 'better-sqlite3'
import { withConnection } from './postgres.js'
import { providerOf } from './provider.js'

const FINISHED =
  'SELECT migration_name FROM _prisma_migrations WHERE finished_at IS NOT NULL AND rolled_back_at IS NULL'

/** Names of finished migrations; null when the database has no migration table yet (or cannot be read). */
export async function finishedMigrations(databaseUrl: string): Promise<Set<string> | null> {
  try {
    const names =
      providerOf(databaseUrl) === 'postgresql'
        ? await withConnection(databaseUrl, async (c) => (await c.query<Row>(FINISHED)).rows)
        : sqliteRows(databaseUrl.replace(/^file:/, ''))
    return names && new Set(names.map((r) => r.migration_name))
  } catch {
    return null // the schema engine reports real problems, with its own messages
  }
}

interface Row {
  migration_name: string
}

function sqliteRows(file: string): Row[] | null {
  if (file === ':memory:' || !existsSync(file)) return null
  const db = new Database(file, { readonly: true })
  try {
    return db.prepare<[], Row>(FINISHED).all()
  } finally {
    db.close()
  }
}

export async function allApplied(databaseUrl: string, names: string[]): Promise<boolean> {
  const finished = await finishedMigrations(databaseUrl)
  return finished !== null && names.every((name) => finished.has(name))
}
