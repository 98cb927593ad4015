// npm run bench:temp-db — what a test database costs: migrating a fresh one (how every test started before)
// against copying one migrated template (tests/support/temp-db.ts), on SQLite and PostgreSQL; and what
// startBot's migration step costs on an up-to-date copy. PostgreSQL parts need TEST_POSTGRES_URL's server.
import { copyFileSync, mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { createDb, openDatabase } from '../prisma/client.js'
import { applyMigrations } from '../prisma/migrate.js'
import { createDatabase, dropDatabase, urlWithDatabase } from '../prisma/postgres.js'
import { requireTestPostgres } from '../scripts/test-postgres.js'

const ROUNDS = Number(process.env.ROUNDS ?? 10)
const dir = mkdtempSync(path.join(tmpdir(), 'zhibu-bench-db-'))
let n = 0

async function measure(label: string, once: () => Promise<void>): Promise<void> {
  const times: number[] = []
  for (let i = 0; i < ROUNDS; i++) {
    const t = performance.now()
    await once()
    times.push(performance.now() - t)
  }
  const sorted = [...times].sort((a, b) => a - b)
  const median = sorted[Math.floor(sorted.length / 2)] ?? 0
  console.log(`${label.padEnd(58)} first ${fmt(times[0])}  median ${fmt(median)}  max ${fmt(sorted.at(-1))}`)
}
const fmt = (ms = 0) => `${ms.toFixed(0).padStart(5)} ms`

/** A database is ready when a query on it answers. */
async function firstQuery(url: string): Promise<() => Promise<void>> {
  const db = createDb(url)
  await db.branch.count()
  return () => db.$disconnect()
}

const template = path.join(dir, 'template.db')
await applyMigrations(`file:${template}`)

console.log(`${ROUNDS} rounds each, one process (the schema engine is loaded once, as in one test file)`)
await measure('SQLite: new file, migrated (before)', async () => {
  const { db } = await openDatabase(`file:${path.join(dir, `fresh-${++n}.db`)}`)
  await db.branch.count()
  await db.$disconnect()
})
await measure('SQLite: copy of the migrated template (after)', async () => {
  const file = path.join(dir, `copy-${++n}.db`)
  copyFileSync(template, file)
  await (
    await firstQuery(`file:${file}`)
  )()
})
await measure('SQLite: startBot migration step on an up-to-date copy', async () => {
  const file = path.join(dir, `start-${++n}.db`)
  copyFileSync(template, file)
  await applyMigrations(`file:${file}`)
})

const adminUrl = await requireTestPostgres().catch((error: Error) => {
  console.log(`PostgreSQL skipped: ${error.message.split('\n')[0]}`)
  return null
})
if (adminUrl) {
  const prefix = `zhibu_bench_${process.pid}_`
  const templateName = `${prefix}template`
  await applyMigrations(await createDatabase(adminUrl, templateName))
  const fresh = async (useTemplate: boolean) => {
    const name = `${prefix}${++n}`
    const url = await createDatabase(adminUrl, name, useTemplate ? templateName : undefined)
    if (!useTemplate) await applyMigrations(url)
    await (
      await firstQuery(url)
    )()
    await dropDatabase(adminUrl, name)
  }
  await measure('PostgreSQL: new database, migrated, dropped', () => fresh(false))
  await measure('PostgreSQL: CREATE DATABASE … TEMPLATE, dropped (after)', () => fresh(true))
  await measure('PostgreSQL: startBot migration step on an up-to-date database', async () => {
    await applyMigrations(urlWithDatabase(adminUrl, templateName))
  })
  await dropDatabase(adminUrl, templateName)
}
rmSync(dir, { recursive: true, force: true })
