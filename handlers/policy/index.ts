// Policy Q&A: `政策 <问题>`, anything addressed to the bot, and the admin tools for the knowledge base.
import { on, type Context, type HandlerSpec } from '../types.js'
import { listUnanswered } from '../../prisma/repos/policy/questions.js'
import { formatShanghai } from '../shanghai.js'
import { answerPolicyQuestion } from './answer.js'
import { importPolicyText } from './importer.js'

export { createPolicyService, type PolicyService } from './service.js'

const importFileHandlerId = 'policy.import.file'
const maxImportBytes = 2_000_000

async function ask(ctx: Context, question: string): Promise<void> {
  const service = ctx.services.policy
  if (!question.trim()) {
    await ctx.out.reply(service.templates.replies.empty)
    return
  }
  const answer = await answerPolicyQuestion(
    {
      db: ctx.db,
      llm: ctx.llm,
      llmConfig: ctx.config.llm,
      limits: ctx.config.policyLimits,
      now: ctx.clock.now(),
      service,
    },
    { id: ctx.msg.talkerId, roomId: ctx.msg.roomId },
    question.trim(),
  )
  ctx.log.info({ mode: answer.mode, citations: answer.citations, tokens: answer.tokens }, 'policy question')
  if (answer.text) await ctx.out.reply(answer.text)
}

const askCommand = on.anywhere({
  id: 'policy.ask',
  commands: ['政策'],
  access: 'anyone',
  detached: true,
  help: { usage: '政策 <问题>', summary: '问返乡创业政策（贷款、补贴、培训、去哪办），回答附出处' },
  run: (ctx) => ask(ctx, ctx.args),
})

const askFallback = on.anywhere({
  id: 'policy.fallback',
  fallback: true,
  access: 'anyone',
  detached: true,
  help: { usage: '@机器人 <问题> 或私聊提问', summary: '同“政策”，直接问就行' },
  run: (ctx) => ask(ctx, ctx.args || ctx.msg.text),
})

const unanswered = on.anywhere({
  id: 'policy.unanswered',
  commands: ['未答问题'],
  access: 'admin',
  help: { usage: '未答问题', summary: '最近答不上的政策问题，用来补充政策资料' },
  async run(ctx) {
    const rows = await listUnanswered(ctx.db, 15)
    const text = rows.length
      ? [
          '最近答不上的问题：',
          ...rows.map((r, i) => `${i + 1}. ${formatShanghai(r.at)} ${r.question.slice(0, 40)}`),
        ].join('\n')
      : '最近没有答不上的问题。'
    await ctx.out.reply(text)
    await ctx.audit('未答问题', 'ok', `${rows.length}条`)
  },
})

const importCommand = on.anywhere({
  id: 'policy.import',
  commands: ['导入政策'],
  access: 'admin',
  help: { usage: '导入政策', summary: '然后发送政策原文 .txt/.md 文件，按条款导入，旧版本会存档' },
  async run(ctx) {
    ctx.expectFile(importFileHandlerId)
    await ctx.out.reply(
      '请在10分钟内发送政策原文文件（.txt 或 .md，纯文本）。同名文件会替换旧版本，旧版本存档保留。',
    )
  },
})

const importFile = on.anywhere({
  id: importFileHandlerId,
  acceptsFile: true,
  access: 'admin',
  async run(ctx) {
    const file = ctx.msg.file
    if (!file || !/\.(txt|md)$/i.test(file.name)) {
      await ctx.out.reply('只能导入 .txt 或 .md 纯文本文件。Word/PDF 请先另存为文本。')
      await ctx.audit('导入政策', 'rejected', file?.name ?? '无文件')
      return
    }
    const data = await file.read()
    if (data.length > maxImportBytes) {
      await ctx.out.reply('文件太大了（超过2MB），请只导入政策正文。')
      await ctx.audit('导入政策', 'rejected', `${file.name} 太大`)
      return
    }
    const service = ctx.services.policy
    const result = importPolicyText({
      kbDir: service.kbDir,
      fileName: file.name,
      text: data.toString('utf8'),
      now: ctx.clock.now(),
    })
    service.reload()
    const archived = result.archived ? '，旧版本已存档' : ''
    await ctx.out.reply(`已导入《${result.title}》，共${result.articles}条${archived}。`)
    await ctx.audit('导入政策', 'ok', `${result.docId} ${result.articles}条`)
  },
})

export const policyHandlers: HandlerSpec[] = [askCommand, unanswered, importCommand, importFile, askFallback]
