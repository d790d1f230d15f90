/**
 * 同音異義語 and 誤変換 for `no-confusable-words`, each found by the context that
 * selects the right word, not by listed sentences. A homophone is only an error in
 * context (「多用な」 is fine in 「ご多用な折」, wrong in 「多用な人材」), so every
 * entry matches the mistaken word alone and proves the mistake with the words
 * around it, in lookarounds, built from the kinds of context that dictionaries'
 * usage notes and 文化庁's guidance give:
 *
 * - the noun a 「〜な」 form modifies (`modifying`: 多用な人材, 不振なメール);
 * - the object or owner of a verbal noun, written 「Nを」「Nの」「Nに対する」 or as a
 *   compound (`objectOf`: 責任を追求 / 責任の追求 / 責任追求 → 追及);
 * - the fixed collocation or compound (`compoundAfter`, `followedBy`: 安全補償 → 保障,
 *   収集がつかない → 収拾, 意志決定 → 意思決定).
 *
 * Word lists are the open classes those notes name (what one pursues: 利益・利潤・
 * 理想…; what one holds responsible: 責任・疑惑・不正…), so the entry fires on a
 * sentence it was never shown. Where the notes leave the choice to the writer
 * (体制 or 態勢 for 「受入れたいせい」, 原因の追及/追究) there is no entry: a
 * published plan must come out clean.
 *
 * `source` cites where the usage rule comes from. `examples` are the tests: each
 * `wrong` sentence gives exactly one finding whose first candidate turns it into
 * `right`; each `ok` sentence gives none.
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

const alt = (words: readonly string[]): string => `(?:${words.join("|")})`;

// A lookbehind written first is tried at every position of the document; after
// the word it is tried only where the word occurs (and the word's literal
// prefix lets the rule skip a plan that lacks it).
function after(before: string, word: string): string {
  return `${word}(?<=${before}${word})`;
}

/** Particles that join a verbal noun to its object or owner: 「責任を追及」「責任の追及」「責任に対する追及」, or none (「責任追及」). */
const OBJECT_LINK = "(?:を|の|に対する|への)?";

/** `word` taking one of `nouns` as its object (or as the first half of a compound). */
function objectOf(nouns: readonly string[], word: string, link = OBJECT_LINK): string {
  return after(`${alt(nouns)}${link}`, word);
}

/** `word` as the second half of a compound with one of `heads` (安全保障, 人事異動). */
function compoundAfter(heads: readonly string[], word: string): string {
  return after(alt(heads), word);
}

/** `word` in its 「〜な」 (or 「〜の」) form modifying one of `nouns`. */
function modifying(word: string, nouns: readonly string[], link = "な"): string {
  return `${word}(?=${link}${alt(nouns)})`;
}

/** `word` followed by one of `next` (a collocation or compound: 意志決定, 収集がつかない). */
function followedBy(word: string, next: readonly string[]): string {
  return `${word}(?=${alt(next)})`;
}

// Sources. Pages are cited as found; where a page quotes a dictionary, the dictionary is named.
const IJI_DOKUN = "文化審議会国語分科会「「異字同訓」の漢字の使い分け例（報告）」平成26年2月21日 https://www.bunka.go.jp/kokugo_nihongo/bunkasingi/pdf/ijidoukun_140221.pdf";
const SRC = {
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

export const confusableWords: readonly ConfusableWord[] = [
  // ── 多様/多用, 有為/有意 ────────────────────────────────────────────────
  {
    // Any noun after 「多用な」 but the busy sense (「ご多用な中」「多用な折」): 「多用」 is a verbal noun (多く用いる), its 〜な form is 多様.
    pattern: "多用(?<!ご多用)(?=な[\\u4e00-\\u9fff\\u30a1-\\u30fa])(?!な(?:中|折|時期|日々|毎日|所|方))",
    candidates: ["多様"],
    reason: "種類が多いことは「多様」、「多用」は多く使うこと",
    fix: true,
    source: SRC.tayo,
    examples: [
      { wrong: "産学官の多用な主体が連携し", right: "産学官の多様な主体が連携し" },
      { wrong: "多用な人材の育成", right: "多様な人材の育成" },
      { wrong: "地域の多用な文化を尊重する", right: "地域の多様な文化を尊重する" },
      { wrong: "多用な媒体を用いて周知する", right: "多様な媒体を用いて周知する" },
    ],
    ok: ["産学官の多様な主体が連携し", "ご多用な折", "ご多用な中", "多用な折", "外部委託を多用する", "多用なため欠席する"],
  },
  {
    pattern: `${after("多種", "多用")}|多用(?=化(?:する|し|が|を|の|に|や|、|。))`,
    candidates: ["多様"],
    reason: "「多種多様」「多様化」は「多様」、「多用」は多く使うこと",
    fix: true,
    source: SRC.tayo,
    examples: [
      { wrong: "多種多用かつ膨大なデータ", right: "多種多様かつ膨大なデータ" },
      { wrong: "連絡形態の多用化や共有情報の増加", right: "連絡形態の多様化や共有情報の増加" },
    ],
    ok: ["多種多様かつ膨大なデータ", "連絡形態の多様化"],
  },
  {
    pattern: modifying("有意", ["人材", "若者", "人物"], "(?:な|の)"),
    candidates: ["有為"],
    reason: "能力があり役に立つ意は「有為」、「有意」は意味があること",
    // 「有意の士」（志のある人）という言い方もあるので、直すかどうかは書き手が決める。
    fix: false,
    source: SRC.yui,
    examples: [{ wrong: "有意な人材を発掘する", right: "有為な人材を発掘する" }],
    ok: ["統計的に有意な差", "有為な人材を発掘する"],
  },
  // ── 以外/意外 ───────────────────────────────────────────────────────────
  {
    pattern: after("(?:これ|それ|あれ)", "意外"),
    candidates: ["以外"],
    reason: "「…を除く」意は「以外」、「意外」は思いのほか",
    fix: true,
    source: SRC.igai,
    examples: [{ wrong: "それ意外の組織", right: "それ以外の組織" }],
    ok: ["それ以外の組織", "それは意外な結果"],
  },
  {
    // A noun right before 意外 and a case particle after it: 「事業者意外の」「関係者意外に」 (「意外にも」「意外には」 are the adverb).
    pattern: `${after("[一-龠々ァ-ヶー]", "意外")}(?=の|に(?![もは])|で|から)`,
    candidates: ["以外"],
    reason: "「…を除く」意は「以外」、「意外」は思いのほか",
    fix: false,
    source: SRC.igai,
    examples: [
      { wrong: "重要インフラ事業者意外の事業者", right: "重要インフラ事業者以外の事業者" },
      { wrong: "政府機関意外に対しても", right: "政府機関以外に対しても" },
    ],
    ok: ["重要インフラ事業者以外の事業者", "被害は意外に大きい", "結果は意外にも良好"],
  },
  {
    pattern: modifying("以外", ["結果", "展開", "事実", "発見", "一面", "反応", "ところ", "ほど", "感"]),
    candidates: ["意外"],
    reason: "思いのほかの意は「意外」、「以外」は…を除く",
    fix: true,
    source: SRC.igai,
    examples: [{ wrong: "以外な結果となった", right: "意外な結果となった" }],
    ok: ["これ以外なし", "それ以外なら"],
  },
  {
    // 「以外」 needs the thing excluded before it; opening a clause, 「以外に多い」 can only be the adverb 意外に.
    pattern: `以外(?<=(?:^|[。、，\\n「（])以外)(?=[にと](?:多|少な|大き|小さ|早|遅|高|低|簡単|難し|強|弱|広|狭|根強|深刻))`,
    candidates: ["意外"],
    reason: "思いのほかの意は「意外」、「以外」は…を除く",
    fix: true,
    source: SRC.igai,
    examples: [{ wrong: "調査の結果、以外に多くの企業が未対策であった。", right: "調査の結果、意外に多くの企業が未対策であった。" }],
    ok: ["調査の結果、意外に多くの企業が未対策であった。", "関係者以外に多くの人が集まった。", "それ以外に多い例"],
  },
  // ── 保障/保証/補償 ─────────────────────────────────────────────────────
  {
    pattern: compoundAfter(["安全", "社会", "人権"], "補償"),
    candidates: ["保障"],
    reason: "「安全保障」「社会保障」「人権保障」は「保障」、「補償」は損失の埋め合わせ",
    fix: true,
    source: SRC.hosho,
    examples: [
      { wrong: "国家安全補償戦略", right: "国家安全保障戦略" },
      { wrong: "社会補償制度", right: "社会保障制度" },
      { wrong: "経済安全補償の観点から", right: "経済安全保障の観点から" },
    ],
    ok: ["国家安全保障戦略", "損失補償", "災害補償", "経済安全保障上の課題"],
  },
  {
    pattern: `${compoundAfter(["安全", "社会", "人権"], "保証")}(?![人金書期])`,
    candidates: ["保障"],
    reason: "「安全保障」「社会保障」は「保障」、「保証」は請け合うこと",
    // 「安全保証」は製品の安全を請け合う意でも使われる。
    fix: false,
    source: SRC.hosho,
    examples: [{ wrong: "安全保証上の課題", right: "安全保障上の課題" }],
    ok: ["安全保障上の課題", "品質保証", "製品の安全を保証する"],
  },
  {
    // What is protected from harm (rights, freedoms, status) takes 保障 (「基本的人権を保障する」).
    pattern: objectOf(["権利", "人権", "自由", "生存権", "身分", "参政権", "財産権"], "保証", "を"),
    candidates: ["保障"],
    reason: "権利や自由を守るのは「保障」、「保証」は間違いないと請け合うこと",
    fix: false,
    source: SRC.hosho,
    examples: [{ wrong: "表現の自由を保証する", right: "表現の自由を保障する" }],
    ok: ["表現の自由を保障する", "製品の安全を保証する", "品質を保証する"],
  },
  {
    pattern: compoundAfter(["品質", "動作", "身元", "債務", "連帯", "任務", "機能", "性能", "信用", "元本"], "保障"),
    candidates: ["保証"],
    reason: "品質・動作などを請け合うのは「保証」（任務保証・機能保証も同じ）、「保障」は地位や権利を守ること",
    fix: true,
    source: `${SRC.hosho}; ${SRC.ninmu}`,
    examples: [
      { wrong: "製品の品質保障", right: "製品の品質保証" },
      { wrong: "任務保障や重要インフラ防護におけるベストプラクティス", right: "任務保証や重要インフラ防護におけるベストプラクティス" },
    ],
    ok: ["製品の品質保証", "安全保障", "任務保証の観点から、任務遂行上依拠するサイバー空間"],
  },
  {
    pattern: followedBy("保障", ["人[をがはのにへと、。）]", "書[をがはのにへと、。）]"]),
    candidates: ["保証"],
    reason: "「保証人」「保証書」は「保証」",
    fix: true,
    source: SRC.hosho,
    examples: [{ wrong: "保障人を立てる", right: "保証人を立てる" }],
    ok: ["保証人を立てる", "社会保障人材の育成"],
  },
  {
    pattern: compoundAfter(["損害", "損失", "休業", "災害", "遺族", "刑事"], "保障"),
    candidates: ["補償"],
    reason: "損失の埋め合わせは「補償」、「保障」は地位や権利を守ること",
    fix: true,
    source: SRC.hosho,
    examples: [
      { wrong: "損害保障を行う", right: "損害補償を行う" },
      { wrong: "損失保障の対象となる", right: "損失補償の対象となる" },
    ],
    ok: ["損害補償を行う", "社会保障"],
  },
  {
    // Not 損失: 「損失保証」 (a promise to cover an investor's loss) is a term of 金融商品取引法.
    pattern: compoundAfter(["損害", "休業", "災害", "遺族", "刑事"], "保証"),
    candidates: ["補償"],
    reason: "損失の埋め合わせは「補償」、「保証」は請け合うこと",
    fix: true,
    source: SRC.hosho,
    examples: [{ wrong: "災害保証の給付", right: "災害補償の給付" }],
    ok: ["災害補償の給付", "損失保証の禁止"],
  },
  // ── 対象/対照/対称 ─────────────────────────────────────────────────────
  {
    pattern: `対称(?<!非対称)(?=${alt(["者", "外", "範囲", "事業者", "分野", "機関", "組織", "期間", "地域", "業種", "年齢", "品目"])})`,
    candidates: ["対象"],
    reason: "働きかけの相手は「対象」、「対称」は釣り合い",
    fix: true,
    source: SRC.taisho,
    examples: [
      { wrong: "対称事業者を拡大する", right: "対象事業者を拡大する" },
      { wrong: "支援の対称外となる", right: "支援の対象外となる" },
    ],
    ok: ["対象事業者を拡大する", "左右対称", "非対称分野"],
  },
  {
    // The goal of an action, in a compound: 調査対象, 支援対象.
    pattern: compoundAfter(["調査", "支援", "補助", "規制", "監視", "分析", "保護", "評価", "研究", "適用", "課税", "検査", "攻撃", "報告", "募集"], "対称"),
    candidates: ["対象"],
    reason: "働きかけの相手は「対象」、「対称」は釣り合い",
    fix: true,
    source: SRC.taisho,
    examples: [{ wrong: "規制対称となる行為", right: "規制対象となる行為" }],
    ok: ["規制対象となる行為", "非対称戦", "左右対称"],
  },
  {
    pattern: `対称(?<!(?:左右|上下|線|点|面|非)対称)(?=と(?:な|す|し)|に(?:含|な|加))`,
    candidates: ["対象"],
    reason: "働きかけの相手は「対象」、「対称」は釣り合い",
    fix: false,
    source: SRC.taisho,
    examples: [
      { wrong: "重要インフラ分野の対称となる事業者", right: "重要インフラ分野の対象となる事業者" },
      { wrong: "中小企業を対称とした支援", right: "中小企業を対象とした支援" },
    ],
    ok: ["重要インフラ分野の対象となる事業者", "左右対称となる図形"],
  },
  {
    pattern: "対象(?=的)",
    candidates: ["対照", "対称"],
    reason: "「対象的」という語はない。際立つ違いは「対照的」、釣り合いは「対称的」",
    fix: false,
    source: SRC.taisho,
    examples: [{ wrong: "対象的な結果", right: "対照的な結果" }],
    ok: ["対照的な結果", "対称的な図形"],
  },
  {
    // 線・点・面 only as a word of their own (not 路線対象, 全面対象).
    pattern: after("(?:左右|上下|(?<![一-龠々ァ-ヶー])[線点面])", "対象"),
    candidates: ["対称"],
    reason: "釣り合いは「対称」（左右対称・線対称）、「対象」は働きかけの相手",
    fix: true,
    source: SRC.taisho,
    examples: [{ wrong: "左右対象の構造", right: "左右対称の構造" }],
    ok: ["左右対称の構造", "全路線対象の措置", "全面対象とする"],
  },
  {
    pattern: `${after("貸借", "対[象称]")}(?=表)`,
    candidates: ["対照"],
    reason: "「貸借対照表」は「対照」",
    fix: true,
    source: SRC.taisho,
    examples: [{ wrong: "貸借対象表を公表する", right: "貸借対照表を公表する" }],
    ok: ["貸借対照表を公表する"],
  },
  {
    pattern: `${after("好", "対[象称]")}(?=[をだでなのと、。])`,
    candidates: ["対照"],
    reason: "違いが際立つことは「好対照」",
    fix: true,
    source: SRC.taisho,
    examples: [{ wrong: "前年とは好対象をなす", right: "前年とは好対照をなす" }],
    ok: ["前年とは好対照をなす"],
  },
  {
    pattern: compoundAfter(["比較"], "対称"),
    candidates: ["対照", "対象"],
    reason: "比べ合わせるのは「比較対照」、比べる相手は「比較対象」、「対称」は釣り合い",
    fix: false,
    source: SRC.taisho,
    examples: [{ wrong: "諸外国の制度と比較対称する", right: "諸外国の制度と比較対照する" }],
    ok: ["諸外国の制度と比較対照する", "比較対象とする国"],
  },
  {
    pattern: followedBy("対照", ["外", "範囲", "事業者", "年齢", "品目"]),
    candidates: ["対象"],
    reason: "働きかけの相手は「対象」、「対照」は比べ合わせること",
    fix: true,
    source: SRC.taisho,
    examples: [{ wrong: "補助の対照外となる", right: "補助の対象外となる" }],
    ok: ["補助の対象外となる", "比較対照する", "対照群"],
  },
  {
    pattern: `${after("(?:者|企業|事業者|団体|機関|国民|住民|学生|児童|生徒|若者|高齢者|職員)を", "対照")}(?=と(?:し|す|な))`,
    candidates: ["対象"],
    reason: "働きかけの相手は「対象」、「対照」は比べ合わせること",
    fix: true,
    source: SRC.taisho,
    examples: [{ wrong: "中小企業を対照とした支援", right: "中小企業を対象とした支援" }],
    ok: ["中小企業を対象とした支援", "原文と対照する"],
  },
  // ── 追求/追及/追究 ─────────────────────────────────────────────────────
  {
    pattern: objectOf(["責任", "疑惑", "容疑", "余罪", "不正", "不祥事", "違法行為", "犯罪", "非違行為", "刑事責任", "説明責任"], "追[求究]"),
    candidates: ["追及"],
    reason: "責任や不正を問い詰めるのは「追及」、「追求」は追い求めること、「追究」は突き詰めて明らかにすること",
    fix: true,
    source: SRC.tsuikyu,
    examples: [
      { wrong: "責任の追求", right: "責任の追及" },
      { wrong: "関係者の不正を追究する", right: "関係者の不正を追及する" },
      { wrong: "疑惑追求の手を緩めない", right: "疑惑追及の手を緩めない" },
    ],
    ok: ["責任の追及", "利益の追求", "原因の追究", "原因の追及"],
  },
  {
    pattern: objectOf(["利益", "利潤", "効率", "効率性", "利便性", "理想", "幸福", "快適性", "豊かさ", "収益", "合理性", "最適解", "品質", "付加価値", "生産性", "経済性"], "追及"),
    candidates: ["追求"],
    reason: "目的のものを追い求めるのは「追求」、「追及」は責任などを問い詰めること",
    fix: true,
    source: SRC.tsuikyu,
    examples: [
      { wrong: "利便性の追及", right: "利便性の追求" },
      { wrong: "生産性を追及する", right: "生産性を追求する" },
    ],
    ok: ["利便性の追求", "責任の追及"],
  },
  {
    pattern: objectOf(["利益", "利潤", "収益", "利便性", "効率", "効率性", "生産性", "付加価値"], "追究"),
    candidates: ["追求"],
    reason: "目的のものを追い求めるのは「追求」、「追究」は突き詰めて明らかにすること",
    fix: true,
    source: SRC.tsuikyu,
    examples: [{ wrong: "利潤の追究", right: "利潤の追求" }],
    ok: ["利潤の追求", "真理の追究"],
  },
  {
    pattern: objectOf(["真理", "本質", "学問", "真相"], "追及"),
    candidates: ["追究"],
    reason: "突き詰めて明らかにするのは「追究」、「追及」は責任などを問い詰めること",
    fix: false,
    source: SRC.tsuikyu,
    examples: [{ wrong: "真理を追及する", right: "真理を追究する" }],
    ok: ["真理を追究する", "責任を追及する"],
  },
  // ── 体制/態勢/体勢 ─────────────────────────────────────────────────────
  {
    // An organisation's set-up or readiness, never a body's posture: 推進体勢 → 体制 or 態勢 (the writer decides which).
    pattern: compoundAfter(["推進", "実施", "監視", "協力", "連携", "支援", "管理", "運用", "対応", "相談", "対処", "警戒", "即応", "防御", "受入れ", "受け入れ", "受入", "組織", "執行", "検査", "指導", "運営", "生産", "供給", "医療", "救急", "経営", "情報共有", "報告", "出動", "待機", "防災", "警備", "応援", "危機管理", "保安", "セキュリティ", "監督", "審査", "捜査", "取締り", "初動", "２４時間", "24時間"], "体勢"),
    candidates: ["体制", "態勢"],
    reason: "組織の仕組みは「体制」、事態への身構えは「態勢」、「体勢」は体の構え",
    fix: false,
    source: SRC.taisei,
    examples: [
      { wrong: "推進体勢を整備する", right: "推進体制を整備する" },
      { wrong: "初動体勢の確立", right: "初動体制の確立" },
    ],
    ok: ["推進体制を整備する", "警戒態勢", "体勢を崩す"],
  },
  {
    pattern: followedBy("体勢", ["[のを](?:整備|構築|確立|拡充|見直し)", "整備", "構築"]),
    candidates: ["体制", "態勢"],
    reason: "組織の仕組みは「体制」、事態への身構えは「態勢」、「体勢」は体の構え",
    fix: false,
    source: SRC.taisei,
    examples: [{ wrong: "必要な体勢の整備を進める", right: "必要な体制の整備を進める" }],
    ok: ["必要な体制の整備を進める", "体勢を立て直す", "無理な体勢"],
  },
  {
    pattern: compoundAfter(["資本主義", "社会主義", "共産主義", "幕藩", "反", "政治", "統治"], "態勢"),
    candidates: ["体制"],
    reason: "社会・国家の仕組みは「体制」、「態勢」は事態への身構え",
    fix: true,
    source: SRC.taisei,
    examples: [{ wrong: "権威主義的な政治態勢", right: "権威主義的な政治体制" }],
    ok: ["権威主義的な政治体制", "対処態勢の整備", "受入れ態勢"],
  },
  // ── 適正/適性 ───────────────────────────────────────────────────────────
  {
    pattern: `適性(?=${alt([`な${alt(["管理", "運用", "処理", "取扱い?", "実施", "価格", "水準", "評価", "手続", "執行", "確保", "対応", "利用", "規模", "配分", "運営", "算定", "競争", "取引"])}`, "化", "価格", "規模", "水準", "手続", "取引", "処理", "執行", "配分"])})`,
    candidates: ["適正"],
    reason: "適切で正しいことは「適正」、「適性」は向き不向き",
    fix: true,
    source: SRC.tekisei,
    examples: [
      { wrong: "個人情報の適性な取扱い", right: "個人情報の適正な取扱い" },
      { wrong: "適性価格での調達", right: "適正価格での調達" },
    ],
    ok: ["個人情報の適正な取扱い", "適性に応じた配置", "適性評価を実施する"],
  },
  {
    pattern: followedBy("適性", ["に(?:管理|運用|処理|実施|行わ|行う|取り扱|取扱|執行|確保|運営|算定|配分|評価さ)"]),
    candidates: ["適正"],
    reason: "適切で正しいことは「適正」、「適性」は向き不向き",
    fix: true,
    source: SRC.tekisei,
    examples: [{ wrong: "個人データを適性に管理する", right: "個人データを適正に管理する" }],
    ok: ["個人データを適正に管理する", "適性に応じた配置"],
  },
  {
    pattern: followedBy("適正", ["検査", "試験", "を(?:見極|判断|有す|備え|生か|活か)", "が(?:ある|あり|ない)", "に応じ"]),
    candidates: ["適性"],
    reason: "向き不向きを見るのは「適性」、「適正」は適切で正しいこと",
    fix: true,
    source: SRC.tekisei,
    examples: [
      { wrong: "適正検査を実施する", right: "適性検査を実施する" },
      { wrong: "本人の適正に応じて配置する", right: "本人の適性に応じて配置する" },
    ],
    ok: ["適性検査を実施する", "適正な価格", "業務の適正を確保するための体制", "適正に管理する"],
  },
  {
    pattern: compoundAfter(["職業", "運転", "進路"], "適正"),
    candidates: ["適性"],
    reason: "向き不向きは「適性」（職業適性）、「適正」は適切で正しいこと",
    fix: true,
    source: SRC.tekisei,
    examples: [{ wrong: "職業適正を診断する", right: "職業適性を診断する" }],
    ok: ["職業適性を診断する"],
  },
  // ── 開放/解放 ───────────────────────────────────────────────────────────
  {
    pattern: objectOf(["人質", "捕虜", "奴隷", "拘束者", "抑留者"], "開放", "(?:を|の)?"),
    candidates: ["解放"],
    reason: "束縛を解いて自由にするのは「解放」、「開放」は開け放つこと",
    fix: true,
    source: SRC.kaiho,
    examples: [{ wrong: "人質の開放を求める", right: "人質の解放を求める" }],
    ok: ["人質の解放を求める", "校庭を開放する"],
  },
  {
    pattern: objectOf(["束縛", "拘束", "苦痛", "重圧", "負担", "苦しみ", "緊張", "恐怖", "不安", "ストレス", "呪縛", "貧困", "単純作業", "雑務", "手作業", "定型業務", "長時間労働", "紙", "押印"], "開放", "から(?:の)?"),
    candidates: ["解放"],
    reason: "束縛を解いて自由にするのは「解放」、「開放」は開け放つこと",
    fix: true,
    source: SRC.kaiho,
    examples: [{ wrong: "職員を単純作業から開放する", right: "職員を単純作業から解放する" }],
    ok: ["職員を単純作業から解放する", "施設を地域に開放する"],
  },
  {
    pattern: objectOf(["市場", "門戸", "窓", "扉", "校庭", "施設", "空港", "港湾", "グラウンド", "体育館", "庁舎", "会議室", "空域", "公園"], "解放", "(?:を|の|を(?:広く|地域に|住民に|一般に|国民に|市民に|外部に))?"),
    candidates: ["開放"],
    reason: "開け放ち出入りを自由にするのは「開放」、「解放」は束縛を解くこと",
    fix: true,
    source: SRC.kaiho,
    examples: [
      { wrong: "学校施設を地域に解放する", right: "学校施設を地域に開放する" },
      { wrong: "市場解放を進める", right: "市場開放を進める" },
    ],
    ok: ["学校施設を地域に開放する", "メモリを解放する", "人質を解放する"],
  },
  // ── 収集/収拾 ───────────────────────────────────────────────────────────
  {
    pattern: objectOf(["情報", "データ", "資料", "証拠", "廃棄物", "ごみ", "ゴミ", "意見", "事例", "ログ", "検体", "標本", "インテリジェンス", "脅威情報", "知見"], "収拾", "(?:の|を)?"),
    candidates: ["収集"],
    reason: "集めるのは「収集」、「収拾」は混乱をおさめること",
    fix: true,
    source: SRC.shushu,
    examples: [
      { wrong: "テロ関連情報の収拾・分析", right: "テロ関連情報の収集・分析" },
      { wrong: "ログを収拾して保存する", right: "ログを収集して保存する" },
    ],
    ok: ["テロ関連情報の収集・分析", "事態の収拾"],
  },
  {
    pattern: followedBy("収拾", ["[・、](?:分析|整理|共有|蓄積|提供)", "及び(?:分析|整理|共有|蓄積|提供)", "した(?:情報|データ)", "された(?:情報|データ)"]),
    candidates: ["収集"],
    reason: "集めるのは「収集」、「収拾」は混乱をおさめること",
    fix: true,
    source: SRC.shushu,
    examples: [{ wrong: "脆弱性に関する収拾・分析を強化する", right: "脆弱性に関する収集・分析を強化する" }],
    ok: ["脆弱性に関する収集・分析を強化する", "事態の収拾を図る"],
  },
  {
    pattern: objectOf(["事態", "混乱", "騒ぎ", "騒動", "紛糾", "その場"], "収集", "(?:の|を)?"),
    candidates: ["収拾"],
    reason: "混乱をおさめるのは「収拾」、「収集」は集めること",
    fix: true,
    source: SRC.shushu,
    examples: [{ wrong: "事態の収集を図る", right: "事態の収拾を図る" }],
    ok: ["情報の収集を図る", "事態の収拾を図る"],
  },
  {
    pattern: followedBy("収集", ["が(?:つか|付か|つく|付く|つけ)"]),
    candidates: ["収拾"],
    reason: "「収拾がつかない」は「収拾」、「収集」は集めること",
    fix: true,
    source: SRC.shushu,
    examples: [{ wrong: "議論の収集がつかない", right: "議論の収拾がつかない" }],
    ok: ["議論の収拾がつかない", "情報の収集が進む"],
  },
  // ── 異動/移動 ───────────────────────────────────────────────────────────
  {
    pattern: `${compoundAfter(["人事", "定期人事"], "移動")}|${followedBy("移動", ["の?内示", "辞令"])}`,
    candidates: ["異動"],
    reason: "地位や勤務の変更は「異動」、「移動」は位置が変わること",
    fix: true,
    source: SRC.ido,
    examples: [
      { wrong: "人事移動により担当者が交代する", right: "人事異動により担当者が交代する" },
      { wrong: "移動の内示を受ける", right: "異動の内示を受ける" },
    ],
    ok: ["人事異動により担当者が交代する", "移動通信システム", "住民票の異動"],
  },
  {
    pattern: followedBy("異動", ["手段", "体(?!制)", "通信", "距離", "経路", "販売", "図書館", "式"]),
    candidates: ["移動"],
    reason: "位置が変わるのは「移動」（移動体・移動通信）、「異動」は地位や勤務の変更",
    fix: true,
    source: SRC.ido,
    examples: [{ wrong: "異動通信事業者", right: "移動通信事業者" }],
    ok: ["移動通信事業者", "異動先の部署", "異動時期"],
  },
  {
    pattern: objectOf(["車両", "物資", "部隊", "艦船", "航空機", "低気圧", "台風", "避難者", "住民の避難"], "異動", "(?:の|を|が)?"),
    candidates: ["移動"],
    reason: "位置が変わるのは「移動」、「異動」は地位や勤務の変更",
    fix: true,
    source: SRC.ido,
    examples: [{ wrong: "緊急車両の異動を確保する", right: "緊急車両の移動を確保する" }],
    ok: ["緊急車両の移動を確保する", "職員の異動"],
  },
  // ── 制作/製作/作成/作製 ─────────────────────────────────────────────────
  {
    pattern: objectOf(["部品", "器具", "機械", "装置", "車両", "試作品", "金型", "家具", "模型", "船舶", "治具"], "制作", "(?:の|を)?"),
    candidates: ["製作"],
    reason: "道具や機械で品物を作るのは「製作」、「制作」は作品や番組を作ること",
    fix: true,
    source: SRC.seisaku,
    examples: [{ wrong: "試作品の制作を委託する", right: "試作品の製作を委託する" }],
    ok: ["試作品の製作を委託する", "番組の制作"],
  },
  {
    pattern: objectOf(["番組", "放送番組", "ウェブサイト", "Webサイト", "ホームページ", "動画", "映像作品", "広報動画", "アニメーション", "デジタルコンテンツ"], "製作", "(?:の|を)?"),
    candidates: ["制作"],
    reason: "作品や番組を作るのは「制作」、「製作」は道具や機械で品物を作ること",
    // 映画は「製作」（著作権法の「映画製作者」）とも書くので、映画は入れない。直すかどうかは書き手が決める。
    fix: false,
    source: SRC.seisaku,
    examples: [{ wrong: "広報動画を製作する", right: "広報動画を制作する" }],
    ok: ["広報動画を制作する", "映画の製作", "部品の製作"],
  },
  {
    pattern: objectOf(["ガイドライン", "資料", "計画", "報告書", "文書", "マニュアル", "手引き?", "方針", "基準", "指針", "規程", "要領", "リスト", "一覧", "計画書", "申請書", "議事録", "調査票", "工程表", "様式", "原案", "素案", "台帳", "図表", "報告"], "作製", "(?:の|を)?"),
    candidates: ["作成"],
    reason: "文書や計画は「作成」、「作製」は物品を作ること",
    fix: true,
    source: SRC.sakusei,
    examples: [{ wrong: "ガイドラインを作製する", right: "ガイドラインを作成する" }],
    ok: ["ガイドラインを作成する", "部品を作製する"],
  },
  // ── 意思/意志 ───────────────────────────────────────────────────────────
  {
    pattern: followedBy("意志", ["決定", "表示", "疎通", "確認", "能力", "の疎通"]),
    candidates: ["意思"],
    reason: "法令・行政の用語は「意思決定」「意思表示」「意思疎通」、「意志」は積極的な意欲",
    fix: true,
    source: SRC.ishi,
    examples: [
      { wrong: "迅速な意志決定", right: "迅速な意思決定" },
      { wrong: "関係機関との意志疎通を図る", right: "関係機関との意思疎通を図る" },
    ],
    ok: ["迅速な意思決定", "強い意志"],
  },
  {
    pattern: `${followedBy("意思", ["薄弱"])}|${after("鉄の", "意思")}`,
    candidates: ["意志"],
    reason: "物事をやり遂げる心の強さは「意志」（意志薄弱・鉄の意志）",
    fix: true,
    source: SRC.ishi,
    examples: [{ wrong: "意思薄弱と見られる", right: "意志薄弱と見られる" }],
    ok: ["意志薄弱と見られる", "本人の意思を確認する"],
  },
  // ── 精算/清算 ───────────────────────────────────────────────────────────
  {
    pattern: objectOf(["運賃", "料金", "経費", "交通費", "旅費", "乗り越し", "乗越", "概算払", "立替金", "立替", "実費", "過不足"], "清算", "(?:の|を)?"),
    candidates: ["精算"],
    reason: "金額を細かく計算して過不足を処理するのは「精算」、「清算」は貸し借りや法人の後始末",
    fix: true,
    source: SRC.seisan,
    examples: [{ wrong: "旅費の清算を行う", right: "旅費の精算を行う" }],
    ok: ["旅費の精算を行う", "法人の清算"],
  },
  {
    pattern: `${objectOf(["債務", "借金", "過去", "残余財産", "債権債務"], "精算", "(?:の|を)?")}|${followedBy("精算", ["人(?![件])", "結了", "法人", "株式会社"])}`,
    candidates: ["清算"],
    reason: "貸し借りや法人の後始末は「清算」、「精算」は金額を細かく計算すること",
    fix: true,
    source: SRC.seisan,
    examples: [
      { wrong: "債務を精算する", right: "債務を清算する" },
      { wrong: "精算人を選任する", right: "清算人を選任する" },
    ],
    ok: ["債務を清算する", "交通費を精算する"],
  },
  // ── 関心/感心 ───────────────────────────────────────────────────────────
  {
    pattern: followedBy("関心", ["し(?:た|て|ま)", "する", "させ"]),
    candidates: ["感心"],
    reason: "「関心」は名詞で「〜する」とは言わない。心を動かされるのは「感心する」",
    fix: true,
    source: SRC.kanshin,
    examples: [{ wrong: "その取組に関心した", right: "その取組に感心した" }],
    ok: ["その取組に感心した", "関心を持つ", "関心が高まる"],
  },
  {
    pattern: `${followedBy("感心", ["を(?:持|寄せ|高め|集め|示|抱|引)", "が(?:高|低|薄|集ま|寄せ|ある|ない|強)", "の(?:高|低|的|ある|ない|度合)", "事", "度"])}|${after("無", "感心")}`,
    candidates: ["関心"],
    reason: "興味を持って注意を向けるのは「関心」、「感心」は心を動かされること",
    fix: true,
    source: SRC.kanshin,
    examples: [
      { wrong: "国民の感心を高める", right: "国民の関心を高める" },
      { wrong: "セキュリティへの無感心", right: "セキュリティへの無関心" },
    ],
    ok: ["国民の関心を高める", "その工夫に感心する"],
  },
  // ── 規定/既定 ───────────────────────────────────────────────────────────
  {
    pattern: `${followedBy("既定", ["する", "され", "し(?:て|、|た)", "に基づ"])}|${after("(?:法|法律|条例|政令|省令|規則|規程|条|項|号|同法|本法)の", "既定")}`,
    candidates: ["規定"],
    reason: "条文で定めることは「規定」、「既定」は既に決まっていること",
    fix: true,
    source: SRC.kitei,
    examples: [
      { wrong: "法第７条の既定に基づき", right: "法第７条の規定に基づき" },
      { wrong: "政令で既定する", right: "政令で規定する" },
    ],
    // 「既定に従う」「既定により」 can mean "by default" in software (既定値); only 既定する and 既定に基づく are certain.
    ok: ["法第７条の規定に基づき", "既定の方針", "既定路線", "設定は既定に従う", "既定により有効になる"],
  },
  {
    pattern: followedBy("規定", ["路線", "の(?:路線|事実)", "事実"]),
    candidates: ["既定"],
    reason: "既に決まっていることは「既定」（既定路線・既定の事実）、「規定」は条文の定め",
    fix: true,
    source: SRC.kitei,
    examples: [{ wrong: "規定路線として扱う", right: "既定路線として扱う" }],
    ok: ["既定路線として扱う", "法の規定に従う"],
  },
  // ── 厚生/構成/校正 ─────────────────────────────────────────────────────
  {
    pattern: followedBy("(?:構成|更生|公正|校正)", ["労働省", "労働大臣", "労働科学"]),
    candidates: ["厚生"],
    reason: "省の名称は「厚生労働省」",
    fix: true,
    source: SRC.koseiRodo,
    examples: [{ wrong: "構成労働省と連携する", right: "厚生労働省と連携する" }],
    ok: ["厚生労働省と連携する"],
  },
  {
    pattern: `${followedBy("校正", ["要素", "比", "メンバー"])}|${after("(?:委員|者|名|人|機関|団体|企業|省庁|部局|有識者|群|要素|部分|モジュール|ブロック|項目|メンバー)(?:で|から)", "校正")}(?=され)`,
    candidates: ["構成"],
    reason: "組み立てや顔ぶれは「構成」、「校正」は誤りを正すこと",
    fix: true,
    source: SRC.term,
    examples: [
      { wrong: "委員会は有識者で校正される", right: "委員会は有識者で構成される" },
      { wrong: "主な校正要素", right: "主な構成要素" },
    ],
    ok: ["委員会は有識者で構成される", "原稿を校正する", "IoTの構成要素"],
  },
  // ── 協同/共同 ───────────────────────────────────────────────────────────
  {
    pattern: followedBy("共同", ["組合"]),
    candidates: ["協同"],
    reason: "法律上の名称は「協同組合」（農業協同組合・中小企業等協同組合）",
    fix: true,
    source: SRC.kyodo,
    examples: [{ wrong: "農業共同組合と連携する", right: "農業協同組合と連携する" }],
    ok: ["農業協同組合と連携する", "共同で運営する"],
  },
  {
    pattern: followedBy("協同", ["研究", "開発", "声明", "利用"]),
    candidates: ["共同"],
    reason: "二者以上が一緒に行うのは「共同研究」「共同声明」「共同利用」",
    fix: false,
    source: SRC.kyodo,
    examples: [{ wrong: "大学との協同研究", right: "大学との共同研究" }],
    ok: ["大学との共同研究", "協同組合"],
  },
  // ── 補足/捕捉 ───────────────────────────────────────────────────────────
  {
    pattern: followedBy("捕捉", ["説明", "資料", "事項", "的"]),
    candidates: ["補足"],
    reason: "付け加えて補うのは「補足」、「捕捉」はとらえること",
    fix: true,
    source: SRC.hosoku,
    examples: [{ wrong: "捕捉資料を配布する", right: "補足資料を配布する" }],
    ok: ["補足資料を配布する", "レーダーで捕捉する"],
  },
  {
    pattern: objectOf(["ミサイル", "航跡", "信号", "電波", "不審船", "航空機", "衛星", "被疑者", "通信"], "補足", "(?:を|の)?"),
    candidates: ["捕捉"],
    reason: "とらえるのは「捕捉」、「補足」は付け加えて補うこと",
    fix: true,
    source: SRC.hosoku,
    examples: [{ wrong: "弾道ミサイルを補足する", right: "弾道ミサイルを捕捉する" }],
    ok: ["弾道ミサイルを捕捉する", "説明を補足する"],
  },
  // ── 実態/実体 ───────────────────────────────────────────────────────────
  {
    // 「実体解明」 alone can be an entity's nature (物質の実体解明); after an attack, a crime or damage it is the facts: 実態解明.
    pattern: `${followedBy("実体", ["調査", "把握"])}|${after("(?:被害|利用|運用|雇用|生活|勤務|労働)の?", "実体")}|${after("(?:攻撃|攻撃者|被害|犯罪|手口|事案|不正アクセス)(?:の|や)?", "実体")}(?=解明)`,
    candidates: ["実態"],
    reason: "実際のありさまは「実態」（実態調査・被害の実態）、「実体」は本当の姿・本体",
    fix: true,
    source: SRC.jittai,
    examples: [
      { wrong: "被害の実体を把握する", right: "被害の実態を把握する" },
      { wrong: "実体調査を行う", right: "実態調査を行う" },
      { wrong: "サイバー攻撃の実体解明に必要不可欠な", right: "サイバー攻撃の実態解明に必要不可欠な" },
    ],
    ok: ["被害の実態を把握する", "実体経済", "データの実体", "物質の実体解明"],
  },
  {
    pattern: followedBy("実態", ["経済", "法(?![人令])"]),
    candidates: ["実体"],
    reason: "「実体経済」「実体法」は「実体」",
    fix: true,
    source: SRC.jittai,
    examples: [{ wrong: "実態経済への影響", right: "実体経済への影響" }],
    ok: ["実体経済への影響", "経済の実態"],
  },
  // ── 回答/解答 ───────────────────────────────────────────────────────────
  {
    pattern: `${objectOf(["アンケート", "調査票", "照会", "問い合わせ", "問合せ", "意見募集", "調査", "質問票"], "解答", "(?:への|に対する|の)?")}|${followedBy("解答", ["を依頼"])}`,
    candidates: ["回答"],
    reason: "問い合わせや調査に答えるのは「回答」、「解答」は問題を解いて答えること",
    fix: true,
    source: SRC.kaito,
    examples: [
      { wrong: "調査票への解答を依頼する", right: "調査票への回答を依頼する" },
      { wrong: "各府省庁に解答を依頼する", right: "各府省庁に回答を依頼する" },
    ],
    ok: ["調査票への回答を依頼する", "試験問題の解答", "解答を求めよ"],
  },
  // ── 確立/確率 ───────────────────────────────────────────────────────────
  {
    pattern: followedBy("確率", ["する", "し[、てた]", "され", "させ", "を(?:図|目指)", "に向け"]),
    candidates: ["確立"],
    reason: "しっかり定めるのは「確立」、「確率」は起こる見込みの度合い",
    fix: true,
    source: SRC.kakuritsu,
    examples: [{ wrong: "対処体制を確率する", right: "対処体制を確立する" }],
    ok: ["対処体制を確立する", "発生する確率"],
  },
  {
    pattern: objectOf(["体制", "制度", "支配", "手法", "仕組み?", "枠組み?", "地位", "関係", "基盤", "ルール", "規範", "手順", "方法", "信頼", "連携要領", "モデル"], "確率", "の"),
    candidates: ["確立"],
    reason: "しっかり定めるのは「確立」、「確率」は起こる見込みの度合い",
    fix: true,
    source: SRC.kakuritsu,
    examples: [{ wrong: "サイバー空間における法の支配の確率", right: "サイバー空間における法の支配の確立" }],
    ok: ["サイバー空間における法の支配の確立", "攻撃の確率"],
  },
  {
    pattern: followedBy("確立", ["的", "論", "分布", "変数"]),
    candidates: ["確率"],
    reason: "起こる見込みの度合いは「確率」、「確立」はしっかり定めること",
    fix: true,
    source: SRC.kakuritsu,
    examples: [{ wrong: "確立的に評価する", right: "確率的に評価する" }],
    ok: ["確率的に評価する", "体制の確立"],
  },
  // ── 情報セキュリティの三要素 ─────────────────────────────────────────────
  {
    pattern: after("機密性(?:、|・|，|及び|と)[ 　]?完全性(?:、|・|，|及び|並びに|と|又は)[ 　]?", "可能性"),
    candidates: ["可用性"],
    reason: "情報セキュリティの三要素は機密性・完全性・可用性、可用性は Availability",
    fix: true,
    source: SRC.cia,
    examples: [{ wrong: "機密性、完全性、可能性は情報セキュリティの三大要素と呼ばれている。", right: "機密性、完全性、可用性は情報セキュリティの三大要素と呼ばれている。" }],
    ok: ["機密性、完全性、可用性は情報セキュリティの三大要素と呼ばれている。", "被害が拡大する可能性がある。"],
  },
  {
    pattern: followedBy("気密性", ["(?:、|・|，|及び)(?:完全性|可用性)"]),
    candidates: ["機密性"],
    reason: "情報を守る性質は「機密性」、「気密性」は空気を通さないこと",
    fix: true,
    source: SRC.cia,
    examples: [{ wrong: "情報の気密性、完全性及び可用性", right: "情報の機密性、完全性及び可用性" }],
    ok: ["建物の気密性"],
  },
  // ── 脅威/驚異 ───────────────────────────────────────────────────────────
  {
    pattern: "驚異(?:(?<=(?:サイバー|攻撃|テロ|安全保障上|セキュリティ上|新たな|深刻な|重大な|潜在的な)の?驚異)(?!的)|(?=に(?:対|備|さら)|への(?:対|備)|情報|インテリジェンス|を(?:及ぼ|与え)))",
    candidates: ["脅威"],
    reason: "危険・おそれは「脅威」、「驚異」は驚くべきこと",
    fix: true,
    source: SRC.kyoi,
    examples: [
      { wrong: "サイバー攻撃の驚異に対処する", right: "サイバー攻撃の脅威に対処する" },
      { wrong: "新たな驚異への対応", right: "新たな脅威への対応" },
    ],
    ok: ["サイバー攻撃の脅威に対処する", "驚異的な速度"],
  },
  // ── 努める/務める/勤める, 図る/計る（異字同訓）──────────────────────────────
  {
    pattern: after("(?:推進|向上|強化|充実|普及|確保|防止|改善|把握|周知|啓発|理解|育成|促進|解決|早期発見|情報収集|注視|警戒|回復|抑制|削減|解消|維持|発見|収集)に", "[務勤]め(?=[るてたま、])"),
    candidates: ["努め"],
    reason: "力を尽くすのは「努める」、「務める」は役目、「勤める」は勤務",
    fix: true,
    source: IJI_DOKUN,
    examples: [{ wrong: "普及啓発の推進に務める。", right: "普及啓発の推進に努める。" }],
    ok: ["普及啓発の推進に努める。", "議長を務める。"],
  },
  {
    pattern: after("(?:推進|強化|促進|充実|向上|連携|確保|改善|普及|定着|効率化|高度化|円滑化|実現|整備|底上げ|解決|防止|共有|活用|拡充|周知|徹底|一体化|合理化|最適化|適正化|迅速化|簡素化|解消|軽減|削減|抑制)を", "計(?=[らりるれろっ])"),
    candidates: ["図"],
    reason: "実現を目指すのは「図る」、「計る」は数や時間をはかること",
    fix: true,
    source: IJI_DOKUN,
    examples: [{ wrong: "関係機関との連携を計る。", right: "関係機関との連携を図る。" }],
    ok: ["関係機関との連携を図る。", "時間を計る。"],
  },
  // ── その他 ──────────────────────────────────────────────────────────────
  {
    pattern: followedBy("普段", ["の(?:見直し|努力|改善|取組|検証|点検|改革)"]),
    candidates: ["不断"],
    reason: "絶え間ないことは「不断」、「普段」は日頃",
    fix: true,
    source: SRC.fudan,
    examples: [{ wrong: "普段の見直しを行う", right: "不断の見直しを行う" }],
    ok: ["不断の見直しを行う", "普段の業務"],
  },
  {
    pattern: followedBy("見当", ["する", "し[、てた]", "され", "を(?:行|進|加|重|開始)", "中", "結果", "会", "事項", "課題", "状況", "段階", "が(?:必要|行われ|進め|なされ)", "に(?:着手|入)"]),
    candidates: ["検討"],
    reason: "調べて考えるのは「検討」、「見当」は見込み",
    fix: true,
    source: SRC.kento,
    examples: [{ wrong: "必要な措置を見当する", right: "必要な措置を検討する" }],
    ok: ["必要な措置を検討する", "見当をつける", "見当違いの批判", "見当が付かない"],
  },
  {
    pattern: "専問",
    candidates: ["専門"],
    reason: "「専問」という語はない",
    fix: true,
    source: SRC.term,
    examples: [{ wrong: "専問家の知見", right: "専門家の知見" }],
    ok: ["専門家の知見"],
  },
  {
    pattern: followedBy("衆知", ["する", "し[、てた]", "され", "を図", "徹底", "の(?:徹底|ため)", "[・、]啓発", "及び啓発", "広報"]),
    candidates: ["周知"],
    reason: "広く知らせるのは「周知」、「衆知」は多くの人の知恵",
    fix: true,
    source: SRC.shuchi,
    examples: [{ wrong: "関係者に衆知する", right: "関係者に周知する" }],
    ok: ["関係者に周知する", "衆知を集める"],
  },
  {
    pattern: "進入(?:(?<=(?:不正|不法|システムへの|ネットワークへの|サーバへの|サーバーへの|マルウェアの|ウイルスの|攻撃者の)進入)|(?=検知|テスト))",
    candidates: ["侵入"],
    reason: "不正に入り込むのは「侵入」、「進入」は進んで入ること",
    fix: true,
    source: SRC.shinnyu,
    examples: [
      { wrong: "不正進入を検知する", right: "不正侵入を検知する" },
      { wrong: "マルウェアの進入を防ぐ", right: "マルウェアの侵入を防ぐ" },
    ],
    ok: ["不正侵入を検知する", "車両の進入禁止"],
  },
  {
    pattern: followedBy("標的形", ["攻撃", "メール"]),
    candidates: ["標的型"],
    reason: "用語は「標的型攻撃」",
    fix: true,
    source: SRC.term,
    examples: [{ wrong: "標的形攻撃への対策", right: "標的型攻撃への対策" }],
    ok: ["標的型攻撃への対策"],
  },
  {
    pattern: followedBy("暗合", ["化", "鍵", "技術", "方式", "アルゴリズム", "モジュール", "通信"]),
    candidates: ["暗号"],
    reason: "「暗合」は偶然の一致、ここは「暗号」",
    fix: true,
    source: SRC.term,
    examples: [{ wrong: "暗合技術の研究開発", right: "暗号技術の研究開発" }],
    ok: ["暗号技術の研究開発"],
  },
  {
    pattern: modifying("不振", ["メール", "通信", "アクセス", "挙動", "人物", "点", "動作", "ファイル", "サイト", "プログラム", "者", "物", "船"]),
    candidates: ["不審"],
    reason: "疑わしいことは「不審」、「不振」は勢いがないこと",
    fix: true,
    source: SRC.fushin,
    examples: [{ wrong: "不振なメールを開封しない", right: "不審なメールを開封しない" }],
    ok: ["不審なメールを開封しない", "業績不振"],
  },
  {
    pattern: followedBy("初期", ["の目的"]),
    candidates: ["所期"],
    reason: "はじめに期待した目的は「所期の目的」",
    fix: false,
    source: SRC.shoki,
    examples: [{ wrong: "初期の目的を達成する", right: "所期の目的を達成する" }],
    ok: ["所期の目的を達成する"],
  },
];
