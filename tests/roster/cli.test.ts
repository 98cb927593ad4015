import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { openDatabase } from '../../prisma/client.js'
import { runRosterImport } from '../../scripts/roster-import.js'
import { bigRoster, csvText, gbk, xlsxBuffer } from './files.js'

let dir: string
let databaseUrl: string

beforeAll(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'roster-cli-'))
  databaseUrl = `file:${path.join(dir, 'cli.db')}`
})
afterAll(() => rmSync(dir, { recursive: true, force: true }))

/** The command, run in this process with its output captured (as `npm run roster:import -- …` would print it). */
async function cli(...args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  const out: string[] = []
  const err: string[] = []
  const code = await runRosterImport([...args, '--database', databaseUrl], {
    out: (line) => out.push(line),
    err: (line) => err.push(line),
    env: {},
  })
  return { code, stdout: out.join('\n'), stderr: err.join('\n') }
}

async function membersOf(branchName: string) {
  const { db } = await openDatabase(databaseUrl)
  try {
    return await db.member.findMany({ where: { branch: { name: branchName } } })
  } finally {
    await db.$disconnect()
  }
}

const FULL_PHONE = /1\d{10}/

describe('npm run roster:import', () => {
  it('creates the branch, shows progress, prints a per-row report with masked phones', async () => {
    const sheet = bigRoster(1000)
    sheet.push(['坏号码', '1381234567'], ['', '13912340000'])
    const file = path.join(dir, '名册.xlsx')
    writeFileSync(file, await xlsxBuffer([['叙州区驻深圳流动党员支部名册'], ...sheet]))
    const run = await cli(file, '--branch', '叙州区驻深圳流动党员支部')
    expect(run.code).toBe(0)
    expect(run.stderr).toContain('已写入 1000/1000')
    expect(run.stdout).toContain('第3行\t党员0\t139****0000\t新增')
    expect(run.stdout).toContain('第1003行\t坏号码\t138****4567\t跳过：手机号格式不对')
    expect(run.stdout).toContain('新增 1000 人，更新 0 人，无变化 0 人，跳过 2 行')
    expect(run.stdout + run.stderr).not.toMatch(FULL_PHONE)
    expect(await membersOf('叙州区驻深圳流动党员支部')).toHaveLength(1000)

    const again = await cli(file, '--branch', '叙州区驻深圳流动党员支部')
    expect(again.stdout).toContain('新增 0 人，更新 0 人，无变化 1000 人')
    expect(await membersOf('叙州区驻深圳流动党员支部')).toHaveLength(1000)
  })

  it('reads a GBK csv', async () => {
    const file = path.join(dir, 'gbk.csv')
    writeFileSync(
      file,
      gbk(
        csvText([
          ['姓名', '手机号', '现居城市'],
          ['张三', '13812345678', '深圳'],
        ]),
      ),
    )
    const run = await cli(file, '--branch', '高场镇驻蓉流动党员支部')
    expect(run.code).toBe(0)
    expect(run.stdout).toContain('第2行\t张三\t138****5678\t新增')
    expect(await membersOf('高场镇驻蓉流动党员支部')).toMatchObject([{ name: '张三', city: '深圳' }])
  })

  it('fails with a non-zero exit code on a broken file and creates nothing', async () => {
    const file = path.join(dir, 'notes.xlsx')
    writeFileSync(file, '这其实是一个文本文件')
    const run = await cli(file, '--branch', '不该出现的支部')
    expect(run.code).not.toBe(0)
    expect(run.stderr).toContain('名册没有导入')
    const usage = await cli(file)
    expect(usage.code).not.toBe(0)
    expect(usage.stderr).toContain('--branch')
  })
})
