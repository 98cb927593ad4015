// Apply, check and write migrations with the WebAssembly schema engine (no network, no native engine), for
// SQLite (prisma/migrations) and PostgreSQL (prisma/postgres/migrations).
import { randomUUID } from 'node:crypto'
import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { PrismaBetterSqlite3 } from '@prisma/adapter-better-sqlite3'
import Database from 'better-sqlite3'
import { PrismaPg } from '@prisma/adapter-pg'
import type { SqlMigrationAwareDriverAdapterFactory } from '@prisma/driver-adapter-utils'
import type { DiffTarget } from '@prisma/schema-engine-wasm'
import { allApplied } from './applied-migrations.js'
import { catalogReadablePool, createDatabase, dropDatabase, pgPoolConfig } from './postgres.js'
import { providerFiles, providerOf, type Provider } from './provider.js'
import {
  noFilters,
  readMigrationList,
  readSchema,
  withSchemaEngine,
  type SchemaFile,
} from './schema-engine.js'

export function sqliteFileFromUrl(databaseUrl: string): string {
  return databaseUrl.replace(/^file:/, '')
}

function liveAdapterFactory(databaseUrl: string): SqlMigrationAwareDriverAdapterFactory {
  return providerOf(databaseUrl) === 'postgresql'
    ? new PrismaPg(pgPoolConfig(databaseUrl, 1))
    : new PrismaBetterSqlite3({ url: sqliteFileFromUrl(databaseUrl) })
}

/**
 * Applies every committed migration not yet applied; returns the names it applied. Safe when several
 * processes start at once (on PostgreSQL the engine serialises them with a lock; the later ones apply none).
 */
export async function applyMigrations(databaseUrl: string): Promise<string[]> {
  const provider = providerOf(databaseUrl)
  const migrationsList = await readMigrationList(providerFiles[provider].migrationsDir)
  const names = migrationsList.migrationDirectories.map((d) => d.path)
  if (await allApplied(databaseUrl, names)) return []
  const schema = await readSchema(provider)
  const apply = () =>
    withSchemaEngine(liveAdapterFactory(databaseUrl), schema, async (engine) => {
      const { appliedMigrationNames } = await engine.applyMigrations({ migrationsList, filters: noFilters })
      return appliedMigrationNames
    })
  return provider === 'sqlite' ? withSqliteMigrationLock(sqliteFileFromUrl(databaseUrl), apply) : apply()
}

/**
 * On PostgreSQL the engine takes a lock; on SQLite it does not, and two processes applying at once deadlock
 * (both read, then both want to write). They take turns here: an IMMEDIATE transaction on a lock file beside
 * the database, released when the work ends or the process dies. Waiting blocks this process (at start only).
 */
async function withSqliteMigrationLock<T>(file: string, work: () => Promise<T>): Promise<T> {
  if (file === ':memory:') return work()
  const lock = new Database(`${file}.migrate-lock`, { timeout: 120_000 })
  try {
    lock.exec('BEGIN IMMEDIATE')
    return await work()
  } finally {
    lock.close() // rolls the lock transaction back
  }
}

const EMPTY_MIGRATION = '-- This is an empty migration.'

/** The SQL from `from` to the schema `to`; empty when there is nothing to do. */
export async function diffScript(
  factory: SqlMigrationAwareDriverAdapterFactory,
  from: DiffTarget,
  to: SchemaFile,
): Promise<string> {
  const result = await withSchemaEngine(factory, to, (engine) =>
    engine.diff({
      from,
      to: { tag: 'schemaDatamodel', files: [to] },
      script: true,
      exitCode: null,
      filters: noFilters,
    }),
  )
  const sql = (result.stdout ?? '').trim()
  return sql === EMPTY_MIGRATION ? '' : sql
}

export interface DriftOptions {
  /** PostgreSQL only: a server where a scratch database may be created (and dropped) to replay the migrations. */
  postgresAdminUrl?: string
}

/**
 * The SQL that would bring the provider's committed migrations up to its schema; empty when they agree.
 * The migrations are replayed on a scratch database: two SQLite files, or a throw-away PostgreSQL database.
 */
export async function pendingSchemaChanges(provider: Provider, o: DriftOptions = {}): Promise<string> {
  const { migrationsDir } = providerFiles[provider]
  const from: DiffTarget = { tag: 'migrations', ...(await readMigrationList(migrationsDir)) }
  const schema = await readSchema(provider)
  return withScratchDatabase(provider, o, (factory) => diffScript(factory, from, schema))
}

async function withScratchDatabase<T>(
  provider: Provider,
  o: DriftOptions,
  work: (factory: SqlMigrationAwareDriverAdapterFactory) => Promise<T>,
): Promise<T> {
  if (provider === 'sqlite') {
    const scratch = await mkdtemp(path.join(tmpdir(), 'zhibu-shadow-'))
    try {
      return await work(
        new PrismaBetterSqlite3(
          { url: path.join(scratch, 'main.db') },
          { shadowDatabaseUrl: path.join(scratch, 'shadow.db') },
        ),
      )
    } finally {
      await rm(scratch, { recursive: true, force: true })
    }
  }
  if (!o.postgresAdminUrl) throw new Error('checking PostgreSQL migrations needs a server (postgresAdminUrl)')
  // adapter-pg's own shadow database would connect to the main database when given a connection
  // string, and drops it before closing its pool: the scratch database is made and dropped here.
  const name = `zhibu_shadow_${randomUUID().replace(/-/g, '')}`
  const url = await createDatabase(o.postgresAdminUrl, name)
  const connect = () => new PrismaPg(catalogReadablePool(url), { disposeExternalPool: true }).connect()
  try {
    return await work({
      provider: 'postgres',
      adapterName: '@prisma/adapter-pg',
      connect,
      connectToShadowDb: connect,
    })
  } finally {
    await dropDatabase(o.postgresAdminUrl, name)
  }
}
