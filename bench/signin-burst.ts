// npm run bench:signin — the cost of a roll-call burst inside the bot (no WeChat): N sign-ins through the real
// dispatcher and the batched writes, for N = 50, 500 and 2,000 members. Prints figures; asserts nothing.
import { performance } from 'node:perf_hooks'
import { seedBranch, startChat } from '../tests/support/chat.js'

const SIZES = (process.env.BENCH_SIZES ?? '50,500,2000').split(',').map(Number)
const ADMIN = { id: 'admin-1', name: '书记' }

async function burst(n: number) {
  const chat = await startChat()
  try {
    const members = Array.from({ length: n }, (_, i) => ({ name: `党员${i}`, contactId: `c-${i}` }))
    await seedBranch(chat, { name: `支部${n}`, members })
    const opening = performance.now()
    await chat.say(ADMIN, '点名 30')
    const openMs = performance.now() - opening
    const started = performance.now()
    await Promise.all(
      members.map((m) => chat.runtime.dispatcher.receive('room-1', signIn(m, chat.clock.now()))),
    )
    await chat.runtime.features.attendance.flush(chat.db, silent)
    const ms = performance.now() - started
    const stored = await chat.db.attendance.count({ where: { status: 'present' } })
    const replies = chat.sent.length - 1
    return { n, ms, openMs, stored, replies }
  } finally {
    await chat.stop()
  }
}

const silent = (await import('pino')).default({ level: 'silent' })

function signIn(m: { name: string; contactId: string }, at: Date) {
  return {
    id: `s-${m.contactId}`,
    roomId: 'room-1',
    roomTopic: null,
    talkerId: m.contactId,
    talkerName: m.name,
    text: '到',
    mentions: [],
    addressed: false,
    file: null,
    at,
  }
}

await burst(50)
for (const n of SIZES) {
  const f = await burst(n)
  console.log(
    `N=${f.n}: ${f.ms.toFixed(1)} ms for the sign-ins (${((f.ms / f.n) * 1000).toFixed(0)} µs each), ` +
      `opening ${f.openMs.toFixed(0)} ms, stored ${f.stored}/${f.n}, replies to sign-ins ${f.replies}`,
  )
}
process.exit(0)
