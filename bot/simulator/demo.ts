// npm run demo: plays a short scenario in the simulator (fresh database) and exits.
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { DEMO_BRANCH } from '../../prisma/seed/demo.js'
import { loadConfig } from '../config.js'
import { createLogger, MemoryLogSink } from '../logger.js'
import { startWorld } from './world.js'

type Step = [speaker: string, text: string] | [speaker: string, 'file', path: string]
const isFileStep = (step: Step): step is [string, 'file', string] => step.length === 3

/** The sample roster shipped for the simulator (fictitious phone numbers). */
const SAMPLE_ROSTER = path.join(import.meta.dirname, '../../prisma/seed/示例名册.csv')

function script(rosterFile: string): Step[] {
  return [
    ['王建国', `绑定支部 ${DEMO_BRANCH}`],
    ['王建国', '设置书记 @王建国'],
    ['王建国', '导入名册'],
    ['王建国', 'file', rosterFile],
    ['王建国', '名册'],
    ['王建国', '报到 王建国'],
    ['李娟', '报到 李娟'],
    ['赵强', '报到 赵强'],
    ['刘芳', '报到 刘芳'],
    ['张伟', '报到 张伟'],
    ['张伟', '1234'],
    ['陈明', '报到 陈明'],
    ['王建国', '开课 学习党的二十届四中全会精神 30'],
    ['李娟', '签到'],
    ['赵强', '到'],
    ['赵强', '到'],
    ['张伟', '1. 张伟\n2. 刘芳\n3. 黄磊 已学习'],
    ['陈明', '请假 在工地加班'],
    ['孙涛', '签到'],
    ['王建国', '结束'],
    ['杨丽', '@支部助手 我想回老家开网店，能贷款吗？'],
    ['杨丽', '帮助'],
  ]
}

async function main(): Promise<void> {
  const dir = mkdtempSync(path.join(tmpdir(), 'zhibu-demo-'))
  const config = loadConfig({
    DATABASE_URL: `file:${path.join(dir, 'demo.db')}`,
    DATA_DIR: dir,
    OUTBOUND_MIN_GAP_MS: '0',
    OUTBOUND_JITTER_MS: '0',
  })
  const world = await startWorld(config, createLogger({ sink: new MemoryLogSink() }), { seed: false })
  const print = (line: string) => process.stdout.write(`${line}\n`)
  world.onBotMessage((text, where) =>
    print(
      `    ↳ ${'group' in where ? '群' : `私聊→${where.to}`} ${config.botName}：${text.replace(/\n/g, '\n      ')}`,
    ),
  )
  try {
    for (const step of script(SAMPLE_ROSTER)) {
      const who = world.people.find((p) => p.payload.name === step[0])
      if (!who) throw new Error(`演示脚本里的人不在模拟群里：${step[0]}`)
      if (isFileStep(step)) {
        print(`${step[0]}：［发送文件 ${path.basename(step[2])}］`)
        await world.sendFile(who, step[2])
      } else {
        print(`${step[0]}：${step[1].replace(/\n/g, '\n      ')}`)
        await world.sayInGroup(who, step[1])
      }
    }
    await new Promise((resolve) => setTimeout(resolve, 300))
  } finally {
    await world.stop()
    rmSync(dir, { recursive: true, force: true })
  }
}

await main()
process.exit(0)
