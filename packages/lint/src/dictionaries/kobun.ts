/**
 * Built-in dictionary `kobun`: 公用文 conventions whose preferred form is settled
 * by 「公用文における漢字使用等について」（平成22年内閣訓令第1号）, the 常用漢字表
 * (2010) and 「公用文作成の考え方」（2022年 文化審議会建議）. Data in prh's shape,
 * compiled by the same code as a user's prh.yml; every entry carries specs that
 * the tests run.
 *
 * Only what a 内閣官房 editor would change without hesitation is here. Where the
 * form depends on meaning, the pattern carries the context that decides it (「尚」
 * only as the sentence-initial conjunction 「尚、」, never in 時期尚早), or the
 * entry is `fix: false` (a suggestion). Spelling pairs that are house style
 * (サーバ/サーバー) are not here: `no-orthographic-variants` handles them per
 * document, and a user dictionary can impose them.
 */
import type { PrhRawRule } from "../terms/compile-prh.js";

// A lookbehind written first makes the regexp engine try it at every position of
// the document; written after the word it is only tried where the word occurs
// (ten times faster on the seed). `word` must be a plain string here.
/** `word` where `before` matches just before it. */
function after(before: string, word: string): string {
  return `${word}(?<=${before}${word})`;
}
/** `word` where `before` does not match just before it. */
function notAfter(before: string, word: string): string {
  return `${word}(?<!${before}${word})`;
}
/** A conjunction not inside another word: no hiragana before it (おおよび, ままたは), except after こと/もの. */
function conjunction(word: string): string {
  return `${word}(?:(?<![ぁ-ゖ]${word})|(?<=(?:こと|もの)${word}))`;
}
/** At the start of a sentence or paragraph (the joined text has "\n" between paragraphs). */
function sentenceStart(word: string): string {
  return notAfter("[^。．\\n]", word);
}

export const kobunRules: readonly PrhRawRule[] = [
  // ── 送り仮名: 名詞「取組」、動詞「取り組む」 ──
  {
    expected: "取り組$1",
    pattern: "/取組(む|ま(?=[なずれせ])|め(?=[るばなた])|ん(?=[でだ]))/",
    prh: "動詞は送り仮名を付けて「取り組む」、名詞だけが「取組」",
    specs: [
      { from: "技術共有等に取組む。", to: "技術共有等に取り組む。" },
      { from: "連携して取組んでいる", to: "連携して取り組んでいる" },
      { from: "課題に取組まなければならない", to: "課題に取り組まなければならない" },
      { from: "政府一体となって取組める", to: "政府一体となって取り組める" },
      { from: "取組の推進", to: "取組の推進" },
    ],
  },
  {
    expected: "取り組み",
    pattern: "/取組み(?=ま[すせし]|た[いかく]|つつ|ながら|やす|にく)/",
    prh: "動詞は送り仮名を付けて「取り組み」、名詞だけが「取組」",
    specs: [
      { from: "重点的に取組みます", to: "重点的に取り組みます" },
      { from: "課題に取組みつつ", to: "課題に取り組みつつ" },
    ],
  },
  {
    expected: "取組",
    pattern: "/取組み(?=[をがはのへやとも」』）)。]|に(?!く)|$)/",
    prh: "公用文では名詞は送り仮名を省いて「取組」",
    specs: [
      { from: "国民・社会を守るための取組み", to: "国民・社会を守るための取組" },
      { from: "等における取組みに関する記述", to: "等における取組に関する記述" },
      { from: "多層防御の取組みを引き続き推進する。", to: "多層防御の取組を引き続き推進する。" },
      { from: "課題に取組み、", to: "課題に取組み、" },
      { from: "取組みにくい", to: "取組みにくい" },
    ],
  },
  {
    expected: "取組",
    pattern: "/取り組み(?=[をがはのへや]|に(?!く))/",
    prh: "公用文では名詞は送り仮名を省いて「取組」",
    specs: [
      { from: "庁などと連携した取り組みが必要", to: "庁などと連携した取組が必要" },
      { from: "金融庁主導の取り組みを明記する", to: "金融庁主導の取組を明記する" },
      { from: "課題に取り組み、基礎研究から", to: "課題に取り組み、基礎研究から" },
      { from: "取り組みにくい課題", to: "取り組みにくい課題" },
    ],
  },

  // ── 接続詞: 及び・並びに・又は・若しくは は漢字、その他は仮名 ──
  {
    expected: "及び",
    pattern: `/${conjunction("および")}/`,
    prh: "公用文では接続詞「及び」は漢字で書く",
    specs: [
      { from: "参加金融機関および金融業界全体", to: "参加金融機関及び金融業界全体" },
      { from: "防御および検出", to: "防御及び検出" },
      { from: "多岐におよび", to: "多岐におよび" },
    ],
  },
  {
    expected: "又は",
    pattern: `/${conjunction("または")}(?!じめ)/`,
    prh: "公用文では接続詞「又は」は漢字で書く",
    specs: [
      { from: "サーバまたはネットワーク機器", to: "サーバ又はネットワーク機器" },
      { from: "一人または複数人", to: "一人又は複数人" },
      { from: "ことまたは", to: "こと又は" },
      { from: "これもまたは", to: "これもまたは" },
    ],
  },
  {
    expected: "並びに",
    pattern: `/${conjunction("ならびに")}/`,
    prh: "公用文では接続詞「並びに」は漢字で書く",
    specs: [{ from: "研修のための拠点ならびにリソース", to: "研修のための拠点並びにリソース" }],
  },
  {
    expected: "若しくは",
    pattern: `/${conjunction("もしくは")}/`,
    prh: "公用文では接続詞「若しくは」は漢字で書く",
    specs: [{ from: "サーバもしくはブロックチェーン網", to: "サーバ若しくはブロックチェーン網" }],
  },
  {
    expected: "かつ",
    pattern: "且つ",
    prh: "公用文では接続詞「かつ」は仮名で書く",
    specs: [{ from: "多角的且つ隙のない", to: "多角的かつ隙のない" }],
  },
  {
    expected: "ただし",
    pattern: "但し",
    prh: "公用文では接続詞「ただし」は仮名で書く",
    specs: [{ from: "但し、この場合は", to: "ただし、この場合は" }],
  },
  {
    expected: "なお",
    pattern: `/${sentenceStart("尚")}(?=[、，])/`,
    prh: "公用文では文頭の接続詞「なお」は仮名で書く",
    specs: [
      { from: "実施する。尚、利用者は", to: "実施する。なお、利用者は" },
      { from: "時期尚早、", to: "時期尚早、" },
    ],
  },
  {
    expected: "また",
    pattern: `/${sentenceStart("又")}(?=[、，])/`,
    prh: "公用文では文頭の接続詞「また」は仮名で書く",
    specs: [
      { from: "推進する。又、情報セキュリティ", to: "推進する。また、情報セキュリティ" },
      { from: "内閣官房又は関係省庁", to: "内閣官房又は関係省庁" },
    ],
  },
  {
    expected: "したがって",
    pattern: `/${sentenceStart("従って")}(?=[、，])/`,
    prh: "公用文では文頭の接続詞「したがって」は仮名で書く",
    specs: [
      { from: "考えております。従って、ITパスポートを", to: "考えております。したがって、ITパスポートを" },
      { from: "CCに従って規定", to: "CCに従って規定" },
    ],
  },

  // ── 補助動詞・形式的な語は仮名 ──
  {
    expected: "くださ",
    pattern: `/${after("[てで]", "下さ")}(?=[いるっれ])/`,
    prh: "公用文では補助動詞「…てください」は仮名で書く",
    specs: [{ from: "確認して下さい", to: "確認してください" }],
  },
  {
    expected: "いただ",
    pattern: `/${after("[てで]", "頂")}(?=[かきくけこい])/`,
    prh: "公用文では補助動詞「…ていただく」は仮名で書く",
    specs: [
      { from: "協力して頂く", to: "協力していただく" },
      { from: "山頂に", to: "山頂に" },
    ],
  },
  {
    expected: "でき",
    pattern: "/出来(?=る|な[いく]|ず|ま[すせし]|れ[ばる])/",
    prh: "公用文では可能の意味の「できる」は仮名で書く",
    specs: [
      { from: "地方公共団体自らが実施出来るよう", to: "地方公共団体自らが実施できるよう" },
      { from: "把握出来ない", to: "把握できない" },
      { from: "出来高", to: "出来高" },
      { from: "出来事", to: "出来事" },
    ],
  },
  {
    expected: "あ$1",
    pattern: "/有(る|り(?=得|ま[すせし]))/",
    prh: "公用文では「ある」は仮名で書く",
    specs: [
      { from: "問題が有る", to: "問題がある" },
      { from: "起こり有り得る", to: "起こりあり得る" },
      { from: "有効な", to: "有効な" },
    ],
  },
  {
    expected: "ない",
    pattern: "無い",
    prh: "公用文では「ない」は仮名で書く",
    specs: [
      { from: "多角的かつ隙の無い情報収集", to: "多角的かつ隙のない情報収集" },
      { from: "無人", to: "無人" },
    ],
  },
  {
    expected: "とともに",
    pattern: `/${after("[うくぐすつぬぶむるただ]", "と共に")}/`,
    prh: "公用文では「…するとともに」は仮名で書く",
    specs: [
      { from: "中小事業者へ拡大すると共に、継続的に", to: "中小事業者へ拡大するとともに、継続的に" },
      { from: "構築・強化していくと共に、", to: "構築・強化していくとともに、" },
      { from: "関係機関と共に取り組む", to: "関係機関と共に取り組む" },
    ],
  },
  {
    expected: "ため",
    pattern: `/${after("(?:[のるたい]|こと|もの)", "為")}(?=[にのだ、。]|$)/`,
    prh: "公用文では形式名詞「ため」は仮名で書く",
    specs: [
      { from: "その為の、決済端末", to: "そのための、決済端末" },
      { from: "対処する為に", to: "対処するために" },
      { from: "不正アクセス行為の禁止", to: "不正アクセス行為の禁止" },
      { from: "行為に", to: "行為に" },
    ],
  },
  {
    expected: "よう",
    pattern: `/${after("[のるた]", "様")}(?=[なにだで])/`,
    prh: "公用文では「…のように」の「よう」は仮名で書く",
    specs: [
      { from: "以下の様な取組", to: "以下のような取組" },
      { from: "実施できる様に", to: "実施できるように" },
      { from: "同様に", to: "同様に" },
      { from: "多様な主体", to: "多様な主体" },
    ],
  },
  {
    expected: "こと",
    pattern: `/${after("[るたい]", "事")}(?=[がをはにでも]|$)/`,
    prh: "公用文では形式名詞「こと」は仮名で書く。実質的な意味の「事」なら漢字のまま",
    fix: false,
    specs: [
      { from: "実施する事が重要", to: "実施することが重要" },
      { from: "新たな事業", to: "新たな事業" },
      { from: "関係する事業者", to: "関係する事業者" },
    ],
  },

  // ── 常用漢字表にない訓・字は仮名で書く ──
  {
    expected: "まで",
    pattern: "迄",
    prh: "「迄」は常用漢字表にない字。「まで」と書く",
    specs: [{ from: "2020年迄に", to: "2020年までに" }],
  },
  {
    expected: "ごと",
    pattern: `/${after("[一-龠々ァ-ヶー]", "毎")}(?=[にの])/`,
    prh: "「毎」を「ごと」と読むのは常用漢字表にない訓",
    specs: [
      { from: "安全基準等の改善状況を年度毎に調査し", to: "安全基準等の改善状況を年度ごとに調査し" },
      { from: "毎年２月に", to: "毎年２月に" },
    ],
  },
  {
    expected: "ほとんど",
    pattern: "殆ど",
    prh: "「殆」は常用漢字表にない字。「ほとんど」と書く",
    specs: [{ from: "殆どの組織", to: "ほとんどの組織" }],
  },
  {
    expected: "あらかじめ",
    pattern: "予め",
    prh: "「予め」は常用漢字表にない訓。「あらかじめ」と書く",
    specs: [{ from: "予め定めた手順", to: "あらかじめ定めた手順" }],
  },
  {
    expected: "おおむね",
    pattern: "概ね",
    prh: "「概ね」は常用漢字表にない訓。「おおむね」と書く",
    specs: [{ from: "概ね達成した", to: "おおむね達成した" }],
  },
  {
    expected: "なぜ",
    pattern: "何故",
    prh: "「何故」は常用漢字表にない読み。「なぜ」と書く",
    specs: [{ from: "何故必要か", to: "なぜ必要か" }],
  },
  {
    expected: "お$1",
    pattern: "/於(いて|ける)/",
    prh: "「於」は常用漢字表にない字。「において」「における」と書く",
    specs: [{ from: "政府に於ける取組", to: "政府における取組" }],
  },
  {
    expected: "もって",
    pattern: "/以っ?て/",
    prh: "「以て」は常用漢字表にない訓。「もって」と書く",
    specs: [{ from: "本日を以て終了する", to: "本日をもって終了する" }],
  },
  {
    expected: "脆弱",
    pattern: "ぜい弱",
    prh: "「脆」は2010年に常用漢字表に入った字。交ぜ書きにせず「脆弱」と書く",
    specs: [{ from: "システムに対するぜい弱性試験を実施する。", to: "システムに対する脆弱性試験を実施する。" }],
  },
  {
    expected: "危惧",
    pattern: "危ぐ",
    prh: "「惧」は2010年に常用漢字表に入った字。交ぜ書きにせず「危惧」と書く",
    specs: [{ from: "危ぐされる", to: "危惧される" }],
  },
  {
    expected: "破綻",
    pattern: "破たん",
    prh: "「綻」は2010年に常用漢字表に入った字。交ぜ書きにせず「破綻」と書く",
    specs: [{ from: "経営破たん", to: "経営破綻" }],
  },
  {
    expected: "進捗",
    pattern: "進ちょく",
    prh: "「捗」は2010年に常用漢字表に入った字。交ぜ書きにせず「進捗」と書く",
    specs: [{ from: "進ちょく状況", to: "進捗状況" }],
  },
  {
    expected: "払拭",
    pattern: "払しょく",
    prh: "「拭」は2010年に常用漢字表に入った字。交ぜ書きにせず「払拭」と書く",
    specs: [{ from: "不安を払しょくする", to: "不安を払拭する" }],
  },

  // ── 常用漢字表にある訓は漢字で書く ──
  {
    // Only after 〈漢字〉り: the stem of a compound verb (作り, 盛り, 取り). After kana
    // the kana may be a particle (「昨年よりこまめに」), and こぼす, こもる are other verbs.
    expected: "$1込$2",
    pattern: "/([\u4e00-\u9fff]り)こ(ま(?=[なずれせさ])|み|む|め(?=[るばなたよ])|ん(?=[でだ]))/",
    prh: "「込む」は常用漢字表の訓。複合動詞の「…込む」は漢字で書く（盛り込む、作り込む）",
    specs: [
      { from: "脆弱性を作りこまないコーディング手法", to: "脆弱性を作り込まないコーディング手法" },
      { from: "考え方を盛りこむとともに", to: "考え方を盛り込むとともに" },
      { from: "情報を取りこみ、分析する", to: "情報を取り込み、分析する" },
      { from: "割りこんだ通信", to: "割り込んだ通信" },
      { from: "昨年よりこまめに確認する", to: "昨年よりこまめに確認する" },
      { from: "取りこぼしを防ぐ", to: "取りこぼしを防ぐ" },
    ],
  },

  // ── 副詞は漢字で書く ──
  {
    expected: "既に",
    pattern: "すでに",
    prh: "公用文では副詞「既に」は漢字で書く",
    specs: [{ from: "すでに実施している", to: "既に実施している" }],
  },
  {
    expected: "直ちに",
    pattern: "ただちに",
    prh: "公用文では副詞「直ちに」は漢字で書く",
    specs: [{ from: "ただちに報告する", to: "直ちに報告する" }],
  },
  {
    expected: "極めて",
    pattern: "きわめて",
    prh: "公用文では副詞「極めて」は漢字で書く",
    specs: [{ from: "きわめて重要", to: "極めて重要" }],
  },
  {
    expected: "全て",
    pattern: "すべて",
    prh: "公用文では「全て」は漢字で書く",
    specs: [{ from: "原則のすべてが含まれている", to: "原則の全てが含まれている" }],
  },
];
