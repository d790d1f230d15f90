/**
 * Confusable words from 文化庁's 「異字同訓」 usage examples that the plans and guidebooks
 * we read get wrong (kept apart from the homophone pairs so each file stays one concern).
 */
import { IJI_DOKUN, type ConfusableWord } from "./contexts.js";

export const ijiDokunPairs: readonly ConfusableWord[] = [
  // ── もと: 元/基 ─────────────────────────────────────────────────────────
  // 「異字同訓」: 基 is 基礎・土台・根拠 (「資料を基にする」「基づく」); 元 is the origin or a
  // former state (「火の元」「元に戻す」). 「Ｘを…にする」 — taking X as the basis — is always 基.
  // 元に戻す/返す/復する (back to the former state) keep 元.
  {
    pattern: "元(?<=を元)(?=に(?!戻|復|返|還)|と(?:し|す|な))",
    candidates: ["基"],
    reason: "根拠・土台とするのは「基に」（「資料を基にする」）、「元」は物事の起こりや以前の状態（「元に戻す」）",
    fix: true,
    source: IJI_DOKUN,
    examples: [
      { wrong: "参照モデルを元に連携するシステムを検討する", right: "参照モデルを基に連携するシステムを検討する" },
      { wrong: "意見収集の結果を元として改訂する", right: "意見収集の結果を基として改訂する" },
    ],
    ok: ["参照モデルを基に検討する", "知見等をもとに安全基準を改善する", "設定を元に戻す", "火の元に注意する", "手元に置く"],
  },
];
