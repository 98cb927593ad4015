import type { AddressInfo } from 'node:net'
import { expect, it } from 'vitest'
import { Health } from '../bot/health.js'
import { ManualClock } from './support/clock.js'

it('answers 503 with the reason while logged out or reconnecting, and 200 once logged in and connected', async () => {
  const health = new Health(new ManualClock('2026-11-27T12:00:00Z'))
  const server = health.serve(0)
  await new Promise((resolve) => server.once('listening', resolve))
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/healthz`
  try {
    const down = await fetch(url)
    expect(down.status).toBe(503)
    expect(await down.json()).toMatchObject({ status: 'logged-out' })
    health.loggedIn = true
    health.user = '支部助手'
    health.setLink('reconnecting', '连接网关中断，正在重连')
    const reconnecting = await fetch(url)
    expect(reconnecting.status).toBe(503)
    expect(await reconnecting.json()).toMatchObject({
      status: 'reconnecting',
      reason: '连接网关中断，正在重连',
    })
    health.setLink('online', '已连接，正常收发')
    const up = await fetch(url)
    expect(up.status).toBe(200)
    expect(await up.json()).toMatchObject({ status: 'ok', user: '支部助手' })
  } finally {
    server.close()
  }
})
