// Who is talking, in which branch, with which role. Cached briefly: a roll-call burst asks this thousands of
// times a minute, and the answers rarely change.
import type { Db } from '../prisma/client.js'
import type { Branch, Member } from '../prisma/generated/client.js'
import type { Clock, Config, Incoming, Mention, RoleName } from '../handlers/types.js'
import { findGroupByRoom } from '../prisma/repos/core/groups.js'
import { findCheckedInByName, findMemberByContact } from '../prisma/repos/core/members.js'
import { branchesOfContact, findRole } from '../prisma/repos/core/roles.js'
import { TtlCache } from './ttl-cache.js'

export interface Asker {
  branch: Branch | null
  member: Member | null
  role: RoleName
  mentions: Mention[]
}

export class Directory {
  readonly #groups: TtlCache<string, Branch | null>
  readonly #roles: TtlCache<string, RoleName | null>
  readonly #members: TtlCache<string, Member>

  constructor(
    private readonly db: Db,
    private readonly config: Config,
    clock: Clock,
  ) {
    const now = () => clock.now().getTime()
    this.#groups = new TtlCache(60_000, now)
    this.#roles = new TtlCache(60_000, now)
    this.#members = new TtlCache(30_000, now)
  }

  /** Call after a group is bound or a role changes. */
  invalidate(): void {
    this.#groups.clear()
    this.#roles.clear()
    this.#members.clear()
  }

  async resolve(msg: Incoming): Promise<Asker> {
    const branch = msg.roomId
      ? await this.#branchOfRoom(msg.roomId)
      : await this.#branchOfContact(msg.talkerId)
    const member = branch ? await this.#member(branch.id, msg.talkerId) : null
    const role = await this.#role(branch, msg.talkerId, member)
    const mentions = branch ? await this.#resolveMentions(branch.id, msg.mentions) : msg.mentions
    return { branch, member, role, mentions }
  }

  async #branchOfRoom(roomId: string): Promise<Branch | null> {
    const cached = this.#groups.get(roomId)
    if (cached !== undefined) return cached
    const group = await findGroupByRoom(this.db, roomId)
    return this.#groups.set(roomId, group?.branch ?? null)
  }

  async #branchOfContact(contactId: string): Promise<Branch | null> {
    const branches = await branchesOfContact(this.db, contactId)
    return branches[0] ?? null
  }

  async #member(branchId: number, contactId: string): Promise<Member | null> {
    const key = `${branchId}:${contactId}`
    const cached = this.#members.get(key)
    if (cached) return cached
    const member = await findMemberByContact(this.db, branchId, contactId)
    return member ? this.#members.set(key, member) : null
  }

  async #role(branch: Branch | null, contactId: string, member: Member | null): Promise<RoleName> {
    if (this.config.botAdminIds.includes(contactId)) return 'botAdmin'
    if (!branch) return 'visitor'
    const key = `${branch.id}:${contactId}`
    let role = this.#roles.get(key)
    if (role === undefined) {
      const row = await findRole(this.db, branch.id, contactId)
      role = this.#roles.set(key, (row?.role as RoleName | undefined) ?? null)
    }
    return role ?? (member ? 'member' : 'visitor')
  }

  async #resolveMentions(branchId: number, mentions: Mention[]): Promise<Mention[]> {
    if (mentions.every((m) => m.id)) return mentions
    return Promise.all(
      mentions.map(async (m) => {
        if (m.id) return m
        const found = await findCheckedInByName(this.db, branchId, m.name)
        return found.length === 1 ? { id: found[0]!.contactId!, name: m.name } : m
      }),
    )
  }
}

export type { Clock }
