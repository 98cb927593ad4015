// Builds the Wechaty instance: a given puppet (simulator, tests) or wechaty-puppet-service from the environment.
import { WechatyBuilder, type Wechaty } from 'wechaty'
import type { Puppet } from 'wechaty-puppet'
import { PuppetService } from 'wechaty-puppet-service'
import type { PuppetChoice } from '../config.js'
import { shareRoomReady } from './room-ready.js'

export type { Puppet, Wechaty }

type ServiceOptions = ConstructorParameters<typeof PuppetService>[0]

/** The payload store's open and close, one after another per puppet (see SteadyPuppetService). */
const storeTurns = new WeakMap<object, Promise<void>>()

/**
 * The gateway client, with two fixes found by the gateway fault tests:
 * - its payload cache (a LevelDB store per account) is opened on login and closed on logout without waiting
 *   for each other, so a logout followed at once by a login opened the store while the old one still held
 *   its lock, and the process died of an uncaught "LOCK: already held" error;
 * - a logout the gateway announced was sent back to it as a logout command, which logged out the session
 *   that had just logged in again. The bot never logs itself out, so logout() only records it locally.
 */
class SteadyPuppetService extends PuppetService {
  override async logout(reason = 'logout()'): Promise<void> {
    if (!this.isLoggedIn) return
    this.emit('logout', { contactId: this.currentUserId, data: reason })
    await new Promise((resolve) => setImmediate(resolve))
    this.__currentUserId = undefined
  }

  protected override hookPayloadStore(): void {
    const inTurn = (job: () => Promise<void>) => {
      const next = (storeTurns.get(this) ?? Promise.resolve()).then(job).catch((error: unknown) => {
        this.emit('error', error instanceof Error ? error : new Error(String(error)))
      })
      storeTurns.set(this, next)
    }
    this.on('login', ({ contactId }) => inTurn(() => this._payloadStore.start(contactId)))
    this.on('logout', () => inTurn(() => this._payloadStore.stop()))
  }
}

/** The wechaty-puppet-service client the bot uses (tests build theirs with it too). */
export function servicePuppet(options: ServiceOptions): Puppet {
  return new SteadyPuppetService(options)
}

/** `watchdogSeconds`: how long the service client waits without a heartbeat before resetting its stream. */
export function buildWechaty(
  from: Puppet | Extract<PuppetChoice, { kind: 'service' }>,
  watchdogSeconds: number,
): Wechaty {
  const puppet = 'kind' in from ? servicePuppet(serviceOptions(from, watchdogSeconds)) : from
  const bot = WechatyBuilder.build({ puppet })
  bot.once('start', () => shareRoomReady(bot))
  return bot
}

function serviceOptions(
  choice: Extract<PuppetChoice, { kind: 'service' }>,
  timeoutSeconds: number,
): ServiceOptions {
  return {
    token: choice.token,
    timeoutSeconds,
    ...(choice.endpoint ? { endpoint: choice.endpoint } : {}),
    ...(choice.authority ? { authority: choice.authority } : {}),
    ...(choice.tlsDisabled ? { tls: { disable: true } } : {}),
  }
}
