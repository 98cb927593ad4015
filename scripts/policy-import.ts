// npm run policy:import -- <file> [--title 标题] [--kb 目录]: load an official plain text into the knowledge base.
import { readFileSync } from 'node:fs'
import { defaultKbDir } from '../handlers/policy/kb.js'
import { importPolicyText } from '../handlers/policy/importer.js'

function option(args: string[], name: string): string | undefined {
  const i = args.indexOf(name)
  return i >= 0 ? args[i + 1] : undefined
}

function main(args: string[]) {
  const file = args.find((a, i) => !a.startsWith('--') && !args[i - 1]?.startsWith('--'))
  if (!file) {
    console.error('用法：npm run policy:import -- <政策原文.txt> [--title 标题] [--kb prompts/policy]')
    process.exit(2)
  }
  const result = importPolicyText({
    kbDir: option(args, '--kb') ?? defaultKbDir,
    fileName: file,
    text: readFileSync(file, 'utf8'),
    title: option(args, '--title'),
    now: new Date(),
  })
  console.log(`已导入《${result.title}》：${result.articles} 条 → ${result.file}`)
  if (result.archived) console.log(`旧版本已存档：${result.archived}`)
  console.log(`分词词表已更新：${result.vocabulary.words} 个词 → ${result.vocabulary.file}`)
  console.log('运行中的机器人请用“导入政策”或重启来加载新版本。')
}

main(process.argv.slice(2))
