// 导入名册, the file that follows it, 名册 and 关联成员, as the secretary types them, through the real runtime.
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import type { Branch, IncomingFile } from '../../handlers/types.js'
import { seedBranch, startChat, type Chat } from '../support/chat.js'
import { HEADERS, xlsxBuffer } from './files.js'

const SECRETARY = { id: 'wx-sec', name: '书记' }
let chat: Chat
let branch: Branch

beforeEach(async () => {
  chat = await startChat()
  branch = await seedBranch(chat, { name: '叙州区驻深圳流动党员支部', secretaries: [SECRETARY] })
})
afterEach(() => chat.stop())

const audits = async () =>
  (await chat.db.auditLog.findMany()).map((a) => `${a.command}:${a.result}:${a.detail}`)
const file = (buffer: Buffer, name: string): IncomingFile => ({ name, read: async () => buffer })

/** 导入名册, then the file, in the group (or both privately); returns what the bot sent after the file. */
async function importFile(buffer: Buffer, name: string, room?: null) {
  await chat.say(SECRETARY, '导入名册', { room })
  const before = chat.sent.length
  await chat.say(SECRETARY, '', { room, file: file(buffer, name) })
  return chat.sent.slice(before)
}

async function answer(text: string) {
  const before = chat.sent.length
  await chat.say(SECRETARY, text)
  return chat.sent.slice(before)
}

describe('导入名册', () => {
  it('asks for the file and takes the next file the secretary sends', async () => {
    const [ask] = await answer('导入名册')
    expect(ask?.text).toContain('.xlsx 或 .csv')
    await chat.say(SECRETARY, '', {
      file: file(await xlsxBuffer([HEADERS, ['张三', '13812345678']]), 'r.xlsx'),
    })
    expect(await chat.db.member.count()).toBe(1)
  })

  it('ignores a file nobody asked for', async () => {
    await chat.say(SECRETARY, '', {
      file: file(await xlsxBuffer([HEADERS, ['张三', '13812345678']]), 'r.xlsx'),
    })
    expect(chat.sent).toEqual([])
    expect(await chat.db.member.count()).toBe(0)
  })

  it('imports the file, reports counts in the group without phones, and the detail privately', async () => {
    const rows = [
      HEADERS,
      ['张三', '13812345678', '正式党员'],
      ['李四', '13912345678'],
      ['赵六', '1381234567'],
    ]
    const sent = await importFile(await xlsxBuffer(rows), '名册.xlsx')
    const group = sent.filter((s) => 'roomId' in s.to)
    const personal = sent.filter((s) => 'contactId' in s.to && s.to.contactId === SECRETARY.id)
    expect(group[0]?.text).toContain('新增 2 人')
    expect(group[0]?.text).toContain('第4行 赵六：手机号格式不对')
    expect(group.map((s) => s.text).join()).not.toMatch(/\d{3}\*{4}\d{3,4}|1381234|1391234/)
    expect(personal[0]?.text).toContain('第4行 赵六 138****4567')
    expect(sent.map((s) => s.text).join()).not.toMatch(/1\d{10}|1381234567/)
    expect((await audits()).at(-1)).toMatch(/^导入名册:ok:名册.xlsx: 新增2/)
    expect(await chat.db.member.count({ where: { branchId: branch.id } })).toBe(2)
  })

  it('sends nothing privately when every row went in', async () => {
    const sent = await importFile(await xlsxBuffer([HEADERS, ['张三', '13812345678']]), 'r.xlsx')
    expect(sent.map((s) => s.text)).toEqual(['名册导入完成：新增 1 人，更新 0 人，无变化 0 人，跳过 0 行。'])
  })

  it('in a private chat sends the detail once, to the admin', async () => {
    const rows = [HEADERS, ['张三', '13812345678'], ['赵六', '1381234567']]
    const sent = await importFile(await xlsxBuffer(rows), 'r.xlsx', null)
    expect(sent).toHaveLength(1)
    expect(sent[0]?.to).toEqual({ contactId: SECRETARY.id })
    expect(sent[0]?.text).toContain('第3行 赵六 138****4567：未导入，手机号格式不对')
  })

  it('reports changed numbers in the group as a count, and which rows privately', async () => {
    await chat.db.member.createMany({
      data: [
        { branchId: branch.id, name: '张三', phone: '13812345678', contactId: 'wx-zhang' },
        { branchId: branch.id, name: '李明', phone: '13700002222' },
      ],
    })
    const rows = [HEADERS, ['张三', '13900000000'], ['李明', '13600001111'], ['李明', '13500001111']]
    const [group, personal] = await importFile(await xlsxBuffer(rows), 'r.xlsx')
    expect(group?.text).toBe(
      [
        '名册导入完成：新增 2 人，更新 1 人（其中更换手机号 1 人），无变化 0 人，跳过 0 行。',
        '新增的人中有 2 人可能与名册中的同名党员是同一人，请核对。',
        '明细已私信发给你。',
      ].join('\n'),
    )
    expect(personal?.to).toEqual({ contactId: SECRETARY.id })
    expect(personal?.text).toContain(
      '第2行 张三 139****0000：已更新，更换手机号（原 138****5678），报到和出勤记录保留',
    )
    expect(personal?.text).toContain('第3行 李明 136****1111：已新增，请核对：文件中有几行“李明”')
    expect(personal?.text).toContain('第4行 李明 135****1111：已新增，请核对：')
    expect([group, personal].map((s) => s?.text).join()).not.toMatch(/1\d{10}/)
    const zhang = await chat.db.member.findMany({ where: { branchId: branch.id, name: '张三' } })
    expect(zhang).toMatchObject([{ phone: '13900000000', contactId: 'wx-zhang' }])
  })

  it('rejects a renamed non-Excel file, imports nothing and audits it', async () => {
    const sent = await importFile(Buffer.from('hello'), 'a.xlsx')
    expect(sent[0]?.text).toMatch(/^名册没有导入：.*不是真正的 Excel/)
    expect((await audits()).at(-1)).toMatch(/^导入名册:rejected/)
    expect(await chat.db.member.count()).toBe(0)
  })

  it('refuses 导入名册 from a member, and their file is not imported', async () => {
    const member = { id: 'wx-member', name: '党员' }
    await chat.say(member, '导入名册')
    expect(chat.groupTexts().at(-1)).toBe('「导入名册」仅限本支部书记、委员使用。')
    await chat.say(member, '', { file: file(await xlsxBuffer([HEADERS, ['张三', '13812345678']]), 'r.xlsx') })
    expect(await chat.db.member.count()).toBe(0)
  })
})

describe('名册', () => {
  it('shows counts by check-in and category, never phone numbers', async () => {
    await chat.db.member.createMany({
      data: [
        { branchId: branch.id, name: '张三', phone: '13812345678', category: '正式党员', contactId: 'wx-1' },
        { branchId: branch.id, name: '李四', phone: '13912345678', category: '正式党员' },
        { branchId: branch.id, name: '王五', phone: '13712345678', category: '预备党员' },
        { branchId: branch.id, name: '赵六', phone: '13612345678' },
      ],
    })
    const [counts] = await answer('名册')
    expect(counts?.text).toBe(
      '叙州区驻深圳流动党员支部名册共 4 人：已报到 1 人，未报到 3 人。\n按党员类别：正式党员 2，预备党员 1，未填 1。',
    )
  })

  it('tells how to start when the roster is empty', async () => {
    const [counts] = await answer('名册')
    expect(counts?.text).toContain('名册还是空的')
  })
})

describe('关联成员', () => {
  const branchId = async () => branch.id

  it('points a roster entry at the mentioned contact, replacing the old id, and audits it', async () => {
    await chat.db.member.create({
      data: { branchId: await branchId(), name: '张三', phone: '13812345678', contactId: 'wx-old' },
    })
    await chat.say(SECRETARY, '关联成员 @张三新号\u2005张三', {
      mentions: [{ id: 'wx-new', name: '张三新号' }],
    })
    expect(chat.groupTexts()).toEqual(['已关联：“张三”→张三新号的微信（替换了原来的微信）。'])
    expect(await chat.db.member.findFirst({ where: { name: '张三' } })).toMatchObject({ contactId: 'wx-new' })
    expect((await audits())[0]).toContain('wx-old -> wx-new')
  })

  it('moves a contact that was linked to the wrong entry', async () => {
    const id = await branchId()
    await chat.db.member.createMany({
      data: [
        { branchId: id, name: '张三', phone: '13812345678', contactId: 'wx-li' },
        { branchId: id, name: '李四', phone: '13912345678' },
      ],
    })
    await chat.say(SECRETARY, '关联成员 @李四 李四', { mentions: [{ id: 'wx-li', name: '李四' }] })
    expect(chat.groupTexts()[0]).toContain('原来对应的“张三”已解除')
    const all = await chat.db.member.findMany({ orderBy: { id: 'asc' } })
    expect(all.map((m) => m.contactId)).toEqual([null, 'wx-li'])
  })

  it('explains the usage without a mention and asks for digits when names clash', async () => {
    await chat.say(SECRETARY, '关联成员 张三')
    expect(chat.groupTexts()[0]).toContain('用法')
    expect((await audits())[0]).toMatch(/^关联成员:rejected/)
    const id = await branchId()
    await chat.db.member.createMany({
      data: [
        { branchId: id, name: '李明', phone: '13900001111' },
        { branchId: id, name: '李明', phone: '13700002222' },
      ],
    })
    const mentions = [{ id: 'wx-li', name: '小李' }]
    await chat.say(SECRETARY, '关联成员 @小李 李明', { mentions })
    expect(chat.groupTexts()[1]).toContain('后四位')
    await chat.say(SECRETARY, '关联成员 @小李 李明 2222', { mentions })
    const li = await chat.db.member.findMany({ where: { name: '李明' }, orderBy: { id: 'asc' } })
    expect(li.map((m) => m.contactId)).toEqual([null, 'wx-li'])
  })
})
