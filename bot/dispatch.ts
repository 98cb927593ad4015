// Decides what to do with one incoming message: which handler, whether the asker may use it, and one error
// boundary around it so a failing handler never stops the others.
import type { Logger } from 'pino'
import type OpenAI from 'openai'
import type { Db } from '../prisma/client.js'
import type { Clock, Config, Context, HandlerSpec, Incoming, ReplyPort, Services } from '../handlers/types.js'
import { writeAudit } from '../prisma/repos/core/audit.js'
import type { Asker, Directory } from './asker.js'
import { FileExpectations } from './file-expectations.js'
import type { Router } from './router.js'

export interface DispatchDeps {
  db: Db
  clock: Clock
  config: Config
  log: Logger
  llm: OpenAI | null
  router: Router
  directory: Directory
  services: Services
  files: FileExpectations
  portFor(msg: Incoming): ReplyPort
}

const ROLE_WORD = '书记、委员'

export async function dispatch(msg: Incoming, deps: DispatchDeps): Promise<void> {
  const log = deps.log.child({ msgId: msg.id, room: msg.roomId ?? 'private' })
  const found = route(msg, deps)
  if (!found) return
  const asker = await deps.directory.resolve(msg)
  const ctx = buildContext(msg, found.args, asker, deps, log)
  const refusal = refusalFor(found.spec, ctx, found.kind)
  if (refusal) {
    if (refusal.audit) await ctx.audit(found.word ?? found.spec.id, 'denied', refusal.text)
    if (refusal.say) await ctx.out.reply(refusal.text)
    return
  }
  await runGuarded(found.spec, ctx, found.kind === 'hear' && !msg.addressed)
}

type Route = {
  spec: HandlerSpec
  args: string
  word?: string
  kind: 'command' | 'hear' | 'file' | 'fallback'
}

function route(msg: Incoming, deps: DispatchDeps): Route | null {
  if (msg.file) {
    const id = deps.files.take(msg, deps.clock.now())
    const spec = id ? deps.router.byId(id) : undefined
    return spec ? { spec, args: '', kind: 'file' } : null
  }
  const command = deps.router.command(msg)
  if (command) return { ...command, kind: 'command' }
  if (msg.roomId) {
    const heard = deps.router.hearing(msg)
    if (heard) return { spec: heard, args: msg.text, kind: 'hear' }
  }
  if (!msg.addressed || msg.text === '') return null
  const fallback = deps.router.fallback()
  return fallback ? { spec: fallback, args: msg.text, kind: 'fallback' } : null
}

interface Refusal {
  text: string
  say: boolean
  audit: boolean
}

function refusalFor(spec: HandlerSpec, ctx: Context, kind: Route['kind']): Refusal | null {
  const { msg } = ctx
  const loud = kind !== 'hear' || msg.addressed
  const word = spec.commands?.[0] ?? ''
  if (spec.place === 'group' && !msg.roomId)
    return { text: `请在支部群里发送「${word}」。`, say: loud, audit: false }
  if (spec.place === 'private' && msg.roomId)
    return { text: `「${word}」请私聊我发送。`, say: loud, audit: false }
  if (spec.access === 'admin' && !ctx.isAdmin)
    return { text: `「${word}」仅限本支部${ROLE_WORD}使用。`, say: loud, audit: true }
  const needsBranch = spec.needsBranch ?? spec.place !== 'private'
  if (needsBranch && !ctx.branch) {
    const text = msg.roomId
      ? '本群还没有绑定支部。请书记发送：绑定支部 <支部名称>'
      : '还不知道您属于哪个支部。请先在支部群里发送「报到 您的姓名」。'
    return { text, say: loud, audit: false }
  }
  if (spec.access === 'member' && !ctx.member && !ctx.isAdmin)
    return { text: '请先报到：在群里发送「报到 您的姓名」。', say: loud, audit: false }
  return null
}

async function runGuarded(spec: HandlerSpec, ctx: Context, quiet: boolean): Promise<void> {
  try {
    await spec.run(ctx)
  } catch (error) {
    ctx.log.error({ err: error, handler: spec.id }, '处理消息出错（其他功能不受影响）')
    if (spec.access === 'admin')
      await ctx.audit(spec.commands?.[0] ?? spec.id, 'error', String(error)).catch(() => {})
    if (!quiet) await ctx.out.reply('抱歉，刚才出了点问题，已记录。请稍后再试。').catch(() => {})
  }
}

function buildContext(msg: Incoming, args: string, asker: Asker, deps: DispatchDeps, log: Logger): Context {
  return {
    msg: { ...msg, mentions: asker.mentions },
    args,
    branch: asker.branch,
    member: asker.member,
    role: asker.role,
    isAdmin: asker.role === 'botAdmin' || asker.role === 'secretary' || asker.role === 'committee',
    db: deps.db,
    clock: deps.clock,
    config: deps.config,
    log,
    llm: deps.llm,
    out: deps.portFor(msg),
    services: deps.services,
    async audit(command, result, detail = '') {
      await writeAudit(deps.db, {
        at: deps.clock.now(),
        actorId: msg.talkerId,
        actorName: msg.talkerName,
        branchId: asker.branch?.id ?? null,
        roomId: msg.roomId,
        command,
        args: args.slice(0, 500),
        result,
        detail: detail.slice(0, 1000),
      })
    },
    expectFile(handlerId) {
      deps.files.expect(msg, handlerId, deps.clock.now())
    },
  }
}
