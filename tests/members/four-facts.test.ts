import { afterEach, expect, it } from 'vitest'
import type { Branch } from '../../handlers/types.js'
import { seedBranch, startChat, TEST_ACCOUNT, type Chat } from '../support/chat.js'
import { restart } from './restart.js'

const SECRETARY = { id: 'wx-sec', name: '王书记' }
const ZHANG = { id: 'wx-zhang', name: '张三' }
const LI = { id: 'wx-li', name: '李四' }
let chat: Chat
let branch: Branch
afterEach(() => chat.stop())

async function setUp(dailyCap = 300) {
  chat = await startChat({
    config: { outbound: { minGapMs: 0, jitterMs: 0, dailyCap, splitAt: 500 } },
  })
  branch = await seedBranch(chat, {
    secretaries: [SECRETARY],
    members: [{ name: '张三', contactId: ZHANG.id }, { name: '李四', contactId: LI.id }, { name: '王五' }],
  })
  await chat.db.member.updateMany({ where: { name: '李四' }, data: { privateChatAt: chat.clock.now() } })
}

const lastTo = (id: string) => chat.privateTexts(id).at(-1) ?? ''
const member = (name: string) => chat.db.member.findFirstOrThrow({ where: { branchId: branch.id, name } })

it('a member answers one question at a time, through a command in between, a wrong answer and a restart', async () => {
  await setUp()
  await chat.sayPrivately(ZHANG, '填写信息')
  expect(lastTo(ZHANG.id)).toMatch(/^张三，你好！支部想了解你的近况（四个清楚）/)
  expect(lastTo(ZHANG.id)).toContain('你现在在哪个城市务工或居住？（如：深圳、成都双流）（还有4题）')

  await chat.sayPrivately(ZHANG, '深圳')
  expect(lastTo(ZHANG.id)).toBe('已记下。\n你现在在哪个单位工作？（打零工、个体经营也可以直接写）（还有3题）')
  expect((await member('张三')).city).toBe('深圳')

  await chat.sayPrivately(ZHANG, '我的出勤')
  expect(lastTo(ZHANG.id)).toMatch(/^张三今年应参加0次活动/)

  await chat.sayPrivately(ZHANG, '富士康')
  expect(lastTo(ZHANG.id)).toMatch(/^已记下。\n你从事哪个行业？回复数字：\n1 制造业/)
  await chat.sayPrivately(ZHANG, '9')
  expect(lastTo(ZHANG.id)).toMatch(/^请回复数字1到8，或直接写“制造业”.*等。\n你从事哪个行业？/)
  await chat.sayPrivately(ZHANG, '贷款怎么申请？')
  expect(lastTo(ZHANG.id)).toMatch(/^这像是在提问。想问政策请发「政策 你的问题」/)

  const after = await restart(chat)
  await after.sayPrivately(ZHANG, '１')
  expect(lastTo(ZHANG.id)).toMatch(/^已记下。\n有没有回家乡创业的打算？/)
  await after.sayPrivately(ZHANG, '有')
  await after.sayPrivately(ZHANG, '不愿意')
  expect(lastTo(ZHANG.id)).toBe(
    '谢谢，已保存！\n现居城市：深圳\n工作单位：富士康\n从事行业：制造业\n返乡创业意愿：有\n任村干部意愿：不愿意\n以后有变化，私聊发「填写信息」修改，发「我的信息」查看。',
  )
  expect(await member('张三')).toMatchObject({ returnWish: '有', cadreWish: '不愿意', industry: '制造业' })
  expect((await chat.db.memberEvent.findMany()).map((e) => e.kind)).toEqual(['factsUpdated'])

  const before = chat.privateTexts(ZHANG.id).length
  await after.sayPrivately(ZHANG, '我的信息')
  expect(chat.privateTexts(ZHANG.id).slice(before)).toEqual([
    expect.stringContaining('任村干部意愿：不愿意') as string,
  ])
  await after.runtime.stop()
})

it('完善信息 posts one group message, starts known members privately, and lists whom it cannot reach', async () => {
  await setUp()
  await chat.say(SECRETARY, '完善信息')
  expect(chat.groupTexts()).toHaveLength(1)
  const invite = chat.sent.find((s) => 'roomId' in s.to)
  expect(invite?.text).toBe(
    '四个清楚不全的党员共3人。\n已私聊1人，请按提示回答。\n请以下1位党员加我为好友，私聊发送「填写信息」，1分钟就能填完：\n另有1人还没有报到，联系不上，名单已私信书记。',
  )
  expect(invite?.mentionIds).toEqual([ZHANG.id])
  expect(lastTo(LI.id)).toContain('你现在在哪个城市务工或居住？')
  expect(lastTo(SECRETARY.id)).toBe(
    '完善信息：\n未报到、机器人联系不上（1人）：王五\n已在群里邀请，等本人加好友私聊（1人）：张三',
  )
  await chat.sayPrivately(LI, '暂停')
  expect(lastTo(LI.id)).toBe('好的，先停在这里，已填的都保存了。想继续时私聊发送「填写信息」。')

  await chat.say(SECRETARY, '信息完整度')
  expect(chat.groupTexts().at(-1)).toBe(
    '四个清楚完整 0/3 人（0%）。缺流向 3人，缺从业 3人，缺返乡创业意愿 3人，缺任村干部意愿 3人。名单已私信发给你；发「完善信息」请他们私聊补全。',
  )
})

it('keeps private invitations under the daily cap and says who waits for tomorrow', async () => {
  await setUp(10)
  const sentToday = {
    accountId: TEST_ACCOUNT.id,
    conversationId: 'room-1',
    isRoom: true,
    text: '早些时候的消息',
    status: 'sent' as const,
  }
  const at = chat.clock.now()
  await chat.db.outboundMessage.createMany({
    data: Array.from({ length: 7 }, () => ({ ...sentToday, createdAt: at, sentAt: at })),
  })
  await chat.say(SECRETARY, '完善信息')
  expect(chat.groupTexts()[0]).toContain('今天私聊发送量已接近上限，另有1人明天再发「完善信息」继续。')
  expect(chat.privateTexts(LI.id)).toEqual([])
  expect(lastTo(SECRETARY.id)).toContain('今天发送额度不够，明天继续（1人）：李四')
})
