// npm run bench:charts — renders the private attendance image (rate line, make-ups and the member × session
// grid) for 50 members × 20 sessions and 500 × 50: time per image and PNG size. Targets for 50 × 20: under
// 300 ms and under 300 KB. Also prints what the font adds to an install. Prints figures; asserts nothing.
// `npm run bench:charts -- --example` also writes bench/chart-example.png (the picture in the README).
import { execFileSync } from 'node:child_process'
import { writeFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import path from 'node:path'
import { performance } from 'node:perf_hooks'
import {
  renderMemberChart,
  type CellMark,
  type MemberChartData,
  type SessionPoint,
} from '../handlers/charts/index.js'

const SIZES: Array<[members: number, sessions: number]> = [
  [50, 20],
  [500, 50],
]
const RUNS = 5

/** A small deterministic generator, so every run draws the same picture. */
function random(seed: number): () => number {
  let s = seed
  return () => {
    s = (s * 1103515245 + 12345) % 2147483648
    return s / 2147483648
  }
}

const SURNAMES = '王李张刘陈杨黄赵吴周徐孙马朱胡郭何罗高林'
const GIVEN = [
  '建国',
  '秀英',
  '志强',
  '桂芳',
  '军',
  '丽',
  '德明',
  '小红',
  '海涛',
  '春梅',
  '文',
  '兴华',
  '玉兰',
  '勇',
]

function mark(r: number): CellMark {
  if (r < 0.8) return 'present'
  if (r < 0.85) return 'late'
  if (r < 0.92) return 'leave'
  if (r < 0.97) return 'absent'
  return 'madeUp'
}

export function syntheticData(members: number, sessions: number, seed = 7): MemberChartData {
  const next = random(seed)
  const names = Array.from(
    { length: members },
    (_, i) => `${SURNAMES[i % SURNAMES.length]}${GIVEN[Math.floor(i / SURNAMES.length) % GIVEN.length]}`,
  )
  const rows = names.map((name) => ({ name, marks: Array.from({ length: sessions }, () => mark(next())) }))
  const points: SessionPoint[] = Array.from({ length: sessions }, (_, j) => {
    const column = rows.map((r) => r.marks[j]!)
    const count = (m: CellMark) => column.filter((c) => c === m).length
    const present = count('present') + count('late')
    const missed = count('absent') + count('madeUp')
    const day = new Date(Date.UTC(2026, 0, 7 + j * 7))
    return {
      day: `${String(day.getUTCMonth() + 1).padStart(2, '0')}-${String(day.getUTCDate()).padStart(2, '0')}`,
      expected: members,
      present,
      late: count('late'),
      leave: count('leave'),
      absent: missed,
      rate: present / members,
      owed: missed,
      madeUp: count('madeUp'),
    }
  })
  return {
    title: '叙州区驻深圳流动党员支部 出勤统计',
    subtitle: `2026年 · ${sessions}次活动 · ${members}名党员（演示数据）`,
    sessions: points,
    members: rows,
  }
}

const packageDir = (pkg: string) =>
  path.dirname(createRequire(import.meta.url).resolve(`${pkg}/package.json`))
const du = (dir: string) => execFileSync('du', ['-sh', dir], { encoding: 'utf8' }).split('\t')[0]!

async function bench(): Promise<void> {
  for (const [members, sessions] of SIZES) {
    const data = syntheticData(members, sessions)
    const first = performance.now()
    await renderMemberChart(data)
    const coldMs = performance.now() - first
    const times: number[] = []
    let png: Buffer = Buffer.alloc(0)
    let size = ''
    for (let i = 0; i < RUNS; i++) {
      const start = performance.now()
      const image = await renderMemberChart(data)
      times.push(performance.now() - start)
      png = image.png
      size = `${image.width}×${image.height}`
    }
    const median = times.sort((a, b) => a - b)[Math.floor(RUNS / 2)]!
    console.log(
      `${members} members × ${sessions} sessions: ${median.toFixed(0)} ms/image (median of ${RUNS}; first ${coldMs.toFixed(0)} ms incl. font loading), PNG ${(png.length / 1024).toFixed(0)} KB, ${size} px`,
    )
  }
  const font = du(packageDir('@fontsource-variable/noto-sans-sc'))
  // The renderer's prebuilt binary is a sibling package (@napi-rs/canvas-<platform>): count the whole scope.
  const renderer = du(path.dirname(packageDir('@napi-rs/canvas')))
  console.log(
    `install size: font (@fontsource-variable/noto-sans-sc) ${font}, renderer (@napi-rs/*) ${renderer}`,
  )
}

async function writeExample(): Promise<void> {
  const data = syntheticData(10, 12, 3)
  const demo = ['王书记', '李娟', '赵强', '刘芳', '陈明', '黄磊', '杨丽', '周敏', '吴杰', '马丽']
  data.members.forEach((m, i) => (m.name = demo[i]!))
  data.subtitle = '2026年第一季度 · 12次活动（演示数据）'
  const file = path.join(path.dirname(new URL(import.meta.url).pathname), 'chart-example.png')
  writeFileSync(file, (await renderMemberChart(data)).png)
  console.log(`wrote ${file}`)
}

await bench()
if (process.argv.includes('--example')) await writeExample()
