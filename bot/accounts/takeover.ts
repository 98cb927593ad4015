// A spare account takes a group over when the group's owner has been down (logged out, stalled, its process
// gone) longer than the configured limit, and the spare is in the group. The move is a compare-and-set on the
// owner column, so of several spares exactly one wins. The winner takes on what the old owner had queued for the
// group, loads its open sessions, tells the group once and the bot admins privately, and carries on.
import type { Db, Logger, RoomPort } from '../../handlers/types.js'
import { downSince, type AccountLease } from '../../prisma/repos/accounts/leases.js'
import { groupsOwnedByOthers, moveGroupOwner, type GroupOwner } from '../../prisma/repos/accounts/owners.js'
import { moveQueuedRoomMessages } from '../../prisma/repos/outbound/messages.js'
import type { Ownership } from './ownership.js'
import type { RoomPresence } from './presence.js'

export interface TakeoverDeps {
  db: Db
  log: Logger
  now: () => Date
  me: { id: string; shownAs: string }
  /** Every account's lease, as read this round. */
  leases: AccountLease[]
  takeoverMs: number
  /**
   * When this account began serving. An owner with no lease row has not signed in since this version ran (or a
   * fleet is starting and its process is not up yet): it counts as down from then, not from long ago.
   */
  watchingSince: Date
  presence: RoomPresence
  ownership: Ownership
  out: Pick<RoomPort, 'sendToRoom' | 'sendToContact'>
  adminIds: string[]
  /** Messages this account saw in the group since the owner went down: handled now, in order. */
  replay: (roomId: string, since: Date) => void
}

export interface TakenGroup {
  roomId: string
  topic: string
  from: string
  downForMs: number
}

const STATE_WORDS: Record<AccountLease['state'], string> = {
  starting: '未能上线',
  online: '停止响应',
  loggedOut: '掉线',
  reconnecting: '与网关断开',
  stalled: '没有响应',
  stopped: '停止运行',
}

export const shownAs = (a: Pick<AccountLease, 'label' | 'name' | 'accountId'>) =>
  a.label || a.name || a.accountId

function duration(ms: number): string {
  return ms < 60_000 ? '不到1分钟' : `约${Math.round(ms / 60_000)}分钟`
}

/** One round: takes over every group whose owner is down long enough and where this account is present. */
export async function takeOverFromDownOwners(d: TakeoverDeps): Promise<TakenGroup[]> {
  const now = d.now()
  const downLongEnough = (since: Date | null) =>
    since !== null && now.getTime() - since.getTime() >= d.takeoverMs
  const serving = d.leases.filter((l) => !downLongEnough(downSince(l, now))).map((l) => l.accountId)
  const candidates = await groupsOwnedByOthers(d.db, [...serving, d.me.id])
  const taken: TakenGroup[] = []
  for (const group of candidates) {
    const lease = d.leases.find((l) => l.accountId === group.ownerAccountId) ?? null
    const since = lease ? downSince(lease, now) : d.watchingSince
    if (!since || !downLongEnough(since)) continue
    const took = await takeOver(d, group, lease, { since, now })
    if (took) taken.push(took)
  }
  if (taken.length) await tellAdmins(d, taken, d.leases)
  return taken
}

async function takeOver(
  d: TakeoverDeps,
  group: GroupOwner,
  lease: AccountLease | null,
  { since, now }: { since: Date; now: Date },
): Promise<TakenGroup | null> {
  const from = group.ownerAccountId
  if (!from || !(await d.presence.hasMember(group.roomId, d.me.id))) return null
  if (!(await moveGroupOwner(d.db, { roomId: group.roomId, from, to: d.me.id, now }))) return null
  const downForMs = now.getTime() - since.getTime()
  await moveQueuedRoomMessages(d.db, { roomId: group.roomId, from, to: d.me.id })
  await d.ownership.moved(group.roomId, d.me.id, now)
  d.replay(group.roomId, since)
  const old = lease ? shownAs(lease) : from
  const state = lease ? STATE_WORDS[lease.state] : '不在线'
  d.log.warn(
    { roomId: group.roomId, from, downForMs },
    `群「${group.topic}」的负责账号「${old}」已${state}${duration(downForMs)}，本账号接替`,
  )
  await d.out.sendToRoom(
    group.roomId,
    `本群原由「${old}」负责，它已${state}${lease ? duration(downForMs) : ''}。现由「${d.me.shownAs}」接替：已有的签到记录保留，定时点名照常。`,
    { important: true },
  )
  return { roomId: group.roomId, topic: group.topic, from, downForMs }
}

/** One private message per admin per round, however many groups moved. */
async function tellAdmins(d: TakeoverDeps, taken: TakenGroup[], leases: AccountLease[]): Promise<void> {
  const byOwner = new Map<string, TakenGroup[]>()
  for (const t of taken) byOwner.set(t.from, [...(byOwner.get(t.from) ?? []), t])
  const parts = [...byOwner].map(([from, groups]) => {
    const lease = leases.find((l) => l.accountId === from)
    const topics = groups.slice(0, 10).map((g) => g.topic || g.roomId)
    const more = groups.length > topics.length ? `等${groups.length}个群` : ''
    const state = lease ? `${STATE_WORDS[lease.state]}${duration(groups[0]?.downForMs ?? 0)}` : '不在线'
    return `「${lease ? shownAs(lease) : from}」${state}，它负责的${topics.join('、')}${more}已由「${d.me.shownAs}」接替`
  })
  const text = `${parts.join('；')}。签到记录和定时任务都已接上。原账号恢复后不会自动收回；需要交回时，在群里发送「本群交给 原账号名」。`
  for (const id of d.adminIds) await d.out.sendToContact(id, text, { important: true })
}
