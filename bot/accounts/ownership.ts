// Which groups this process's bot account serves. The database's Group.ownerAccountId is the truth; this keeps a
// view of it so a sign-in costs no query: the groups we own (re-read every few seconds and after each change we
// make), and a short-lived note of groups others own. Rarer actions (opening, closing, ticking, firing) ask the
// database fresh. Every change to the view runs in one queue, so the sessions of a group are loaded when the
// group is gained and let go when it is lost, in that order, once.
import type { Db, Logger } from '../../handlers/types.js'
import { adoptGroups, findGroupOwner, ownedAmong, roomsOwnedBy } from '../../prisma/repos/accounts/owners.js'

export type Decision = 'mine' | 'unbound' | 'other'

export interface OwnershipOptions {
  db: Db
  log: Logger
  /** Wall-clock time (ownership is shared between processes). */
  now: () => Date
  /** A view older than this is re-read before deciding about a message. */
  staleMs: number
  /** Groups this account now serves: load their open sessions (runs in the queue; must not call owned()). */
  onGained: (roomIds: string[]) => Promise<void>
  /** Groups another account serves now: write and forget their sessions (runs in the queue). */
  onLost: (roomIds: string[]) => Promise<void>
  /** After gaining, outside the queue: catch up on their schedules. */
  afterGained: (roomIds: string[]) => void
}

interface Noted {
  owner: string | null
  at: number
}

/** Groups this account owns, each with the moment it was moved to it (null: bound or adopted by it). */
type Mine = Map<string, Date | null>

export class Ownership {
  #account: string | null = null
  #mine: Mine = new Map()
  #others = new Map<string, Noted>()
  #queue: Promise<unknown> = Promise.resolve()
  #refreshedAt = 0

  constructor(private readonly o: OwnershipOptions) {}

  get account(): string | null {
    return this.#account
  }

  /** The groups this account serves, as last seen. */
  mine(): string[] {
    return [...this.#mine.keys()]
  }

  /** When the group was moved to this account (messages that came before were the previous owner's). */
  mineSince(roomId: string): Date | null {
    return this.#mine.get(roomId) ?? null
  }

  /** Starts serving as `accountId`: reads which groups it owns and takes them on. */
  async start(accountId: string): Promise<void> {
    if (this.#account !== accountId) await this.stop()
    this.#account = accountId
    await this.refresh()
  }

  /** Serves no group any more (logged out for good, standby, stopping): lets every session go. */
  async stop(): Promise<void> {
    this.#account = null
    this.#others.clear()
    await this.#inQueue(() => this.#apply(new Map()))
  }

  /** The owner of a group as last seen (the outbound queue files group messages under it); null: unknown. */
  ownerOf(roomId: string): string | null {
    if (this.#mine.has(roomId)) return this.#account
    return this.#others.get(roomId)?.owner ?? null
  }

  /** Forgets what it noted about other accounts' groups (after a binding or a move). */
  forgetOthers(): void {
    this.#others.clear()
  }

  /**
   * Whether this account answers a message in the group: its own group, a group not bound yet (anyone may bind
   * it), or a group bound before owners existed (adopted now). Cheap for its own groups.
   */
  async decide(roomId: string): Promise<Decision> {
    if (!this.#account) return 'other'
    if (this.o.now().getTime() - this.#refreshedAt > this.o.staleMs) await this.refresh()
    if (this.#mine.has(roomId)) return 'mine'
    const noted = this.#others.get(roomId)
    if (noted && this.o.now().getTime() - noted.at < this.o.staleMs) return noted.owner ? 'other' : 'unbound'
    const group = await findGroupOwner(this.o.db, roomId)
    if (!group) {
      this.#note(roomId, null)
      return 'unbound'
    }
    if (group.ownerAccountId && group.ownerAccountId !== this.#account) {
      this.#note(roomId, group.ownerAccountId)
      return 'other'
    }
    return (await this.owned([roomId])).has(roomId) ? 'mine' : 'other'
  }

  /**
   * Of these groups, those this account owns now, read fresh from the database. Groups bound before owners
   * existed are adopted on the way. The view follows (gains and losses), so a group another account took over
   * is let go here before anything acts on it.
   */
  owned(roomIds: string[]): Promise<Set<string>> {
    const account = this.#account
    if (!account || !roomIds.length) return Promise.resolve(new Set())
    return this.#inQueue(async () => {
      if (account !== this.#account) return new Set<string>()
      await adoptGroups(this.o.db, account, roomIds)
      const owned = await ownedAmong(this.o.db, account, roomIds)
      const next = new Map(this.#mine)
      for (const room of roomIds) {
        const found = owned.get(room)
        if (found === undefined) next.delete(room)
        else next.set(room, found)
      }
      await this.#apply(next)
      return new Set(owned.keys())
    })
  }

  /** Re-reads every group this account owns; takes on the new ones, lets go of those it lost. */
  refresh(): Promise<void> {
    const account = this.#account
    if (!account) return Promise.resolve()
    return this.#inQueue(async () => {
      if (account !== this.#account) return
      const rooms = await roomsOwnedBy(this.o.db, account)
      this.#refreshedAt = this.o.now().getTime()
      await this.#apply(rooms)
    })
  }

  /** We moved a group at `at` (took it over, or handed it to `to`): the view follows at once. */
  async moved(roomId: string, to: string, at: Date): Promise<void> {
    this.#note(roomId, to)
    await this.#inQueue(async () => {
      const next = new Map(this.#mine)
      if (to === this.#account) next.set(roomId, at)
      else next.delete(roomId)
      await this.#apply(next)
    })
  }

  #note(roomId: string, owner: string | null): void {
    this.#others.set(roomId, { owner, at: this.o.now().getTime() })
  }

  async #apply(next: Mine): Promise<void> {
    const lost = [...this.#mine.keys()].filter((r) => !next.has(r))
    const gained = [...next.keys()].filter((r) => !this.#mine.has(r))
    this.#mine = next
    for (const r of gained) this.#others.delete(r)
    if (lost.length) {
      this.o.log.info({ rooms: lost.length }, '这些群已由另一个机器人账号负责')
      await this.o.onLost(lost)
    }
    if (!gained.length) return
    await this.o.onGained(gained)
    this.o.afterGained(gained)
  }

  #inQueue<T>(job: () => Promise<T>): Promise<T> {
    const run = this.#queue.then(job)
    this.#queue = run.catch((error: unknown) => this.o.log.error({ err: error }, '更新群归属出错'))
    return run
  }
}
