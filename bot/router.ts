// Registers the handler specs once and finds which one a message is for.
import type { HandlerSpec, Incoming } from '../handlers/types.js'

export interface CommandMatch {
  spec: HandlerSpec
  word: string
  args: string
}

const SEPARATOR = /^(?:$|[\s:：,，。!！?？])/

export class Router {
  readonly specs: readonly HandlerSpec[]
  readonly #byWord: Array<{ word: string; spec: HandlerSpec }>
  readonly #byId: Map<string, HandlerSpec>

  constructor(specs: HandlerSpec[]) {
    this.#byId = new Map()
    for (const spec of specs) {
      if (this.#byId.has(spec.id)) throw new Error(`handler id registered twice: ${spec.id}`)
      this.#byId.set(spec.id, spec)
    }
    this.#byWord = specs.flatMap((spec) => (spec.commands ?? []).map((word) => ({ word, spec })))
    const words = this.#byWord.map((w) => w.word)
    const twice = words.find((w, i) => words.indexOf(w) !== i)
    if (twice) throw new Error(`command word registered twice: ${twice}`)
    this.#byWord.sort((a, b) => b.word.length - a.word.length)
    this.specs = specs
  }

  byId(id: string): HandlerSpec | undefined {
    return this.#byId.get(id)
  }

  /**
   * The command a message starts with. The word must be followed by a separator or the end, so chatter such as
   * "结束了吗" is not the command 结束; when the bot is @-mentioned, "请假家里有事" is accepted as well.
   */
  command(msg: Incoming): CommandMatch | null {
    const text = msg.text
    for (const { word, spec } of this.#byWord) {
      if (!text.startsWith(word)) continue
      const rest = text.slice(word.length)
      if (!SEPARATOR.test(rest) && !msg.addressed) continue
      return { spec, word, args: rest.replace(/^[\s:：,，]+/, '').trim() }
    }
    return null
  }

  hearing(msg: Incoming): HandlerSpec | undefined {
    return this.specs.find((spec) => spec.hears?.(msg))
  }

  fallback(): HandlerSpec | undefined {
    return this.specs.find((spec) => spec.fallback)
  }
}
