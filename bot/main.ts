// npm start: with WECHATY_PUPPET_SERVICE_TOKEN set, a real WeChat/WeCom account; otherwise the simulator.
import { describeDatabase } from '../prisma/provider.js'
import { choosePuppet, ConfigError, loadConfig, loadDotEnv } from './config.js'
import { createLogger } from './logger.js'
import { runTerminal } from './simulator/terminal.js'
import { startWorld } from './simulator/world.js'
import { installProcessGuards } from './process-guards.js'
import { startBot } from './start.js'

/** An orderly stop that takes longer than this ends the process anyway (systemd would wait 90 s). */
const SHUTDOWN_LIMIT_MS = 10_000

async function main(): Promise<void> {
  loadDotEnv()
  const choice = choosePuppet()
  if (choice.kind === 'simulator') {
    const config = loadConfig({ OUTBOUND_MIN_GAP_MS: '200', OUTBOUND_JITTER_MS: '200', ...process.env })
    const { createWriteStream, mkdirSync } = await import('node:fs')
    mkdirSync(config.dataDir, { recursive: true })
    const sink = createWriteStream(`${config.dataDir}/simulator.log`, { flags: 'a' })
    const log = createLogger({ sink, level: process.env.LOG_LEVEL ?? 'info' })
    installProcessGuards(log)
    console.log(
      `本地模拟器（未设置 WECHATY_PUPPET_SERVICE_TOKEN）。数据库：${describeDatabase(config.databaseUrl)}，日志：${config.dataDir}/simulator.log`,
    )
    const world = await startWorld(config, log)
    await runTerminal(world, config.botName)
    process.exit(0)
  }
  const config = loadConfig()
  const log = createLogger({ level: process.env.LOG_LEVEL ?? 'info', pretty: process.stdout.isTTY })
  installProcessGuards(log)
  const running = await startBot({ config, log })
  const port = Number(process.env.HEALTH_PORT ?? 0)
  if (port) running.health.serve(port)
  let stopping = false
  const shutdown = async () => {
    if (stopping) process.exit(1) // a second signal: do not wait any longer
    stopping = true
    log.info('正在退出…')
    // Stopping talks to the gateway; one that is gone or half-stopped can keep that waiting for ever.
    setTimeout(() => {
      log.error(`${SHUTDOWN_LIMIT_MS / 1000} 秒内没有正常退出，强制退出`)
      process.exit(1)
    }, SHUTDOWN_LIMIT_MS).unref()
    await running.stop()
    process.exit(0)
  }
  process.on('SIGINT', shutdown)
  process.on('SIGTERM', shutdown)
}

main().catch((error: unknown) => {
  if (error instanceof ConfigError) console.error(error.message)
  else console.error('启动失败：', error)
  process.exit(1)
})
