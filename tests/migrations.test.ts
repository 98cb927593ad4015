// Migrations for both providers: applied once, never again, and exactly once when processes race.
// (Drift between schema and migrations is checked by scripts/check-migrations.ts in npm test.)
import { fork, type ChildProcess } from 'node:child_process'
import { once } from 'node:events'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { applyMigrations } from '../prisma/migrate.js'
import { providerFiles, type Provider } from '../prisma/provider.js'
import { readMigrationList } from '../prisma/schema-engine.js'
import { tempDatabase, testProviders } from './support/temp-db.js'

async function committedMigrations(provider: Provider): Promise<string[]> {
  const list = await readMigrationList(providerFiles[provider].migrationsDir)
  return list.migrationDirectories.map((d) => d.path)
}

type WorkerReply = { applied: string[] } | { error: string }
let workers: ChildProcess[] = []

/** Three processes, each with the schema engine loaded, waiting for a database URL. */
beforeAll(async () => {
  const worker = path.join(import.meta.dirname, 'support', 'migrate-worker.ts')
  workers = Array.from({ length: 3 }, () => fork(worker, { execArgv: ['--import', 'tsx'], stdio: 'inherit' }))
  await Promise.all(workers.map((w) => once(w, 'message')))
})
afterAll(() => workers.forEach((w) => w.kill()))

/** Sends `url` to every worker at once (the barrier) and collects what each applied. */
async function applyFromAllWorkers(url: string): Promise<WorkerReply[]> {
  const replies = workers.map(async (w) => (await once(w, 'message'))[0] as WorkerReply)
  for (const w of workers) w.send(url)
  return Promise.all(replies)
}

describe.each(testProviders())('migrations on %s', (provider) => {
  it('are applied once on a new database and never again', async () => {
    const { db, url, cleanup } = await tempDatabase({ provider, empty: true })
    try {
      expect(await applyMigrations(url)).toEqual(await committedMigrations(provider))
      expect(await applyMigrations(url)).toEqual([])
      const branch = await db.branch.create({ data: { name: '测试支部' } })
      expect(await db.branch.findUnique({ where: { id: branch.id } })).toMatchObject({ name: '测试支部' })
    } finally {
      await cleanup()
    }
  })

  it('are applied exactly once when three processes start on a new database at the same moment', async () => {
    const { db, url, cleanup } = await tempDatabase({ provider, empty: true })
    try {
      const replies = await applyFromAllWorkers(url)
      const applied = replies.flatMap((r) => ('applied' in r ? r.applied : [r.error]))
      expect(applied.sort()).toEqual(await committedMigrations(provider))
      expect(await db.outboundMessage.count()).toBe(0)
    } finally {
      await cleanup()
    }
  })
})
