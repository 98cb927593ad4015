// 导出: the branch's roster and attendance as one .xlsx, sent privately to the admin.
import { mkdir } from 'node:fs/promises'
import path from 'node:path'
import { on, type HandlerSpec } from '../types.js'
import { dayOf } from './format.js'
import type { LiveRegistry } from './live.js'
import { buildAttendanceWorkbook } from './workbook.js'

export function exportHandler(live: LiveRegistry): HandlerSpec {
  return on.branch({
    id: 'attendance.export',
    commands: ['导出'],
    access: 'admin',
    help: { usage: '导出', summary: '名册、活动和出勤表导出为 Excel，私信发给你' },
    async run(ctx) {
      const { branch } = ctx
      await live.flush(ctx.db, ctx.log)
      const wb = await buildAttendanceWorkbook(ctx.db, branch.id)
      const dir = path.join(ctx.config.dataDir, 'exports')
      await mkdir(dir, { recursive: true })
      const now = ctx.clock.now()
      const name = `${branch.name}-出勤-${dayOf(now)}-${now.getTime()}.xlsx`
      const file = path.join(dir, name)
      await wb.xlsx.writeFile(file)
      await ctx.out.sendFileToContact(ctx.msg.talkerId, { path: file, name })
      await ctx.audit('导出', 'ok', name)
      if (ctx.msg.roomId) await ctx.out.reply('出勤表已私信发给你。')
    },
  })
}
