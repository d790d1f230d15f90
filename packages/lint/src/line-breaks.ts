/**
 * Finding line ends fast in a cold run. Rules read the document line by line;
 * a loop over every character to find each "\n" or "\r" is what a short CLI run
 * pays most for, since V8 never gets to optimise it. indexOf runs natively at
 * full speed from the first call.
 */
import { onForgetKeptWork } from "./memo/text-memo.js";

/** The last "\n" and "\r" of the text last asked about (most texts have no "\r": it is never searched for again). */
let last: { text: string; lf: number; cr: number } | undefined;
// Kept across lints like the memos: forgotten with them (it also holds the last text).
onForgetKeptWork(() => (last = undefined));

function lastBreaks(text: string): { lf: number; cr: number } {
  if (last?.text !== text) last = { text, lf: text.lastIndexOf("\n"), cr: text.lastIndexOf("\r") };
  return last;
}

/**
 * The next line break at or after a position. The next "\n" and the next "\r"
 * are remembered and searched again only once passed (or when a position goes
 * back), and never beyond the last one of the text.
 */
export class LineBreakCursor {
  private readonly lastLf: number;
  private readonly lastCr: number;
  /** The first "\n" and "\r" at or after `searched` (-1: none). */
  private lf: number;
  private cr: number;
  private searched = 0;

  constructor(private readonly text: string) {
    const { lf, cr } = lastBreaks(text);
    this.lastLf = lf;
    this.lastCr = cr;
    this.lf = lf < 0 ? -1 : text.indexOf("\n");
    this.cr = cr < 0 ? -1 : text.indexOf("\r");
  }

  /** Offset of the first "\n" or "\r" at or after `pos`, or the text's length when there is none. */
  next(pos: number): number {
    const back = pos < this.searched;
    if (back || (this.lf >= 0 && this.lf < pos)) this.lf = pos > this.lastLf ? -1 : this.text.indexOf("\n", pos);
    if (back || (this.cr >= 0 && this.cr < pos)) this.cr = pos > this.lastCr ? -1 : this.text.indexOf("\r", pos);
    this.searched = pos;
    const { lf, cr } = this;
    if (lf < 0) return cr < 0 ? this.text.length : cr;
    return cr < 0 || lf < cr ? lf : cr;
  }
}
