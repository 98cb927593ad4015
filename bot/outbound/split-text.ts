/** Splits text into chunks of at most `limit` characters, preferring line breaks, then sentence ends. */
export function splitText(text: string, limit: number): string[] {
  const chars = Array.from(text)
  if (chars.length <= limit) return [text]
  const chunks: string[] = []
  let rest = chars
  while (rest.length > limit) {
    const window = rest.slice(0, limit).join('')
    const cut = bestCut(window, limit)
    chunks.push(Array.from(window).slice(0, cut).join('').trimEnd())
    rest = rest.slice(cut)
    while (rest[0] === '\n') rest = rest.slice(1)
  }
  if (rest.length) chunks.push(rest.join(''))
  return chunks.filter((c) => c.trim() !== '')
}

function bestCut(window: string, limit: number): number {
  const chars = Array.from(window)
  const minimum = Math.floor(limit * 0.5)
  for (const breaker of ['\n', '。', '；', '，', ' ']) {
    const at = chars.lastIndexOf(breaker)
    if (at >= minimum) return at + 1
  }
  return limit
}
