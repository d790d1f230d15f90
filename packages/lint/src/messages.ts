/** Fills a rule message's `{{placeholders}}`. */
import type { MessageData } from "@planlint/core";

const PLACEHOLDER = /\{\{\s*([A-Za-z0-9_]+)\s*\}\}/g;

class MessageFormatError extends Error {}

/** Fills the template; a placeholder without data is a bug in the rule, so it throws. */
export function formatMessage(template: string, data: MessageData | undefined): string {
  return template.replace(PLACEHOLDER, (_, key: string) => {
    const value = data?.[key];
    if (value === undefined) throw new MessageFormatError(`message placeholder {{${key}}} has no data in 「${template}」`);
    return String(value);
  });
}
