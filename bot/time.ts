const SHANGHAI_OFFSET_MS = 8 * 3600_000

/** The instant the Asia/Shanghai calendar day containing `at` began (China has no DST). */
export function startOfShanghaiDay(at: Date): Date {
  const shifted = at.getTime() + SHANGHAI_OFFSET_MS
  return new Date(shifted - (shifted % 86_400_000) - SHANGHAI_OFFSET_MS)
}

export function formatShanghai(at: Date): string {
  return at.toLocaleString('zh-CN', { timeZone: 'Asia/Shanghai', hour12: false })
}
