// Chat in the demo group from the terminal, as any member.
import { createInterface } from 'node:readline'
import type { World, ContactMock } from './world.js'

const HELP = `模拟器命令（其余输入都作为当前发言人在群里说的话）：
  /成员            列出群成员（序号、姓名）
  /切换 <序号|姓名>  换一个发言人，例如 /切换 2 或 /切换 李娟
  /私聊 <内容>      当前发言人私聊机器人
  /文件 <路径>      当前发言人在群里发送文件，如示例名册：/文件 prisma/seed/示例名册.csv
  /私发文件 <路径>   当前发言人私聊发送文件
  /新群            换到一个未绑定的新群，从「绑定支部」开始体验；/原群 回到演示支部群
  /帮助            显示本说明
  /退出            退出
在群里 @机器人 请输入 @${'{机器人名}'} 开头，@某人 请输入 @姓名。`

export async function runTerminal(world: World, botName: string): Promise<void> {
  const rl = createInterface({ input: process.stdin, output: process.stdout })
  let speaker: ContactMock = world.secretary
  const print = (line: string) => process.stdout.write(`${line}\n`)
  world.onBotMessage((text, where) => {
    const place =
      'group' in where
        ? where.group === world.current.payload.topic
          ? '群'
          : `群·${where.group}`
        : `私聊→${where.to}`
    print(`\n【${place}】${botName}：${text.replace(/\n/g, '\n    ')}`)
  })
  print(`\n已进入模拟群「${world.room.payload.topic}」。当前发言人：${speaker.payload.name}（书记）`)
  print(HELP.replace('{机器人名}', botName))
  print('试试：帮助 / 名册 / 开课 党章学习 30 / 签到 / 结束\n')
  const prompt = () => {
    rl.setPrompt(`${speaker.payload.name}> `)
    rl.prompt()
  }
  prompt()
  for await (const raw of rl) {
    const line = raw.trim()
    const [command, ...rest] = line.split(/\s+/)
    const arg = rest.join(' ')
    if (command === '/退出' || command === '/quit') break
    if (!line) {
      prompt()
      continue
    }
    if (command === '/帮助' || command === '/help') print(HELP.replace('{机器人名}', botName))
    else if (command === '/成员' || command === '/members')
      world.people.forEach((p, i) => print(`  ${i + 1}. ${p.payload.name}（${p.id}）`))
    else if (command === '/切换' || command === '/as') {
      const next = pick(world.people, arg)
      if (next) speaker = next
      print(next ? `当前发言人：${speaker.payload.name}` : `没有这个人：${arg}（用 /成员 查看）`)
    } else if (command === '/私聊' || command === '/p') await world.sayPrivately(speaker, arg)
    else if (command === '/新群' || command === '/原群') {
      world.current = command === '/新群' ? world.newRoom : world.room
      print(`现在在「${world.current.payload.topic}」里发言。`)
    } else if (command === '/文件' || command === '/file') await sendFile(world, speaker, arg, false, print)
    else if (command === '/私发文件') await sendFile(world, speaker, arg, true, print)
    else await world.sayInGroup(speaker, line)
    prompt()
  }
  rl.close()
  await world.stop()
}

function pick(people: ContactMock[], arg: string): ContactMock | undefined {
  const index = Number(arg)
  if (Number.isInteger(index) && index >= 1) return people[index - 1]
  return people.find((p) => p.payload.name === arg)
}

async function sendFile(
  world: World,
  who: ContactMock,
  file: string,
  privately: boolean,
  print: (s: string) => void,
) {
  try {
    await world.sendFile(who, file, privately)
  } catch (error) {
    print(`发送文件失败：${(error as Error).message}`)
  }
}
