import { loadConfig } from './bot/config.js'
import { createLogger } from './bot/logger.js'
import { startWorld } from './bot/simulator/world.js'
import { createWriteStream } from 'node:fs'
const config = loadConfig({ DATABASE_URL: 'file:/tmp/simrun/sim.db', DATA_DIR: '/tmp/simrun', OUTBOUND_MIN_GAP_MS: '200', OUTBOUND_JITTER_MS: '100' })
const world = await startWorld(config, createLogger({ sink: createWriteStream('/tmp/simrun/log.txt') }))
const log = (s: string) => console.log(new Date().toISOString().slice(11, 19), s)
world.onBotMessage((t, w) => log(`BOT ${w === 'group' ? '群' : '私聊'}: ${t}`))
const sec = world.people[0]!
const now = new Date(Date.now() + 8 * 3600_000 + 60_000)
const hhmm = `${String(now.getUTCHours()).padStart(2, '0')}:${String(now.getUTCMinutes()).padStart(2, '0')}`
log(`王建国: 定时点名 每天 ${hhmm} 联络点名 时长2分钟`)
await world.sayInGroup(sec, `定时点名 每天 ${hhmm} 联络点名 时长2分钟`)
const phase = process.argv[2] ?? 'first'
await new Promise((r) => setTimeout(r, 75_000))
for (const p of world.people.slice(1, 4)) { log(`${p.payload.name}: 到`); await world.sayInGroup(p, '到') }
await new Promise((r) => setTimeout(r, 75_000))
await world.sayInGroup(sec, '定时列表')
await new Promise((r) => setTimeout(r, 3000))
await world.stop()
log('stopped ' + phase)
process.exit(0)
