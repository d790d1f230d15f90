/**
 * How confusable-word entries are written: the contexts that select a word (its
 * object, the noun its 〜な form modifies, a compound, a collocation), as regexp
 * sources, and the sources the usage rules are cited from.
 */

export interface ConfusableWord {
  /** Regexp source (flags `gu`); the match is the mistaken word only, context goes in lookarounds. */
  pattern: string;
  /** What to write instead, most likely first. */
  candidates: string[];
  /** Why, shown in the message. */
  reason: string;
  /** True when the only candidate is certainly meant: `--fix` may apply it. */
  fix: boolean;
  /** Where the usage rule comes from (a dictionary's usage note, 文化庁's guidance, the official term). */
  source: string;
  examples: { wrong: string; right: string }[];
  ok: string[];
}

export const alt = (words: readonly string[]): string => `(?:${words.join("|")})`;

// A lookbehind written first is tried at every position of the document; after
// the word it is tried only where the word occurs (and the word's literal
// prefix lets the rule skip a plan that lacks it).
export function after(before: string, word: string): string {
  return `${word}(?<=${before}${word})`;
}

/** Particles that join a verbal noun to its object or owner: 「責任を追及」「責任の追及」「責任に対する追及」, or none (「責任追及」). */
const OBJECT_LINK = "(?:を|の|に対する|への)?";

/** `word` taking one of `nouns` as its object (or as the first half of a compound). */
export function objectOf(nouns: readonly string[], word: string, link = OBJECT_LINK): string {
  return after(`${alt(nouns)}${link}`, word);
}

/** `word` as the second half of a compound with one of `heads` (安全保障, 人事異動). */
export function compoundAfter(heads: readonly string[], word: string): string {
  return after(alt(heads), word);
}

/** `word` in its 「〜な」 (or 「〜の」) form modifying one of `nouns`. */
export function modifying(word: string, nouns: readonly string[], link = "な"): string {
  return `${word}(?=${link}${alt(nouns)})`;
}

/** `word` followed by one of `next` (a collocation or compound: 意志決定, 収集がつかない). */
export function followedBy(word: string, next: readonly string[]): string {
  return `${word}(?=${alt(next)})`;
}

// Sources. Pages are cited as found; where a page quotes a dictionary, the dictionary is named.
export const IJI_DOKUN = "文化審議会国語分科会「「異字同訓」の漢字の使い分け例（報告）」平成26年2月21日 https://www.bunka.go.jp/kokugo_nihongo/bunkasingi/pdf/ijidoukun_140221.pdf";
export const SRC = {
  igai: "https://nihon-go.jp/「以外」と「意外」の違い（以外＝それを除いたほか: 関係者以外、それ以外の; 意外＝予想と違う: 意外な結果、意外に）",
  hosho: "https://chigai-allguide.com/cw0325（保証＝品質保証・保証期間・身元保証・債務保証・連帯保証人; 保障＝社会保障・安全保障・人権保障; 補償＝損害補償・遺族補償・災害補償）",
  ninmu: "サイバーセキュリティ戦略（平成30年7月27日閣議決定）の用語「任務保証」— 改定案の定義を引く https://blog.cybermori.com/2018/06/ ; seed も「任務保証の観点から」と書く",
  taisho: "毎日新聞「コトバ解説」 https://mainichi.jp/articles/20150612/mul/00m/040/00800sc ; https://nihon-go.jp/「対象」「対称」「対照」の違い（対象＝働きかけの目標・相手: 学生を対象とした調査; 対称＝つりあい: 左右対称・線対称; 対照＝比べ合わせる・違いがきわだつ: 比較対照・貸借対照表・好対照）",
  tsuikyu: "https://nihon-go.jp/「追及」「追求」「追究」の違い（追及＝責任を追及; 追求＝幸福を追求・利潤の追求・理想の追求; 追究＝真理を追究・学問の追究; 原因は三つとも可）; 読売スタイルブック（https://note.com/simenote_7402 に引用: 追求の対象は利益・利潤・理想・真実・幸福、追及は疑惑・責任・容疑者・余罪）",
  taisei: "大辞林第三版（https://fineday2019.com/2020/01/10/ に引用: 体制＝国家・社会・組織のしくみ、態勢＝物事に対処する身構え、体勢＝体の構え・姿勢）; 公用文の書き方（https://mbp-japan.com/okayama/kikuchi/column/3307500: 資本主義体制・反体制）",
  tekisei: "https://eigobu.jp/magazine/tekisei（適正＝基準にかなって正しい: 適正価格・適正な手続; 適性＝素質・能力が向いている: 適性検査・職業適性）",
  kaiho: "明鏡国語辞典（https://99bako.com/3807.html に引用: 開放＝窓・門などをあけはなす、出入り自由にする; 解放＝束縛を取り除く）; https://tansanwater.com/archives/1523（窓・校庭を開放、開放経済; 人質を解放、苦痛から解放される）",
  shushu: "デジタル大辞泉（https://kokugoryokuup.com/syusyu-difference に引用: 収集＝寄せ集める・情報を収集; 収拾＝混乱をおさめる・収拾がつかない）",
  ido: "https://noteolsen.com/2021/03/01/（移動＝位置や場所の変更: 移動図書館・移動低気圧; 異動＝人事的な動き: 人事異動・4月の異動・住民票の異動届）",
  seisaku: "https://istartup.jp/word/chigai060.html（制作＝芸術作品・放送番組・映画; 製作＝道具や機械で品物をつくる）; https://sigyo.net/shimizu-gyousei/2010/06/post_269.html（作成＝書類・計画・システム; 作製＝物品・印刷物を現実に作る; 制作＝番組・デジタルコンテンツ）",
  ishi: "法令用語は「意思」（意思表示・意思を表示したとき — 民法93条・519条）https://mbp-japan.com/okayama/kikuchi/column/3306627 ; 大辞泉（https://kotobanoba.naniwoyomu.com/7373 に引用: 意志＝物事をなしとげようとする積極的なこころざし・意志の強い人）",
  seisan: "https://www.st39.net/yokuwakaru-chigai/z0345.html（精算＝経費・交通費・乗り越し運賃を細かく計算; 清算＝借金・会社の解散時の財産整理・過去を清算）",
  kanshin: "https://gimon-sukkiri.jp/interest-admiration/（関心は名詞のみ: 関心が高まる・関心を引く・無関心、「かんしんする」は感心; 「無感心」という語はない）; http://www.st38.net/chigaino-zatugaku/z0121.html",
  kitei: "法令用語（https://mbp-japan.com/okayama/kikuchi/column/3306614: 規定＝条文の定め、規程＝規定をまとめた法規範）; 既定＝既に決まっている（既定路線・既定の事実）",
  kyodo: "協同組合は法律上の名称（農業協同組合法・中小企業等協同組合法; https://org.ja-group.jp/factbook/01_1）",
  hosoku: "https://www.hiropon.jp/2025/12/03/notebook/education/hosoku-to-hosoku-no-chigai（補足＝付け加えて補う: 補足説明・補足資料・補足事項; 捕捉＝とらえる: 信号・位置を捕捉）",
  jittai: "デジタル大辞泉（https://kokugoryokuup.com/zittai-diffrence に引用: 実態＝実際の状態・実態を調査する; 実体＝本当の姿・実体経済）",
  kyoi: "https://kotoba-chigai.com/kyoi（脅威＝おびやかすこと: 近隣諸国の脅威に備える; 驚異＝驚くべきこと: 驚異的）",
  fudan: "https://business-textbooks.com/fudan/（普段＝日頃; 不断＝絶え間ない: 不断の努力）",
  shuchi: "https://business-textbooks.com/shuuchi-difference/（周知＝広く知らせる: 周知徹底・周知を図る; 衆知＝多くの人の知恵: 衆知を集める）",
  sakusei: "https://sigyo.net/shimizu-gyousei/2010/06/post_269.html（作成＝書類・計画・システムを作り上げる; 製作＝物品（有形物）を作る）",
  koseiRodo: "厚生労働省設置法（厚生労働省の名称）",
  cia: "JIS Q 27000（情報セキュリティ＝機密性・完全性・可用性の維持）; seed の用語解説も「機密性、完全性、可用性」と書く",
  shinka: "大辞林・デジタル大辞泉の語義（深化＝物事の程度が深まること: 理解の深化・対立の深化; 進化＝生物が世代を経て変化すること、物事がより進歩・発達すること: 技術の進化）; seed も「関係組織間のさらなる連携の深化を図る」と書く",
  tayo: "明鏡国語辞典（https://kotonoha-jiten.com/blog/tayou/ に引用: 多様＝さまざまな種類があること; 多様な価値観・働き方）",
  yui: "有為＝能力があり役に立つ（有為の人材）; 有意＝意味がある（統計的に有意）— 公開ページでの確認はできていない（前の一覧から引き継ぎ、seed で確認）",
  kaito: "回答＝質問・要求に答えること（調査票への回答）、解答＝問題を解いて答えを出すこと — 公開ページでの確認はできていない; corpus も「調査票への回答」と書く",
  kakuritsu: "https://adtechmanagement.com/minnadepr-column/2025/07/15/kakuritsu-meaning（確立＝確実に成し遂げる・ルールを確立する; 確率＝起こる可能性の度合い）",
  kento: "検討＝よく調べて考えること、見当＝見込み・方向（見当をつける）— 公開ページでの確認はできていない（前の一覧から引き継ぎ）",
  fushin: "https://noteolsen.com/2023/03/14/（不審＝疑わしく思うこと・挙動不審; 不振＝勢いが振るわないこと・業績不振）",
  shoki: "所期＝期待すること（所期の目的）— 公開ページでの確認はできていない（前の一覧から引き継ぎ）",
  shinnyu: "https://formedbythemosthigh.com/2023/10/01/（侵入＝無断で入り込む: コンピュータシステムへの不正侵入; 進入＝進んで入る: 会場内への進入）",
  term: "語構成: この綴りの語は辞書にない（標準の語は候補のとおり）",
} as const;
