// A chat without WeChat: the real runtime (dispatcher, people, services, outbound queue, scheduler) on a real
// SQLite file, fed plain messages, with every message the queue sends recorded. Faster than the mock puppet,
// and nothing of the bot is replaced: routing, the admin rule and the reply port are the real ones.
import pino from 'pino'
import type OpenAI from 'openai'
import { createRuntime, type Runtime } from '../../bot/core/runtime.js'
import type { Sender } from '../../bot/outbound/queue.js'
import type { CronDriver } from '../../bot/scheduler/cron-driver.js'
import type { Features } from '../../handlers/index.js'
import type { PolicyService } from '../../handlers/policy/index.js'
import type { Config, Db, Incoming, IncomingFile, Logger, OutgoingFile } from '../../handlers/types.js'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import type { RoomPresence } from '../../bot/accounts/presence.js'
import { createDb } from '../../prisma/client.js'
import type { AccountState } from '../../prisma/repos/accounts/leases.js'
import { ManualClock } from './clock.js'
import { testConfig } from './config.js'
import { tempDatabase, type TempDatabase } from './temp-db.js'

export interface Person {
  id: string
  name: string
}

export interface Sent {
  to: { roomId: string } | { contactId: string }
  text: string
  mentionIds: string[]
  file?: OutgoingFile
  image?: OutgoingFile
}

export interface SayOptions {
  /** The group; null for a private chat. Default: the chat's group. */
  room?: string | null
  mentions?: Person[]
  /** The bot was @-mentioned. */
  addressed?: boolean
  file?: IncomingFile
}

export interface ChatOptions {
  config?: Partial<Config>
  clock?: ManualClock
  llm?: OpenAI | null
  policy?: PolicyService
  features?: Features
  log?: Logger
  /** Registers schedules with this driver (tests record the cron expressions); default none. */
  cronDriver?: CronDriver | null
  /** The bot's WeChat account (default TEST_ACCOUNT). */
  account?: { id: string; name: string }
  /** Another bot process on this database (its own client): several accounts on one database. */
  databaseUrl?: string
  /** The connection's state, as the account's lease shows it to the other accounts. Default online. */
  linkState?: () => AccountState
  presence?: RoomPresence
  /** Leases and takeovers (one clock shared by the accounts of a test); default the wall clock. */
  leaseClock?: ManualClock
}

/** The account a chat's bot is logged in as. */
export const TEST_ACCOUNT = { id: 'bot-account', name: '支部助手' }

export const ROOM = 'room-1'
export const ROOM_TOPIC = '测试支部群'

export interface Chat {
  db: Db
  url: string
  dir: string
  clock: ManualClock
  config: Config
  runtime: Runtime
  sent: Sent[]
  say(from: Person, text: string, o?: SayOptions): Promise<void>
  sayPrivately(from: Person, text: string, o?: Omit<SayOptions, 'room'>): Promise<void>
  /** Texts sent to a group, in order. */
  groupTexts(room?: string): string[]
  /** Texts sent privately to a contact, in order. */
  privateTexts(contactId: string): string[]
  tick(): Promise<void>
  settle(): Promise<void>
  stop(): Promise<void>
}

/** A client of its own on an existing database (another bot process), or a fresh test database. */
async function databaseFor(url: string | undefined): Promise<Omit<TempDatabase, 'provider'>> {
  if (!url) return tempDatabase()
  const dir = mkdtempSync(path.join(tmpdir(), 'zhibu-chat-'))
  const db = createDb(url)
  return {
    db,
    url,
    dir,
    cleanup: () => db.$disconnect().then(() => rmSync(dir, { recursive: true, force: true })),
  }
}

export async function startChat(o: ChatOptions = {}): Promise<Chat> {
  const temp = await databaseFor(o.databaseUrl)
  const clock = o.clock ?? new ManualClock()
  const config: Config = { ...testConfig, databaseUrl: temp.url, dataDir: temp.dir, ...o.config }
  const runtime = createRuntime({
    db: temp.db,
    config,
    clock,
    log: o.log ?? pino({ level: 'silent' }),
    llm: o.llm ?? null,
    policy: o.policy,
    features: o.features,
    sleep: () => new Promise((resolve) => setImmediate(resolve)),
    cronDriver: o.cronDriver ?? null,
    tickEveryMs: null,
    linkState: o.linkState,
    presence: o.presence,
    leaseClock: o.leaseClock,
  })
  const sent: Sent[] = []
  await runtime.start()
  await runtime.accounts.signIn(o.account ?? TEST_ACCOUNT, recordingSender(sent))
  let counter = 0

  const say = async (from: Person, text: string, s: SayOptions = {}) => {
    const roomId = s.room === undefined ? ROOM : s.room
    const msg: Incoming = {
      id: `msg-${++counter}`,
      roomId,
      roomTopic: roomId ? ROOM_TOPIC : null,
      talkerId: from.id,
      talkerName: from.name,
      text,
      mentions: (s.mentions ?? []).map((p) => ({ id: p.id, name: p.name })),
      addressed: roomId === null || s.addressed === true,
      file: s.file ?? null,
      at: clock.now(),
    }
    await runtime.dispatcher.receive(roomId ?? from.id, msg)
    await runtime.idle()
  }
  const texts = (match: (s: Sent) => boolean) => sent.filter(match).map((s) => s.text)
  return {
    db: temp.db,
    url: temp.url,
    dir: temp.dir,
    clock,
    config,
    runtime,
    sent,
    say,
    sayPrivately: (from, text, s = {}) => say(from, text, { ...s, room: null }),
    groupTexts: (room = ROOM) => texts((s) => 'roomId' in s.to && s.to.roomId === room),
    privateTexts: (contactId) => texts((s) => 'contactId' in s.to && s.to.contactId === contactId),
    async tick() {
      await runtime.tick()
      await runtime.idle()
    },
    settle: () => runtime.idle(),
    async stop() {
      await runtime.stop()
      await temp.cleanup()
    },
  }
}

export function recordingSender(sent: Sent[]): Sender {
  return {
    async sendText(to, text, mentionIds) {
      sent.push({ to, text, mentionIds })
    },
    async sendFile(contactId, file) {
      sent.push({ to: { contactId }, text: file.name, mentionIds: [], file })
    },
    async sendImage(to, image) {
      sent.push({ to, text: image.name, mentionIds: [], image })
    },
  }
}

export interface BranchFixture {
  name?: string
  room?: string
  members?: Array<{ name: string; contactId?: string | null; phone?: string | null }>
  secretaries?: Person[]
  committee?: Person[]
  makeupIncludesLeave?: boolean
}

/** A branch bound to a group, with its roster and admins, written straight to the database. */
export async function seedBranch(chat: Chat, f: BranchFixture = {}) {
  const { db } = chat
  const branch = await db.branch.create({
    data: { name: f.name ?? '测试支部', makeupIncludesLeave: f.makeupIncludesLeave ?? false },
  })
  await db.group.create({
    data: { roomId: f.room ?? ROOM, topic: ROOM_TOPIC, branchId: branch.id, boundBy: 'seed' },
  })
  for (const m of f.members ?? [])
    await db.member.create({
      data: { branchId: branch.id, name: m.name, contactId: m.contactId ?? null, phone: m.phone ?? null },
    })
  const roles = [
    ...(f.secretaries ?? []).map((p) => ({ p, role: 'secretary' as const })),
    ...(f.committee ?? []).map((p) => ({ p, role: 'committee' as const })),
  ]
  for (const { p, role } of roles)
    await db.role.create({
      data: { branchId: branch.id, contactId: p.id, contactName: p.name, role, grantedBy: 'seed' },
    })
  chat.runtime.people.forget()
  return branch
}
