const HTML_SPECIAL = /[&<>"']/g;
const ENTITIES: Record<string, string> = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" };

/** Text as HTML text or attribute value (double or single quoted). */
export function escapeHtml(text: string): string {
  return text.replace(HTML_SPECIAL, (c) => ENTITIES[c]!);
}
