// A member's run of follow-up policy questions through the whole bot (real Wechaty, mock puppet, SQLite), with
// limits set through the environment as a deployment would: more in private, fewer in the group, and a reply
// that says when the member can ask again.
import { afterAll, beforeAll, expect, it } from 'vitest'
import { ConfigError, loadConfig } from '../../bot/config.js'
import { ManualClock } from '../support/clock.js'
import { say, startMockWechat, textsIn, type MockWechat } from '../support/mock-wechat.js'

let w: MockWechat
const clock = new ManualClock('2026-11-27T12:00:00Z') // 20:00 in Shanghai

beforeAll(async () => {
  const { policyLimits } = loadConfig({ POLICY_PRIVATE_QUESTIONS: '4', POLICY_GROUP_QUESTIONS: '2' })
  w = await startMockWechat({ clock, config: { policyLimits } })
})
afterAll(async () => w.stop())

it('ships limits that allow a real private conversation, and rejects a limit that is not a positive number', () => {
  expect(loadConfig({}).policyLimits).toEqual({ groupQuestions: 6, privateQuestions: 30, windowMinutes: 10 })
  expect(() => loadConfig({ POLICY_GROUP_QUESTIONS: '0' })).toThrow(ConfigError)
  expect(() => loadConfig({ POLICY_WINDOW_MINUTES: '十' })).toThrow(/POLICY_WINDOW_MINUTES/)
})

it('answers follow-ups in private, then says when the member can ask again, and answers again after that', async () => {
  const member = w.mocker.createContact({ id: 'm-liu', name: '刘强' })
  const privately = () => w.sent.filter((s) => s.toId === member.id && s.roomId === null).map((s) => s.text)
  for (const q of ['能贷多少', '利率多少', '要什么材料', '去哪里办']) {
    await say(w, member, w.botUser, `创业担保贷款${q}`)
    clock.advance(60_000)
  }
  expect(privately()).toHaveLength(4)
  expect(privately().every((a) => a.includes('出处：《'))).toBe(true)
  await say(w, member, w.botUser, '青年创业贷款能贷多少')
  await say(w, member, w.botUser, '那续贷呢')
  expect(privately().slice(4)).toEqual(['提问有点多了，请20:10以后再问。', '提问有点多了，请20:10以后再问。'])
  clock.set('2026-11-27T12:10:01Z')
  await say(w, member, w.botUser, '青年创业贷款能贷多少')
  expect(privately().at(-1)).toMatch(/^18至40岁.*3万(元)?至10万元/)
})

it('limits the group sooner, says once when to ask again, then stays quiet there while private still answers', async () => {
  clock.set('2026-11-27T13:00:00Z') // 21:00 in Shanghai
  const member = w.mocker.createContact({ id: 'm-zhou', name: '周敏' })
  const room = w.mocker.createRoom({
    id: 'policy-limit@chatroom',
    topic: '支部群',
    memberIdList: [w.botUser.id, member.id],
  })
  for (const q of ['能贷多少', '利率多少', '要什么材料', '去哪里办']) {
    await say(w, member, room, `政策 创业担保贷款${q}`)
    clock.advance(60_000)
  }
  const texts = textsIn(w, room.id)
  expect(texts).toHaveLength(3)
  expect(texts.slice(0, 2).every((t) => t.includes('出处：《'))).toBe(true)
  expect(texts[2]).toBe('提问有点多了，请21:10以后再问；想接着问，可以私聊我。')
  await say(w, member, w.botUser, '创业担保贷款去哪里申请')
  expect(w.sent.at(-1)).toMatchObject({ toId: member.id, roomId: null })
  expect(w.sent.at(-1)?.text).toContain('就业服务窗口')
})
