/**
 * One self-contained HTML page around the view: styles, the view's words for the
 * language switch and scripts inline, and a Content-Security-Policy that lets the
 * page fetch nothing at all — no CDN, no font, no upload — so that it works from
 * file:// on a machine without a network and provably sends a plan nowhere.
 */
import { escapeHtml } from "./escape-html.js";
import { VIEW_SCRIPT } from "./view-script.js";
import { VIEW_STYLE } from "./view-style.js";
import { VIEW_TEXTS } from "./view-texts.js";

export interface PageInput {
  title: string;
  /** The page's body markup (a rendered view, the offline page's shell). */
  body: string;
  /** More styles after the view's. */
  style?: string;
  /** More words for the language switch, by language. */
  texts?: { ja: Record<string, string>; en: Record<string, string> };
  /** Scripts run after the view script, in order. */
  scripts?: readonly string[];
  /** Attributes of <body>, e.g. `data-state="done"`. */
  bodyAttributes?: Readonly<Record<string, string>>;
}

/** `</script` inside an inline script would end it early; `<\/` means the same in JS strings, regexps and comments. */
export function inlineScript(code: string): string {
  return `<script>${code.replace(/<\/(script)/gi, "<\\/$1").replace(/<!--/g, "<\\!--")}</script>`;
}

export function renderPage(input: PageInput): string {
  const { head, tail } = pageParts(input);
  return head + input.body + tail;
}

/** The page before and after its body markup, for writing a large body in chunks. */
export function pageParts(input: Omit<PageInput, "body">): { head: string; tail: string } {
  const texts = { ja: { ...VIEW_TEXTS.ja, ...input.texts?.ja }, en: { ...VIEW_TEXTS.en, ...input.texts?.en } };
  const attributes = Object.entries(input.bodyAttributes ?? {})
    .map(([name, value]) => ` ${name}="${escapeHtml(value)}"`)
    .join("");
  const head =
    `<!doctype html>\n<html lang="ja"><head><meta charset="utf-8">` +
    `<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; script-src 'unsafe-inline'; img-src data: blob:">` +
    `<meta name="viewport" content="width=device-width, initial-scale=1">` +
    `<title>${escapeHtml(input.title)}</title><style>${VIEW_STYLE}${input.style ?? ""}</style></head>` +
    `<body${attributes}>`;
  const tail =
    `<script type="application/json" id="pl-texts">${JSON.stringify(texts).replace(/</g, "\\u003c")}</script>` +
    inlineScript(VIEW_SCRIPT) +
    (input.scripts ?? []).map(inlineScript).join("") +
    `</body></html>\n`;
  return { head, tail };
}
