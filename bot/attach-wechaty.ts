// Connects a Wechaty instance to the app: inbound messages, the outbound sender, login state and loud logs.
import qrcodeTerminal from 'qrcode-terminal'
import type { Wechaty } from 'wechaty'
import { formatShanghai } from '../handlers/shanghai.js'
import { listBoundRoomIds } from '../prisma/repos/core/groups.js'
import type { App } from './app.js'
import type { Health } from './health.js'
import { toIncoming } from './inbound.js'
import type { Logger } from './logger.js'
import { shareRoomReady } from './room-ready.js'
import { SeenIds } from './seen-ids.js'
import { wechatySender } from './wechaty-sender.js'

export interface AttachOptions {
  app: App
  log: Logger
  health: Health
  printQr?: boolean
}

export function attachWechaty(bot: Wechaty, o: AttachOptions): void {
  const { app, log, health } = o
  const { config, clock, db } = app.deps
  bot.once('start', () => shareRoomReady(bot))
  const seen = new SeenIds()
  const botNames = () => [config.botName, bot.isLoggedIn ? bot.currentUser.name() : ''].filter(Boolean)

  bot.on('scan', (qrcode, status) => {
    const url = `https://wechaty.js.org/qrcode/${encodeURIComponent(qrcode)}`
    log.warn({ status, url }, '请用机器人微信扫码登录（二维码见下方，或打开链接）')
    if (o.printQr !== false) qrcodeTerminal.generate(qrcode, { small: true })
  })

  bot.on('login', async (user) => {
    const relogin = health.lastLogoutAt !== null
    health.loggedIn = true
    health.user = user.name()
    log.info({ user: user.name(), id: user.id }, relogin ? '已重新登录' : '已登录')
    app.outbound.start(wechatySender(bot))
    await warmBoundRooms(bot, await listBoundRoomIds(db), log)
    if (relogin) {
      for (const id of config.botAdminIds) {
        await app.deps
          .portFor({ ...systemMessage(clock.now()), talkerId: id })
          .replyPrivately(
            `${config.botName} 已重新上线（上次掉线 ${formatShanghai(health.lastLogoutAt!)}）。`,
          )
      }
    }
  })

  bot.on('logout', (user, reason) => {
    health.loggedIn = false
    health.lastLogoutAt = clock.now()
    app.outbound.stop()
    log.error(
      { user: user.name(), reason },
      '机器人已掉线！消息会留在发送队列里。请检查网关/Token 是否有效，必要时重新扫码登录。',
    )
  })

  bot.on('error', (error) => {
    log.error({ err: error }, `Wechaty 出错：${hintFor(String(error))}`)
  })

  bot.on('message', async (message) => {
    try {
      const incoming = await toIncoming(message, {
        bot,
        clock,
        seen,
        botNames,
        staleAfterSeconds: config.staleAfterSeconds,
      })
      if (typeof incoming === 'string') return
      health.lastMessageAt = clock.now()
      await app.receive(incoming)
    } catch (error) {
      log.error({ err: error, msgId: message.id }, '读取消息失败')
    }
  })
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

function systemMessage(at: Date) {
  return {
    id: 'system',
    roomId: null,
    roomTopic: null,
    talkerId: '',
    talkerName: '',
    text: '',
    mentions: [],
    addressed: false,
    file: null,
    at,
  }
}
