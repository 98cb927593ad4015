// 年度通报 [年份]: one letter (.docx) per home organisation, sent privately to the admin.
import { on, type BranchContext, type HandlerSpec } from '../types.js'
import { safeFileName, saveExport } from './files.js'
import { figuresByOrg } from './figures.js'
import { letterDocx } from './letter.js'
import { readYear, type Period } from './periods.js'

export const yearEndHandler: HandlerSpec = on.branch({
  id: 'ledger.year-end',
  commands: ['年度通报'],
  access: 'admin',
  help: {
    usage: '年度通报 [年份]',
    summary: '给每个流出地党组织的年度表现通报（Word 函），私信给你；评价先用「年度评价」或「评价表」填',
  },
  async run(ctx) {
    const period = readYear(ctx.args, ctx.clock.now())
    if (!period) return ctx.out.reply('没看懂年份。例如：年度通报、年度通报 2026')
    await sendLetters(ctx, period)
  },
})

async function sendLetters(ctx: BranchContext, period: Period): Promise<void> {
  const orgs = await figuresByOrg(ctx.db, ctx.branch.id, period)
  if (!orgs.length) return ctx.out.reply(`${period.year}年名册里没有党员，无法生成年度通报。`)
  const now = ctx.clock.now()
  for (const org of orgs) {
    const buffer = await letterDocx({ branchName: ctx.branch.name, year: period.year, org, date: now })
    const name = `${safeFileName(org.originOrg)}-${period.year}年度表现通报-${now.getTime()}.docx`
    await ctx.out.sendFileToContact(ctx.msg.talkerId, await saveExport(ctx, name, buffer))
  }
  const members = orgs.flatMap((o) => o.members)
  const missing = members.filter((f) => !f.review).length
  await ctx.audit('年度通报', 'ok', `${period.year}：${orgs.length}份，${members.length}人，未评价${missing}`)
  const lines = [
    `${period.year}年度表现通报已生成：${orgs.length}个流出地党组织、${members.length}名党员，每个党组织一份 Word 函，已私信发给你。`,
  ]
  if (missing)
    lines.push(
      `其中${missing}人还没有年度评价，可发「年度评价 姓名 评价 奖惩建议」或「评价表」补上后重新生成。`,
    )
  await ctx.out.reply(lines.join('\n'))
}
