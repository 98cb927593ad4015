// The contract between the runtime (bot/) and the features (handlers/).
// A handler sees only this: plain message data, the member and role, dependencies, and one reply port.
// Each registration says where it may run (see `on` below); its context type follows from that, so a handler
// for a bound group gets `ctx.branch` and `ctx.msg.roomId` without checking them again.
import type { Logger } from 'pino'
import type OpenAI from 'openai'
import type { Db } from '../prisma/client.js'
import type { Branch, BranchRole, Member } from '../prisma/generated/client.js'
import type { PolicyService } from './policy/service.js'
import type { ScheduleRegistry } from './schedule/ports.js'

export type { Db, Branch, Member, Logger }

/** Who may use a command. `admin` = 书记/委员 of the group's branch, or a configured bot admin. */
export type Access = 'anyone' | 'member' | 'admin'
export type RoleName = 'botAdmin' | BranchRole | 'member' | 'visitor'

export interface Clock {
  now(): Date
}

export interface Mention {
  id: string
  name: string
}

export interface IncomingFile {
  name: string
  read(): Promise<Buffer>
}

/** A WeChat message as plain data (built once in bot/wechaty/adapter.ts, or by a test transport). */
export interface Incoming {
  id: string
  /** null for a private chat */
  roomId: string | null
  roomTopic: string | null
  talkerId: string
  talkerName: string
  /** Normalised text: zero-width characters removed, the leading @bot mention stripped, trimmed. */
  text: string
  /** Other people @-mentioned in the message (never the bot). */
  mentions: Mention[]
  /** Private chat, mentionSelf(), or a plain-text "@<bot name>". */
  addressed: boolean
  file: IncomingFile | null
  /** When the message reached the bot (its place in the group's order). */
  at: Date
}

export type GroupIncoming = Incoming & { roomId: string }
export type PrivateIncoming = Incoming & { roomId: null }

export interface Config {
  databaseUrl: string
  /** PostgreSQL connections per process (DATABASE_POOL_SIZE, default 3); SQLite ignores it. */
  databasePoolSize?: number
  botAdminIds: string[]
  timeZone: 'Asia/Shanghai'
  botName: string
  outbound: { minGapMs: number; jitterMs: number; dailyCap: number; splitAt: number }
  llm: {
    apiKey: string
    baseURL: string | undefined
    model: string
    timeoutMs: number
    dailyTokenBudget: number
  } | null
  /** Policy questions one member may ask per window before being told when to ask again. */
  policyLimits: { groupQuestions: number; privateQuestions: number; windowMinutes: number }
  staleAfterSeconds: number
  /** Connection to the WeChat gateway: the client's watchdog, stall detection and reconnection back-off. */
  gateway: {
    watchdogSeconds: number
    checkEveryMs: number
    stallMs: number
    loginGraceMs: number
    backoffMinMs: number
    backoffMaxMs: number
  }
  dataDir: string
  /** Several WeChat accounts on one database, one process each (see README). */
  accounts: {
    /** ACCOUNT_LABEL: a readable name for this account in notices, logs and 本群交给. */
    label: string
    /** ACCOUNT_LEASE_SECONDS: a process that stops renewing its account's lease this long is taken as gone. */
    leaseMs: number
    /** OWNER_TAKEOVER_SECONDS: a group's owner down this long is replaced by another of our accounts in it. */
    takeoverMs: number
    /** How often ownership is re-read and down owners looked for; null: only when check() is called (tests). */
    checkEveryMs: number | null
  }
}

export interface OutgoingText {
  text: string
  /** Contacts to @-mention in a group message (they are prefixed to the text). */
  mentionIds?: string[]
}

export interface OutgoingFile {
  path: string
  name: string
}

/** How a message competes for the account's daily cap. */
export interface SendOptions {
  /** Summaries, roll-call openings and reminders: sent even when routine replies wait for the next day. */
  important?: boolean
  /** Not sent after this time (a roll-call opening after the roll call ended). */
  expiresAt?: Date
  /** A routine confirmation folded with others of its kind into one message per window; the text is a name. */
  batch?: 'checkin' | 'relink'
}

/** The one way out. Every message is queued, paced and persisted. */
export interface ReplyPort {
  /** Answer where the message came from (the group, or the private chat). */
  reply(message: string | OutgoingText, options?: SendOptions): Promise<void>
  /** Answer the talker privately, whatever the message came from. */
  replyPrivately(message: string | OutgoingText, options?: SendOptions): Promise<void>
  sendToRoom(roomId: string, message: string | OutgoingText, options?: SendOptions): Promise<void>
  sendToContact(contactId: string, message: string | OutgoingText, options?: SendOptions): Promise<void>
  sendFileToContact(contactId: string, file: OutgoingFile): Promise<void>
  /** A PNG already saved under the data dir, shown as a picture in the group. */
  sendImageToRoom(roomId: string, image: OutgoingFile): Promise<void>
  /** A PNG already saved under the data dir, shown as a picture in a private chat. */
  sendImageToContact(contactId: string, image: OutgoingFile): Promise<void>
}

/** Where the runtime's messages go when no message is being answered (scheduler, timers). */
export type RoomPort = Pick<
  ReplyPort,
  'sendToRoom' | 'sendToContact' | 'sendFileToContact' | 'sendImageToRoom' | 'sendImageToContact'
>

export type AuditResult = 'ok' | 'denied' | 'rejected' | 'error'

/** One of our bot accounts (a WeChat account run by one bot process). */
export interface BotAccount {
  /** The logged-in WeChat id. */
  id: string
  /** How it is called in messages: its label, else its WeChat name. */
  shownAs: string
  name: string
  label: string
  online: boolean
}

export type HandOverResult =
  | { ok: true; to: BotAccount }
  | {
      ok: false
      reason: 'unknown' | 'self' | 'offline' | 'not-in-group' | 'not-owner'
      accounts: BotAccount[]
    }

/** Our bot accounts: which one this is, and moving a group to another. */
export interface AccountsService {
  /** This bot's account, or null before it logged in. */
  current(): BotAccount | null
  list(): Promise<BotAccount[]>
  /** The account serving the group, if any. */
  ownerOf(roomId: string): Promise<BotAccount | null>
  /** Moves a group this account serves to another of our accounts (named by label or WeChat name). */
  handOver(roomId: string, name: string): Promise<HandOverResult>
}

/** Shared parts of the bot, built once per bot instance before the first message. */
export interface Services {
  /** Forget cached branch/role/member/owner look-ups (after binding a group, roles, check-in, re-link). */
  forgetPeople(): void
  policy: PolicyService
  schedules: ScheduleRegistry
  accounts: AccountsService
}

interface ContextBase {
  msg: Incoming
  /** Text after the command word (trimmed); the whole text for hear-handlers. */
  args: string
  /** The talker's roster entry in the branch, once they have checked in (报到). */
  member: Member | null
  role: RoleName
  isAdmin: boolean
  db: Db
  clock: Clock
  config: Config
  log: Logger
  llm: OpenAI | null
  out: ReplyPort
  services: Services
  /** Records an admin action in the audit log. */
  audit(command: string, result: AuditResult, detail?: string): Promise<void>
  /** The next file this talker sends here within ten minutes goes to the handler with this id. */
  expectFile(handlerId: string): void
}

/** Anywhere; the branch is the group's, or in private chat the one the talker belongs to or manages, if any. */
export interface Context extends ContextBase {
  branch: Branch | null
}
/** Group or private chat, with the branch known. */
export interface BranchContext extends ContextBase {
  branch: Branch
}
/** A group bound to a branch. */
export interface GroupContext extends ContextBase {
  msg: GroupIncoming
  branch: Branch
}
/** Any group, bound or not. */
export interface AnyGroupContext extends ContextBase {
  msg: GroupIncoming
  branch: Branch | null
}
export interface PrivateContext extends ContextBase {
  msg: PrivateIncoming
  branch: Branch | null
}

export interface HelpText {
  /** e.g. `开课 <主题> [分钟]` */
  usage: string
  summary: string
  /** List under the admin commands even though anyone may try it (the handler checks permission itself). */
  forAdmins?: boolean
  /** Leave out of the short list in 帮助 (another command's reply or help names it); 帮助 <命令> still explains it. */
  unlisted?: boolean
}

export interface Registration<C> {
  id: string
  /** Command words matched at the start of the message (after an optional @bot). */
  commands?: string[]
  /**
   * A "hear" matcher for messages that are not commands (sign-in words, 接龙 lists, the answer to a question
   * the bot asked in private). Runs on every message no command claimed, before the policy fallback;
   * return true to claim it.
   */
  hears?: (msg: Incoming) => boolean
  /** Receives a file the talker was asked for with ctx.expectFile(id). */
  acceptsFile?: boolean
  /** Receives messages addressed to the bot that no command claimed (policy questions). */
  fallback?: boolean
  /**
   * Runs beside the group's message order instead of in it: for slow answers (a model call) that change no
   * attendance, so sign-ins behind them are not held up.
   */
  detached?: boolean
  access: Access
  help?: HelpText
  run(ctx: C): Promise<void>
}

export type HandlerSpec =
  | (Registration<GroupContext> & { where: 'bound-group' })
  | (Registration<AnyGroupContext> & { where: 'any-group' })
  | (Registration<BranchContext> & { where: 'branch' })
  | (Registration<Context> & { where: 'anywhere' })
  | (Registration<PrivateContext> & { where: 'private' })

export type Where = HandlerSpec['where']

/** Where a handler runs; the dispatcher refuses politely elsewhere and hands the narrowed context to `run`. */
export const on = {
  /** In a group bound to a branch. */
  boundGroup: (r: Registration<GroupContext>): HandlerSpec => ({ ...r, where: 'bound-group' }),
  /** In any group (binding itself, for one). */
  anyGroup: (r: Registration<AnyGroupContext>): HandlerSpec => ({ ...r, where: 'any-group' }),
  /** In the group or in private chat, once the asker's branch is known. */
  branch: (r: Registration<BranchContext>): HandlerSpec => ({ ...r, where: 'branch' }),
  /** Anywhere, branch or not. */
  anywhere: (r: Registration<Context>): HandlerSpec => ({ ...r, where: 'anywhere' }),
  /** Only in private chat. */
  privateChat: (r: Registration<PrivateContext>): HandlerSpec => ({ ...r, where: 'private' }),
}
