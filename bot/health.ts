// A health signal a supervisor (systemd, pm2, a load balancer) can watch: GET /healthz on HEALTH_PORT answers
// 200 while the account is logged in and the gateway is talking, 503 with the reason otherwise.
import { createServer, type Server } from 'node:http'
import type { Clock } from '../handlers/types.js'

export type LinkState = 'starting' | 'online' | 'logged-out' | 'reconnecting' | 'stalled'

export class Health {
  link: LinkState = 'starting'
  reason = '正在连接网关'
  loggedIn = false
  user = ''
  lastMessageAt: Date | null = null
  lastLogoutAt: Date | null = null
  constructor(private readonly clock: Clock) {}

  setLink(state: LinkState, reason: string): void {
    this.link = state
    this.reason = reason
  }

  /** Logged in, and the connection to the gateway is alive. */
  get healthy(): boolean {
    return this.loggedIn && this.link === 'online'
  }

  snapshot() {
    return {
      status: this.healthy ? 'ok' : this.loggedIn ? this.link : 'logged-out',
      reason: this.healthy ? '' : this.loggedIn ? this.reason : '机器人未登录',
      user: this.user,
      lastMessageAt: this.lastMessageAt?.toISOString() ?? null,
      lastLogoutAt: this.lastLogoutAt?.toISOString() ?? null,
      at: this.clock.now().toISOString(),
    }
  }

  serve(port: number): Server {
    const server = createServer((_req, res) => {
      res.writeHead(this.healthy ? 200 : 503, { 'content-type': 'application/json; charset=utf-8' })
      res.end(JSON.stringify(this.snapshot()))
    })
    return server.listen(port, '127.0.0.1')
  }
}
