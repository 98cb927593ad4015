// The simulator's demo branch: one group, a secretary, ten members (two share a name), one visiting member.
import type { Db } from '../client.js'

export const DEMO_BRANCH = '叙州区驻深圳流动党员支部'
export const DEMO_ROOM_ID = 'xz-shenzhen-demo@chatroom'
export const DEMO_SECRETARY_ID = 'wxid_demo_wangjianguo'

export interface DemoPerson {
  id: string
  name: string
  phone: string | null
  /** Already checked in (报到) when the demo starts. */
  checkedIn: boolean
  inRoster: boolean
  city?: string
  industry?: string
}

// Phone numbers are fictitious (the 1380000xxxx test range).
export const DEMO_PEOPLE: DemoPerson[] = [
  {
    id: DEMO_SECRETARY_ID,
    name: '王建国',
    phone: '13800000001',
    checkedIn: true,
    inRoster: true,
    industry: '建筑',
  },
  {
    id: 'wxid_demo_lijuan',
    name: '李娟',
    phone: '13800000002',
    checkedIn: true,
    inRoster: true,
    industry: '电子制造',
  },
  {
    id: 'wxid_demo_zhaoqiang',
    name: '赵强',
    phone: '13800000003',
    checkedIn: true,
    inRoster: true,
    industry: '物流',
  },
  {
    id: 'wxid_demo_zhangwei',
    name: '张伟',
    phone: '13800001234',
    checkedIn: false,
    inRoster: true,
    industry: '餐饮',
  },
  {
    id: 'wxid_demo_liufang',
    name: '刘芳',
    phone: '13800000005',
    checkedIn: true,
    inRoster: true,
    industry: '家政',
  },
  {
    id: 'wxid_demo_chenming',
    name: '陈明',
    phone: '13800000006',
    checkedIn: true,
    inRoster: true,
    industry: '快递',
  },
  {
    id: 'wxid_demo_yangli',
    name: '杨丽',
    phone: '13800000007',
    checkedIn: false,
    inRoster: true,
    industry: '电商',
  },
  {
    id: 'wxid_demo_huanglei',
    name: '黄磊',
    phone: '13800000008',
    checkedIn: true,
    inRoster: true,
    industry: '建筑',
  },
  {
    id: 'wxid_demo_zhoumin',
    name: '周敏',
    phone: '13800000009',
    checkedIn: false,
    inRoster: true,
    industry: '服装',
  },
  { id: 'wxid_demo_suntao', name: '孙涛', phone: null, checkedIn: false, inRoster: false },
]

/** The other 张伟 in the roster, who is not in the group: 报到 张伟 asks for the last four digits. */
const OTHER_ZHANG_WEI = { name: '张伟', phone: '13800005678', industry: '养殖' }

export async function seedDemo(db: Db, roomTopic: string): Promise<boolean> {
  if (await db.branch.findUnique({ where: { name: DEMO_BRANCH } })) return false
  const branch = await db.branch.create({ data: { name: DEMO_BRANCH } })
  await db.group.create({
    data: { roomId: DEMO_ROOM_ID, topic: roomTopic, branchId: branch.id, boundBy: DEMO_SECRETARY_ID },
  })
  const now = new Date()
  const rostered = DEMO_PEOPLE.filter((p) => p.inRoster)
  await db.member.createMany({
    data: [
      ...rostered.map((p) => ({
        branchId: branch.id,
        name: p.name,
        phone: p.phone,
        category: '正式党员',
        originOrg: '宜宾市叙州区高场镇党委',
        city: '深圳',
        industry: p.industry ?? null,
        contactId: p.checkedIn ? p.id : null,
        contactName: p.checkedIn ? p.name : null,
        checkedInAt: p.checkedIn ? now : null,
      })),
      { branchId: branch.id, ...OTHER_ZHANG_WEI, category: '正式党员', city: '东莞' },
    ],
  })
  await db.role.create({
    data: {
      branchId: branch.id,
      contactId: DEMO_SECRETARY_ID,
      contactName: '王建国',
      role: 'secretary',
      grantedBy: 'seed',
    },
  })
  return true
}
