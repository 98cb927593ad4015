// 本群交给 <机器人名>: an admin moves a group from the account serving it to another of our accounts that is
// online and in the group. The same compare-and-set as a takeover; what was queued for the group moves along.
import type { BotAccount, Db, HandOverResult } from '../../handlers/types.js'
import { downSince, listLeases, type AccountLease } from '../../prisma/repos/accounts/leases.js'
import { findGroupOwner, moveGroupOwner } from '../../prisma/repos/accounts/owners.js'
import { moveQueuedRoomMessages } from '../../prisma/repos/outbound/messages.js'
import type { Ownership } from './ownership.js'
import type { RoomPresence } from './presence.js'
import { shownAs } from './takeover.js'

export function botAccountOf(lease: AccountLease, now: Date): BotAccount {
  return {
    id: lease.accountId,
    shownAs: shownAs(lease),
    name: lease.name,
    label: lease.label,
    online: downSince(lease, now) === null,
  }
}

export async function listBotAccounts(db: Db, now: Date): Promise<BotAccount[]> {
  return (await listLeases(db)).map((l) => botAccountOf(l, now))
}

export async function ownerOf(db: Db, roomId: string, now: Date): Promise<BotAccount | null> {
  const group = await findGroupOwner(db, roomId)
  if (!group?.ownerAccountId) return null
  const accounts = await listBotAccounts(db, now)
  const id = group.ownerAccountId
  return accounts.find((a) => a.id === id) ?? { id, shownAs: id, name: '', label: '', online: false }
}

const normalise = (name: string) =>
  name
    .replace(/^[@＠]/, '')
    .trim()
    .toLowerCase()

export interface HandOverDeps {
  db: Db
  now: () => Date
  me: string
  presence: RoomPresence
  ownership: Ownership
}

export async function handOver(d: HandOverDeps, roomId: string, name: string): Promise<HandOverResult> {
  const now = d.now()
  const accounts = await listBotAccounts(d.db, now)
  const wanted = normalise(name)
  const to = accounts.find((a) => [a.label, a.name, a.id].some((n) => n && normalise(n) === wanted))
  const refuse = (reason: Extract<HandOverResult, { ok: false }>['reason']): HandOverResult => ({
    ok: false,
    reason,
    accounts,
  })
  if (!to) return refuse('unknown')
  if (to.id === d.me) return refuse('self')
  if (!to.online) return refuse('offline')
  if (!(await d.presence.hasMember(roomId, to.id))) return refuse('not-in-group')
  if (!(await moveGroupOwner(d.db, { roomId, from: d.me, to: to.id, now }))) return refuse('not-owner')
  await moveQueuedRoomMessages(d.db, { roomId, from: d.me, to: to.id })
  await d.ownership.moved(roomId, to.id, now)
  return { ok: true, to }
}
