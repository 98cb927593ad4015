// npm run policy:vocabulary [-- --kb 目录]: regenerate the segmenter's vocabulary from the knowledge base.
import { defaultKbDir } from '../handlers/policy/kb.js'
import { writeVocabulary } from '../handlers/policy/vocabulary.js'

const args = process.argv.slice(2)
const i = args.indexOf('--kb')
const { file, words } = writeVocabulary(i >= 0 ? (args[i + 1] ?? defaultKbDir) : defaultKbDir)
console.log(`分词词表已更新：${words} 个词 → ${file}`)
