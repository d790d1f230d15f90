/**
 * The offline page's own markup, words and styles around lint's view. Used only
 * by the build (scripts/build.mjs); main.ts finds these elements by id.
 */

export const SHELL = `
<header class="pl-topbar">
  <h1>planlint</h1>
  <label class="pl-file-label"><span data-i18n="chooseFile">ファイルを選ぶ</span>
    <input type="file" id="pl-file-input"></label>
  <button type="button" id="pl-new" data-i18n="newDocument">別の文書</button>
  <button type="button" id="pl-fix-all" disabled data-i18n="fixAll">すべて修正</button>
  <button type="button" id="pl-download" disabled data-i18n="download">ダウンロード</button>
  <span id="pl-status" aria-live="polite"></span>
  <span class="pl-spacer"></span>
  <button type="button" class="pl-lang" data-i18n="language">English</button>
</header>
<main>
  <section id="pl-start" class="pl-start">
    <p class="pl-lead" data-i18n="lead">計画・戦略・基本方針の文書（.txt / .md）を検査します。文書はこのページの中だけで読み、どこにも送りません。</p>
    <div id="pl-drop" class="pl-drop" tabindex="0" role="button" data-i18n="dropHere">ここにファイルをドロップするか、Enter で選んでください</div>
    <form id="pl-paste-form" class="pl-paste">
      <label for="pl-paste-text" data-i18n="pasteLabel">または本文を貼り付け:</label>
      <textarea id="pl-paste-text" rows="8"></textarea>
      <button type="submit" data-i18n="check">検査する</button>
    </form>
  </section>
  <div id="pl-view-root"></div>
</main>`;

export const TEXTS = {
  ja: {
    chooseFile: "ファイルを選ぶ",
    newDocument: "別の文書",
    fixAll: "すべて修正",
    download: "ダウンロード",
    lead: "計画・戦略・基本方針の文書（.txt / .md）を検査します。文書はこのページの中だけで読み、どこにも送りません。",
    dropHere: "ここにファイルをドロップするか、Enter で選んでください",
    pasteLabel: "または本文を貼り付け:",
    check: "検査する",
    reading: "読み込み中…",
    findingsCount: "指摘の数:",
    fixedOne: "1件修正しました。残りの指摘:",
    fixedAll: "修正できるものをすべて修正しました。残りの指摘:",
    failed: "読み込めませんでした:",
  },
  en: {
    chooseFile: "Choose a file",
    newDocument: "Another document",
    fixAll: "Fix all",
    download: "Download",
    lead: "Checks plan documents (.txt / .md). The document is read inside this page only and sent nowhere.",
    dropHere: "Drop a file here, or press Enter to choose one",
    pasteLabel: "Or paste the text:",
    check: "Check",
    reading: "Reading…",
    findingsCount: "Findings:",
    fixedOne: "Fixed one. Findings left:",
    fixedAll: "Fixed everything that can be fixed. Findings left:",
    failed: "Could not read it:",
  },
};

export const STYLE = `
.pl-file-label{display:inline-flex;gap:6px;align-items:center}
.pl-start{max-width:760px;margin:32px auto;padding:0 16px}
.pl-start[hidden]{display:none}
.pl-drop{border:2px dashed var(--line);border-radius:12px;padding:48px 16px;text-align:center;color:var(--muted);cursor:pointer;margin:16px 0}
.pl-drop.pl-dragging,.pl-drop:hover{border-color:var(--accent);color:var(--fg)}
.pl-paste{display:grid;gap:6px}
.pl-paste textarea{width:100%;border:1px solid var(--line);border-radius:6px;background:var(--bg);padding:6px}
.pl-paste button{justify-self:start}
#pl-status{color:var(--muted)}
body[data-state="error"] #pl-status{color:var(--err)}
button:disabled{opacity:.5;cursor:default}
`;
