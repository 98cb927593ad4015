// One migrated template database per provider per test run; every test database is a copy of it.
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { applyMigrations } from '../../prisma/migrate.js'
import { createDatabase, databaseNameOf, withConnection } from '../../prisma/postgres.js'
import { requireTestPostgres, SKIPPED_WARNING } from '../../scripts/test-postgres.js'

export interface DatabaseTemplates {
  /** A migrated SQLite file: tests copy it. */
  sqlite: string
  /** A migrated PostgreSQL database: tests CREATE DATABASE … TEMPLATE it. null when skipped. */
  postgres: { adminUrl: string; template: string; prefix: string } | null
}

declare module 'vitest' {
  export interface ProvidedContext {
    databaseTemplates: DatabaseTemplates
  }
}

export async function createTemplates(): Promise<{ templates: DatabaseTemplates; dispose(): Promise<void> }> {
  const dir = mkdtempSync(path.join(tmpdir(), 'zhibu-template-'))
  const sqlite = path.join(dir, 'template.db')
  await applyMigrations(`file:${sqlite}`)
  const prefix = `zhibu_test_${Date.now().toString(36)}_${process.pid}`
  let postgres: DatabaseTemplates['postgres'] = null
  const adminUrl = await requireTestPostgres()
  if (adminUrl) {
    postgres = { adminUrl, template: `${prefix}_template`, prefix: `${prefix}_` }
    await applyMigrations(await createDatabase(adminUrl, postgres.template))
  } else console.warn(SKIPPED_WARNING)
  return {
    templates: { sqlite, postgres },
    async dispose() {
      rmSync(dir, { recursive: true, force: true })
      if (postgres) await dropDatabasesStartingWith(postgres.adminUrl, prefix)
    },
  }
}

/** Drops the run's template and any test database a crashed test left behind. */
async function dropDatabasesStartingWith(adminUrl: string, prefix: string): Promise<void> {
  await withConnection(adminUrl, async (c) => {
    const { rows } = await c.query<{ datname: string }>(
      'SELECT datname FROM pg_database WHERE starts_with(datname, $1) AND datname <> $2',
      [prefix, databaseNameOf(adminUrl)],
    )
    for (const { datname } of rows) await c.query(`DROP DATABASE IF EXISTS "${datname}" WITH (FORCE)`)
  })
}
