// Builds the OpenAI-compatible client for policy answers, or null when no model is configured.
// Retries are done by handlers/policy/llm-answer.ts (429/5xx with backoff, no retry after a time-out), so the SDK's are off.
import type OpenAI from 'openai'
import type { Config } from '../handlers/types.js'

/** The SDK is loaded only when a model is configured. */
export async function createLlmClient(llm: Config['llm']): Promise<OpenAI | null> {
  if (!llm || !llm.apiKey) return null
  const { default: Client } = await import('openai')
  return new Client({
    apiKey: llm.apiKey,
    baseURL: llm.baseURL,
    timeout: llm.timeoutMs || 15_000,
    maxRetries: 0,
  })
}
