// One bot's policy knowledge base, its index and the templates; `reload()` after an import.
import { createHash } from 'node:crypto'
import { defaultKbDir, loadKnowledgeBase } from './kb.js'
import { buildIndex, defaultRetrieval, type PolicyIndex, type RetrievalOptions } from './search/retrieval.js'
import { defaultPromptsDir, loadTemplates, type Templates } from './templates.js'

export interface PolicyService {
  kbDir: string
  index: PolicyIndex
  /** Changes whenever the knowledge base text changes, so cached answers of an old version are not reused. */
  version: string
  templates: Templates
  retrieval: RetrievalOptions
  retries: number
  backoffMs: number
  sleep(ms: number): Promise<void>
  reload(): void
}

export interface PolicyServiceOptions {
  kbDir?: string
  promptsDir?: string
  retrieval?: Partial<RetrievalOptions>
  retries?: number
  backoffMs?: number
  sleep?: (ms: number) => Promise<void>
}

const realSleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms))

export function createPolicyService(o: PolicyServiceOptions = {}): PolicyService {
  const kbDir = o.kbDir ?? defaultKbDir
  const service: PolicyService = {
    kbDir,
    index: buildIndex(loadKnowledgeBase(kbDir)),
    version: '',
    templates: loadTemplates(o.promptsDir ?? defaultPromptsDir),
    retrieval: { ...defaultRetrieval, ...o.retrieval },
    retries: o.retries ?? 2,
    backoffMs: o.backoffMs ?? 800,
    sleep: o.sleep ?? realSleep,
    reload() {
      service.index = buildIndex(loadKnowledgeBase(kbDir))
      service.version = versionOf(service.index)
    },
  }
  service.version = versionOf(service.index)
  return service
}

function versionOf(index: PolicyIndex): string {
  const hash = createHash('sha1')
  for (const a of index.kb.articles)
    hash.update(`${a.id}\n${a.text}\n${a.reliability}\n${a.asks.join('；')}\n`)
  return hash.digest('hex').slice(0, 8)
}
