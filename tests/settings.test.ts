import { afterEach, beforeEach, expect, it } from 'vitest'
import { settingsHandler } from '../handlers/core/settings.js'
import { fakeContext } from './support/fake-context.js'
import { tempDatabase } from './support/temp-db.js'

let temp: Awaited<ReturnType<typeof tempDatabase>>
beforeEach(async () => {
  temp = await tempDatabase()
})
afterEach(async () => temp.cleanup())

async function run(args: string) {
  const branch = await temp.db.branch.findFirstOrThrow()
  const ctx = fakeContext({ db: temp.db, role: 'secretary', branch, args })
  await settingsHandler.run(ctx)
  return ctx
}

it('shows the branch rules, turns one on, and records who did it', async () => {
  await temp.db.branch.create({ data: { name: '测试支部' } })
  expect((await run('')).out.texts()[0]).toContain('请假需补课：关')

  const ctx = await run('请假需补课 开')
  expect(ctx.out.texts()[0]).toContain('已开启「请假需补课」')
  expect(await temp.db.branch.findFirstOrThrow()).toMatchObject({
    makeupIncludesLeave: true,
    privateReminders: false,
  })
  expect(ctx.audits).toEqual(['支部设置:ok:请假需补课=开'])
})

it('explains the syntax and changes nothing on a wrong setting', async () => {
  await temp.db.branch.create({ data: { name: '测试支部' } })
  const ctx = await run('自动踢人 开')
  expect(ctx.out.texts()[0]).toContain('用法：支部设置')
  expect(await temp.db.branch.findFirstOrThrow()).toMatchObject({
    makeupIncludesLeave: false,
    privateReminders: false,
  })
  expect(ctx.audits).toEqual([])
})
