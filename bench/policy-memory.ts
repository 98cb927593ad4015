// Resident memory of the policy service: RSS before and after building it (knowledge base, index, segmenter),
// in a fresh process. Run: node --expose-gc --import tsx bench/policy-memory.ts
const mb = (n: number) => (n / 1048576).toFixed(1)
const collect = () => (globalThis as { gc?: () => void }).gc?.()

collect()
const before = process.memoryUsage()
const { createPolicyService } = await import('../handlers/policy/service.js')
const service = createPolicyService()
collect()
const after = process.memoryUsage()
console.log(
  `政策服务常驻内存（${service.index.kb.articles.length} 条）：RSS ${mb(before.rss)} → ${mb(after.rss)} MB（+${mb(after.rss - before.rss)}），` +
    `堆 +${mb(after.heapUsed - before.heapUsed)} MB，external +${mb(after.external - before.external)} MB`,
)
