/**
 * Curated 同音異義語 and 誤変換 for `no-confusable-words`. A homophone is only an
 * error in context (「多用な」 is fine in 「ご多用な折」, wrong in 「多用な人材」), so
 * every entry matches exactly the mistaken word and proves the mistake with the
 * words around it, in lookarounds. Without such context an entry does not belong
 * here: a published plan must come out clean.
 *
 * `examples` are the tests: each `wrong` sentence gives exactly one finding whose
 * first candidate turns it into `right`; each `ok` sentence gives none.
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
  examples: { wrong: string; right: string }[];
  ok: string[];
}

// A lookbehind written first is tried at every position of the document; after
// the word it is tried only where the word occurs.
function after(before: string, word: string): string {
  return `${word}(?<=${before}${word})`;
}

export const confusableWords: readonly ConfusableWord[] = [
  {
    pattern: "多用(?=な(?:主体|人材|ニーズ|価値観|働き方|分野|手法|形態|意見|選択肢|関係者|サービス|脅威|攻撃|技術|機器|リスク|業種|組織|背景|視点|観点|情報|手口|連携))",
    candidates: ["多様"],
    reason: "種類が多いことは「多様」、「多用」は多く使うこと",
    fix: true,
    examples: [
      { wrong: "産学官の多用な主体が連携し", right: "産学官の多様な主体が連携し" },
      { wrong: "多用な人材の育成", right: "多様な人材の育成" },
    ],
    ok: ["産学官の多様な主体が連携し", "ご多用な折", "外部委託を多用する"],
  },
  {
    pattern: "有意(?=(?:な|の)(?:人材|若者|人物))",
    candidates: ["有為"],
    reason: "能力があり役に立つ意は「有為」、「有意」は意味があること",
    // 「有意の士」（志のある人）という言い方もあるので、直すかどうかは書き手が決める。
    fix: false,
    examples: [{ wrong: "有意な人材を発掘する", right: "有為な人材を発掘する" }],
    ok: ["統計的に有意な差", "有為な人材を発掘する"],
  },
  {
    pattern: after("(?:これ|それ|あれ)", "意外"),
    candidates: ["以外"],
    reason: "「…を除く」意は「以外」、「意外」は思いのほか",
    fix: true,
    examples: [{ wrong: "それ意外の組織", right: "それ以外の組織" }],
    ok: ["それ以外の組織", "それは意外な結果"],
  },
  {
    pattern: `${after("[一-龠々ァ-ヶー]", "意外")}(?=の|に(?![もは])|で|から)`,
    candidates: ["以外"],
    reason: "「…を除く」意は「以外」、「意外」は思いのほか",
    fix: false,
    examples: [{ wrong: "重要インフラ事業者意外の事業者", right: "重要インフラ事業者以外の事業者" }],
    ok: ["重要インフラ事業者以外の事業者", "被害は意外に大きい"],
  },
  {
    pattern: "以外(?=な(?:結果|展開|事実|発見|一面|反応|ところ))",
    candidates: ["意外"],
    reason: "思いのほかの意は「意外」、「以外」は…を除く",
    fix: true,
    examples: [{ wrong: "以外な結果となった", right: "意外な結果となった" }],
    ok: ["これ以外なし", "それ以外なら"],
  },
  {
    pattern: after("(?:安全|社会)", "補償"),
    candidates: ["保障"],
    reason: "「安全保障」「社会保障」は「保障」、「補償」は損失の埋め合わせ",
    fix: true,
    examples: [
      { wrong: "国家安全補償戦略", right: "国家安全保障戦略" },
      { wrong: "社会補償制度", right: "社会保障制度" },
    ],
    ok: ["国家安全保障戦略", "損失補償", "災害補償"],
  },
  {
    pattern: `${after("(?:安全|社会)", "保証")}(?![人金書期])`,
    candidates: ["保障"],
    reason: "「安全保障」「社会保障」は「保障」、「保証」は請け合うこと",
    fix: false,
    examples: [{ wrong: "安全保証上の課題", right: "安全保障上の課題" }],
    ok: ["安全保障上の課題", "品質保証"],
  },
  {
    pattern: after("(?:品質|動作|身元|債務|連帯)", "保障"),
    candidates: ["保証"],
    reason: "品質・動作などを請け合うのは「保証」、「保障」は地位や権利を守ること",
    fix: true,
    examples: [{ wrong: "製品の品質保障", right: "製品の品質保証" }],
    ok: ["製品の品質保証", "安全保障"],
  },
  {
    pattern: after("(?:損害|休業|災害)", "保障"),
    candidates: ["補償"],
    reason: "損失の埋め合わせは「補償」、「保障」は地位や権利を守ること",
    fix: true,
    examples: [{ wrong: "損害保障を行う", right: "損害補償を行う" }],
    ok: ["損害補償を行う", "社会保障"],
  },
  {
    pattern: "対称(?=者|外|範囲|事業者|分野|機関|組織|期間|地域|業種)",
    candidates: ["対象"],
    reason: "働きかけの相手は「対象」、「対称」は釣り合い",
    fix: true,
    examples: [
      { wrong: "対称事業者を拡大する", right: "対象事業者を拡大する" },
      { wrong: "支援の対称外となる", right: "支援の対象外となる" },
    ],
    ok: ["対象事業者を拡大する", "左右対称"],
  },
  {
    pattern: `対称(?<!(?:左右|線|点|面|非)対称)(?=と(?:な|す|し)|に(?:含|な|加))`,
    candidates: ["対象"],
    reason: "働きかけの相手は「対象」、「対称」は釣り合い",
    fix: false,
    examples: [{ wrong: "重要インフラ分野の対称となる事業者", right: "重要インフラ分野の対象となる事業者" }],
    ok: ["重要インフラ分野の対象となる事業者", "左右対称となる図形"],
  },
  {
    pattern: "対象(?=的)",
    candidates: ["対照", "対称"],
    reason: "「対象的」という語はない。際立つ違いは「対照的」、釣り合いは「対称的」",
    fix: false,
    examples: [{ wrong: "対象的な結果", right: "対照的な結果" }],
    ok: ["対照的な結果", "対称的な図形"],
  },
  {
    pattern: "確率(?=する|し[、てた]|され|させ|を(?:図|目指)|に向け)",
    candidates: ["確立"],
    reason: "しっかり定めるのは「確立」、「確率」は起こる見込みの度合い",
    fix: true,
    examples: [{ wrong: "対処体制を確率する", right: "対処体制を確立する" }],
    ok: ["対処体制を確立する", "発生する確率"],
  },
  {
    pattern: after("(?:体制|制度|支配|手法|仕組み?|枠組み?|地位|関係|基盤|ルール|規範|手順|方法|信頼)の", "確率"),
    candidates: ["確立"],
    reason: "しっかり定めるのは「確立」、「確率」は起こる見込みの度合い",
    fix: true,
    examples: [{ wrong: "サイバー空間における法の支配の確率", right: "サイバー空間における法の支配の確立" }],
    ok: ["サイバー空間における法の支配の確立", "攻撃の確率"],
  },
  {
    pattern: "確立(?=的|論|分布|変数)",
    candidates: ["確率"],
    reason: "起こる見込みの度合いは「確率」、「確立」はしっかり定めること",
    fix: true,
    examples: [{ wrong: "確立的に評価する", right: "確率的に評価する" }],
    ok: ["確率的に評価する", "体制の確立"],
  },
  {
    pattern: after("機密性(?:、|・|，|及び|と)[ 　]?完全性(?:、|・|，|及び|並びに|と|又は)[ 　]?", "可能性"),
    candidates: ["可用性"],
    reason: "情報セキュリティの三要素は機密性・完全性・可用性、可用性は Availability",
    fix: true,
    examples: [{ wrong: "機密性、完全性、可能性は情報セキュリティの三大要素と呼ばれている。", right: "機密性、完全性、可用性は情報セキュリティの三大要素と呼ばれている。" }],
    ok: ["機密性、完全性、可用性は情報セキュリティの三大要素と呼ばれている。", "被害が拡大する可能性がある。"],
  },
  {
    pattern: "気密性(?=(?:、|・|，|及び)(?:完全性|可用性))",
    candidates: ["機密性"],
    reason: "情報を守る性質は「機密性」、「気密性」は空気を通さないこと",
    fix: true,
    examples: [{ wrong: "情報の気密性、完全性及び可用性", right: "情報の機密性、完全性及び可用性" }],
    ok: ["建物の気密性"],
  },
  {
    pattern: "驚異(?:(?<=(?:サイバー|攻撃|テロ|安全保障上|セキュリティ上|新たな|深刻な|重大な|潜在的な)の?驚異)(?!的)|(?=に(?:対|備|さら)|への(?:対|備)|情報|インテリジェンス|を(?:及ぼ|与え)))",
    candidates: ["脅威"],
    reason: "危険・おそれは「脅威」、「驚異」は驚くべきこと",
    fix: true,
    examples: [
      { wrong: "サイバー攻撃の驚異に対処する", right: "サイバー攻撃の脅威に対処する" },
      { wrong: "新たな驚異への対応", right: "新たな脅威への対応" },
    ],
    ok: ["サイバー攻撃の脅威に対処する", "驚異的な速度"],
  },
  {
    pattern: after("情報(?:の|を)?", "収拾"),
    candidates: ["収集"],
    reason: "集めるのは「収集」、「収拾」は混乱をおさめること",
    fix: true,
    examples: [{ wrong: "テロ関連情報の収拾・分析", right: "テロ関連情報の収集・分析" }],
    ok: ["テロ関連情報の収集・分析", "事態の収拾"],
  },
  {
    pattern: after("(?:事態|混乱)(?:の|を)?", "収集"),
    candidates: ["収拾"],
    reason: "混乱をおさめるのは「収拾」、「収集」は集めること",
    fix: true,
    examples: [{ wrong: "事態の収集を図る", right: "事態の収拾を図る" }],
    ok: ["情報の収集を図る"],
  },
  {
    pattern: after("責任(?:の|を)", "追[求究]"),
    candidates: ["追及"],
    reason: "責任を問い詰めるのは「追及」",
    fix: true,
    examples: [{ wrong: "責任の追求", right: "責任の追及" }],
    ok: ["責任の追及", "利益の追求"],
  },
  {
    pattern: after("(?:利益|利潤|効率|利便性|理想)(?:の|を)", "追[及究]"),
    candidates: ["追求"],
    reason: "目的のものを追い求めるのは「追求」",
    fix: true,
    examples: [{ wrong: "利便性の追及", right: "利便性の追求" }],
    ok: ["利便性の追求"],
  },
  {
    pattern: after("(?:推進|向上|強化|充実|普及|確保|防止|改善|把握|周知|啓発|理解|育成|促進|解決|早期発見|情報収集|注視|警戒)に", "[務勤]め(?=[るてたま、])"),
    candidates: ["努め"],
    reason: "力を尽くすのは「努める」、「務める」は役目、「勤める」は勤務",
    fix: true,
    examples: [{ wrong: "普及啓発の推進に務める。", right: "普及啓発の推進に努める。" }],
    ok: ["普及啓発の推進に努める。", "議長を務める。"],
  },
  {
    pattern: after("(?:推進|強化|促進|充実|向上|連携|確保|改善|普及|定着|効率化|高度化|円滑化|実現|整備|底上げ|解決|防止|共有|活用|拡充|周知|徹底|一体化)を", "計(?=[らりるれろっ])"),
    candidates: ["図"],
    reason: "実現を目指すのは「図る」、「計る」は数や時間をはかること",
    fix: true,
    examples: [{ wrong: "関係機関との連携を計る。", right: "関係機関との連携を図る。" }],
    ok: ["関係機関との連携を図る。", "時間を計る。"],
  },
  {
    pattern: "普段(?=の(?:見直し|努力|改善|取組|検証|点検))",
    candidates: ["不断"],
    reason: "絶え間ないことは「不断」、「普段」は日頃",
    fix: true,
    examples: [{ wrong: "普段の見直しを行う", right: "不断の見直しを行う" }],
    ok: ["不断の見直しを行う", "普段の業務"],
  },
  {
    pattern: "意志(?=決定)",
    candidates: ["意思"],
    reason: "法令・行政の用語は「意思決定」、「意志」は積極的な意欲",
    fix: true,
    examples: [{ wrong: "迅速な意志決定", right: "迅速な意思決定" }],
    ok: ["迅速な意思決定", "強い意志"],
  },
  {
    pattern: "見当(?=する|し[、てた]|され|を(?:行|進|加|重)|中|結果)",
    candidates: ["検討"],
    reason: "調べて考えるのは「検討」、「見当」は見込み",
    fix: true,
    examples: [{ wrong: "必要な措置を見当する", right: "必要な措置を検討する" }],
    ok: ["必要な措置を検討する", "見当をつける"],
  },
  {
    pattern: after("(?:ガイドライン|資料|計画|報告書|文書|マニュアル|手引き?|方針|基準|指針|規程|要領|リスト|一覧)(?:の|を)?", "作製"),
    candidates: ["作成"],
    reason: "文書や計画は「作成」、「作製」は物品を作ること",
    fix: true,
    examples: [{ wrong: "ガイドラインを作製する", right: "ガイドラインを作成する" }],
    ok: ["ガイドラインを作成する", "部品を作製する"],
  },
  {
    pattern: "適性(?=な(?:管理|運用|処理|取扱い?|実施|価格|水準|評価|手続|執行|確保|対応|利用|規模)|化)",
    candidates: ["適正"],
    reason: "適切で正しいことは「適正」、「適性」は向き不向き",
    fix: true,
    examples: [{ wrong: "個人情報の適性な取扱い", right: "個人情報の適正な取扱い" }],
    ok: ["個人情報の適正な取扱い", "適性に応じた配置"],
  },
  {
    pattern: "適正(?=検査|試験)",
    candidates: ["適性"],
    reason: "向き不向きを見るのは「適性」、「適正」は適切で正しいこと",
    fix: true,
    examples: [{ wrong: "適正検査を実施する", right: "適性検査を実施する" }],
    ok: ["適性検査を実施する", "適正な価格"],
  },
  {
    pattern: "専問",
    candidates: ["専門"],
    reason: "「専問」という語はない",
    fix: true,
    examples: [{ wrong: "専問家の知見", right: "専門家の知見" }],
    ok: ["専門家の知見"],
  },
  {
    pattern: "衆知(?=する|し[、てた]|され|を図|徹底|の(?:徹底|ため))",
    candidates: ["周知"],
    reason: "広く知らせるのは「周知」、「衆知」は多くの人の知恵",
    fix: true,
    examples: [{ wrong: "関係者に衆知する", right: "関係者に周知する" }],
    ok: ["関係者に周知する", "衆知を集める"],
  },
  {
    pattern: after("(?:推進|実施|監視|協力|連携|支援|管理|運用|対応|相談|対処|警戒|即応|防御|受入れ|受け入れ)", "体勢"),
    candidates: ["体制", "態勢"],
    reason: "組織の仕組みは「体制」、身構えは「態勢」、「体勢」は体の構え",
    fix: false,
    examples: [{ wrong: "推進体勢を整備する", right: "推進体制を整備する" }],
    ok: ["推進体制を整備する", "警戒態勢"],
  },
  {
    pattern: "進入(?:(?<=(?:不正|システムへの|ネットワークへの|サーバへの|サーバーへの)進入)|(?=検知|テスト))",
    candidates: ["侵入"],
    reason: "不正に入り込むのは「侵入」、「進入」は進んで入ること",
    fix: true,
    examples: [{ wrong: "不正進入を検知する", right: "不正侵入を検知する" }],
    ok: ["不正侵入を検知する", "車両の進入禁止"],
  },
  {
    pattern: "標的形(?=攻撃|メール)",
    candidates: ["標的型"],
    reason: "用語は「標的型攻撃」",
    fix: true,
    examples: [{ wrong: "標的形攻撃への対策", right: "標的型攻撃への対策" }],
    ok: ["標的型攻撃への対策"],
  },
  {
    pattern: "暗合(?=化|鍵|技術|方式|アルゴリズム|モジュール|通信)",
    candidates: ["暗号"],
    reason: "「暗合」は偶然の一致、ここは「暗号」",
    fix: true,
    examples: [{ wrong: "暗合技術の研究開発", right: "暗号技術の研究開発" }],
    ok: ["暗号技術の研究開発"],
  },
  {
    pattern: "不振(?=な(?:メール|通信|アクセス|挙動|人物|点|動作|ファイル|サイト|プログラム))",
    candidates: ["不審"],
    reason: "疑わしいことは「不審」、「不振」は勢いがないこと",
    fix: true,
    examples: [{ wrong: "不振なメールを開封しない", right: "不審なメールを開封しない" }],
    ok: ["不審なメールを開封しない", "業績不振"],
  },
  {
    pattern: "初期(?=の目的)",
    candidates: ["所期"],
    reason: "はじめに期待した目的は「所期の目的」",
    fix: false,
    examples: [{ wrong: "初期の目的を達成する", right: "所期の目的を達成する" }],
    ok: ["所期の目的を達成する"],
  },
];
