// Issue 9: the bot survives the real gateway's faults over the real gRPC path (PuppetServer + the mock puppet on
// 127.0.0.1, the bot's PuppetService client) and recovers by itself: a gateway restart, a stalled event stream
// past the client's watchdog, a logout followed by a login. After each, it answers a command and sends what was
// queued, once. Timeouts are short and configured, nothing sleeps for minutes. (Split from the start-up faults
// in gateway-faults-start.test.ts so the two run side by side.)
import { afterEach, describe, expect, it } from 'vitest'
import { waitFor } from '../support/gateway.js'
import {
  GATEWAY,
  ROOM,
  answersHelp,
  fixture,
  healthy,
  recovered,
  stopAll,
  toRoom,
} from './gateway-fault-world.js'

afterEach(stopAll)

describe('the bot recovers by itself from gateway faults', () => {
  it('a gateway restart: back on the same address, queued messages go out once', async () => {
    const f = await fixture()
    await waitFor(healthy(f))
    await answersHelp(f)
    const since = Date.now()
    await f.gateway.stop()
    await waitFor(() => !f.bot.running.health.healthy, 10_000)
    await f.bot.running.runtime.outbound.sendToRoom(ROOM, '断线期间排队的通知')
    await f.gateway.start()
    f.gateway.startHeartbeats(300)
    await recovered(f, 'gateway restart', since)
    await waitFor(() => toRoom(f).includes('断线期间排队的通知'))
    await f.bot.running.idle()
    expect(toRoom(f).filter((t) => t === '断线期间排队的通知')).toHaveLength(1)
    expect(f.bot.logs.text()).toContain('重新连接网关')
  }, 60_000)

  it('a stream starved for longer than the client watchdog: noticed as stalled, answering again after', async () => {
    const f = await fixture()
    await waitFor(healthy(f))
    const since = Date.now()
    f.gateway.stall()
    await waitFor(() => f.bot.running.health.snapshot().status === 'stalled', 10_000)
    expect(f.bot.running.health.snapshot().reason).toContain('网关长时间没有消息')
    // The gateway stays silent for longer than the client's watchdog (3 s here; 300 s by default).
    await waitFor(() => Date.now() - since > GATEWAY.watchdogSeconds * 1000 + 500, 10_000)
    expect(f.bot.running.health.healthy).toBe(false)
    f.gateway.unstall()
    await recovered(f, 'stalled stream past the watchdog', since)
    expect(f.bot.logs.text()).toContain('重新连接网关')
  }, 60_000)

  it('a logout then a login: handles messages again and tells the admins once', async () => {
    const f = await fixture()
    await waitFor(healthy(f))
    const since = Date.now()
    await f.gateway.puppet.logout('账号在别处登录')
    await waitFor(() => f.bot.running.health.snapshot().status === 'logged-out')
    f.gateway.mocker.login(f.botUser)
    await recovered(f, 'logout then login', since)
    await f.bot.running.idle()
    const notices = f.gateway.received.filter((r) => r.to === f.secretary.id && r.text.includes('已恢复连接'))
    expect(notices).toHaveLength(1)
  }, 60_000)
})
