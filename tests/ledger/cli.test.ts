import { writeFileSync } from 'node:fs'
import path from 'node:path'
import { afterAll, beforeAll, expect, it } from 'vitest'
import { reconcileCli } from '../../scripts/ledger-reconcile.js'
import { csvText } from '../roster/files.js'
import { tempDatabase } from '../support/temp-db.js'

let t: Awaited<ReturnType<typeof tempDatabase>>
beforeAll(async () => {
  t = await tempDatabase()
  const branch = await t.db.branch.create({ data: { name: '测试支部' } })
  await t.db.member.create({
    data: { branchId: branch.id, name: '张三', phone: '13800000001', originOrg: '高场镇党委' },
  })
  await t.db.member.create({
    data: { branchId: branch.id, name: '王五', phone: '13800000003', originOrg: '高场镇党委' },
  })
})
afterAll(() => t.cleanup())

it('npm run ledger:reconcile prints the comparison with phones masked and keeps it for 接受对账', async () => {
  const file = path.join(t.dir, '台账.csv')
  writeFileSync(
    file,
    csvText([
      ['姓名', '手机号', '流出地党组织'],
      ['张三', '13800000011', '高场镇党委'],
      ['陈七', '13800000007', '高场镇党委'],
    ]),
  )
  const out: string[] = []
  const warnings: string[] = []
  const code = await reconcileCli(
    [file, '--branch', '测试支部', '--database', t.url],
    {},
    (l) => out.push(l),
    (l) => warnings.push(l),
  )
  expect(code).toBe(0)
  expect(warnings).toEqual([])
  expect(out.slice(0, 3)).toEqual([
    '1\t对上但信息不一致\t张三：手机号 台账 138****0011，名册 138****0001',
    '2\t台账有、本支部没有（待查找）\t陈七（台账第3行，高场镇党委）：本支部名册没有',
    '3\t本支部有、台账没有（请与流出地核实）\t王五：流出地台账没有',
  ])
  expect(out.join('\n')).not.toMatch(/1380000\d{4}/)
  expect(await t.db.reconcileItem.count()).toBe(3)
  expect((await t.db.member.findFirstOrThrow({ where: { name: '张三' } })).phone).toBe('13800000001')

  const missing = await reconcileCli(
    [file, '--branch', '没有这个支部', '--database', t.url],
    {},
    () => {},
    (l) => warnings.push(l),
  )
  expect(missing).toBe(2)
  expect(warnings).toEqual(['数据库里没有名为“没有这个支部”的支部。'])
})
