// The account's connection: QR code, login and logout, errors with a hint, the health signal, and the
// outbound queue following the login state. Every listener ends in one place that logs and never throws.
import qrcodeTerminal from 'qrcode-terminal'
import type { Wechaty } from 'wechaty'
import { formatShanghai } from '../../handlers/shanghai.js'
import type { Clock, Config, Logger } from '../../handlers/types.js'
import type { Db } from '../../prisma/client.js'
import { listBoundRoomIds } from '../../prisma/repos/core/groups.js'
import type { Health } from '../health.js'
import type { OutboundQueue } from '../outbound/queue.js'
import { wechatySender } from './adapter.js'

export interface ConnectionOptions {
  db: Db
  config: Config
  clock: Clock
  log: Logger
  health: Health
  outbound: OutboundQueue
  printQr?: boolean
}

export function followConnection(bot: Wechaty, o: ConnectionOptions): void {
  const { log, health, clock } = o
  const guarded =
    <A extends unknown[]>(name: string, listener: (...args: A) => void | Promise<void>) =>
    (...args: A) => {
      Promise.resolve()
        .then(() => listener(...args))
        .catch((error: unknown) =>
          log.error({ err: error, event: name }, `处理 ${name} 事件出错（机器人继续运行）`),
        )
    }

  bot.on(
    'scan',
    guarded('scan', (qrcode: string, status: number) => {
      const url = `https://wechaty.js.org/qrcode/${encodeURIComponent(qrcode)}`
      log.warn({ status, url }, '请用机器人微信扫码登录（二维码见下方，或打开链接）')
      if (o.printQr !== false) qrcodeTerminal.generate(qrcode, { small: true })
    }),
  )

  bot.on(
    'login',
    guarded('login', async (user) => {
      const lastLogout = health.lastLogoutAt
      health.loggedIn = true
      health.user = user.name()
      log.info({ user: user.name(), id: user.id }, lastLogout ? '已重新登录' : '已登录')
      o.outbound.resume(wechatySender(bot))
      if (lastLogout) await tellAdminsBack(o, lastLogout)
      await warmBoundRooms(bot, await listBoundRoomIds(o.db), log)
    }),
  )

  bot.on(
    'logout',
    guarded('logout', (user, reason) => {
      health.loggedIn = false
      health.lastLogoutAt = clock.now()
      o.outbound.pause()
      log.error(
        { user: user.name(), reason },
        '机器人已掉线！消息会留在发送队列里。请检查网关/Token 是否有效，必要时重新扫码登录。',
      )
    }),
  )

  bot.on(
    'error',
    guarded('error', (error) => {
      log.error({ err: error }, `Wechaty 出错：${hintFor(String(error))}`)
    }),
  )
}

async function tellAdminsBack(o: ConnectionOptions, since: Date): Promise<void> {
  const text = `${o.config.botName} 已重新上线（上次掉线 ${formatShanghai(since)}）。`
  for (const id of o.config.botAdminIds) await o.outbound.sendToContact(id, text)
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
  if (/ECONNREFUSED|UNAVAILABLE|timeout/i.test(error))
    return '连不上网关，请检查 WECHATY_PUPPET_SERVICE_ENDPOINT 和网络'
  return '详见日志'
}
