// Reads a PNG back: the header straight from the bytes, the pixels through the renderer's own decoder.
import { Canvas, loadImage } from '@napi-rs/canvas'

export interface Pixels {
  width: number
  height: number
  data: Uint8ClampedArray
}

/** Width and height from the PNG's IHDR chunk (fails on anything that is not a PNG). */
export function pngSize(png: Buffer): { width: number; height: number } {
  if (png.subarray(0, 8).toString('hex') !== '89504e470d0a1a0a') throw new Error('not a PNG')
  return { width: png.readUInt32BE(16), height: png.readUInt32BE(20) }
}

export async function decodePng(png: Buffer): Promise<Pixels> {
  const image = await loadImage(png)
  const canvas = new Canvas(image.width, image.height)
  const g = canvas.getContext('2d')
  g.drawImage(image, 0, 0)
  return {
    width: image.width,
    height: image.height,
    data: g.getImageData(0, 0, image.width, image.height).data,
  }
}

/** Share of pixels that are not (nearly) white. */
export function inkShare(p: Pixels): number {
  let ink = 0
  for (let i = 0; i < p.data.length; i += 4)
    if (p.data[i]! < 235 || p.data[i + 1]! < 235 || p.data[i + 2]! < 235) ink++
  return ink / (p.width * p.height)
}

/** Pixels of exactly this colour (#rrggbb). */
export function countColour(p: Pixels, hex: string): number {
  const [r, g, b] = [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16))
  let n = 0
  for (let i = 0; i < p.data.length; i += 4)
    if (p.data[i] === r && p.data[i + 1] === g && p.data[i + 2] === b) n++
  return n
}

/** The dark pixels as a string of 0/1, to compare two renderings. */
export function darkMask(p: Pixels): string {
  let mask = ''
  for (let i = 0; i < p.data.length; i += 4) mask += p.data[i]! < 128 ? '1' : '0'
  return mask
}
