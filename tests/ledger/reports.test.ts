import { readFile } from 'node:fs/promises'
import ExcelJS from 'exceljs'
import { afterAll, beforeAll, expect, it } from 'vitest'
import { seedBranch, startChat, type Chat, type Sent } from '../support/chat.js'
import { docxParagraphs } from './docx-text.js'

const SECRETARY = { id: 'wx-sec', name: '王书记' }
const ZHANG = { id: 'wx-zhang', name: '张三' }
const LI = { id: 'wx-li', name: '李四' }
const WANG = { id: 'wx-wang', name: '王五' }
let chat: Chat

/** Two classes this quarter, a make-up, service, a status change and reviews, all through the chat. */
beforeAll(async () => {
  chat = await startChat()
  const branch = await seedBranch(chat, {
    name: '叙州区驻深圳流动党员支部',
    secretaries: [SECRETARY],
    committee: [ZHANG],
    members: [
      { name: '张三', contactId: ZHANG.id, phone: '13800000001' },
      { name: '李四', contactId: LI.id, phone: '13800000002' },
      { name: '王五', contactId: WANG.id, phone: '13800000003' },
    ],
  })
  const org = (name: string, originOrg: string) =>
    chat.db.member.updateMany({ where: { branchId: branch.id, name }, data: { originOrg, city: '深圳' } })
  await org('张三', '宜宾市叙州区高场镇党委')
  await org('李四', '高场镇党委')
  await org('王五', '宜宾市叙州区观音镇党委')
  chat.clock.set('2026-10-14T12:00:00Z')
  await chat.say(SECRETARY, '开课 党章学习 30')
  await chat.say(ZHANG, '到')
  await chat.say(LI, '到')
  await chat.say(SECRETARY, '结束')
  chat.clock.set('2026-11-11T12:00:00Z')
  await chat.say(SECRETARY, '开课 党史学习 30')
  await chat.say(ZHANG, '到')
  await chat.say(WANG, '到')
  await chat.say(SECRETARY, '结束')
  chat.clock.set('2026-11-27T12:00:00Z')
  await chat.say(SECRETARY, '补课 李四 党史学习 送学上门')
  await chat.say(SECRETARY, '记录服务 张三 社区义诊 3')
  await chat.say(LI, '上报服务 帮老乡办社保 2小时')
  await chat.say(SECRETARY, '确认服务 全部')
  await chat.say(SECRETARY, '转入 李四')
  await chat.say(SECRETARY, '年度评价 张三 优秀 建议予以表扬')
})
afterAll(() => chat.stop())

const filesSince = (from: number): Sent[] => chat.sent.slice(from).filter((s) => s.file)
const lastGroup = () => chat.groupTexts().at(-1) ?? ''

it('the year-end sheet goes out privately and comes back filled in, with row-numbered problems', async () => {
  const before = chat.sent.length
  await chat.say(SECRETARY, '评价表')
  const [sheetFile] = filesSince(before)
  expect(sheetFile?.to).toEqual({ contactId: SECRETARY.id })
  const wb = new ExcelJS.Workbook()
  await wb.xlsx.readFile(sheetFile?.file?.path ?? '')
  const sheet = wb.worksheets[0]
  if (!sheet) throw new Error('no sheet')
  const names = [3, 4, 5].map((r) => String(sheet.getRow(r).getCell(2).value))
  expect(names).toEqual(['张三', '李四', '王五'])
  expect(sheet.getRow(3).getCell(9).value).toBe('优秀')
  sheet.getRow(4).getCell(9).value = '合格'
  sheet.addRow([999, '赵九', '', '', '', '', '', '', '优秀'])
  const filled = Buffer.from(await wb.xlsx.writeBuffer())

  await chat.say(SECRETARY, '导入评价')
  await chat.say(SECRETARY, '', { file: { name: '评价表.xlsx', read: async () => filled } })
  expect(lastGroup()).toBe(
    '2026年度评价：已导入 2 人，未填 1 人。\n第6行 赵九：名册里没有这个人\n改好后可以重新发「导入评价」，已导入的会更新，不会重复。',
  )
  const reviews = await chat.db.yearReview.findMany({
    include: { member: true },
    orderBy: { memberId: 'asc' },
  })
  expect(reviews.map((r) => `${r.member.name} ${r.year} ${r.evaluation}`)).toEqual([
    '张三 2026 优秀',
    '李四 2026 合格',
  ])
})

it('the quarterly workbook, one per home organisation, reads back with the quarter’s figures', async () => {
  const before = chat.sent.length
  await chat.say(SECRETARY, '通联台账')
  expect(lastGroup()).toBe(
    '2026年第4季度通联台账已生成：2个流出地党组织、3名党员，每个党组织一份 Excel，已私信发给你，可转发给流出地党组织。',
  )
  const files = filesSince(before)
  expect(files.map((f) => f.file?.name.replace(/-\d+\.xlsx$/, ''))).toEqual([
    '宜宾市叙州区高场镇党委-2026年第4季度通联台账',
    '宜宾市叙州区观音镇党委-2026年第4季度通联台账',
  ])
  const wb = new ExcelJS.Workbook()
  await wb.xlsx.load((await readFile(files[0]?.file?.path ?? '')) as unknown as ArrayBuffer)
  const sheet = wb.getWorksheet('通联台账')
  if (!sheet) throw new Error('no sheet')
  const header = (sheet.getRow(3).values as unknown[]).slice(1)
  const row = (n: number) => {
    const values = (sheet.getRow(n).values as unknown[]).slice(1)
    return Object.fromEntries(header.map((h, i) => [String(h), values[i]]))
  }
  expect(String(sheet.getRow(1).getCell(1).value)).toBe('2026年第4季度流动党员通联台账')
  expect(row(4)).toMatchObject({
    姓名: '张三',
    手机号: '13800000001',
    本季度应参加: 2,
    实际参加: 2,
    缺席: 0,
    补课: 0,
    志愿服务次数: 1,
    志愿服务时长: '3小时',
    联系情况: '正常',
  })
  expect(row(5)).toMatchObject({
    姓名: '李四',
    本季度应参加: 2,
    实际参加: 1,
    缺席: 1,
    补课: 1,
    志愿服务时长: '2小时',
    本季度变化: '11月27日组织关系转入本支部',
  })
  expect(sheet.getRow(6).getCell(2).value).toBeNull()
  const changes = wb.getWorksheet('状态变化')?.getRow(2).values as unknown[]
  expect(changes.slice(1)).toEqual(['2026-11-27', '李四', '组织关系转入本支部'])
})

it('the year-end letter, one .docx per home organisation, reads back as a formal letter with the year’s figures', async () => {
  const before = chat.sent.length
  await chat.say(SECRETARY, '年度通报 2026')
  expect(lastGroup()).toBe(
    '2026年度表现通报已生成：2个流出地党组织、3名党员，每个党组织一份 Word 函，已私信发给你。\n其中1人还没有年度评价，可发「年度评价 姓名 评价 奖惩建议」或「评价表」补上后重新生成。',
  )
  const files = filesSince(before)
  expect(files.map((f) => f.to)).toEqual([{ contactId: SECRETARY.id }, { contactId: SECRETARY.id }])
  const text = (await docxParagraphs(files[0]?.file?.path ?? '')).filter((p) => p !== '')
  expect(text.slice(0, 3)).toEqual([
    '关于2026年度流动党员日常表现情况的通报',
    '宜宾市叙州区高场镇党委：',
    '按照流动党员“双向管理”的要求，现将贵单位2名流动党员2026年度在我支部参加组织生活和日常表现情况通报如下：',
  ])
  expect(text).toContain('一、张三同志')
  expect(text).toContain(
    '2026年应参加组织生活2次，实际参加2次（其中迟到0次），请假0次，缺席0次，补课0次；参加志愿服务1次，累计3小时；在支部担任支部委员。',
  )
  expect(text).toContain('支部评价：优秀。奖惩建议：建议予以表扬。')
  expect(text).toContain(
    '2026年应参加组织生活2次，实际参加1次（其中迟到0次），请假0次，缺席1次，补课1次；参加志愿服务1次，累计2小时；在支部未担任职务；11月27日组织关系转入本支部。',
  )
  expect(text).toContain('支部评价：合格。奖惩建议：无。')
  expect(text.slice(-2)).toEqual(['叙州区驻深圳流动党员支部', '2026年11月27日'])
  const other = (await docxParagraphs(files[1]?.file?.path ?? '')).filter((p) => p !== '')
  expect(other).toContain('宜宾市叙州区观音镇党委：')
  expect(other).toContain('支部评价：（未填写）。奖惩建议：（未填写）。')
  expect(chat.groupTexts().join('\n')).not.toMatch(/1380000000\d/)
})
