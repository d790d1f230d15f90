/**
 * Offset ↔ line/character conversion. Used only at the edges (formatters, LSP):
 * everything inside planlint works with offsets.
 *
 * Lines end at "\n", "\r\n" or a lone "\r" (as LSP specifies). Characters are
 * UTF-16 code units, as LSP's default position encoding and JS strings use.
 */
export interface LinePosition {
  /** 0-based line. */
  line: number;
  /** 0-based UTF-16 code-unit offset in the line. */
  character: number;
}

export class LineIndex {
  /** Offset of the first character of each line. */
  private readonly starts: number[];
  private readonly text: string;
  readonly length: number;

  constructor(text: string) {
    this.text = text;
    const starts = [0];
    // indexOf instead of a loop over every character: the native search is fast
    // even in a short CLI run, where this code never gets optimised.
    let lf = text.indexOf("\n");
    let cr = text.indexOf("\r");
    while (lf >= 0 || cr >= 0) {
      if (cr < 0 || (lf >= 0 && lf < cr)) {
        starts.push(lf + 1);
        lf = text.indexOf("\n", lf + 1);
        continue;
      }
      // "\r\n" is one break; a lone "\r" is one too.
      const next = text.charCodeAt(cr + 1) === 10 ? cr + 2 : cr + 1;
      starts.push(next);
      if (next === cr + 2) lf = text.indexOf("\n", next);
      cr = text.indexOf("\r", next);
    }
    this.starts = starts;
    this.length = text.length;
  }

  get lineCount(): number {
    return this.starts.length;
  }

  /** Offset where 0-based `line` starts; clamps to the text. */
  lineStart(line: number): number {
    if (line <= 0) return 0;
    if (line >= this.starts.length) return this.length;
    return this.starts[line]!;
  }

  positionAt(offset: number): LinePosition {
    const o = Math.max(0, Math.min(offset, this.length));
    let lo = 0;
    let hi = this.starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (this.starts[mid]! <= o) lo = mid;
      else hi = mid - 1;
    }
    return { line: lo, character: o - this.starts[lo]! };
  }

  /** Offset just past the last character of 0-based `line`, before its line break. */
  lineEnd(line: number): number {
    if (line < 0) return 0;
    if (line >= this.starts.length - 1) return this.length;
    let end = this.starts[line + 1]!;
    if (end > 0 && this.text.charCodeAt(end - 1) === 10) end--;
    if (end > 0 && this.text.charCodeAt(end - 1) === 13) end--;
    return end;
  }

  /**
   * Inverse of {@link positionAt}. As LSP asks, a character past the end of its
   * line means the end of that line, and a line past the end means the end of text.
   */
  offsetAt(position: LinePosition): number {
    if (position.line < 0) return 0;
    if (position.line >= this.starts.length) return this.length;
    const start = this.starts[position.line]!;
    return Math.min(start + Math.max(0, position.character), this.lineEnd(position.line));
  }
}
