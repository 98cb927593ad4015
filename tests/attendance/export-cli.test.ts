import ExcelJS from 'exceljs'
import path from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { runExport } from '../../scripts/export.js'
import { harness, type Harness } from './harness.js'

let h: Harness
beforeEach(async () => {
  h = await harness([
    { name: '张三', contactId: 'c-zs' },
    { name: '李四', contactId: 'c-ls' },
  ])
})
afterEach(() => h.cleanup())

describe('npm run export', () => {
  it('writes the same workbook from the command line', async () => {
    await h.command('开课', '党章学习')
    await h.say('c-zs', '张三', '签到')
    await h.command('结束')
    const out = path.join(h.dir, 'out.xlsx')
    const file = await runExport(['--branch', '测试支部', '--out', out], { DATABASE_URL: h.url })
    expect(file).toBe(out)
    const wb = new ExcelJS.Workbook()
    await wb.xlsx.readFile(file)
    const rows = wb
      .getWorksheet('出勤')!
      .getSheetValues()
      .slice(1)
      .map((r) => (r as unknown[]).slice(1))
    expect(rows).toEqual([
      ['姓名', '2026-11-27 党章学习'],
      ['张三', '到'],
      ['李四', '缺席'],
    ])
  })

  it('explains a missing or unknown branch', async () => {
    await expect(runExport([], {})).rejects.toThrow('用法')
    await expect(runExport(['--branch', '没有的支部'], { DATABASE_URL: h.url })).rejects.toThrow(
      '没有名为“没有的支部”的支部',
    )
  })
})
