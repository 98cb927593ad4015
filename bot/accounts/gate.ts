// Which incoming messages this account acts on. A process waiting for its account's lease acts on none; in a
// group that another of our accounts serves it stays silent (every account in a group receives every message),
// and messages from our other accounts are never commands. Group messages it stayed silent on are kept for a
// while: if it takes the group over because the owner went down, those that came after are handled then.
// A message belongs to the account that owned the group when it arrived: one that came before this account got
// the group (by a move) was the previous owner's to answer, even if this account gets round to it later.
import type { Incoming } from '../../handlers/types.js'
import type { Gate } from '../core/dispatch.js'
import type { DropReason } from '../core/drops.js'
import type { Ownership } from './ownership.js'

export type AccountMode = 'signed-out' | 'active' | 'standby'

export interface GateOptions {
  ownership: Ownership
  /** The account's mode; a promise while it is signing in (messages that come meanwhile wait for it). */
  mode: () => AccountMode | Promise<AccountMode>
  /** The WeChat ids of all our bot accounts (theirs are bot messages, not commands). */
  ourAccounts: () => ReadonlySet<string>
  /** Wall-clock time. */
  now: () => Date
  /** How long a message another account's group received is kept for a takeover. */
  keepMs: number
}

const KEEP_PER_ROOM = 5000

interface Held {
  msg: Incoming
  at: number
}

export class AccountGate implements Gate {
  readonly #held = new Map<string, Held[]>()

  constructor(private readonly o: GateOptions) {}

  arrival(): number {
    return this.o.now().getTime()
  }

  /** null: act on it; otherwise why not. */
  async admit(msg: Incoming, arrivedAt: number, replayed: boolean): Promise<DropReason | null> {
    if ((await this.o.mode()) !== 'active') return 'standby'
    if (this.o.ourAccounts().has(msg.talkerId)) return 'self'
    if (msg.roomId === null) return null
    const decision = await this.o.ownership.decide(msg.roomId)
    if (decision === 'unbound') return null
    const since = this.o.ownership.mineSince(msg.roomId)
    if (decision === 'mine' && (replayed || !since || since.getTime() < arrivedAt)) return null
    this.#hold(msg.roomId, msg, arrivedAt)
    return 'not-owner'
  }

  /** The messages of the room received after `since` and not acted on, oldest first; forgotten here. */
  take(roomId: string, since: Date): Incoming[] {
    const held = this.#held.get(roomId) ?? []
    this.#held.delete(roomId)
    return held.filter((h) => h.at > since.getTime()).map((h) => h.msg)
  }

  #hold(roomId: string, msg: Incoming, arrivedAt: number): void {
    if (msg.file) return
    const now = this.o.now().getTime()
    const kept = (this.#held.get(roomId) ?? []).filter((h) => now - h.at < this.o.keepMs)
    kept.push({ msg, at: arrivedAt })
    this.#held.set(roomId, kept.slice(-KEEP_PER_ROOM))
  }
}
