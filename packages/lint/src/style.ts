import { styleText } from "node:util";

/** Terminal styling; every function is the identity when colour is off. */
export interface Style {
  dim(text: string): string;
  bold(text: string): string;
  cyan(text: string): string;
  green(text: string): string;
  yellow(text: string): string;
  red(text: string): string;
  underline(text: string): string;
}

type Format = Parameters<typeof styleText>[0];

export const plainStyle: Style = {
  dim: (text) => text,
  bold: (text) => text,
  cyan: (text) => text,
  green: (text) => text,
  yellow: (text) => text,
  red: (text) => text,
  underline: (text) => text,
};

export function createStyle(colour: boolean): Style {
  if (!colour) return plainStyle;
  // Newer Node versions check the stream themselves unless told not to; we
  // decide once (see `wantsColour`) so output is the same on every version.
  const paint = (format: Format) => (text: string) =>
    text === "" ? text : (styleText as (f: Format, t: string, o?: object) => string)(format, text, { validateStream: false });
  return {
    dim: paint("dim"),
    bold: paint("bold"),
    cyan: paint("cyan"),
    green: paint("green"),
    yellow: paint("yellow"),
    red: paint("red"),
    underline: paint("underline"),
  };
}

/** Colour only on a terminal and only when NO_COLOR (https://no-color.org) is unset or empty. */
export function wantsColour(stream: { isTTY?: boolean }, env: Record<string, string | undefined>): boolean {
  return stream.isTTY === true && !env.NO_COLOR;
}
