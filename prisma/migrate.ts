// Apply, check and write migrations with the WebAssembly schema engine (no network, no native engine), for
// SQLite (prisma/migrations) and PostgreSQL (prisma/postgres/migrations).
import { randomUUID } from 'node:crypto'
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { PrismaBetterSqlite3 } from '@prisma/adapter-better-sqlite3'
import { PrismaPg } from '@prisma/adapter-pg'
import type { SqlMigrationAwareDriverAdapterFactory } from '@prisma/driver-adapter-utils'
import type { DiffTarget } from '@prisma/schema-engine-wasm'
import { allApplied } from './applied-migrations.js'
import { catalogReadablePool, createDatabase, dropDatabase, pgPoolConfig } from './postgres.js'
import { postgresSchemaFrom, providerFiles, providerOf, type Provider } from './provider.js'
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
  return withSchemaEngine(liveAdapterFactory(databaseUrl), await readSchema(provider), async (engine) => {
    const { appliedMigrationNames } = await engine.applyMigrations({ migrationsList, filters: noFilters })
    return appliedMigrationNames
  })
}

const EMPTY_MIGRATION = '-- This is an empty migration.'

async function diffScript(
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

/**
 * Diff between two PostgreSQL schemas without any server. The engine wants a connection even for a
 * schema-to-schema diff (a PostgreSQL adapter asks the server its version); the SQL comes from the schemas'
 * provider, so an in-memory SQLite connection serves.
 */
async function postgresDiff(from: SchemaFile | null, to: SchemaFile): Promise<string> {
  const unused = new PrismaBetterSqlite3({ url: ':memory:' })
  return diffScript(unused, from ? { tag: 'schemaDatamodel', files: [from] } : { tag: 'empty' }, to)
}

async function readIfExists(file: string): Promise<SchemaFile | null> {
  return readFile(file, 'utf8').then(
    (content) => ({ path: file, content }),
    () => null,
  )
}

/** prisma/postgres/schema.prisma as schema.prisma says it should be now. */
export async function expectedPostgresSchema(): Promise<SchemaFile> {
  const sqlite = await readSchema('sqlite')
  return { path: providerFiles.postgresql.schemaPath, content: postgresSchemaFrom(sqlite.content) }
}

export async function postgresSchemaIsCurrent(): Promise<boolean> {
  const committed = await readIfExists(providerFiles.postgresql.schemaPath)
  return committed?.content === (await expectedPostgresSchema()).content
}

function timestamp(now: Date): string {
  return now.toISOString().replace(/\D/g, '').slice(0, 14)
}

async function writeLockFile(migrationsDir: string, provider: Provider): Promise<void> {
  const lockFile = path.join(migrationsDir, 'migration_lock.toml')
  if (await readIfExists(lockFile)) return
  const header =
    '# Please do not edit this file manually\n# It should be added in your version-control system (e.g., Git)\n'
  await writeFile(lockFile, `${header}provider = "${provider}"\n`)
}

export interface CreatedMigration {
  /** The folder name, the same under both migrations folders; null when no SQL was needed. */
  folder: string | null
  providers: Provider[]
  postgresSchemaUpdated: boolean
}

/**
 * Writes `<timestamp>_<name>/migration.sql` for the pending schema changes, for both providers, and
 * rewrites prisma/postgres/schema.prisma. All offline: the SQLite one replays the migrations on scratch
 * files; the PostgreSQL one diffs the previous PostgreSQL copy (what its migrations produce, which
 * `npm test` checks) against the new one.
 */
export async function createMigration(name: string, now = new Date()): Promise<CreatedMigration> {
  const previous = await readIfExists(providerFiles.postgresql.schemaPath)
  const next = await expectedPostgresSchema()
  const scripts: Record<Provider, string> = {
    sqlite: await pendingSchemaChanges('sqlite'),
    postgresql: await postgresDiff(previous, next),
  }
  const providers = (Object.keys(scripts) as Provider[]).filter((p) => scripts[p])
  const folder = providers.length
    ? `${timestamp(now)}_${name.replace(/[^a-z0-9_]+/gi, '_').toLowerCase()}`
    : null
  for (const provider of providers) {
    const { migrationsDir } = providerFiles[provider]
    await mkdir(path.join(migrationsDir, folder ?? ''), { recursive: true })
    await writeFile(path.join(migrationsDir, folder ?? '', 'migration.sql'), `${scripts[provider]}\n`)
    await writeLockFile(migrationsDir, provider)
  }
  const postgresSchemaUpdated = previous?.content !== next.content
  if (postgresSchemaUpdated) {
    await mkdir(path.dirname(next.path), { recursive: true })
    await writeFile(next.path, next.content)
  }
  return { folder, providers, postgresSchemaUpdated }
}
