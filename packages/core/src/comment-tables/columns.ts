/**
 * What a column of a public-comment result table holds, from its header. e-Gov's
 * result tables (結果の公示) name their columns in a handful of ways: 番号 / No.,
 * 提出者, 該当箇所, 意見の概要 / 御意見の概要 / 提出意見 / 意見の要旨, 意見に対する考え方 /
 * 御意見に対する考え方（及び修正）/ 対応 / 回答, 意見の種類. Only the comment and the
 * answer columns matter: the first is the public's text, the second the drafters'.
 */
export type ColumnRole = "number" | "comment" | "answer" | "other";

/** Spaces, brackets and their content (（要約）), and line breaks taken out of a header. */
function headerWording(header: string): string {
  return header
    .normalize("NFKC")
    .replace(/\([^()]*\)|\[[^[\]]*\]|<br\s*\/?>/gi, "")
    .replace(/[\s*_`「」【】]/g, "");
}

const NUMBER = /^(?:通し)?(?:番号|No\.?|NO\.?|no\.?|#|項番|整理番号|意見番号)$/;
/** 意見に対する考え方, 御意見への対応, 回答, 対応（案）, 政府の考え方. */
const ANSWER = /(?:考え方|回答|対応|反映状況)/;
/** 意見の概要, 御意見の要旨, 提出意見, 意見の内容, 御意見 — never 意見の種類 or 意見提出者. */
const COMMENT = /^(?:(?:御|ご)?意見(?:の)?(?:概要|要旨|内容|要約)?|提出(?:された)?(?:御|ご)?意見(?:の(?:概要|要旨))?|寄せられた(?:御|ご)?意見(?:の概要)?|(?:御|ご)?意見(?:等)?の?概要)$/;

export function columnRole(header: string): ColumnRole {
  const w = headerWording(header);
  if (w === "") return "other";
  if (NUMBER.test(w)) return "number";
  if (ANSWER.test(w) && !/種類|提出者/.test(w)) return "answer";
  if (COMMENT.test(w)) return "comment";
  return "other";
}

/** The columns of a header row, or undefined unless it has exactly one comment and one answer column. */
export function commentColumns(headers: readonly string[]): { number?: number; comment: number; answer: number } | undefined {
  let number: number | undefined;
  const comments: number[] = [];
  const answers: number[] = [];
  headers.forEach((h, i) => {
    const role = columnRole(h);
    if (role === "number" && number === undefined) number = i;
    else if (role === "comment") comments.push(i);
    else if (role === "answer") answers.push(i);
  });
  if (comments.length !== 1 || answers.length !== 1) return undefined;
  return { ...(number !== undefined ? { number } : {}), comment: comments[0]!, answer: answers[0]! };
}
