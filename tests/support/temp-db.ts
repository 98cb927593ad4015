// A real, migrated database for one test: a copy of the run's template (tests/support/global-setup.ts), so
// no test pays for migrations. SQLite copies the file; PostgreSQL creates a database from the template.
import { copyFileSync, mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { inject } from 'vitest'
import { createDb, type Db } from '../../prisma/client.js'
import { applyMigrations } from '../../prisma/migrate.js'
import { createDatabase, dropDatabase } from '../../prisma/postgres.js'
import type { Provider } from '../../prisma/provider.js'
import type { DatabaseTemplates } from './database-templates.js'

export interface TempDatabase {
  db: Db
  url: string
  /** A fresh folder for the test's files (the SQLite database lives in it). */
  dir: string
  provider: Provider
  cleanup(): Promise<void>
}

function templates(): DatabaseTemplates | undefined {
  return inject('databaseTemplates')
}

/** The providers this run tests: both, or SQLite alone when SKIP_POSTGRES_TESTS=1. */
export function testProviders(): Provider[] {
  return templates()?.postgres ? ['sqlite', 'postgresql'] : ['sqlite']
}

async function migratedSqliteCopy(file: string): Promise<string> {
  if (templates()) return copySqliteTemplate(file)
  await applyMigrations(`file:${file}`) // outside vitest.config.ts: no template, migrate this one
  return `file:${file}`
}

/** Copies the migrated SQLite template to `file` (e.g. before startBot, which then has nothing to migrate). */
export function copySqliteTemplate(file: string): string {
  const template = templates()?.sqlite
  if (!template) throw new Error('no SQLite template: run the tests through vitest.config.ts (globalSetup)')
  copyFileSync(template, file)
  return `file:${file}`
}

export interface TempDatabaseOptions {
  /**
   * SQLite unless given (tests that compare providers loop over testProviders()). TEST_DATABASE_PROVIDER=postgresql
   * runs every test that takes the default on PostgreSQL instead (bots started by startMockWechat stay on SQLite).
   */
  provider?: Provider
  /** An empty database with no tables (for testing migrations themselves). */
  empty?: boolean
}

let counter = 0

function defaultProvider(): Provider {
  return process.env.TEST_DATABASE_PROVIDER === 'postgresql' ? 'postgresql' : 'sqlite'
}

export async function tempDatabase(o: TempDatabaseOptions = {}): Promise<TempDatabase> {
  const provider = o.provider ?? defaultProvider()
  const dir = mkdtempSync(path.join(tmpdir(), 'zhibu-test-'))
  const removeDir = () => rmSync(dir, { recursive: true, force: true })
  if (provider === 'sqlite') {
    const file = path.join(dir, 'test.db')
    const url = o.empty ? `file:${file}` : await migratedSqliteCopy(file)
    const db = createDb(url)
    return { db, url, dir, provider, cleanup: () => db.$disconnect().then(removeDir) }
  }
  const pg = templates()?.postgres
  if (!pg) throw new Error('PostgreSQL is not part of this run (SKIP_POSTGRES_TESTS=1): use testProviders()')
  const name = `${pg.prefix}${process.pid}_${++counter}`
  const url = await createDatabase(pg.adminUrl, name, o.empty ? undefined : pg.template)
  const db = createDb(url)
  return {
    db,
    url,
    dir,
    provider,
    async cleanup() {
      await db.$disconnect()
      await dropDatabase(pg.adminUrl, name)
      removeDir()
    },
  }
}
