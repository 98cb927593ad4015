// Apply, check and write migrations with the WebAssembly schema engine (no network, no native engine).
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { PrismaBetterSqlite3 } from '@prisma/adapter-better-sqlite3'
import { migrationsDir, noFilters, withSchemaEngine, readMigrationList, readSchema } from './schema-engine.js'

export function sqliteFileFromUrl(databaseUrl: string): string {
  return databaseUrl.replace(/^file:/, '')
}

/** Applies every committed migration not yet applied; returns the names it applied. */
export async function applyMigrations(databaseUrl: string): Promise<string[]> {
  const migrationsList = await readMigrationList()
  return withSchemaEngine(
    new PrismaBetterSqlite3({ url: sqliteFileFromUrl(databaseUrl) }),
    async (engine) => {
      const { appliedMigrationNames } = await engine.applyMigrations({ migrationsList, filters: noFilters })
      return appliedMigrationNames
    },
  )
}

/** The SQL that would bring the committed migrations up to schema.prisma; empty when they agree. */
export async function pendingSchemaChanges(): Promise<string> {
  const scratch = await mkdtemp(path.join(tmpdir(), 'zhibu-shadow-'))
  const factory = new PrismaBetterSqlite3(
    { url: path.join(scratch, 'main.db') },
    { shadowDatabaseUrl: path.join(scratch, 'shadow.db') },
  )
  const migrations = await readMigrationList()
  const schema = await readSchema()
  try {
    const result = await withSchemaEngine(factory, (engine) =>
      engine.diff({
        from: { tag: 'migrations', ...migrations },
        to: { tag: 'schemaDatamodel', files: [schema] },
        script: true,
        exitCode: null,
        filters: noFilters,
      }),
    )
    const sql = (result.stdout ?? '').trim()
    return sql === '-- This is an empty migration.' ? '' : sql
  } finally {
    await rm(scratch, { recursive: true, force: true })
  }
}

function timestamp(now: Date): string {
  return now.toISOString().replace(/\D/g, '').slice(0, 14)
}

/** Writes prisma/migrations/<timestamp>_<name>/migration.sql for the pending schema changes. */
export async function createMigration(name: string, now = new Date()): Promise<string | null> {
  const sql = await pendingSchemaChanges()
  if (!sql) return null
  const folder = `${timestamp(now)}_${name.replace(/[^a-z0-9_]+/gi, '_').toLowerCase()}`
  await mkdir(path.join(migrationsDir, folder), { recursive: true })
  await writeFile(path.join(migrationsDir, folder, 'migration.sql'), `${sql}\n`)
  return folder
}
