// 对账 [流出地党组织] (then the ledger file) and 接受对账 <编号…|全部>.
import { on, type BranchContext, type HandlerSpec, type Incoming } from '../types.js'
import { shanghaiDateKey } from '../shanghai.js'
import { RosterFileError } from '../roster/parse.js'
import { ACCEPT_USAGE, acceptReconciliation } from './accept.js'
import { safeFileName, saveExport } from './files.js'
import { countOf, runReconciliation } from './reconcile-run.js'
import { groupReconcileText, privateReconcileText, reconcileWorkbook } from './reconcile-report.js'

export const LEDGER_FILE_HANDLER_ID = 'ledger.reconcile-file'

/** Each bot instance remembers, per admin and chat, which home organisation the next ledger is about. */
export function reconcileHandlers(): HandlerSpec[] {
  const namedOrg = new Map<string, string | null>()
  const key = (msg: Pick<Incoming, 'roomId' | 'talkerId'>) => `${msg.roomId ?? ''}|${msg.talkerId}`
  return [
    on.branch({
      id: 'ledger.reconcile',
      commands: ['对账'],
      access: 'admin',
      help: {
        usage: '对账 [流出地党组织]',
        summary: '然后发送流出地党组织的台账（.xlsx/.csv），与名册双向对账；名册不会改动',
      },
      async run(ctx) {
        namedOrg.set(key(ctx.msg), ctx.args.trim().slice(0, 60) || null)
        ctx.expectFile(LEDGER_FILE_HANDLER_ID)
        await ctx.out.reply(
          '请在10分钟内把流出地党组织的台账文件（.xlsx 或 .csv）发过来。要有“姓名”列，以及身份证号、手机号或流出地党组织其中一列。对账只出结果，不改名册。',
        )
      },
    }),
    on.branch({
      id: LEDGER_FILE_HANDLER_ID,
      acceptsFile: true,
      access: 'admin',
      async run(ctx) {
        const org = namedOrg.get(key(ctx.msg)) ?? null
        namedOrg.delete(key(ctx.msg))
        await reconcileFile(ctx, org)
      },
    }),
    on.branch({
      id: 'ledger.accept',
      commands: ['接受对账'],
      access: 'admin',
      help: { usage: ACCEPT_USAGE, summary: '把对账中的更改写入名册（每项留痕）', unlisted: true },
      run: acceptReconciliation,
    }),
  ]
}

async function reconcileFile(ctx: BranchContext, org: string | null): Promise<void> {
  const file = ctx.msg.file
  if (!file) return ctx.out.reply('没有收到文件。请重新发送“对账”，再发台账文件。')
  const at = ctx.clock.now()
  try {
    const run = await runReconciliation(ctx.db, {
      branchId: ctx.branch.id,
      file: { buffer: await file.read(), name: file.name },
      originOrg: org,
      by: ctx.msg.talkerId,
      at,
    })
    await ctx.out.reply(groupReconcileText(run))
    const name = `${safeFileName(ctx.branch.name)}-对账${run.id}-${shanghaiDateKey(at)}.xlsx`
    const saved = await saveExport(ctx, name, await reconcileWorkbook(run))
    await ctx.out.replyPrivately(privateReconcileText(run))
    await ctx.out.sendFileToContact(ctx.msg.talkerId, saved)
    const counts = (['matched', 'conflict', 'homeOnly', 'hostOnly', 'unsure'] as const).map(
      (k) => `${k}${countOf(run, k)}`,
    )
    await ctx.audit(
      '对账',
      'ok',
      `${file.name}: 第${run.id}次 ${counts.join(' ')} 未比对${run.skipped.length}`,
    )
  } catch (error) {
    if (!(error instanceof RosterFileError)) throw error
    await ctx.out.reply(`台账没有比对：${error.userMessage}`)
    await ctx.audit('对账', 'rejected', `${file.name}: ${error.userMessage}`)
  }
}
