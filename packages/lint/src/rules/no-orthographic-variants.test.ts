import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { assertFixesStayInsideFindings, lintWithRule, runRuleTests, WIDTH_AND_SPELLING_FRAGMENTS } from "../../test/rule-tester.js";
import { noOrthographicVariants } from "./no-orthographic-variants.js";

// Sentences of the seed (cybersecurity-2017-draft.txt) and near variants of them.
const CENTER = "国立情報学研究所サイバーセキュリティ研究センターと連携する。内閣サイバーセキュリティセンターにおいて実施する。";
const DATA_CENTER = "クラウド上のデータセンタに蓄積されたデータを、分析して新たな価値を生み出す。";
const TORIKUMI = "関係府省庁の取組を支援する。各府省庁の取組を推進する。";
/** The plan's two 「Internet of Things」 (overview note and glossary row). */
const IOT = "※１：Internet of Thingsの略\n IoT Internet of Thingsの略。あらゆるモノがインターネットを通じてつながる。\n";
/** The glossary row of IoT's wider sense: the PDF line ends with a space after 「Internet Of」, so the paragraph ends there. */
const IOT_WIDER = "災等の多様な分野のサービスを実現するなど。より広義の概念でIoT（Internet Of \n\nThings）と呼ばれることもある。 \n";
/** 「JVNiPedia」 in the body and as a glossary headword. */
const JVNIPEDIA = "「JVNiPedia」（脆弱性対策情報データベース）や「MyJVN」などを通じて利用者に提供する。\n JVNiPedia IPAが運営する脆弱性情報データベース。 \n";
/** The glossary row of MyJVN: the headword runs into its definition, which names 「JVN iPedia」. */
const MYJVN = " MyJVN JVN iPedia で配布されている脆弱性チェックツール。PCのソフトウェアが最新か、セキ\n\nュリティ設定に問題がないか等を確認する。 \n";

runRuleTests(noOrthographicVariants, {
  valid: [
    {
      name: "inside a longer compound the okurigana is left out by custom (通則7): 取扱状況 beside 取扱い is no variant",
      text: "個人情報の取扱いを定める。個人データの取扱状況に応じて、取扱いの方法を見直す。取扱いに注意する。",
    },
    { name: "the noun 取組 and the verb 取り組む/取り組み、 are different words", text: `課題に取り組み、基礎研究から実用化・事業化まで取り組む。${TORIKUMI}` },
    { name: "one spelling only", text: `${CENTER}データセンターに蓄積されたデータ。` },
    {
      name: "a katakana word wrapped by the PDF (センタ / blank line / ー) is one word",
      text: "国立情報学研究所の研究センターと連携する。内閣サイバーセキュリティセンタ\n\nーにおいて実施する。",
    },
    {
      name: "CRLF: a wrapped katakana word is still one word",
      text: "国立情報学研究所の研究センターと連携する。内閣サイバーセキュリティセンタ\r\n\r\nーにおいて実施する。",
    },
    { name: "a tie without a 公用文 rule proposes nothing", text: "各国との枠組を継続する。二国間協議等の枠組みを通じ、連携する。" },
    { name: "受付 (noun) and 受け付ける (verb) are different words", text: "IPA（受付機関）とJPCERT/CC（調整機関）が連携する。情報セキュリティ対策の相談を受け付ける体制を充実させる。" },
    { name: "「…を始めた」 is the verb and 「はじめに」 a heading, not 「…をはじめ」", text: "はじめに\n新たな事業を始めた。関係省庁をはじめとする機関と連携する。NISCをはじめとする政府機関。調査を始める。" },
    { name: "「にかかる費用」 is 掛かる, 「にかかる患者」 罹る: not 「に係る」", text: "制度に係る評価。監視に係る体制。運用にかかる費用を見積もる。感染症にかかる患者。整備にかかる時間。" },
    { name: "「にかかわらず」 is not 「関わる」", text: "本書の記載にかかわらず、脆弱性の検出とその調整に関わる取組を行う。" },
    {
      name: "「1人当たり」, 「差し当たって」, 「行き当たり」 are other words than 「…に当たって」",
      text: "施策の推進に当たっては連携する。1人当たりの費用。差し当たって情報交換を行う。行き当たりばったり。日当たりのよい部屋。",
    },
    { name: "「部分から」, 「自分から」 hold 分から but are not 分かる", text: "内容が分かりやすい。ある部分から見る。自分から申し出る。多くの職員がいわかりを…" },
    { name: "「位置付け」 only as a whole word: 「名付け」, 「受付」, 「位置情報」 are others", text: "施策を位置付ける。名付け親。受付窓口。位置情報を付ける。義務付けられる。" },
    { name: "更なる alone: 「更に」 is another word (its own group)", text: "更なる検討を行う。さらに、検討を行う。更なる普及を図る。" },
    { name: "接続詞 さらに、 and 副詞 更に are both 公用文", text: "さらに、能動的な脆弱性の検出を行う。不正アクセス防止対策を更に推進する。" },
    { name: "変更に is not 更に", text: "計画の変更に伴い、さらに、対策を強化する。" },
    { name: "「国民と共に」 is the adverb, not 「とともに」", text: "国民と共に取り組む。対策を強化するとともに、連携する。" },
    { name: "ALL CAPS in a name is typography", text: "NATIONAL 318(CYBER) EKIDENを実施する。National Institute of Informaticsと連携する。" },
    {
      name: "a quoted title keeps the other document's spelling: not counted, not reported",
      text: "「世界最先端ＩＴ国家創造宣言・官民データ活用推進基本計画」（平成29年5月30日閣議決定）を踏まえ、IT人材の育成とIT投資を進める。",
    },
    {
      name: "quoted titles do not vote: two quoted ＩＴ do not outvote the plan's one IT",
      text: "「ＩＴ新改革戦略」（2006年１月19日決定）及び「ＩＴ政策パッケージ」（2005年２月24日決定）を踏まえ、IT人材を育成する。",
    },
    { name: "ordinary English words differ between names", text: "Organisation for Economic Co-operation and Development（OECD）。Asia-Pacific Economic Cooperation（APEC）。APEC（Asia-Pacific Economic Cooperation）。" },
    { name: "a word capitalised at the start is not a case variant", text: "Security by Designの考え方。security patchの適用。" },
    {
      name: "a lower-case noun in prose is not a case variant of a capitalised name",
      text: "CSMS Cyber Security Management Systemの略。J-CSIP Initiative for Cyber Security Information sharing Partnership of Japanの略。サイバーセキュリティ cyber security の訳語。",
    },
    { name: "ALL CAPS inside a name is typography, also for two words of it", text: "Cyber EKIDEN 2017を実施する。National Cyber Ekidenの参加者。National Cyber Ekidenの結果。NATIONAL CYBER EKIDENの開催。" },
    {
      name: "seed: a content word's capital differs between two official names (ISAC's 「Information Sharing」, J-CSIP's 「Information sharing」)",
      text: " ISAC Information Sharing and Analysis Centerの略。\n各分野のInformation Sharing and Analysis Centerと連携する。\n J-CSIP Initiative for Cyber Security Information sharing Partnership of Japanの略。",
    },
    { name: "a name and prose: 「IT Security Policy」 beside 「IT security」", text: "IT Security Policyの策定。IT Security Policyの改定。ITセキュリティ IT security の訳語。" },
    {
      name: "seed: two words are compared with a one-word spelling only when they are exactly its letters (APCERT's Asia Pacific, APEC's Asia-Pacific)",
      text: " APCERT Asia Pacific Computer Emergency Response Teamの略。\n APEC Asia-Pacific Economic Cooperationの略（エイペック）。\n APT Asia-Pacific Telecommunityの略。",
    },
    {
      name: "seed: names that differ in more than spacing (Cyber Security / Cybersecurity) are not spacing variants",
      text: "J-CSIP Initiative for Cyber Security Information sharing Partnership of Japanの略。NISC National center of Incident readiness and Strategy for Cybersecurityの略。Strategy for Cybersecurityを参照。",
    },
    { name: "two words that only begin a one-word spelling are not compared with it", text: `${MYJVN.replace("JVN iPedia", "JVN iPediaTool")}${JVNIPEDIA}` },
    {
      name: "public comments are other people's words: neither counted nor reported",
      text: [
        "はじめに",
        "内閣サイバーセキュリティセンターにおいて実施する。研究センターと連携する。",
        "参考 用語解説",
        "CSIRT Computer Security Incident Response Teamの略。",
        "「サイバーセキュリティ2017（案）」に対する意見募集の結果一覧 資料１－４",
        "データセンタの安全対策を求める意見。",
      ].join("\n"),
    },
  ],
  invalid: [
    {
      name: "「…に係る」 written in kana once beside the kanji majority (seed 497: 認証制度にかかる評価)",
      text: "認証制度にかかる評価・検討を行う。安全基準に係る指針。情報共有に係る調査。監視に係る体制。",
      errors: [{ messageId: "variant", at: "かかる", data: { preferred: "係る" } }],
    },
    {
      name: "seed answers: 「…にあたって」 beside the body's 「…に当たって」: 公用文 writes 当たる in kanji, whatever the majority",
      text: "推進するに当たっては、連携する。\n監査の実施に当たっては、計画する。\nご意見については、今後の施策の検討にあたって参考にさせていただきます。\nこの行動計画に基づく施策を推進するにあたり、参考にさせていただきます。\n施策の推進にあたって参考にさせていただきます。",
      style: "official",
      errors: [
        { messageId: "variant", at: "あたっ", data: { preferred: "当たっ", foundCount: 3, preferredCount: 2, advice: "公用文では「当たっ」と書きます。" } },
        { messageId: "variant", at: "あたり" },
        { messageId: "variant", at: "あたっ", occurrence: 2 },
      ],
    },
    {
      name: "data management guidebook (general): the majority 「に当たり」 decides; 「1件当たり」 does not vote",
      text: "実施計画を策定するに当たり、目指す姿を定義します。課題の抽出に当たっては比較します。実際に施策を実施するにあたり、目標を反映します。1件当たりの費用です。",
      style: "general",
      errors: [{ messageId: "variant", at: "あたり", data: { preferred: "当たり", advice: "多い方の「当たり」に揃えることを検討してください。" } }],
    },
    {
      name: "seed: 「さらなる」 twice beside 「更なる」 fourteen times (連体詞; the majority decides)",
      text: "現状の把握を行い、さらなるサイバーセキュリティ対策の推進に関する検討を行う。下請ガイドラインの更なる浸透を図る。ITPECの更なる定着を図る。コミュニティの更なる活性化を図る。",
      errors: [{ messageId: "variant", at: "さらなる", data: { preferred: "更なる", foundCount: 1, preferredCount: 3 } }],
    },
    {
      name: "PPC 基本方針: 「わかりやすく」 beside 「分かりやすく」 (a tie): 公用文 writes 分かる",
      text: "それらをわかりやすく、丁寧に説明することが重要になる。広く住民一般に分かりやすく、なじみやすい対応が求められる。",
      style: "official",
      errors: [{ messageId: "variant", at: "わかりやす", data: { preferred: "分かりやす", advice: "公用文では「分かりやす」と書きます。" } }],
    },
    {
      name: "「位置づけ」 beside 「位置付け」 in 公用文 (made up, seed wording), across a surrogate pair",
      text: "𠮷野町の施策を保安規制として位置付けることや、将来的な位置づけを検討する。",
      style: "official",
      errors: [{ messageId: "variant", at: "位置づ", data: { preferred: "位置付" } }],
    },
    {
      name: "「…を始め」 and 「…をはじめ」 in one document, across CRLF",
      text: "統一基準群を始めとした規程。\r\n関係省庁をはじめとする機関。\r\nNISCをはじめとする政府機関。\r\n𠮷野町をはじめ、各地域で実施する。",
      errors: [{ messageId: "variant", at: "始め", data: { preferred: "はじめ" } }],
    },
    {
      name: "a general document: the majority decides, not 公用文, and the advice does not cite 公用文 (data management guidebook)",
      text: "目指すべき姿や効果に繋がらない恐れがあるため、慎重に検討します。関与に繋げることができます。成果につながります。改善につなげます。次の取組につなげます。",
      style: "general",
      errors: [
        { messageId: "variant", at: "繋が", data: { preferred: "つなが", advice: "多い方の「つなが」に揃えることを検討してください。" } },
        { messageId: "variant", at: "繋げ" },
      ],
    },
    {
      name: "a general document whose majority is the non-公用文 form is told to keep its majority",
      text: "ネットワークに繋がれた機器。対策強化に繋げる。効果に繋がる。改善に繋げる。「友人の友人」といったつながりを通じて",
      style: "general",
      errors: [{ messageId: "variant", at: "つなが", data: { preferred: "繋が", advice: "多い方の「繋が」に揃えることを検討してください。" } }],
    },
    {
      name: "the same text as 公用文 follows 公用文 (「繋」 is not in the 常用漢字表)",
      text: "ネットワークに繋がれた機器。対策強化に繋げる。効果に繋がる。改善に繋げる。「友人の友人」といったつながりを通じて",
      style: "official",
      errors: [
        { messageId: "variant", at: "繋が" },
        { messageId: "variant", at: "繋げ" },
        { messageId: "variant", at: "繋が", occurrence: 2 },
        { messageId: "variant", at: "繋げ", occurrence: 2 },
      ],
    },
    {
      name: "seed: データセンタ beside センター, also inside compounds",
      text: `${CENTER}${DATA_CENTER}`,
      errors: [{ messageId: "variantInWord", at: "データセンタ", data: { found: "センタ", foundCount: 1, preferredCount: 2 }, suggestions: [`${CENTER}${DATA_CENTER.replace("データセンタ", "データセンター")}`] }],
      output: null,
    },
    {
      name: "CRLF and a wrapped センター still count",
      text: `国立情報学研究所サイバーセキュリティ研究センターと連携する。\r\n内閣サイバーセキュリティセンタ\r\n\r\nーにおいて実施する。\r\n${DATA_CENTER}`,
      errors: [{ messageId: "variantInWord", at: "データセンタ", data: { foundCount: 1, preferredCount: 2 } }],
    },
    {
      name: "a surrogate pair before the finding keeps offsets right",
      text: `𠮷野家の${DATA_CENTER}${CENTER}`,
      errors: [{ messageId: "variantInWord", at: "データセンタ", suggestions: [`𠮷野家の${DATA_CENTER.replace("データセンタ", "データセンター")}${CENTER}`] }],
    },
    {
      name: "seed: the noun 取り組み where the plan writes 取組 (公用文)",
      text: `ソフトウェアの国際標準化の取り組みを進める。${TORIKUMI}`,
      errors: [
        {
          messageId: "variant",
          at: "取り組み",
          data: { found: "取り組み", foundCount: 1, preferred: "取組", preferredCount: 2 },
          suggestions: [`ソフトウェアの国際標準化の取組を進める。${TORIKUMI}`],
        },
      ],
    },
    {
      name: "a noun wrapped over a blank line keeps its line break in the suggestion",
      text: `ソフトウェアの国際標準化の取り\n\n組みを進める。${TORIKUMI}`,
      errors: [{ messageId: "variant", at: "取り\n\n組み", suggestions: [`ソフトウェアの国際標準化の取\n\n組を進める。${TORIKUMI}`] }],
    },
    {
      name: "seed: the verb 取組む where the plan writes 取り組む",
      text: "技術共有等に取組む。関係機関と連携して取り組む。一体となって取り組む。",
      errors: [{ messageId: "variant", at: "取組む", data: { preferred: "取り組む", foundCount: 1, preferredCount: 2 }, suggestions: ["技術共有等に取り組む。関係機関と連携して取り組む。一体となって取り組む。"] }],
    },
    {
      name: "seed: 組込 beside 組込み (majority)",
      text: "我が国企業が組込みソフトウェア等を開発する。組込みシステム等における安全性。ユビキタス、組込システム、各種センサー",
      errors: [{ messageId: "variant", at: "組込", occurrence: 3, data: { preferred: "組込み" } }],
    },
    {
      name: "seed: Ｇ７ beside G7 (width of a word)",
      text: "G7伊勢志摩サイバーグループを含め、G7各国との政策協調を進める。「Ｇ７伊勢志摩サイバーグループ」を含め、連携する。",
      errors: [{ messageId: "variant", at: "Ｇ７", data: { kind: "全角・半角" }, suggestions: ["G7伊勢志摩サイバーグループを含め、G7各国との政策協調を進める。「G7伊勢志摩サイバーグループ」を含め、連携する。"] }],
    },
    {
      name: "case inside a name of several words",
      text: "IoT（Internet of Things）の普及。Internet of Thingsの略。Internet Of Thingsの活用。",
      errors: [{ messageId: "variant", at: "Internet Of Things", data: { kind: "大文字・小文字", preferred: "Internet of Things" } }],
    },
    {
      name: "case that is part of an acronym's spelling",
      text: "IoT機器の脆弱性。IoTシステムの安全。IOT機器の管理。",
      errors: [{ messageId: "variant", at: "IOT", data: { preferred: "IoT" } }],
    },
    {
      name: "spacing of a name",
      text: "Cyber Security Strategyの策定。Cyber Security Strategyの改定。CyberSecurity Strategyの概要。",
      errors: [{ messageId: "variant", at: "CyberSecurity Strategy", data: { kind: "スペース・ハイフン" } }],
    },
    {
      name: "seed: a name cut by a paragraph end (「Internet Of 」 / 「Things）」) is still compared by its words",
      text: `${IOT}${IOT_WIDER}`,
      errors: [
        {
          messageId: "variant",
          at: "Internet Of",
          data: { found: "Internet Of", foundCount: 1, preferred: "Internet of", preferredCount: 2, kind: "大文字・小文字" },
          suggestions: [`${IOT}${IOT_WIDER.replace("Internet Of", "Internet of")}`],
        },
      ],
      output: null,
    },
    {
      name: "CRLF and a surrogate pair: a name cut by a paragraph end is still compared by its words",
      text: `𠮷${IOT}${IOT_WIDER}`.replace(/\n/g, "\r\n"),
      errors: [{ messageId: "variant", at: "Internet Of", suggestions: [`𠮷${IOT}${IOT_WIDER.replace("Internet Of", "Internet of")}`.replace(/\n/g, "\r\n")] }],
    },
    {
      name: "case is the drafter's even when the PDF wraps a word of the name",
      text: `${IOT}より広義の概念でIoT（Inter\n\nnet Of Things Security）と呼ばれることもある。`,
      errors: [{ messageId: "variant", at: "Inter\n\nnet Of", data: { kind: "大文字・小文字" }, suggestions: [`${IOT}より広義の概念でIoT（Inter\n\nnet of Things Security）と呼ばれることもある。`] }],
    },
    {
      name: "case of two words inside a longer name (a glossary headword run into its definition)",
      text: " MOU/NDA Memorandum Of Understanding/Non-Disclosure Agreementの略。\n各国とMemorandum of Understandingを締結する。Memorandum of Understandingに基づき連携する。",
      errors: [{ messageId: "variant", at: "Memorandum Of", data: { preferred: "Memorandum of", preferredCount: 2 } }],
    },
    {
      name: "a name reported whole is not reported again by its words",
      text: "IoT（Internet of Things）の普及。Internet of Things Securityの活用。Internet of Things Securityの確保。Internet Of Things Securityの指針。",
      errors: [{ messageId: "variant", at: "Internet Of Things Security", data: { preferred: "Internet of Things Security", foundCount: 1, preferredCount: 2 } }],
    },
    {
      name: "where a name's own spellings settle it, its words are not compared again (no contradicting advice)",
      text: "IoT（Internet of Things）の普及。Internet of Thingsの略。Internet Of Things Securityの活用。Internet Of Things Securityの確保。Internet of Things Securityの指針。",
      errors: [{ messageId: "variant", at: "Internet of Things Security", data: { preferred: "Internet Of Things Security", foundCount: 1, preferredCount: 2 } }],
    },
    {
      name: "seed: 「JVN iPedia」 inside the glossary row 「MyJVN JVN iPedia」 where the plan writes 「JVNiPedia」",
      text: `${JVNIPEDIA}${MYJVN}`,
      errors: [
        {
          messageId: "variant",
          at: "JVN iPedia",
          data: { found: "JVN iPedia", foundCount: 1, preferred: "JVNiPedia", preferredCount: 2, kind: "スペース・ハイフン" },
          suggestions: [`${JVNIPEDIA}${MYJVN.replace("JVN iPedia", "JVNiPedia")}`],
        },
      ],
      output: null,
    },
    {
      name: "CRLF: two words inside a longer name compared with a one-word spelling",
      text: `${JVNIPEDIA}${MYJVN}`.replace(/\n/g, "\r\n"),
      errors: [{ messageId: "variant", at: "JVN iPedia", suggestions: [`${JVNIPEDIA}${MYJVN.replace("JVN iPedia", "JVNiPedia")}`.replace(/\n/g, "\r\n")] }],
    },
    {
      name: "a one-word spelling inside a name reported whole yields to that finding",
      text: "Cyber Security Strategyの策定。Cyber Security Strategyの改定。Cyber Security Strategyの概要。CyberSecurity Strategyの公表。CyberSecurityの確保。",
      errors: [
        { messageId: "variant", at: "CyberSecurity Strategy", data: { kind: "スペース・ハイフン", preferred: "Cyber Security Strategy" } },
        { messageId: "variant", at: "CyberSecurity", occurrence: 2, data: { kind: "スペース・ハイフン", preferred: "Cyber Security", foundCount: 2, preferredCount: 3 } },
      ],
    },
    {
      name: "seed: さまざま beside 様々 (公用文)",
      text: "サイバー空間は、様々な役割を担う多様な主体によって構成される。それぞれの人材層向けのさまざまな施策について連携を強化する。",
      errors: [{ messageId: "variant", at: "さまざま", data: { preferred: "様々" }, suggestions: ["サイバー空間は、様々な役割を担う多様な主体によって構成される。それぞれの人材層向けの様々な施策について連携を強化する。"] }],
    },
    {
      name: "the 公用文 form wins even over a majority",
      text: "さまざまな役割を担う。さまざまな施策。様々なシステム。",
      errors: [
        { messageId: "variant", at: "さまざま", occurrence: 1 },
        { messageId: "variant", at: "さまざま", occurrence: 2 },
      ],
    },
    {
      name: "seed: the conjunction written 更に、",
      text: "分野的な拡大を図る。更に、特に重要なサービス事業者を対象とする。施策を推進する。さらに、NICTと連携する。",
      errors: [{ messageId: "variant", at: "更に", data: { preferred: "さらに" } }],
    },
    {
      name: "seed: すると共に where the plan writes するとともに",
      text: "中小事業者へ拡大すると共に、継続的に実施する。連携を強化するとともに、推進する。",
      errors: [{ messageId: "variant", at: "と共に", suggestions: ["中小事業者へ拡大するとともに、継続的に実施する。連携を強化するとともに、推進する。"] }],
    },
    {
      name: "seed: および where the plan writes 及び",
      text: "参加金融機関および金融業界全体のセキュリティ。NICT及びIPAを通じ、内閣官房及び経済産業省において",
      errors: [{ messageId: "variant", at: "および", data: { preferred: "及び" } }],
    },
    {
      name: "seed: 繋 is not in the 常用漢字表: conjugations are counted together",
      text: "ネットワークに繋がれた機器。対策強化に繋げる。「友人の友人」といったつながりを通じて",
      errors: [
        { messageId: "variant", at: "繋が", suggestions: ["ネットワークにつながれた機器。対策強化に繋げる。「友人の友人」といったつながりを通じて"] },
        { messageId: "variant", at: "繋げ", data: { kind: "かな・漢字、活用形を合算" } },
      ],
    },
    {
      name: "seed: a long-vowel tie follows 「外来語の表記」",
      text: "ICTベンダー等を中心に構成されている。欧州の認証機関、評価機関、スマートカードベンダ、ユーザーなど",
      errors: [{ messageId: "variantInWord", at: "スマートカードベンダ", suggestions: ["ICTベンダー等を中心に構成されている。欧州の認証機関、評価機関、スマートカードベンダー、ユーザーなど"] }],
    },
  ],
});

describe("no-orthographic-variants on the seed", () => {
  const seed = readFileSync(new URL("../../../../seeds/cybersecurity-2017-draft.txt", import.meta.url), "utf8");
  it("reports exactly the reviewed findings", () => {
    const found = lintWithRule(noOrthographicVariants, { text: seed }).map((m) => `${m.messageId} ${seed.slice(m.range.start, m.range.end).replace(/\s+/g, "")}`);
    expect(found).toEqual([
      "variant かかる",
      "variant さらなる",
      "variant さまざま",
      "variant および",
      "variant かかる",
      "variant 取り組み",
      "variant 繋げ",
      "variant かかる",
      "variant 繋げ",
      "variant と共に",
      "variant と共に",
      "variant 始め",
      "variant 始め",
      "variant 始め",
      "variant 始め",
      "variant と共に",
      "variant Ｇ７",
      "variant Ｇ７",
      "variant Ｇ７",
      "variant 枠組",
      "variant 取組む",
      "variant さまざま",
      "variant 更に",
      "variant さらなる",
      "variant 繋が",
      "variant 組込",
      "variant 繋げ",
      "variantInWord スマートカードベンダ",
      "variant 繋が",
      "variant InternetOf",
      "variant JVNiPedia",
      "variant かかわる",
      "variantInWord データセンタ",
      // The answers to public comments write 「…にあたって」 (22) where the body writes 「…に当たって」 (5): 公用文 writes 当たる in kanji.
      "variant あたっ",
      "variant あたっ",
      "variant あたっ",
      "variant あたっ",
      "variant あたっ",
      "variant あたり",
      "variant あたっ",
      "variant あたっ",
      "variant あたっ",
      "variant あたっ",
      "variant あたっ",
      // An answer to a public comment, counted with the body: 「取組のひとつとして」 (公用文: 一つ).
      "variant ひとつ",
      // The answers to public comments write 「…にあたって」 (22) where the body writes 「…に当たって」 (5): 公用文 writes 当たる in kanji.
      "variant あたっ",
      "variant あたっ",
      "variant あたっ",
      "variant あたっ",
      "variant あたっ",
      "variant あたっ",
      "variant あたっ",
      "variant あたっ",
      "variant あたっ",
      "variant あたっ",
      "variant あたっ",
    ]);
  });
});

describe("no-orthographic-variants never throws and keeps its ranges inside the text", () => {
  it("on random and plan-like text", () => {
    assertFixesStayInsideFindings(noOrthographicVariants, WIDTH_AND_SPELLING_FRAGMENTS);
  });
});
