// A health signal a supervisor can watch: GET /healthz on HEALTH_PORT (200 when logged in, 503 otherwise).
import { createServer, type Server } from 'node:http'
import type { Clock } from '../handlers/types.js'

export class Health {
  loggedIn = false
  user = ''
  lastMessageAt: Date | null = null
  lastLogoutAt: Date | null = null
  constructor(private readonly clock: Clock) {}

  snapshot() {
    return {
      status: this.loggedIn ? 'ok' : 'logged-out',
      user: this.user,
      lastMessageAt: this.lastMessageAt?.toISOString() ?? null,
      lastLogoutAt: this.lastLogoutAt?.toISOString() ?? null,
      at: this.clock.now().toISOString(),
    }
  }

  serve(port: number): Server {
    const server = createServer((_req, res) => {
      res.writeHead(this.loggedIn ? 200 : 503, { 'content-type': 'application/json' })
      res.end(JSON.stringify(this.snapshot()))
    })
    return server.listen(port, '127.0.0.1')
  }
}
