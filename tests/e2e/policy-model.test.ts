// Policy Q&A through the whole bot: Wechaty message in, the openai SDK (configured from Config.llm) out to an
// OpenAI-compatible server on 127.0.0.1, a grounded answer back in the group.
import { createServer, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import { afterAll, beforeAll, expect, it } from 'vitest'
import { say, startMockWechat, textsIn, type MockWechat } from '../support/mock-wechat.js'

let server: Server
let w: MockWechat
const prompts: string[] = []
let answer = ''
/** The server reads the request and never answers, like a provider that hangs. */
let hang = false
const timeoutMs = 400

beforeAll(async () => {
  server = createServer((req, res) => {
    let body = ''
    req.on('data', (c) => (body += c))
    req.on('end', () => {
      prompts.push(body)
      if (hang) return
      res.writeHead(200, { 'content-type': 'application/json' })
      res.end(
        JSON.stringify({
          id: 'c1',
          object: 'chat.completion',
          created: 1,
          model: 'm',
          choices: [{ index: 0, finish_reason: 'stop', message: { role: 'assistant', content: answer } }],
          usage: { prompt_tokens: 300, completion_tokens: 40, total_tokens: 340 },
        }),
      )
    })
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const { port } = server.address() as AddressInfo
  w = await startMockWechat({
    config: {
      llm: {
        apiKey: 'k',
        baseURL: `http://127.0.0.1:${port}/v1`,
        model: 'm',
        timeoutMs,
        dailyTokenBudget: 10_000,
      },
    },
  })
})
afterAll(async () => {
  await w.stop()
  server.closeAllConnections()
  await new Promise((resolve) => server.close(resolve))
})

it('answers an @-question with the model, grounded and cited, and never shows the model roster data', async () => {
  const member = w.mocker.createContact({ id: 'm-yang', name: '杨丽' })
  const room = w.mocker.createRoom({
    id: 'policy@chatroom',
    topic: '支部群',
    memberIdList: [w.botUser.id, member.id],
  })
  const branch = await w.running.db.branch.create({ data: { name: '测试支部' } })
  await w.running.db.group.create({
    data: { roomId: room.id, topic: '支部群', branchId: branch.id, boundBy: 't' },
  })
  await w.running.db.member.create({
    data: { branchId: branch.id, name: '杨丽', phone: '13800000007', contactId: member.id },
  })

  answer = '**可以。** 返乡创业的个人可申请创业担保贷款，最高50万元，财政按实际利率的50%贴息。'
  await say(w, member, room, '@支部助手 我回老家创业能贷多少钱', [w.botUser])
  const reply = textsIn(w, room.id).at(-1)!
  expect(reply).toContain('最高50万元')
  expect(reply).not.toContain('**')
  expect(reply).toContain('以官方解释为准')
  expect(prompts).toHaveLength(1)
  expect(prompts[0]).toContain('我回老家创业能贷多少钱')
  expect(prompts[0]).toContain('创业担保贷款')
  expect(prompts[0]).not.toContain('13800000007')
  expect(prompts[0]).not.toContain('杨丽')

  answer = '可以，最高能贷80万元。'
  await say(w, member, room, '@支部助手 小微企业贷款最多多少', [w.botUser])
  const guarded = textsIn(w, room.id).at(-1)!
  expect(guarded).not.toContain('80万')
  expect(guarded).toContain('出处')
})

it('answers within the configured wait when the model hangs, from the knowledge base, through the real openai SDK', async () => {
  const member = w.mocker.createContact({ id: 'm-wu', name: '吴杰' })
  const room = w.mocker.createRoom({
    id: 'policy-hang@chatroom',
    topic: '支部群',
    memberIdList: [w.botUser.id, member.id],
  })
  hang = true
  const asked = prompts.length
  const started = performance.now()
  await say(w, member, room, '@支部助手 创业担保贷款利率是多少', [w.botUser])
  const waited = performance.now() - started
  hang = false
  expect(prompts.length).toBe(asked + 1)
  expect(textsIn(w, room.id).at(-1)).toMatch(/^创业担保贷款利率最高为LPR（贷款市场报价利率）加150个基点/)
  expect(waited).toBeGreaterThanOrEqual(timeoutMs - 10)
  expect(waited).toBeLessThan(5000) // the default wait is 8 s; before this change a hanging model held the answer 15 s
  const [log] = await w.running.db.policyQuestion.findMany({ orderBy: { id: 'desc' }, take: 1 })
  expect(log).toMatchObject({ mode: 'quote', answered: true })
})
