// A thin drawing surface over @napi-rs/canvas (Skia, prebuilt, no browser) that remembers every text it drew,
// so a test can prove a group image carries no member name.
import type { Canvas, SKRSContext2D } from '@napi-rs/canvas'
import { fontFamilies, type FontRegistry } from './fonts.js'

type CanvasModule = typeof import('@napi-rs/canvas')
let canvasModule: Promise<CanvasModule> | null = null
/** The renderer (a 35 MB native library) loads with the first picture, not when the bot starts. */
const loadCanvas = () => (canvasModule ??= import('@napi-rs/canvas'))

export interface ChartImage {
  png: Buffer
  width: number
  height: number
  /** Every text drawn on the image, in drawing order. */
  texts: string[]
}

export interface TextStyle {
  size?: number
  bold?: boolean
  color?: string
  align?: 'left' | 'center' | 'right'
  baseline?: 'alphabetic' | 'middle' | 'top' | 'bottom'
  /** Radians, around (x, y). */
  rotate?: number
}

export const INK = '#222222'
export const MUTED = '#777777'
export const RULE = '#e3e3e3'

export class Painter {
  readonly texts: string[] = []
  readonly width: number
  readonly height: number
  readonly #g: SKRSContext2D
  readonly #canvas: Canvas
  readonly #fonts: FontRegistry

  /** A white surface of this size (whole pixels). */
  static async open(width: number, height: number): Promise<Painter> {
    return new Painter(await loadCanvas(), width, height)
  }

  private constructor(canvas: CanvasModule, width: number, height: number) {
    this.width = Math.ceil(width)
    this.height = Math.ceil(height)
    this.#canvas = new canvas.Canvas(this.width, this.height)
    this.#g = this.#canvas.getContext('2d')
    this.#fonts = canvas.GlobalFonts
    this.rect(0, 0, this.width, this.height, '#ffffff')
  }

  text(text: string, x: number, y: number, s: TextStyle = {}): void {
    if (!text) return
    this.texts.push(text)
    const g = this.#g
    g.save()
    g.font = `${s.bold ? 'bold ' : ''}${s.size ?? 13}px ${fontFamilies(text, this.#fonts)}`
    g.fillStyle = s.color ?? INK
    g.textAlign = s.align ?? 'left'
    g.textBaseline = s.baseline ?? 'alphabetic'
    g.translate(x, y)
    if (s.rotate) g.rotate(s.rotate)
    g.fillText(text, 0, 0)
    g.restore()
  }

  textWidth(text: string, size = 13, bold = false): number {
    this.#g.font = `${bold ? 'bold ' : ''}${size}px ${fontFamilies(text, this.#fonts)}`
    return this.#g.measureText(text).width
  }

  rect(x: number, y: number, w: number, h: number, color: string): void {
    this.#g.fillStyle = color
    this.#g.fillRect(x, y, w, h)
  }

  frame(x: number, y: number, w: number, h: number, color: string, lineWidth = 1): void {
    this.#g.strokeStyle = color
    this.#g.lineWidth = lineWidth
    this.#g.strokeRect(x + 0.5, y + 0.5, w - 1, h - 1)
  }

  line(points: Array<[number, number]>, color: string, width = 1, dash: number[] = []): void {
    if (points.length < 2) return
    const g = this.#g
    g.save()
    g.strokeStyle = color
    g.lineWidth = width
    g.lineJoin = 'round'
    g.setLineDash(dash)
    g.beginPath()
    points.forEach(([x, y], i) => (i ? g.lineTo(x, y) : g.moveTo(x, y)))
    g.stroke()
    g.restore()
  }

  dot(x: number, y: number, r: number, color: string): void {
    this.#g.fillStyle = color
    this.#g.beginPath()
    this.#g.arc(x, y, r, 0, Math.PI * 2)
    this.#g.fill()
  }

  /** Encodes the PNG on a worker thread (most of the cost for a large grid), not on the event loop. */
  async finish(): Promise<ChartImage> {
    const png = await this.#canvas.encode('png')
    return { png, width: this.width, height: this.height, texts: this.texts }
  }
}
