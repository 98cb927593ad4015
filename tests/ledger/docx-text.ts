// Reads a .docx back as its paragraphs of text (document.xml inside the zip), table cells included.
import { readFile } from 'node:fs/promises'
import JSZip from 'jszip'

export async function docxParagraphs(file: string): Promise<string[]> {
  const zip = await JSZip.loadAsync(await readFile(file))
  const xml = await zip.file('word/document.xml')?.async('string')
  if (!xml) throw new Error(`${file} has no word/document.xml`)
  return [...xml.matchAll(/<w:p[ >][\s\S]*?<\/w:p>/g)].map((p) =>
    [...p[0].matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((t) => unescapeXml(t[1] ?? '')).join(''),
  )
}

const unescapeXml = (text: string) =>
  text
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&amp;/g, '&')
