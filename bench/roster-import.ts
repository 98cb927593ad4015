// npm run bench:roster — a 5,000-row .xlsx roster imported, then re-imported with every city changed, and the
// command-line import of 1,500 rows. Prints times; asserts nothing.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { importRosterFile } from '../handlers/roster/import.js'
import { openDatabase } from '../prisma/client.js'
import { runRosterImport } from '../scripts/roster-import.js'
import { bigRoster, HEADERS, xlsxBuffer, type Sheet } from '../tests/roster/files.js'

const dir = mkdtempSync(path.join(tmpdir(), 'zhibu-bench-roster-'))
const quiet = { out: () => {}, err: () => {}, env: {} }
try {
  const { db } = await openDatabase(`file:${path.join(dir, 'bench.db')}`)
  const branch = await db.branch.create({ data: { name: '大支部' } })
  const importSheet = async (sheet: Sheet) =>
    importRosterFile(db, branch.id, { buffer: await xlsxBuffer([HEADERS, ...sheet]), name: 'r.xlsx' })
  let t = performance.now()
  const first = await importSheet(bigRoster(5000))
  const firstMs = performance.now() - t
  t = performance.now()
  const second = await importSheet(bigRoster(5000, '成都'))
  const secondMs = performance.now() - t
  console.log(`5,000-row import: ${firstMs.toFixed(0)} ms (新增 ${first.created})`)
  console.log(
    `re-import with every city changed: ${secondMs.toFixed(0)} ms (新增 ${second.created}, 更新 ${second.updated})`,
  )
  await db.$disconnect()

  const file = path.join(dir, '名册.xlsx')
  writeFileSync(file, await xlsxBuffer([['大支部名册'], ...bigRoster(1500)]))
  t = performance.now()
  await runRosterImport(
    [file, '--branch', '命令行支部', '--database', `file:${path.join(dir, 'cli.db')}`],
    quiet,
  )
  console.log(`npm run roster:import, 1,500 rows: ${(performance.now() - t).toFixed(0)} ms`)
} finally {
  rmSync(dir, { recursive: true, force: true })
}
process.exit(0)
