// npm run roster:import -- <file.xlsx|file.csv> --branch <支部名称> [--database <url>]
// Imports a roster from the command line: per-row report on stdout (phones masked), progress on stderr.
// The database is --database, else DATABASE_URL (environment or .env), else the bot's default SQLite file.
import { existsSync } from 'node:fs'
import { readFile } from 'node:fs/promises'
import path from 'node:path'
import { pathToFileURL } from 'node:url'
import { parseArgs } from 'node:util'
import { openDatabase } from '../prisma/client.js'
import { ensureBranch } from '../prisma/repos/roster/members.js'
import { importParsedRoster, type ImportReport } from '../handlers/roster/import.js'
import {
  parseRosterFile,
  RosterFileError,
  type ParsedRoster,
  type RowProblem,
} from '../handlers/roster/parse.js'
import { importSummary } from '../handlers/roster/report.js'

const USAGE = '用法：npm run roster:import -- <名册.xlsx|名册.csv> --branch <支部名称> [--database <url>]'
const OUTCOME_LABELS = { created: '新增', updated: '更新', unchanged: '无变化', skipped: '跳过' } as const
const DEFAULT_DATABASE = 'file:./data/zhibu.db'
const EXIT_USAGE = 64
const EXIT_BAD_FILE = 2

/** Where the command writes: the report to `out`, progress and errors to `err` (tests capture both). */
export interface Io {
  out: (line: string) => void
  err: (line: string) => void
  env: Record<string, string | undefined>
}

const consoleIo: Io = { out: (l) => console.log(l), err: (l) => console.error(l), env: process.env }

/** The whole command; returns the exit code. */
export async function runRosterImport(argv: string[], io: Io = consoleIo): Promise<number> {
  const args = readArguments(argv, io.env)
  if (typeof args === 'string') {
    io.err(`${args}\n${USAGE}`)
    return EXIT_USAGE
  }
  let buffer: Buffer
  try {
    buffer = await readFile(args.file)
  } catch {
    io.err(`读不到文件：${args.file}`)
    return EXIT_BAD_FILE
  }
  let parsed: ParsedRoster
  try {
    io.err(`正在读取 ${path.basename(args.file)} ……`)
    parsed = await parseRosterFile(buffer, path.basename(args.file))
  } catch (error) {
    if (!(error instanceof RosterFileError)) throw error
    io.err(`名册没有导入：${error.userMessage}`)
    return EXIT_BAD_FILE
  }
  const { db } = await openDatabase(args.database)
  try {
    const branch = await ensureBranch(db, args.branch)
    io.err(`共 ${parsed.rows.length} 人，正在写入“${branch.name}”……`)
    const report = await importParsedRoster(db, branch.id, parsed, {
      onProgress: (done, total) => total >= 1000 && io.err(`已写入 ${done}/${total}`),
    })
    printReport(report, io.out)
    return 0
  } finally {
    await db.$disconnect()
  }
}

function readArguments(
  argv: string[],
  env: Io['env'],
): { file: string; branch: string; database: string } | string {
  let parsed
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      options: { branch: { type: 'string' }, database: { type: 'string' } },
    })
  } catch (error) {
    return error instanceof Error ? error.message : String(error)
  }
  const file = parsed.positionals[0]
  const branch = parsed.values.branch?.trim()
  if (!file) return '缺少名册文件。'
  if (!branch) return '缺少 --branch <支部名称>。'
  if (env === process.env && existsSync('.env')) process.loadEnvFile('.env')
  const database = parsed.values.database || env.DATABASE_URL || DEFAULT_DATABASE
  return { file, branch, database }
}

function printReport(report: ImportReport, print: Io['out']): void {
  for (const row of report.rows) {
    const reason = row.reason ? `：${row.reason}` : ''
    print(
      `第${row.row}行\t${row.name || '（无姓名）'}\t${row.phone || '-'}\t${OUTCOME_LABELS[row.outcome]}${reason}`,
    )
  }
  const toCheck = [...report.flagged, ...report.notes].sort((a, b) => a.row - b.row)
  printSection('需要核对：', toCheck, print)
  printSection('不是党员的行（已略过）：', report.ignored, print)
  print(importSummary(report))
  if (report.flagged.length > 0) {
    print(`其中新增的 ${report.flagged.length} 人可能与名册中的同名党员是同一人，请核对。`)
  }
}

function printSection(title: string, problems: RowProblem[], print: Io['out']): void {
  if (problems.length === 0) return
  print(title)
  for (const p of problems) print(`第${p.row}行\t${p.name || '-'}\t${p.phone ?? '-'}\t${p.reason}`)
}

// exitCode, not exit(): a piped stdout is flushed asynchronously and exit() would cut the report short.
if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href)
  runRosterImport(process.argv.slice(2)).then(
    (code) => {
      process.exitCode = code
    },
    (error: unknown) => {
      console.error('导入失败：', error instanceof Error ? error.message : error)
      process.exitCode = 1
    },
  )
