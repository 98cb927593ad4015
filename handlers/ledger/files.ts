// Files the bot writes for a secretary (sent privately through the outbound queue).
import { mkdir, writeFile } from 'node:fs/promises'
import path from 'node:path'
import type ExcelJS from 'exceljs'
import type { BranchContext, OutgoingFile } from '../types.js'

/** `<dataDir>/exports/<name>`, written from a workbook or bytes. */
export async function saveExport(
  ctx: Pick<BranchContext, 'config'>,
  name: string,
  content: ExcelJS.Workbook | Buffer,
): Promise<OutgoingFile> {
  const dir = path.join(ctx.config.dataDir, 'exports')
  await mkdir(dir, { recursive: true })
  const file = path.join(dir, name)
  if (Buffer.isBuffer(content)) await writeFile(file, content)
  else await content.xlsx.writeFile(file)
  return { path: file, name }
}

/** Characters a file name cannot carry on common systems. */
export const safeFileName = (text: string) => text.replace(/[\\/:*?"<>|\s]+/g, '_').slice(0, 60)
