// The CJK font the charts draw with ships through npm (@fontsource-variable/noto-sans-sc: Noto Sans SC, variable
// weight, split by Google Fonts into ~100 woff2 files by Unicode range). Servers rarely have a Chinese font, so
// nothing here relies on system fonts. Each file is registered under its own name the first time a text needs
// one of its characters, and a text is drawn with only the files it needs: with all 101 files in one family
// every fillText searched them all (about 2 ms a call, 6 s for a 500-member grid).
import { readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import path from 'node:path'

const FONT_PACKAGE = '@fontsource-variable/noto-sans-sc'

/** The renderer's font list (@napi-rs/canvas GlobalFonts), handed in so this module does not load it. */
export interface FontRegistry {
  registerFromPath(path: string, nameAlias?: string): unknown
}

interface FontFile {
  alias: string
  path: string
  registered: boolean
}

/** Sorted, non-overlapping code point ranges, each pointing at the file that covers it. */
interface RangeIndex {
  starts: number[]
  ends: number[]
  files: FontFile[]
}

let index: RangeIndex | null = null

function loadIndex(): RangeIndex {
  const unicodeJson = createRequire(import.meta.url).resolve(`${FONT_PACKAGE}/unicode.json`)
  const subsets = JSON.parse(readFileSync(unicodeJson, 'utf8')) as Record<string, string>
  const ranges: Array<{ start: number; end: number; file: FontFile }> = []
  for (const [key, list] of Object.entries(subsets)) {
    const name = key.replace(/[[\]]/g, '')
    const file: FontFile = {
      alias: `ZhibuSC-${name}`,
      path: path.join(path.dirname(unicodeJson), 'files', `noto-sans-sc-${name}-wght-normal.woff2`),
      registered: false,
    }
    for (const range of list.split(',')) {
      const [start, end] = range.trim().replace(/^U\+/i, '').split('-')
      ranges.push({ start: parseInt(start!, 16), end: parseInt(end ?? start!, 16), file })
    }
  }
  ranges.sort((a, b) => a.start - b.start)
  return {
    starts: ranges.map((r) => r.start),
    ends: ranges.map((r) => r.end),
    files: ranges.map((r) => r.file),
  }
}

function fileFor(codePoint: number): FontFile | null {
  index ??= loadIndex()
  let lo = 0
  let hi = index.starts.length - 1
  while (lo <= hi) {
    const mid = (lo + hi) >> 1
    if (codePoint < index.starts[mid]!) hi = mid - 1
    else if (codePoint > index.ends[mid]!) lo = mid + 1
    else return index.files[mid]!
  }
  return null
}

const isSpace = (ch: string) => /\s/.test(ch)

/** Characters of `text` that the shipped font has no glyph for (they would fall back to whatever the server has). */
export function uncoveredChars(text: string): string[] {
  return [...new Set(text)].filter((ch) => !isSpace(ch) && !fileFor(ch.codePointAt(0)!))
}

/** A CSS font-family list that draws `text` with the shipped font, registering the files it needs. */
export function fontFamilies(text: string, registry: FontRegistry): string {
  const files: FontFile[] = []
  for (const ch of new Set(text)) {
    const file = fileFor(ch.codePointAt(0)!)
    if (file && !files.includes(file)) files.push(file)
  }
  for (const file of files) {
    if (file.registered) continue
    if (!registry.registerFromPath(file.path, file.alias)) throw new Error(`字体文件无法加载：${file.path}`)
    file.registered = true
  }
  return [...files.map((f) => `"${f.alias}"`), 'sans-serif'].join(', ')
}
