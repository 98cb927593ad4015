import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { openDatabase, type Db } from '../../prisma/client.js'

/** A real, migrated SQLite file in a fresh temp folder. */
export async function tempDatabase(): Promise<{
  db: Db
  url: string
  dir: string
  cleanup(): Promise<void>
}> {
  const dir = mkdtempSync(path.join(tmpdir(), 'zhibu-test-'))
  const url = `file:${path.join(dir, 'test.db')}`
  const { db } = await openDatabase(url)
  return {
    db,
    url,
    dir,
    async cleanup() {
      await db.$disconnect()
      rmSync(dir, { recursive: true, force: true })
    },
  }
}
