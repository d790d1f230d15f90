import { describe, expect, it } from "vitest";
import { parsePlan } from "../parse-plan.js";
import { captionTexts } from "./html-captions.js";

const texts = (text: string): string[] => captionTexts(text, 0, text.length).map((r) => text.slice(r.start, r.end));

/** The prose of a Markdown document between its nonProse ranges, lines trimmed, blank ones left out. */
function prose(text: string): string[] {
  const doc = parsePlan(text, { fileName: "plan.md" });
  const out: string[] = [];
  let at = 0;
  for (const r of [...(doc.nonProse ?? []), { start: text.length, end: text.length }]) {
    for (const line of text.slice(at, r.start).split(/\r\n|\r|\n/)) if (line.trim() !== "") out.push(line.trim());
    at = r.end;
  }
  return out;
}

describe("captionTexts", () => {
  it("finds each caption of a block, trimmed (the data management guidebook's layout, CRLF)", () => {
    const block = '<figure>\r\n<img src="465-1/media/image14.png" style="width:5.6in" />\r\n<figcaption>\r\n図表 5-1 「オープンデータの推進」の実行ロードマップ（例\r\n</figcaption>\r\n</figure>';
    expect(texts(block)).toEqual(["図表 5-1 「オープンデータの推進」の実行ロードマップ（例"]);
    expect(texts("<figure><figcaption>図 1　目指す社会</figcaption><figcaption>𠮷野町の図</figcaption></figure>")).toEqual(["図 1　目指す社会", "𠮷野町の図"]);
  });

  it("leaves a caption with a tag inside, an unclosed one and an empty one alone", () => {
    expect(texts("<figure><figcaption>図 2 <b>重要</b></figcaption></figure>")).toEqual([]);
    expect(texts("<figure><figcaption>図 3 閉じていない")).toEqual([]);
    expect(texts("<figcaption> \n </figcaption>")).toEqual([]);
    expect(texts("<!-- omit in toc -->")).toEqual([]);
  });
});

describe("a figure caption in a Markdown plan", () => {
  it("is prose; the figure's tags and image are not", () => {
    const text = ["本文です。", "", "<figure>", '<img src="410/media/image1.png" style="width:5.9in" />', "<figcaption>", "図 1　目指す社会", "</figcaption>", "</figure>", "", "次の段落です。", ""].join("\n");
    expect(prose(text)).toEqual(["本文です。", "図 1　目指す社会", "次の段落です。"]);
  });

  it("lies outside every nonProse range, so the rules that read prose see an unclosed bracket in it", () => {
    const text = "本文です。\n\n<figure>\n<figcaption>\n図表 5-1 実行ロードマップ（例\n</figcaption>\n</figure>\n";
    const doc = parsePlan(text, { fileName: "plan.md" });
    const caption = text.indexOf("図表");
    expect((doc.nonProse ?? []).some((r) => r.start <= caption && caption < r.end)).toBe(false);
  });
});
