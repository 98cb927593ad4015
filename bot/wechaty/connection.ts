// The account's connection: QR code, login and logout, errors with a hint, the health signal, the outbound
// queue following the connection, and the supervisor that reconnects by itself. Every listener ends in one
// place that logs and never throws.
import qrcodeTerminal from 'qrcode-terminal'
import type { Wechaty } from 'wechaty'
import type { Clock, Config, Logger } from '../../handlers/types.js'
import type { Db } from '../../prisma/client.js'
import { listBoundRoomIds } from '../../prisma/repos/core/groups.js'
import type { Health } from '../health.js'
import type { OutboundQueue } from '../outbound/queue.js'
import { wechatySender } from './adapter.js'
import { Supervisor } from './supervisor.js'

export interface ConnectionOptions {
  db: Db
  config: Config
  clock: Clock
  log: Logger
  health: Health
  outbound: OutboundQueue
  printQr?: boolean
  /** Each time the bot comes online (away 0 at start): catch up, and after an outage tell the admins. */
  onOnline?: (awayMs: number) => Promise<void>
}

export interface Connection {
  supervisor: Supervisor
  /** Resolves when no connection listener (login, logout …) is still running. */
  idle(): Promise<void>
}

/** Wraps listeners so nothing they throw or reject escapes: it is logged with the event's name. */
function listenerGuard(log: Logger) {
  const running = new Set<Promise<void>>()
  const guarded =
    <A extends unknown[]>(name: string, listener: (...args: A) => void | Promise<void>) =>
    (...args: A) => {
      const done: Promise<void> = Promise.resolve()
        .then(() => listener(...args))
        .catch((error: unknown) =>
          log.error({ err: error, event: name }, `处理 ${name} 事件出错（机器人继续运行）`),
        )
        .finally(() => running.delete(done))
      running.add(done)
    }
  const idle = async () => {
    while (running.size) await Promise.all(running)
  }
  return { guarded, idle }
}

export function followConnection(bot: Wechaty, o: ConnectionOptions): Connection {
  const { log, health, clock } = o
  const { guarded, idle } = listenerGuard(log)
  const supervisor = new Supervisor({
    bot,
    log,
    health,
    limits: o.config.gateway,
    onOnline: async (awayMs) => {
      o.outbound.wake()
      await o.onOnline?.(awayMs)
    },
  })
  bot.on('puppet', (puppet) => {
    const alive = () => supervisor.noteEvent()
    for (const event of ['heartbeat', 'dong', 'message', 'login', 'ready', 'dirty'] as const)
      puppet.on(event, alive)
  })

  bot.on(
    'scan',
    guarded('scan', (qrcode: string, status: number) => {
      supervisor.noteScan()
      const url = `https://wechaty.js.org/qrcode/${encodeURIComponent(qrcode)}`
      log.warn({ status, url }, '请用机器人微信扫码登录（二维码见下方，或打开链接）')
      if (o.printQr !== false) qrcodeTerminal.generate(qrcode, { small: true })
    }),
  )

  bot.on(
    'login',
    guarded('login', async (user) => {
      health.loggedIn = true
      health.user = user.name()
      log.info({ user: user.name(), id: user.id }, health.lastLogoutAt ? '已重新登录' : '已登录')
      supervisor.noteLogin(true)
      await supervisor.check()
      o.outbound.resume(wechatySender(bot))
      await warmBoundRooms(bot, await listBoundRoomIds(o.db), log)
    }),
  )

  bot.on(
    'logout',
    guarded('logout', (user, reason) => {
      health.loggedIn = false
      health.lastLogoutAt = clock.now()
      o.outbound.pause()
      supervisor.noteLogin(false)
      void supervisor.check()
      log.error(
        { user: user.name(), reason },
        '机器人已掉线！消息会留在发送队列里，机器人会自动重连；如果网关要求重新扫码，请查看日志里的二维码。',
      )
    }),
  )

  bot.on(
    'error',
    guarded('error', (error) => {
      const text = String(error)
      if (/not logged in/i.test(text)) supervisor.noteNotLoggedIn()
      log.error({ err: error }, `Wechaty 出错：${hintFor(text)}`)
    }),
  )
  return { supervisor, idle }
}

/** Loads each bound room once, so the first burst of messages does not start a sync per message. */
async function warmBoundRooms(bot: Wechaty, roomIds: string[], log: Logger): Promise<void> {
  for (const id of roomIds) {
    const room = await bot.Room.find({ id }).catch(() => undefined)
    if (!room)
      log.warn(
        { roomId: id },
        '已绑定的群找不到了：机器人可能已被移出群，或群编号变了（可在新群发送「迁移本群 <支部名称>」）',
      )
  }
}

function hintFor(error: string): string {
  if (/TOKEN not found|token/i.test(error)) return '请检查 WECHATY_PUPPET_SERVICE_TOKEN 是否正确'
  if (/SNI|insecure/i.test(error))
    return '网关未开 TLS 时请设置 WECHATY_PUPPET_SERVICE_NO_TLS_INSECURE_CLIENT=true，或使用 insecure_ 前缀的 Token'
  if (/ECONNREFUSED|UNAVAILABLE|timeout|CANCELLED|DEADLINE/i.test(error))
    return '连不上网关，机器人会自动重试；请检查网关是否在运行、WECHATY_PUPPET_SERVICE_ENDPOINT 和网络'
  if (/WatchdogAgent reset/i.test(error))
    return '网关长时间没有心跳，连接已重置，机器人会自动重连（可调大 GATEWAY_WATCHDOG_SECONDS）'
  return '详见日志'
}
