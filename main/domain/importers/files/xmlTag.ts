import { damagedFile } from './damaged';
import { decodeXml } from './xml';

/** Character codes the sheet scanners compare against. */
export const LT = 60;
export const GT = 62;
export const SLASH = 47;
const EQ = 61;
const QUOT = 34;
const APOS = 39;
const AMP = 38;

export const isXmlSpace = (c: number): boolean => c === 32 || c === 10 || c === 13 || c === 9;

/** Letters, digits, '-', '.', ':', '_' and anything beyond ASCII: what attribute names are made of. */
const isNameChar = (c: number): boolean => c > 64 || (c >= 45 && c <= 58 && c !== 47);

/**
 * The attributes of one tag, read in place: where the value of each wanted one-letter attribute
 * (r, t, s of a cell or row) lies in the text, so a sheet of a million cells is read without
 * making a string for each attribute. Values are taken whole when they hold an entity.
 */
export class TagReader {
  /** Value bounds per wanted name, [from, to) in the text; from = -1 when the tag lacks it. */
  readonly from: Int32Array;
  readonly to: Int32Array;
  /** Whether the value holds an entity (&amp; …) and must be decoded before use. */
  readonly escaped: Uint8Array;
  selfClosing = false;
  /** Slot of each wanted one-letter name by its character code, -1 for the others. */
  private readonly slots = new Int8Array(128).fill(-1);

  constructor(names: string) {
    for (let i = 0; i < names.length; i++) this.slots[names.charCodeAt(i)] = i;
    this.from = new Int32Array(names.length).fill(-1);
    this.to = new Int32Array(names.length).fill(-1);
    this.escaped = new Uint8Array(names.length);
  }

  /** Reads the attributes from just after the tag's name; returns the index after its '>'. */
  read(xml: string, p: number): number {
    const from = this.from;
    for (let i = 0; i < from.length; i++) from[i] = -1;
    for (;;) {
      let c = xml.charCodeAt(p);
      while (isXmlSpace(c)) c = xml.charCodeAt(++p);
      if (c === GT) {
        this.selfClosing = false;
        return p + 1;
      }
      if (c === SLASH && xml.charCodeAt(p + 1) === GT) {
        this.selfClosing = true;
        return p + 2;
      }
      const nameFrom = p;
      while (isNameChar(c)) c = xml.charCodeAt(++p);
      const nameLength = p - nameFrom;
      while (isXmlSpace(c)) c = xml.charCodeAt(++p);
      if (c !== EQ || nameLength === 0) throw damagedFile();
      c = xml.charCodeAt(++p);
      while (isXmlSpace(c)) c = xml.charCodeAt(++p);
      if (c !== QUOT && c !== APOS) throw damagedFile();
      const valueFrom = p + 1;
      const valueTo = xml.indexOf(c === QUOT ? '"' : "'", valueFrom);
      if (valueTo < 0) throw damagedFile();
      const first = xml.charCodeAt(nameFrom);
      const slot = nameLength === 1 && first < 128 ? (this.slots[first] as number) : -1;
      if (slot >= 0) {
        from[slot] = valueFrom;
        this.to[slot] = valueTo;
        let escaped = 0;
        for (let i = valueFrom; i < valueTo && escaped === 0; i++) if (xml.charCodeAt(i) === AMP) escaped = 1;
        this.escaped[slot] = escaped;
      }
      p = valueTo + 1;
    }
  }

  has(slot: number): boolean {
    return (this.from[slot] as number) >= 0;
  }

  /** The attribute's text, entities decoded. */
  text(xml: string, slot: number): string {
    return decodeXml(xml.slice(this.from[slot], this.to[slot]));
  }

  /** The attribute as a whole number, or -1 when it is absent or not one. */
  int(xml: string, slot: number): number {
    if (this.escaped[slot]) return wholeNumber(this.text(xml, slot));
    return digitsAt(xml, this.from[slot] as number, this.to[slot] as number);
  }
}

/** The whole number written in xml[from, to), or -1 when it is empty or holds anything else. */
export function digitsAt(xml: string, from: number, to: number): number {
  if (from < 0 || to <= from || to - from > 15) return -1;
  let n = 0;
  for (let i = from; i < to; i++) {
    const d = xml.charCodeAt(i) - 48;
    if (d < 0 || d > 9) return -1;
    n = n * 10 + d;
  }
  return n;
}

const wholeNumber = (s: string): number => digitsAt(s, 0, s.length);
