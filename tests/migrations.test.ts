import { describe, expect, it } from 'vitest'
import { pendingSchemaChanges, applyMigrations } from '../prisma/migrate.js'
import { tempDatabase } from './support/temp-db.js'

describe('migrations', () => {
  it('agree with schema.prisma (no drift)', async () => {
    expect(await pendingSchemaChanges()).toBe('')
  })

  it('are applied once on a new database and never again', async () => {
    const { db, url, cleanup } = await tempDatabase()
    try {
      expect(await applyMigrations(url)).toEqual([])
      const branch = await db.branch.create({ data: { name: '测试支部' } })
      expect(await db.branch.findUnique({ where: { id: branch.id } })).toMatchObject({ name: '测试支部' })
    } finally {
      await cleanup()
    }
  })
})
