// Hear-handler: sign-in words and 群接龙 while a session is open. No reply per sign-in.
import { on, type GroupContext, type HandlerSpec, type Incoming } from '../types.js'
import { findMemberByContact } from '../../prisma/repos/core/members.js'
import { isSignInWord, looksLikeJielong, matchEntry, parseJielong } from './jielong.js'
import { addGuest, markPresent, type LiveRegistry, type LiveSession } from './live.js'

export function signInHandler(live: LiveRegistry): HandlerSpec {
  return on.boundGroup({
    id: 'attendance.signin',
    hears: (msg: Incoming) => {
      if (msg.roomId === null) return false
      if (live.hasOpenSession(msg.roomId)) return isSignInWord(msg.text) || looksLikeJielong(msg.text)
      return msg.addressed && isSignInWord(msg.text)
    },
    access: 'anyone',
    help: { usage: '签到', summary: '活动开始后在群里回复“到”“签到”或“1”，也可以群接龙（每行一个名字）' },
    async run(ctx) {
      const s = live.byRoom.get(ctx.msg.roomId)
      if (!s) {
        if (ctx.msg.addressed) await ctx.out.reply('本群现在没有进行中的签到。')
        return
      }
      if (isSignInWord(ctx.msg.text)) await signInTalker(s, ctx)
      else signInJielong(s, ctx.msg.text, ctx.msg.at)
      await live.changed(s, ctx.db, ctx.log)
    },
  })
}

async function signInTalker(s: LiveSession, ctx: GroupContext): Promise<void> {
  const { talkerId, talkerName, at } = ctx.msg
  const known = s.byContact.get(talkerId)
  if (known !== undefined) {
    markPresent(s, known, at, 'signin')
    return
  }
  if (s.guests.has(talkerId)) return
  // Checked in (报到) after the session opened?
  const member = await findMemberByContact(ctx.db, s.branchId, talkerId)
  if (member) {
    s.byContact.set(talkerId, member.id)
    markPresent(s, member.id, at, 'signin')
  } else addGuest(s, talkerId, talkerName, at)
}

/** Only what is shaped like a Chinese personal name becomes a guest; other unmatched lines are just reported. */
const PERSON_NAME = /^(?:\p{Script=Han}{2,4}|\p{Script=Han}+[·•]\p{Script=Han}+)$/u

/** Signs in the listed names that match the roster exactly; others become guests and are reported. */
export function signInJielong(
  s: LiveSession,
  text: string,
  at: Date,
): { signedIn: number; unmatched: number } {
  const { entries } = parseJielong(text)
  let signedIn = 0
  let unmatched = 0
  for (const entry of entries) {
    const match = matchEntry(entry, s.byName)
    const [only, ...more] = match?.ids ?? []
    if (only !== undefined && !more.length) {
      if (markPresent(s, only, at, 'jielong')) signedIn++
      continue
    }
    const name = match?.name ?? entry.name
    s.unmatched.add(match ? `${name}（重名）` : name)
    unmatched++
    if (!match && PERSON_NAME.test(name)) addGuest(s, `name:${name}`, name, at)
  }
  return { signedIn, unmatched }
}
