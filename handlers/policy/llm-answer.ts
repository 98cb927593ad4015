// The LLM call behind a policy answer: one OpenAI-compatible chat request, 429/5xx retried with backoff, no
// retry after a time-out, and the whole attempt (tries and waits together) bounded by one deadline, so a member
// gets the quoted answer in time even when the provider hangs.
import OpenAI from 'openai'

export interface ModelCall {
  llm: OpenAI
  model: string
  /** The longest the member waits for the model, all tries and backoff included. */
  deadlineMs: number
  system: string
  user: string
  retries: number
  backoffMs: number
  sleep(ms: number): Promise<void>
}

export interface ModelAnswer {
  text: string
  tokens: number
}

export class ModelUnavailable extends Error {
  constructor(
    readonly reason: 'timeout' | 'rate-limited' | 'server' | 'bad-response' | 'other',
    readonly tokens = 0,
  ) {
    super(`model unavailable: ${reason}`)
  }
}

function retryable(e: unknown): boolean {
  return e instanceof OpenAI.APIError && e.status !== undefined && (e.status === 429 || e.status >= 500)
}

function reasonOf(e: unknown): ModelUnavailable['reason'] {
  if (e instanceof OpenAI.APIConnectionTimeoutError) return 'timeout'
  if (e instanceof OpenAI.APIError && e.status === 429) return 'rate-limited'
  if (e instanceof OpenAI.APIError && (e.status ?? 0) >= 500) return 'server'
  if (e instanceof SyntaxError) return 'bad-response'
  return 'other'
}

async function once(c: ModelCall, timeoutMs: number): Promise<ModelAnswer> {
  const r = await c.llm.chat.completions.create(
    {
      model: c.model,
      temperature: 0.2,
      max_tokens: 400,
      messages: [
        { role: 'system', content: c.system },
        { role: 'user', content: c.user },
      ],
    },
    { timeout: timeoutMs, maxRetries: 0 },
  )
  const text = r.choices?.[0]?.message?.content?.trim()
  const tokens =
    r.usage?.total_tokens ?? Math.ceil((c.system.length + c.user.length + (text?.length ?? 0)) / 1.5)
  if (!text) throw new ModelUnavailable('bad-response', tokens)
  return { text, tokens }
}

/** Below this much time left, another try could not finish: give up and let the quote answer. */
const minTryMs = 50

export async function askModel(c: ModelCall): Promise<ModelAnswer> {
  let spent = 0
  for (let attempt = 0; ; attempt++) {
    const started = performance.now()
    try {
      return await once(c, Math.floor(c.deadlineMs - spent))
    } catch (e) {
      if (e instanceof ModelUnavailable) throw e
      spent += performance.now() - started
      const wait = c.backoffMs * 2 ** attempt
      const timeLeft = c.deadlineMs - spent - wait
      if (!retryable(e) || attempt >= c.retries || timeLeft < minTryMs)
        throw new ModelUnavailable(reasonOf(e))
      await c.sleep(wait)
      spent += wait
    }
  }
}
