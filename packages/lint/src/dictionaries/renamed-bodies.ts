/**
 * Government bodies and laws renamed, reorganised into a successor or replaced,
 * with the date of the change, for `no-renamed-bodies`. Each entry cites an
 * official page (go.jp) that shows the change or the successor, and where that
 * page does not give the date, the page that does. An entry nobody could source
 * does not belong here: a plan must not be told its body's name is wrong on
 * hearsay.
 *
 * `old` lists the names as plans write them (full name, common short forms). A
 * name that is part of another body's name is guarded by the rule (「日・ASEAN情報
 * セキュリティ政策会議」 is another body), so short forms that are only ever this
 * body are listed and the rest are left out.
 */

export interface RenamedBody {
  /** The names no longer current, as plans write them. */
  old: readonly string[];
  /** The current name. */
  current: string;
  /** The day the change took effect (ISO 8601). */
  date: string;
  /** What happened, for the message: 改組, 廃止（後継）, 題名変更. */
  change: string;
  /** Official page(s) first, then the page giving the date where the official one does not. */
  sources: readonly string[];
}

export const renamedBodies: readonly RenamedBody[] = [
  {
    old: ["情報セキュリティ政策会議"],
    current: "サイバーセキュリティ戦略本部",
    date: "2015-01-09",
    change: "改組",
    sources: [
      // The successor meeting as such (its first meeting, 10 February 2015).
      "https://www.kantei.go.jp/jp/97_abe/actions/201502/10cyber_security.html",
      // サイバーセキュリティ基本法 fully in force on 9 January 2015: 情報セキュリティ政策会議 raised to サイバーセキュリティ戦略本部.
      "http://itpro.nikkeibp.co.jp/atcl/news/15/011300129/",
    ],
  },
  {
    old: ["内閣官房情報セキュリティセンター", "情報セキュリティセンター（NISC）", "情報セキュリティセンター(NISC)"],
    current: "内閣サイバーセキュリティセンター",
    date: "2015-01-09",
    change: "改組",
    sources: [
      "https://www.kantei.go.jp/jp/97_abe/actions/201502/10cyber_security.html",
      // Same day: 内閣官房情報セキュリティセンター reorganised as 内閣サイバーセキュリティセンター (the acronym NISC kept).
      "http://itpro.nikkeibp.co.jp/atcl/news/15/011300129/",
    ],
  },
  {
    old: ["内閣サイバーセキュリティセンター"],
    current: "国家サイバー統括室",
    date: "2025-07-01",
    change: "改組",
    sources: [
      // デジタル大臣（サイバー安全保障担当）記者会見 2025-06-20: NISC reorganised as 国家サイバー統括室 from 1 July.
      "https://www.digital.go.jp/speech/minister-250620-01",
    ],
  },
  {
    old: ["高度情報通信ネットワーク社会推進戦略本部", "IT総合戦略本部", "ＩＴ総合戦略本部"],
    current: "デジタル社会推進会議",
    date: "2021-09-01",
    change: "廃止（後継）",
    sources: [
      // The 本部 was set up under 高度情報通信ネットワーク社会形成基本法 (white paper 2014)…
      "http://www.soumu.go.jp/johotsusintokei/whitepaper/ja/h26/html/nc261100.html",
      // …which デジタル社会形成基本法 replaced on 1 September 2021 (white paper 2021)…
      "https://www.soumu.go.jp/johotsusintokei/whitepaper/ja/r03/text/nd251100.txt",
      // …and デジタル社会推進会議 (デジタル庁設置法) took over as the new 推進体制 (first meeting 6 September 2021).
      "https://www.digital.go.jp/councils/social-promotion/zvKTxKMK",
    ],
  },
  {
    old: ["高度情報通信ネットワーク社会形成基本法", "IT基本法", "ＩＴ基本法"],
    current: "デジタル社会形成基本法",
    date: "2021-09-01",
    change: "廃止（後継）",
    sources: ["https://www.soumu.go.jp/johotsusintokei/whitepaper/ja/r03/text/nd251100.txt"],
  },
  {
    old: ["特定個人情報保護委員会"],
    current: "個人情報保護委員会",
    date: "2016-01-01",
    change: "改組",
    sources: [
      "https://www.ppc.go.jp/aboutus/commission/",
      // 日本大百科全書: 2016年1月発足、特定個人情報保護委員会を改組・拡充.
      "https://kotobank.jp/word/%E5%80%8B%E4%BA%BA%E6%83%85%E5%A0%B1%E4%BF%9D%E8%AD%B7%E5%A7%94%E5%93%A1%E4%BC%9A-1728741",
    ],
  },
  {
    old: ["独立行政法人教員研修センター", "教員研修センター"],
    current: "独立行政法人教職員支援機構",
    date: "2017-04-01",
    change: "名称変更",
    sources: [
      // 文部科学省 報道発表（2017年3月28日）: 教育公務員特例法等の一部改正により2017年4月1日から「独立行政法人教職員支援機構」.
      "http://www.mext.go.jp/b_menu/houdou/29/03/1383780.htm",
    ],
  },
];
