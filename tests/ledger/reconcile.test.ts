import ExcelJS from 'exceljs'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import type { Branch } from '../../handlers/types.js'
import { seedBranch, startChat, type Chat } from '../support/chat.js'
import { csvText, fakeIdNumber, xlsxBuffer } from '../roster/files.js'

const SECRETARY = { id: 'wx-sec', name: '王书记' }
const ORG = '宜宾市叙州区高场镇党委'
let chat: Chat
let branch: Branch

beforeEach(async () => {
  chat = await startChat()
  branch = await seedBranch(chat, { secretaries: [SECRETARY] })
  const add = (name: string, phone: string, more: Record<string, string | null> = {}) =>
    chat.db.member.create({ data: { branchId: branch.id, name, phone, originOrg: ORG, ...more } })
  await add('张三', '13800000001', { city: '深圳', employer: '富士康', idNumber: fakeIdNumber(1) })
  await add('李四', '13800000002', { city: '深圳', employer: '华为' })
  await add('王五', '13800000003', { city: '深圳' })
  await add('赵六', '13800000004', { originOrg: '宜宾市叙州区观音镇党委' })
  const other = await chat.db.branch.create({ data: { name: '另一个支部' } })
  await chat.db.member.create({ data: { branchId: other.id, name: '周八', phone: '13800000008' } })
})
afterEach(() => chat.stop())

const LEDGER = [
  ['高场镇流动党员台账'],
  ['序号', '姓名', '公民身份号码', '联系电话', '流出地党组织', '务工地点', '工作单位'],
  [1, '张三', fakeIdNumber(1), '13800000001', '高场镇党委', '深圳市', '富士康'],
  [2, '李四', null, '13800000012', '高场镇党委', '东莞', '工地'],
  [3, '陈七', null, '13800000007', '高场镇党委', '成都', null],
  [4, '张 三', null, '13800000001', '高场镇党委', null, null],
  [5, '###', null, null, '高场镇党委', null, null],
  [6, '周八', null, '13800000008', '高场镇党委', null, null],
  ['合计：6人'],
]

async function sendLedger(rows: (string | number | null)[][], name = '高场镇台账.xlsx', args = '') {
  await chat.say(SECRETARY, `对账 ${args}`.trim())
  const buffer = name.endsWith('.csv') ? Buffer.from(csvText(rows)) : await xlsxBuffer(rows)
  await chat.say(SECRETARY, '', { file: { name, read: async () => buffer } })
}

const member = (name: string) => chat.db.member.findFirstOrThrow({ where: { branchId: branch.id, name } })
const PHONE_OR_ID = /1[3-9]\d{9}|\d{17}[\dX]|\d{3}\*{4}\d{4}/

describe('对账', () => {
  it('answers with the four outcomes in the group, the detail privately, and changes nothing', async () => {
    const before = await chat.db.member.findMany({ orderBy: { id: 'asc' } })
    await sendLedger(LEDGER)
    const group = chat.groupTexts().at(-1) ?? ''
    expect(group).toContain('对账完成（宜宾市叙州区高场镇党委台账'.slice(0, 5))
    expect(group).toContain('对上 2 人，其中信息不一致 1 人')
    expect(group).toContain('台账有、本支部没有 1 人')
    expect(group).toContain('本支部有、台账没有 1 人')
    expect(group).toContain('3 行未比对')
    expect(group).toContain('名册没有任何改动')
    expect(chat.groupTexts().join('\n')).not.toMatch(PHONE_OR_ID)

    const detail = chat.privateTexts(SECRETARY.id).find((t) => t.startsWith('对账明细')) ?? ''
    expect(detail).toContain(
      '1. 李四：手机号 台账 138****0012，名册 138****0002；现居城市 台账 东莞，名册 深圳',
    )
    expect(detail).toContain('2. 陈七（台账第5行，高场镇党委）：本支部名册没有')
    expect(detail).toContain('台账第6行 张三：与第3行是同一人')
    expect(detail).toContain('台账第7行 ###：姓名不像人名')
    expect(detail).toContain('台账第8行 周八：在另一个支部的名册里')

    const file = chat.sent.find((s) => s.file)?.file
    expect(file?.name).toMatch(/对账1-\d{4}-\d{2}-\d{2}\.xlsx$/)
    const wb = new ExcelJS.Workbook()
    await wb.xlsx.readFile(file?.path ?? '')
    const rows = (wb.getWorksheet('对账结果')?.getSheetValues() ?? []).slice(2) as unknown[][]
    const results = rows.map((r) => `${String(r[1])} ${String(r[2])} ${String(r[4])}`)
    expect(results).toEqual([
      '1 对上但信息不一致 李四',
      '2 台账有、本支部没有（待查找） 陈七',
      '3 本支部有、台账没有（请与流出地核实） 王五',
      '4 对上 张三',
    ])
    expect(await chat.db.member.findMany({ orderBy: { id: 'asc' } })).toEqual(before)
  })

  it('writes an accepted change into the roster, with a history row and an audit entry', async () => {
    await sendLedger(LEDGER)
    await chat.say(SECRETARY, '接受对账 1')
    expect(chat.groupTexts().at(-1)).toBe('第1次对账：\n1. 李四 已按台账更新手机号、现居城市、工作单位')
    expect(await member('李四')).toMatchObject({ phone: '13800000012', city: '东莞', employer: '工地' })
    expect(await member('王五')).toMatchObject({ phone: '13800000003' })
    const events = await chat.db.memberEvent.findMany()
    expect(events.map((e) => `${e.kind} ${e.detail}`)).toEqual([
      'reconciled 双向对账（宜宾市叙州区高场镇党委）更新：手机号、现居城市、工作单位'.replace(
        '宜宾市叙州区高场镇党委',
        '高场镇党委',
      ),
    ])
    const audits = await chat.db.auditLog.findMany({ where: { command: '接受对账' } })
    expect(audits.map((a) => a.detail)).toEqual(['第1项 李四：更新手机号、现居城市、工作单位'])

    await chat.say(SECRETARY, '接受对账 全部')
    expect(chat.groupTexts().at(-1)).toContain('2. 陈七 已加入名册（待联系')
    expect(await member('陈七')).toMatchObject({
      phone: '13800000007',
      originOrg: '高场镇党委',
      city: '成都',
    })
    await chat.say(SECRETARY, '接受对账 1 3')
    expect(chat.groupTexts().at(-1)).toBe(
      '第1次对账：\n1. 李四：已经处理过了\n3. 王五：请与流出地党组织核实，名册不用改',
    )
    expect(chat.groupTexts().join('\n')).not.toMatch(PHONE_OR_ID)
  })

  it('refuses a ledger without usable columns, by row for junk, and changes nothing', async () => {
    await sendLedger(
      [
        ['姓名', '备注'],
        ['张三', ''],
      ],
      '台账.csv',
    )
    expect(chat.groupTexts().at(-1)).toBe(
      '台账没有比对：台账除了“姓名”，还要有“身份证号”、“手机号”、“流出地党组织”其中一列，才能和名册比对。没有比对任何数据。',
    )
    await sendLedger([['名单'], ['无关内容']], 'x.csv')
    expect(chat.groupTexts().at(-1)).toContain('没有找到“姓名”列')
    expect(await chat.db.reconciliation.count()).toBe(0)
    const audits = await chat.db.auditLog.findMany({ where: { command: '对账' } })
    expect(audits.map((a) => a.result)).toEqual(['rejected', 'rejected'])
  })

  it('without a home organisation counts every unmatched member, and says how to name one', async () => {
    await sendLedger(
      [
        ['姓名', '手机号'],
        ['张三', '13800000001'],
      ],
      'a.csv',
    )
    const text = chat.groupTexts().at(-1) ?? ''
    expect(text).toContain('本支部有、台账没有 3 人')
    expect(text).toContain('可发「对账 流出地党组织名称」')
    await sendLedger(
      [
        ['姓名', '手机号'],
        ['张三', '13800000001'],
      ],
      'a.csv',
      '观音镇党委',
    )
    expect(chat.groupTexts().at(-1)).toContain('本支部有、台账没有 1 人')
  })

  it('is for admins only', async () => {
    await chat.say({ id: 'wx-m', name: '党员' }, '对账')
    expect(chat.groupTexts().at(-1)).toBe('「对账」仅限本支部书记、委员使用。')
  })
})
