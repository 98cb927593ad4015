// Issue 9: 100 members doing 报到 on the first day used to cost 100 group messages, a third of the daily cap.
// Confirmations are folded into one message per minute, naming everyone confirmed in it.
import { afterEach, beforeEach, expect, it } from 'vitest'
import { seedBranch, startChat, type Chat } from '../support/chat.js'

const N = 100
let chat: Chat
beforeEach(async () => {
  chat = await startChat()
  const members = Array.from({ length: N }, (_, i) => ({ name: `党员${String(i).padStart(3, '0')}` }))
  await seedBranch(chat, { members })
})
afterEach(() => chat.stop())

it(`${N} 报到 within one minute cost at most a few group messages, and every member is confirmed by name`, async () => {
  for (let i = 0; i < N; i++) {
    const name = `党员${String(i).padStart(3, '0')}`
    await chat.say({ id: `wx-${i}`, name }, `报到 ${name}`)
    chat.clock.advance(550)
  }
  chat.clock.advance(60_000)
  chat.runtime.outbound.wake()
  await chat.settle()
  const messages = chat.groupTexts()
  expect(messages.length).toBeLessThanOrEqual(3)
  const confirmed = messages.join('\n')
  for (let i = 0; i < N; i++) expect(confirmed).toContain(`党员${String(i).padStart(3, '0')}`)
  expect(await chat.db.member.count({ where: { contactId: { not: null } } })).toBe(N)
  console.info(`${N} 报到 in one minute → ${messages.length} group messages`)
})
