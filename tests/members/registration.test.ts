import { afterEach, beforeEach, expect, it } from 'vitest'
import { seedBranch, startChat, type Chat, type Person } from '../support/chat.js'

const SECRETARY = { id: 'wx-sec', name: '王书记' }
const CHEN = { id: 'wx-chen', name: '陈七' }
const ZHOU = { id: 'wx-zhou', name: '周八' }
let chat: Chat
beforeEach(async () => {
  chat = await startChat()
  await seedBranch(chat, { secretaries: [SECRETARY], members: [{ name: '张三', contactId: 'wx-zhang' }] })
})
afterEach(() => chat.stop())

const lastTo = (p: Person) => chat.privateTexts(p.id).at(-1) ?? ''

async function register(p: Person, answers: string[]) {
  await chat.say(p, '登记')
  await chat.sayPrivately(p, '登记')
  for (const a of answers) await chat.sayPrivately(p, a)
}

it('a newcomer registers privately, waits for an admin, and joins the roster when confirmed', async () => {
  await chat.say(CHEN, '登记')
  expect(chat.groupTexts().at(-1)).toMatch(/^欢迎！请先加我为好友，再私聊我发送「登记」/)
  await chat.sayPrivately(CHEN, '登记')
  expect(lastTo(CHEN)).toContain('请写你的姓名（与党员档案一致）。（还有3题）')
  await chat.sayPrivately(CHEN, '陈七')
  await chat.sayPrivately(CHEN, '宜宾市叙州区观音镇党委')
  await chat.sayPrivately(CHEN, '12345')
  expect(lastTo(CHEN)).toMatch(/^手机号应为11位数字。\n请写你的手机号/)
  await chat.sayPrivately(CHEN, '139 0000 0007')
  await chat.sayPrivately(CHEN, '深圳')
  expect(lastTo(CHEN)).toBe('已提交登记，等支部书记、委员确认后就加入名册，到时我会告诉你。')
  expect(chat.groupTexts().at(-1)).toBe(
    '党员找党组织：陈七（流出地：宜宾市叙州区观音镇党委）登记为流入党员，等待确认。请书记、委员核实后发「确认 @陈七」或「拒绝 @陈七 原因」。',
  )
  expect(await chat.db.member.count()).toBe(1)

  await chat.say(SECRETARY, '确认')
  expect(chat.groupTexts().at(-1)).toContain(
    '等待确认的登记1人：\n陈七（流出地：宜宾市叙州区观音镇党委，@陈七）',
  )
  await chat.say(SECRETARY, '确认 @陈七', { mentions: [CHEN] })
  expect(chat.groupTexts().at(-1)).toBe('已确认：陈七加入名册（流入党员），欢迎！')
  expect(lastTo(CHEN)).toMatch(/^陈七，你的登记已经确认/)
  const member = await chat.db.member.findFirstOrThrow({ where: { name: '陈七' } })
  expect(member).toMatchObject({
    contactId: CHEN.id,
    phone: '13900000007',
    category: '流入党员',
    city: '深圳',
  })
  expect((await chat.db.memberEvent.findMany()).map((e) => e.kind)).toEqual(['registered'])
  expect((await chat.db.auditLog.findMany({ where: { command: '确认' } })).map((a) => a.result)).toEqual([
    'ok',
  ])

  await chat.sayPrivately(CHEN, '我的出勤')
  expect(lastTo(CHEN)).toMatch(/^陈七今年应参加0次活动/)
  expect(chat.groupTexts().join('\n')).not.toMatch(/139\d{8}|0007/)
})

it('a rejected registration never reaches the roster, and the person is told', async () => {
  await register(ZHOU, ['周八', '高场镇党委', '13900000008', '东莞'])
  await chat.say(SECRETARY, '拒绝 @周八 经核实不是流动党员', { mentions: [ZHOU] })
  expect(chat.groupTexts().at(-1)).toBe('已拒绝周八的登记。')
  expect(lastTo(ZHOU)).toBe('你的登记没有通过：经核实不是流动党员。如有疑问，请联系支部书记。')
  expect(await chat.db.member.count()).toBe(1)
  expect((await chat.db.registration.findFirstOrThrow()).status).toBe('rejected')

  await chat.say(SECRETARY, '确认 @周八', { mentions: [ZHOU] })
  expect(chat.groupTexts().at(-1)).toBe('没有找到周八的待确认登记。发「确认」查看名单。')
  await chat.say({ id: 'wx-stranger', name: '路人' }, '报到 路人')
  expect(chat.groupTexts().at(-1)).toContain('也可以发「登记」自助登记')
  await chat.say({ id: 'wx-stranger', name: '路人' }, '帮助 登记')
  expect(chat.groupTexts().at(-1)).toBe('登记\n不在名册的党员自助登记（报到找不到名字时会提示）')
  await chat.sayPrivately({ id: 'wx-stranger', name: '路人' }, '登记')
  expect(lastTo({ id: 'wx-stranger', name: '路人' })).toBe(
    '请先在支部群里发送「登记」，我才知道你要加入哪个支部。',
  )
  await chat.say({ id: 'wx-zhang', name: '张三' }, '确认 @周八', { mentions: [ZHOU] })
  expect(chat.groupTexts().at(-1)).toBe('「确认」仅限本支部书记、委员使用。')
})
