import { copyFileSync, mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { createDb, openDatabase, type Db } from '../../prisma/client.js'

let template: Promise<string> | null = null

/**
 * Migrating a database runs the schema engine (WebAssembly), about half a second here: it is done once per test
 * file, and each test gets a copy of that file. tests/migrations.test.ts checks the migrations themselves.
 */
function migratedTemplate(): Promise<string> {
  template ??= (async () => {
    const file = path.join(mkdtempSync(path.join(tmpdir(), 'zhibu-template-')), 'template.db')
    const { db } = await openDatabase(`file:${file}`)
    await db.$disconnect()
    process.once('exit', () => rmSync(path.dirname(file), { recursive: true, force: true }))
    return file
  })()
  return template
}

/** A real, migrated SQLite file in a fresh temp folder. */
export async function tempDatabase(): Promise<{
  db: Db
  url: string
  dir: string
  cleanup(): Promise<void>
}> {
  const dir = mkdtempSync(path.join(tmpdir(), 'zhibu-test-'))
  const file = path.join(dir, 'test.db')
  copyFileSync(await migratedTemplate(), file)
  const url = `file:${file}`
  const db = createDb(url)
  await db.$connect()
  // A test database need not survive a power cut: without an fsync per write, a message costs a few ms less.
  await db.$executeRawUnsafe('PRAGMA synchronous = OFF')
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
