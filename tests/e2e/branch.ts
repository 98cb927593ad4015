// A demo branch for the end-to-end tests: ten members in the roster, seven of them on WeChat and checked in.
import { FileBox } from 'file-box'
import { ManualClock } from '../support/clock.js'
import type { mock } from 'wechaty-puppet-mock'
import { say, type ContactMock, type MockWechat, type RoomMock } from '../support/mock-wechat.js'

export const BRANCH = '叙州区驻深圳流动党员支部'
export const ADMIN_ID = 'admin-wang'

const ROSTER = [
  ['王书记', '正式党员', '建筑'],
  ['李娟', '正式党员', '电子'],
  ['赵强', '正式党员', '物流'],
  ['刘芳', '正式党员', '家政'],
  ['陈明', '正式党员', '快递'],
  ['黄磊', '正式党员', '餐饮'],
  ['杨丽', '正式党员', '电商'],
  ['周敏', '正式党员', '保洁'],
  ['吴杰', '正式党员', '装修'],
  ['马丽', '预备党员', '养殖'],
]

// Phone numbers are fictitious (the 1380000xxxx test range).
export const ROSTER_CSV =
  '\uFEFF姓名,手机号,党员类别,现居城市,从事行业\n' +
  ROSTER.map(([name, category, industry], i) =>
    [name, `138000000${String(i + 1).padStart(2, '0')}`, category, '深圳', industry].join(','),
  ).join('\n') +
  '\n'

/** People with WeChat accounts: seven roster members who check in, and 孙涛, who is not in the roster. */
const CONTACTS: Record<string, string> = {
  王书记: ADMIN_ID,
  李娟: 'c-lijuan',
  赵强: 'c-zhaoqiang',
  刘芳: 'c-liufang',
  陈明: 'c-chenming',
  杨丽: 'c-yangli',
  吴杰: 'c-wujie',
  孙涛: 'c-suntao',
}
export const CHECKED_IN = ['王书记', '李娟', '赵强', '刘芳', '陈明', '杨丽', '吴杰']

export interface World {
  room: RoomMock
  people: Record<string, ContactMock>
  person(name: string): ContactMock
}

/** Creates the contacts and the group in a mocker (the bot must be a member: pass its id). */
export function createWorld(mocker: mock.Mocker, botId: string, roomId: string): World {
  const people: Record<string, ContactMock> = {}
  for (const [name, id] of Object.entries(CONTACTS)) people[name] = mocker.createContact({ id, name })
  const room = mocker.createRoom({
    id: roomId,
    topic: BRANCH,
    memberIdList: [botId, ...Object.values(CONTACTS)],
  })
  return { room, people, person: (name) => people[name]! }
}

/** The secretary binds the group, becomes 书记, imports the roster file, and seven members check in. */
export async function setUpBranch(w: MockWechat, world: World): Promise<ContactMock> {
  const admin = world.person('王书记')
  await say(w, admin, world.room, `绑定支部 ${BRANCH}`)
  await say(w, admin, world.room, '设置书记 @王书记', [admin])
  await say(w, admin, world.room, '导入名册')
  // The mock puppet delivers this as an Unknown-type message; the bot must still import it.
  admin.say(FileBox.fromBase64(Buffer.from(ROSTER_CSV).toString('base64'), '名册.csv')).to(world.room)
  await w.settle()
  for (const name of CHECKED_IN) await say(w, world.person(name), world.room, `报到 ${name}`)
  await confirmationsSent(w)
  return admin
}

/** 报到 confirmations go out as one message per minute: let that minute pass, so the batch is out. */
export async function confirmationsSent(w: MockWechat): Promise<void> {
  const clock = w.clock
  if (!(clock instanceof ManualClock)) return
  clock.advance(60_000)
  w.running.runtime.outbound.wake()
  await w.settle()
}
