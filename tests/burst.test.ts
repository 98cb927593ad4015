// A roll-call burst: hundreds of sign-ins at the same moment in a room Wechaty has not loaded yet.
// (Concurrent Prisma lookups of the same kind are batched into one query and once broke the parameter limit.)
import { afterEach, expect, it } from 'vitest'
import { startMockWechat, textsIn, type MockWechat } from './support/mock-wechat.js'

let w: MockWechat
afterEach(async () => w.stop())

it('records every one of 600 simultaneous sign-ins and reports them in one summary', async () => {
  const n = 600
  w = await startMockWechat({ config: { botAdminIds: ['sec'] } })
  const secretary = w.mocker.createContact({ id: 'sec', name: '书记' })
  const members = Array.from({ length: n }, (_, i) =>
    w.mocker.createContact({ id: `m${i}`, name: `党员${i}` }),
  )
  const room = w.mocker.createRoom({
    id: 'burst@chatroom',
    topic: '大支部',
    memberIdList: [w.botUser.id, secretary.id, ...members.map((m) => m.id)],
  })
  const db = w.running.db
  const branch = await db.branch.create({ data: { name: '大支部' } })
  await db.group.create({ data: { roomId: room.id, topic: '大支部', branchId: branch.id, boundBy: 'test' } })
  await db.member.createMany({
    data: members.map((m) => ({ branchId: branch.id, name: m.payload.name, contactId: m.id })),
  })

  secretary.say('点名 30 联络点名').to(room)
  await w.settle()
  for (const m of members) m.say('到').to(room)
  await w.settle()
  secretary.say('结束').to(room)
  await w.settle()

  const texts = textsIn(w, room.id)
  expect(texts.at(-1)).toContain(`应到会党员${n}名，实到会党员${n}名`)
  expect(texts).toHaveLength(2)
  expect(w.logs.lines.filter((l) => (l.level as number) >= 50)).toEqual([])
}, 60_000)
