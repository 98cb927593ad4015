// The last line of defence: a rejection or exception nothing else caught is logged loudly. Network and gateway
// trouble is survivable (the supervisor reconnects), so the bot keeps running; anything else leaves the process
// in an unknown state, so it exits non-zero and systemd or pm2 starts it again (see README, 部署).
import type { Logger } from '../handlers/types.js'

const SURVIVABLE =
  /ECONNRESET|ECONNREFUSED|EPIPE|ETIMEDOUT|EAI_AGAIN|UNAVAILABLE|CANCELLED|DEADLINE_EXCEEDED|grpc|WatchdogAgent|not logged in/i

export function isSurvivable(error: unknown): boolean {
  const text =
    error instanceof Error
      ? `${error.name} ${error.message} ${String(Reflect.get(error, 'code') ?? '')}`
      : String(error)
  return SURVIVABLE.test(text)
}

export function installProcessGuards(
  log: Logger,
  exit: (code: number) => void = (code) => process.exit(code),
): void {
  process.on('unhandledRejection', (reason) => {
    log.error({ err: reason }, '有一个没有处理的异步错误（机器人继续运行），请把这条日志反馈给维护人员')
  })
  process.on('uncaughtException', (error) => {
    if (isSurvivable(error)) {
      log.error({ err: error }, '网络或网关出错（机器人继续运行，会自动重连）')
      return
    }
    log.fatal({ err: error }, '机器人遇到无法恢复的错误，即将退出；请用 systemd 或 pm2 运行以便自动重启')
    setTimeout(() => exit(1), 200).unref()
  })
}
