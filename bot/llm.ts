// Builds the OpenAI-compatible client for policy answers, or null when no model is configured.
// Retries are done by handlers/policy/llm-answer.ts (429/5xx with backoff, no retry after a time-out), so the SDK's are off.
import OpenAI from 'openai'
import type { Config } from '../handlers/types.js'

export function createLlmClient(llm: Config['llm']): OpenAI | null {
  if (!llm || !llm.apiKey) return null
  return new OpenAI({
    apiKey: llm.apiKey,
    baseURL: llm.baseURL,
    timeout: llm.timeoutMs || 15_000,
    maxRetries: 0,
  })
}
