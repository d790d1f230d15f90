/**
 * Built-in dictionary `cybersecurity`: terms of Japan's cybersecurity policy whose
 * form is fixed by law, by the plans' own glossaries (参考 用語解説) or by wide
 * international usage. Long-vowel pairs such as サーバ/サーバー or
 * データセンタ/データセンター are house style and deliberately absent: a
 * document's own majority decides them (`no-orthographic-variants`), or a user's
 * prh dictionary does.
 */
import type { PrhRawRule } from "../terms/compile-prh.js";

export const cybersecurityRules: readonly PrhRawRule[] = [
  {
    expected: "多層防御",
    pattern: "多重防御",
    prh: "国際的に一般的な用語は「多層防御」、英語の defense in depth",
    specs: [
      { from: "標的型攻撃に対する多重防御の取組を引き続き推進する。", to: "標的型攻撃に対する多層防御の取組を引き続き推進する。" },
      { from: "多層防御", to: "多層防御" },
    ],
  },
  {
    expected: "ボット撲滅",
    pattern: "ボット根絶",
    prh: "計画の用語は「ボット撲滅」",
    specs: [{ from: "「ボット根絶」への動き", to: "「ボット撲滅」への動き" }],
  },
  {
    expected: "サイバー$1",
    pattern: "/サイバー[・･](セキュリティ|攻撃|空間|犯罪|テロ|インテリジェンス)/",
    prh: "サイバーセキュリティ基本法と用語解説の表記は中黒なし",
    specs: [
      { from: "サイバー・セキュリティ戦略本部", to: "サイバーセキュリティ戦略本部" },
      { from: "サイバー･攻撃", to: "サイバー攻撃" },
      { from: "サイバーセキュリティ", to: "サイバーセキュリティ" },
    ],
  },
  {
    expected: "サイバーセキュリティ",
    pattern: "サイバーセキュリティー",
    prh: "サイバーセキュリティ基本法の用語は長音符なし",
    specs: [{ from: "内閣サイバーセキュリティーセンター", to: "内閣サイバーセキュリティセンター" }],
  },
  {
    expected: "セキュリティ・バイ・デザイン",
    pattern: "/セキュリティ[・･]?バイ[・･]?デザイン/",
    prh: "用語解説の見出し語は「セキュリティ・バイ・デザイン」",
    specs: [
      { from: "セキュリティバイデザインの考え方", to: "セキュリティ・バイ・デザインの考え方" },
      { from: "セキュリティ・バイ・デザイン", to: "セキュリティ・バイ・デザイン" },
    ],
  },
  {
    expected: "ウイルス",
    pattern: "ウィルス",
    prh: "学術用語や官公庁の表記は「ウイルス」、例えばコンピュータウイルス対策基準",
    specs: [{ from: "コンピュータウィルス", to: "コンピュータウイルス" }],
  },
];
