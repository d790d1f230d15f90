/**
 * Confusable words from 文化庁's 「異字同訓」 usage examples that the plans and guidebooks
 * we read get wrong (kept apart from the homophone pairs so each file stays one concern).
 */
import { IJI_DOKUN, objectOf, type ConfusableWord } from "./contexts.js";

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
  // ── おさえる: 抑/押 ──────────────────────────────────────────────────────
  // 「異字同訓」: 抑える is to stop a force from growing (「物価の上昇を抑える」「被害を最小限に抑える」);
  // 押さえる is to hold down or to secure (「要点を押さえる」「証拠を押さえる」).
  {
    pattern: objectOf(["上昇", "被害", "損害", "費用", "コスト", "経費", "支出", "増加", "拡大", "発生", "感染", "価格", "物価", "負担", "影響", "排出", "排出量", "消費", "消費量"], "押さ?え", "を(?:最小限に|最小限度に|低く|一定に|低い水準に|必要最小限に)?"),
    candidates: ["抑え"],
    reason: "勢いや増加を止めるのは「抑える」（「被害を最小限に抑える」）、「押さえる」は上から押し付ける・確保すること",
    fix: true,
    source: IJI_DOKUN,
    examples: [
      { wrong: "被害を最小限に押さえる", right: "被害を最小限に抑える" },
      { wrong: "運用コストを押えることができる", right: "運用コストを抑えることができる" },
    ],
    ok: ["被害を最小限に抑える", "要点を押さえる", "現場を押さえる"],
  },
  {
    pattern: objectOf(["要点", "ポイント", "勘所", "急所", "証拠", "現場", "基本"], "抑え", "を"),
    candidates: ["押さえ"],
    reason: "確保・把握するのは「押さえる」（「要点を押さえる」）、「抑える」は勢いを止めること",
    fix: true,
    source: IJI_DOKUN,
    examples: [{ wrong: "作成の要点を抑えておく", right: "作成の要点を押さえておく" }],
    ok: ["要点を押さえておく", "費用を抑える"],
  },
  // ── おさめる: 収/納 ──────────────────────────────────────────────────────
  // 「異字同訓」: 収める is to take in or achieve (「成果を収める」「勝利を収める」); 納める is to
  // pay or deliver to where it belongs (「税を納める」「会費を納める」).
  {
    pattern: objectOf(["成果", "成功", "効果", "勝利", "利益", "好成績"], "納め", "を"),
    candidates: ["収め"],
    reason: "得る・成し遂げるのは「収める」（「成果を収める」）、「納める」は納付・納入すること",
    fix: true,
    source: IJI_DOKUN,
    examples: [{ wrong: "取組が一定の成果を納めた", right: "取組が一定の成果を収めた" }],
    ok: ["一定の成果を収めた", "税を納める", "製品を納める"],
  },
  {
    pattern: objectOf(["税", "税金", "会費", "料金", "保険料", "手数料", "使用料", "授業料", "年金保険料", "納付金"], "収め", "を"),
    candidates: ["納め"],
    reason: "納付するのは「納める」（「税を納める」）、「収める」は得る・成し遂げること",
    fix: true,
    source: IJI_DOKUN,
    examples: [{ wrong: "期限までに保険料を収める", right: "期限までに保険料を納める" }],
    ok: ["期限までに保険料を納める", "成果を収める"],
  },
  // ── のびる: 延/伸 ────────────────────────────────────────────────────────
  // 「異字同訓」: 延びる is to become longer in time or distance as a whole (「期限が延びる」
  // 「寿命が延びる」「地下鉄が延びる」); 伸びる is to grow or increase (「売上げが伸びる」).
  {
    pattern: `${objectOf(["期限", "期間", "会期", "締切", "締切り", "締め切り", "納期", "工期", "日程", "開催期間", "計画期間", "支給期間"], "伸", "(?:が|を)")}(?=[びばべ])`,
    candidates: ["延"],
    reason: "時間や期日が長くなるのは「延びる」（「期限が延びる」）、「伸びる」は成長・増加すること",
    fix: true,
    source: IJI_DOKUN,
    examples: [{ wrong: "申請の期限を伸ばす", right: "申請の期限を延ばす" }],
    ok: ["申請の期限を延ばす", "売上げが伸びる", "利用者数が伸びる"],
  },
  // ── こえる: 超/越 ────────────────────────────────────────────────────────
  // 「異字同訓」: 超える is to go beyond a limit or a level (「限度を超える」「定員を超える」);
  // 越える is to pass over a place or a point (「国境を越える」「峠を越える」).
  {
    pattern: objectOf(["限度", "上限", "定員", "基準値", "許容量", "許容範囲", "制限", "想定", "予算額", "目標値"], "越え", "を"),
    candidates: ["超え"],
    reason: "基準や限度を上回るのは「超える」（「限度を超える」）、「越える」は場所や時を過ぎること",
    fix: true,
    source: IJI_DOKUN,
    examples: [{ wrong: "利用者が定員を越える場合", right: "利用者が定員を超える場合" }],
    ok: ["利用者が定員を超える場合", "国境を越える"],
  },
  {
    pattern: objectOf(["国境", "県境", "州境", "峠", "山", "海"], "超え", "を"),
    candidates: ["越え"],
    reason: "場所を過ぎて先へ進むのは「越える」（「国境を越える」）、「超える」は基準や限度を上回ること",
    fix: true,
    source: IJI_DOKUN,
    examples: [{ wrong: "データが国境を超えて流通する", right: "データが国境を越えて流通する" }],
    ok: ["データが国境を越えて流通する", "限度を超える"],
  },
  // ── うむ: 生/産 ──────────────────────────────────────────────────────────
  // 「異字同訓」: 生む is to make something new (「新記録を生む」「傑作を生む」「利益を生む」);
  // 産む is to bring a child or an egg out of the mother's body (「卵を産む」「産みの苦しみ」).
  // What a plan creates — value, profit, jobs, innovation — is 生む/生み出す.
  {
    pattern: `${objectOf(["価値", "付加価値", "利益", "富", "成果", "効果", "相乗効果", "好循環", "雇用", "需要", "イノベーション", "新産業", "新事業", "新サービス", "ビジネス", "新記録", "傑作", "誤解", "格差"], "産", "を")}(?=み出|む|んだ|んで)`,
    candidates: ["生"],
    reason: "新しく作り出すのは「生む」（「価値を生み出す」）、「産む」は母体から子や卵を出すこと",
    fix: true,
    source: IJI_DOKUN,
    examples: [
      { wrong: "無限の価値を産み出す場となり", right: "無限の価値を生み出す場となり" },
      { wrong: "データの利活用が新たなイノベーションを産む", right: "データの利活用が新たなイノベーションを生む" },
    ],
    ok: ["無限の価値を生み出す場となり", "卵を産む", "子を産み育てる", "使えるインフラを生み出す"],
  },
];
