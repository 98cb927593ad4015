// Keeps the account connected without anyone restarting the bot. Gateways drop: the gRPC event stream resets,
// the gateway restarts, it is down when the bot starts, or it comes back without announcing the login again.
// The supervisor watches the login state and the gateway's traffic (heartbeats, messages): a stream that went
// quiet gets a ding first; a stream still quiet, a lost login or a gateway that refused to start gets a fresh
// connection (the client's stop and start; the gateway keeps the session and announces the login again),
// retried with capped, jittered back-off. Each change of state is logged once, in plain Chinese.
import type { Wechaty } from 'wechaty'
import { PuppetService } from 'wechaty-puppet-service'
import type { Logger } from '../../handlers/types.js'
import type { Health, LinkState } from '../health.js'

export interface SupervisorLimits {
  /** How often the state is checked. */
  checkEveryMs: number
  /** No event from the gateway for this long while logged in: the stream is stalled. */
  stallMs: number
  /** Logged out (or never logged in) this long: start recovering. */
  loginGraceMs: number
  backoffMinMs: number
  backoffMaxMs: number
}

export const defaultSupervisorLimits: SupervisorLimits = {
  checkEveryMs: 5_000,
  stallMs: 120_000,
  loginGraceMs: 30_000,
  backoffMinMs: 2_000,
  backoffMaxMs: 300_000,
}

export interface SupervisorOptions {
  bot: Wechaty
  log: Logger
  health: Health
  limits: SupervisorLimits
  random?: () => number
  /** Elapsed real time in ms (monotonic). Connection liveness is real time, not the bot's business clock. */
  now?: () => number
  /**
   * Called each time the bot comes online: first at start (away 0), then after each outage with how long it
   * was away.
   */
  onOnline?: (awayMs: number) => Promise<void>
}

/** A QR code shown this recently means a person is expected to scan it: no automatic restarts meanwhile. */
const SCAN_PATIENCE_MS = 10 * 60_000

const STATE_WORDS: Record<LinkState, string> = {
  starting: '正在连接网关',
  online: '已连接，正常收发',
  'logged-out': '机器人已掉线（未登录）',
  reconnecting: '连接网关中断，正在重连',
  stalled: '网关长时间没有消息（可能已断开），正在检查',
}

export class Supervisor {
  #timer: NodeJS.Timeout | null = null
  #checks: Promise<void> = Promise.resolve()
  #stopped = false
  #loggedIn = false
  #attempts = 0
  #nextAttemptAt = 0
  #dinged = false
  #since: number
  #lastEventAt: number
  #awaySince: number | null = null
  #scanAt: number | null = null

  readonly #now: () => number

  constructor(private readonly o: SupervisorOptions) {
    this.#now = o.now ?? (() => performance.now())
    this.#since = this.#now()
    this.#lastEventAt = this.#since
  }

  /** Any event from the gateway (heartbeat, dong, message, login …): it is alive. */
  noteEvent(): void {
    this.#lastEventAt = this.#now()
    this.#dinged = false
  }

  /** Login and logout as the events told them (Wechaty's own flag changes a moment after the event). */
  noteLogin(loggedIn: boolean): void {
    this.#loggedIn = loggedIn
    if (loggedIn) this.noteEvent()
  }

  /** The gateway shows a QR code: a person has to scan it, restarting would only replace the code. */
  noteScan(): void {
    this.#scanAt = this.#now()
  }

  /** The gateway said we are not logged in although we thought so: recover now, not after the grace. */
  noteNotLoggedIn(): void {
    this.#since = Math.min(this.#since, this.#now() - this.o.limits.loginGraceMs)
  }

  start(): void {
    const loop = () => {
      if (this.#stopped) return
      this.#timer = setTimeout(() => void this.check().finally(loop), this.o.limits.checkEveryMs)
      this.#timer.unref()
    }
    loop()
  }

  stop(): void {
    this.#stopped = true
    if (this.#timer) clearTimeout(this.#timer)
    this.#timer = null
  }

  /** One look at the connection (checks run one after another); takes the next recovery step when due. */
  check(): Promise<void> {
    if (this.#stopped) return this.#checks
    this.#checks = this.#checks.then(() =>
      this.#step(this.#now()).catch((error: unknown) =>
        this.o.log.error({ err: error }, '连接检查出错（稍后再试）'),
      ),
    )
    return this.#checks
  }

  async #step(now: number): Promise<void> {
    const { bot, limits } = this.o
    const puppet = bot.puppet
    if (!puppet.state.active()) {
      this.#enter('reconnecting', now)
      return this.#attempt(now, '重新启动与网关的连接', () => puppet.start())
    }
    if (!this.#loggedIn || !bot.isLoggedIn) {
      this.#enter(this.#attempts ? 'reconnecting' : 'logged-out', now)
      if (now - this.#since < limits.loginGraceMs || this.#waitingForScan(now)) return
      return this.#attempt(now, '重新连接网关', () => this.#restart())
    }
    // Only a gateway's stream can stall; an in-process puppet (the simulator) has nothing to lose.
    if (puppet instanceof PuppetService && now - this.#lastEventAt > limits.stallMs) {
      this.#enter('stalled', now)
      if (!this.#dinged) {
        this.#dinged = true
        puppet.ding('liveness')
        return
      }
      if (now - this.#lastEventAt > 2 * limits.stallMs)
        return this.#attempt(now, '重新连接网关', () => this.#restart())
      return
    }
    await this.#enter('online', now)
  }

  #waitingForScan(now: number): boolean {
    return this.#scanAt !== null && now - this.#scanAt < SCAN_PATIENCE_MS
  }

  async #attempt(now: number, what: string, action: () => Promise<void>): Promise<void> {
    if (now < this.#nextAttemptAt) return
    this.#attempts++
    const delay = this.#backoff()
    this.#nextAttemptAt = now + delay
    this.o.log.info({ attempt: this.#attempts, nextInMs: delay }, `${what}（第${this.#attempts}次）`)
    await action().catch((error: unknown) =>
      this.o.log.warn(
        { err: error, attempt: this.#attempts },
        `${what}没有成功，${Math.round(delay / 1000)}秒后再试`,
      ),
    )
  }

  #backoff(): number {
    const { backoffMinMs, backoffMaxMs } = this.o.limits
    const base = Math.min(backoffMaxMs, backoffMinMs * 2 ** Math.min(this.#attempts - 1, 20))
    return Math.round(base * (0.8 + 0.4 * (this.o.random ?? Math.random)()))
  }

  /** A fresh connection: the same stop and start the client's own watchdog uses, under our control. */
  async #restart(): Promise<void> {
    const puppet = this.o.bot.puppet
    await puppet.stop().catch(() => {})
    await puppet.start()
  }

  async #enter(state: LinkState, now: number): Promise<void> {
    const { health } = this.o
    if (health.link === state) return
    const previous = health.link
    health.setLink(state, STATE_WORDS[state])
    if (state !== 'online') {
      this.#since = previous === 'online' || previous === 'starting' ? now : this.#since
      this.#awaySince ??= previous === 'starting' ? null : now
      const level = state === 'stalled' ? 'warn' : 'error'
      this.o.log[level]({ state }, `${STATE_WORDS[state]}。机器人会自动重试，不需要重启。`)
      return
    }
    this.#attempts = 0
    this.#nextAttemptAt = 0
    this.#scanAt = null
    const away = this.#awaySince === null ? 0 : now - this.#awaySince
    this.#awaySince = null
    this.o.log.info(
      { awayMs: away },
      away ? `已恢复连接（离线约${Math.max(1, Math.round(away / 60_000))}分钟）` : '已连接网关',
    )
    await this.o.onOnline?.(away)
  }
}
