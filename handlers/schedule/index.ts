// Scheduled roll calls and reminders: the commands. The engine that fires them lives in bot/scheduler/.
import { on, type HandlerSpec } from '../types.js'
import {
  addSkip,
  changeSchedule,
  listSchedules,
  removeSkip,
  scheduleClassReminder,
  scheduleMakeupReminder,
  scheduleRollCall,
} from './commands.js'

export type { ScheduleActions, ScheduleRegistry, ActionResult } from './ports.js'
export { parseTimePhrase } from './phrase.js'

export const scheduleHandlers: HandlerSpec[] = [
  on.boundGroup({
    id: 'schedule.rollcall',
    commands: ['定时点名'],
    access: 'admin',
    help: {
      usage: '定时点名 <时间> [主题] [时长N分钟]',
      summary:
        '例如 定时点名 每周三 20:00 学习交流；时间也可写 每晚8点、周二和周四 晚上8点、隔周周六 上午9点、每月第二个周六 20:00、每年7月1日 9:00',
    },
    run: (ctx) => scheduleRollCall(ctx, ctx.branch),
  }),
  on.boundGroup({
    id: 'schedule.class',
    commands: ['预告'],
    access: 'admin',
    help: {
      usage: '预告 <时间> <主题> [提前N分钟]',
      summary: '课前在群里提醒，例如 预告 明天 20:00 流动课堂 …',
    },
    run: (ctx) => scheduleClassReminder(ctx, ctx.branch),
  }),
  on.boundGroup({
    id: 'schedule.makeup',
    commands: ['补课提醒'],
    access: 'admin',
    help: { usage: '补课提醒 <时间>', summary: '定期提醒还欠补课的党员，例如 补课提醒 每周六 10:00' },
    run: (ctx) => scheduleMakeupReminder(ctx, ctx.branch),
  }),
  on.boundGroup({
    id: 'schedule.list',
    commands: ['定时列表'],
    access: 'admin',
    help: { usage: '定时列表', summary: '查看定时任务、下次时间和跳过日期' },
    run: (ctx) => listSchedules(ctx, ctx.branch),
  }),
  on.boundGroup({
    id: 'schedule.cancel',
    commands: ['取消定时'],
    access: 'admin',
    help: { usage: '取消定时 <编号>', summary: '删除一个定时任务' },
    run: (ctx) => changeSchedule(ctx, ctx.branch, 'cancel'),
  }),
  on.boundGroup({
    id: 'schedule.pause',
    commands: ['暂停定时'],
    access: 'admin',
    help: { usage: '暂停定时 <编号>', summary: '暂停一个定时任务' },
    run: (ctx) => changeSchedule(ctx, ctx.branch, 'pause'),
  }),
  on.boundGroup({
    id: 'schedule.resume',
    commands: ['恢复定时'],
    access: 'admin',
    help: { usage: '恢复定时 <编号>', summary: '恢复暂停的定时任务' },
    run: (ctx) => changeSchedule(ctx, ctx.branch, 'resume'),
  }),
  on.boundGroup({
    id: 'schedule.skip',
    commands: ['跳过日期'],
    access: 'admin',
    help: {
      usage: '跳过日期 <日期> [原因]',
      summary: '节假日不执行定时任务，例如 跳过日期 10月1日至10月7日 国庆',
    },
    run: (ctx) => addSkip(ctx, ctx.branch),
  }),
  on.boundGroup({
    id: 'schedule.unskip',
    commands: ['取消跳过'],
    access: 'admin',
    help: { usage: '取消跳过 <日期>', summary: '撤销跳过日期' },
    run: (ctx) => removeSkip(ctx, ctx.branch),
  }),
]
