// Builds the Wechaty instance: a given puppet (simulator, tests) or wechaty-puppet-service from the environment.
import { WechatyBuilder, type Wechaty } from 'wechaty'
import type { Puppet } from 'wechaty-puppet'
import type { PuppetChoice } from '../config.js'

export type { Puppet, Wechaty }
import { shareRoomReady } from './room-ready.js'

/** `watchdogSeconds`: how long the service client waits without a heartbeat before resetting its stream. */
export function buildWechaty(
  from: Puppet | Extract<PuppetChoice, { kind: 'service' }>,
  watchdogSeconds: number,
): Wechaty {
  const bot = WechatyBuilder.build('kind' in from ? serviceOptions(from, watchdogSeconds) : { puppet: from })
  bot.once('start', () => shareRoomReady(bot))
  return bot
}

function serviceOptions(choice: Extract<PuppetChoice, { kind: 'service' }>, timeoutSeconds: number) {
  return {
    puppet: 'wechaty-puppet-service' as const,
    puppetOptions: {
      token: choice.token,
      timeoutSeconds,
      ...(choice.endpoint ? { endpoint: choice.endpoint } : {}),
      ...(choice.authority ? { authority: choice.authority } : {}),
      ...(choice.tlsDisabled ? { tls: { disable: true } } : {}),
    },
  }
}
