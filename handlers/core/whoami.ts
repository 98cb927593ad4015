// 我的ID: lets a secretary find the contact id to put into BOT_ADMIN_IDS.
import { on } from '../types.js'

export const whoamiHandler = on.privateChat({
  id: 'core.whoami',
  commands: ['我的ID', '我的id'],
  access: 'anyone',
  help: { usage: '我的ID', summary: '查看自己的微信联系人编号（配置管理员用）' },
  async run(ctx) {
    await ctx.out.reply(`您的联系人编号：${ctx.msg.talkerId}\n把它写入 BOT_ADMIN_IDS 即成为机器人管理员。`)
  },
})
