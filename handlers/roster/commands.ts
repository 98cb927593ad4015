// 导入名册 (asks for the file), the file acceptor that imports it, and 名册 (counts only).
import { countRoster } from '../../prisma/repos/roster/checkin.js'
import { on, type BranchContext } from '../types.js'
import { importRosterFile } from './import.js'
import { RosterFileError } from './parse.js'
import { groupImportReport, hasDetail, privateImportDetail, rosterCountsText } from './report.js'

export const IMPORT_FILE_HANDLER_ID = 'roster.import-file'

export const askForRosterFile = on.branch({
  id: 'roster.import',
  commands: ['导入名册'],
  access: 'admin',
  help: { usage: '导入名册', summary: '然后发送 .xlsx 或 .csv 名册文件，导入或更新名册' },
  async run(ctx) {
    ctx.expectFile(IMPORT_FILE_HANDLER_ID)
    await ctx.out.reply(
      `请在10分钟内把${ctx.branch.name}的名册文件（.xlsx 或 .csv）发过来。至少要有“姓名”“手机号”两列。`,
    )
  },
})

export const acceptRosterFile = on.branch({
  id: IMPORT_FILE_HANDLER_ID,
  acceptsFile: true,
  access: 'admin',
  async run(ctx) {
    const file = ctx.msg.file
    if (!file) return ctx.out.reply('没有收到文件。请重新发送“导入名册”，再发 .xlsx 或 .csv 文件。')
    try {
      const report = await importRosterFile(ctx.db, ctx.branch.id, {
        buffer: await file.read(),
        name: file.name,
      })
      await replyWithReport(ctx, report, ctx.branch.name)
      await ctx.audit(
        '导入名册',
        'ok',
        `${file.name}: 新增${report.created} 更新${report.updated} 换号${report.phoneChanges.length} 无变化${report.unchanged} 跳过${report.skipped.length} 待核对${report.flagged.length}`,
      )
    } catch (error) {
      if (!(error instanceof RosterFileError)) throw error
      await ctx.out.reply(`名册没有导入：${error.userMessage}`)
      await ctx.audit('导入名册', 'rejected', `${file.name}: ${error.userMessage}`)
    }
  },
})

async function replyWithReport(
  ctx: BranchContext,
  report: Awaited<ReturnType<typeof importRosterFile>>,
  branchName: string,
): Promise<void> {
  if (!ctx.msg.roomId) return ctx.out.reply(privateImportDetail(report, branchName))
  const detail = hasDetail(report)
  await ctx.out.reply(groupImportReport(report, detail))
  if (detail) await ctx.out.replyPrivately(privateImportDetail(report, branchName))
}

export const showRosterCounts = on.branch({
  id: 'roster.counts',
  commands: ['名册'],
  access: 'admin',
  help: { usage: '名册', summary: '名册人数、报到情况、党员类别（不显示手机号）' },
  async run(ctx) {
    await ctx.out.reply(rosterCountsText(ctx.branch.name, await countRoster(ctx.db, ctx.branch.id)))
  },
})
