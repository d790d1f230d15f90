/**
 * The little Markdown the rule docs use (docs/rules/<id>.md), as HTML: headings,
 * fenced code, bullet lists, paragraphs, `code` and **strong**. Everything is
 * escaped first; a doc is shown, never trusted as HTML. A full CommonMark parser
 * would cost the offline page more than these docs need.
 */
import { escapeHtml } from "./escape-html.js";

function inline(text: string): string {
  return escapeHtml(text)
    .replace(/`([^`]+)`/g, "<code>$1</code>")
    .replace(/\*\*([^*]+)\*\*/g, "<strong>$1</strong>");
}

export function markdownToHtml(markdown: string): string {
  const lines = markdown.split(/\r\n|\r|\n/);
  let out = "";
  let paragraph: string[] = [];
  let list = false;
  const flush = () => {
    if (paragraph.length > 0) out += `<p>${inline(paragraph.join(" "))}</p>`;
    paragraph = [];
    if (list) out += "</ul>";
    list = false;
  };
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    const fence = /^(`{3,}|~{3,})/.exec(line);
    if (fence) {
      flush();
      const code: string[] = [];
      for (i++; i < lines.length && !lines[i]!.startsWith(fence[1]!); i++) code.push(lines[i]!);
      out += `<pre><code>${escapeHtml(code.join("\n"))}</code></pre>`;
      continue;
    }
    const heading = /^(#{1,6})\s+(.*)$/.exec(line);
    if (heading) {
      flush();
      const level = Math.min(heading[1]!.length + 2, 6);
      out += `<h${level}>${inline(heading[2]!)}</h${level}>`;
      continue;
    }
    const item = /^\s*[-*]\s+(.*)$/.exec(line);
    if (item) {
      if (paragraph.length > 0) flush();
      if (!list) out += "<ul>";
      list = true;
      out += `<li>${inline(item[1]!)}</li>`;
      continue;
    }
    if (line.trim() === "") {
      flush();
      continue;
    }
    if (list) flush();
    paragraph.push(line.trim());
  }
  flush();
  return out;
}
