/** The view's styles: system fonts only (no web font, nothing fetched), light and dark. */
export const VIEW_STYLE = `
:root{color-scheme:light dark;--bg:#fff;--fg:#1f2328;--muted:#656d76;--line:#d0d7de;--panel:#f6f8fa;--accent:#2563eb;--err:#d1242f;--warn:#bf8700;--info:#0969da;--flash:#fff8c5}
@media (prefers-color-scheme:dark){:root{--bg:#0d1117;--fg:#e6edf3;--muted:#8d96a0;--line:#30363d;--panel:#161b22;--accent:#4493f8;--err:#f85149;--warn:#d29922;--info:#4493f8;--flash:#3b2e00}}
*{box-sizing:border-box}
body{margin:0;background:var(--bg);color:var(--fg);font:14px/1.6 system-ui,"Hiragino Sans","Yu Gothic UI","Meiryo","Noto Sans CJK JP",sans-serif}
button,select,input,textarea{font:inherit;color:inherit}
button{cursor:pointer;border:1px solid var(--line);background:var(--panel);border-radius:6px;padding:2px 10px}
button:hover{border-color:var(--accent)}
:focus-visible{outline:2px solid var(--accent);outline-offset:1px}
.pl-topbar{display:flex;gap:12px;align-items:center;padding:8px 16px;border-bottom:1px solid var(--line);background:var(--panel);position:sticky;top:0;z-index:2;flex-wrap:wrap}
.pl-topbar h1{font-size:16px;margin:0 12px 0 0}
.pl-spacer{flex:1}
.pl-file-head{display:flex;gap:16px;align-items:baseline;padding:4px 16px;border-bottom:1px solid var(--line)}
.pl-file-name{font-size:15px;margin:0}
.pl-counts{margin:0;color:var(--muted)}
.pl-count{margin-right:8px}
.pl-panes{display:grid;grid-template-columns:minmax(220px,22%) minmax(0,1fr) minmax(280px,30%);height:calc(100vh - 110px);min-height:420px}
.pl-side,.pl-text-pane,.pl-findings-pane{overflow:auto;min-height:0}
.pl-side{border-right:1px solid var(--line);padding:8px}
.pl-findings-pane{border-left:1px solid var(--line);padding:8px}
.pl-panel summary{font-weight:600;cursor:pointer;padding:2px 0}
.pl-outline,.pl-outline ol{list-style:none;margin:0;padding-left:12px}
.pl-outline{padding-left:0}
.pl-outline li{content-visibility:auto;contain-intrinsic-size:auto 1.6em}
.pl-jump{color:inherit;text-decoration:none;display:inline-block}
.pl-jump:hover{color:var(--accent);text-decoration:underline}
.pl-node-measure{color:var(--muted);font-size:12px}
.pl-glossary-search{width:100%;margin:4px 0;padding:2px 6px;border:1px solid var(--line);border-radius:6px;background:var(--bg)}
.pl-glossary{margin:0}
.pl-glossary dt{font-weight:600}
.pl-glossary dd{margin:0 0 6px 8px;color:var(--muted);font-size:12px}
.pl-expansion{font-weight:400;color:var(--muted);font-size:12px}
.pl-text{font:13px/1.7 ui-monospace,"BIZ UDGothic","MS Gothic","Noto Sans Mono CJK JP",monospace;padding:8px 0}
.pl-line{white-space:pre-wrap;overflow-wrap:anywhere;padding:0 12px 0 64px;position:relative;min-height:1.7em}
.pl-block{content-visibility:auto;contain-intrinsic-size:auto 170em}
.pl-line::before{content:attr(data-n);position:absolute;left:0;width:52px;text-align:right;color:var(--muted);user-select:none}
.pl-hit{background:transparent;color:inherit;border-bottom:2px solid var(--info);cursor:pointer}
.pl-hit.sev-error{border-bottom:2px solid var(--err);background:color-mix(in srgb,var(--err) 12%,transparent)}
.pl-hit.sev-warning{border-bottom:2px wavy var(--warn);background:color-mix(in srgb,var(--warn) 12%,transparent)}
.pl-point{display:inline-block;width:0;border-left:2px solid var(--warn);height:1.2em;vertical-align:middle}
.pl-term{border-bottom:1px dotted var(--muted);cursor:help}
.pl-flash{animation:pl-flash 1.6s ease-out}
@keyframes pl-flash{from{background:var(--flash)}}
.pl-filters{display:flex;flex-wrap:wrap;gap:6px;align-items:center;position:sticky;top:-8px;background:var(--bg);padding:4px 0}
.pl-filters h3{margin:0 8px 0 0;font-size:14px;width:100%}
.pl-shown{color:var(--muted);font-weight:400}
.pl-findings{list-style:none;margin:0;padding:0}
.pl-finding{content-visibility:auto;contain-intrinsic-size:auto 5em;border-left:3px solid var(--info);padding:4px 8px;margin:4px 0;background:var(--panel);border-radius:0 6px 6px 0;cursor:pointer}
.pl-finding.sev-error{border-left-color:var(--err)}
.pl-finding.sev-warning{border-left-color:var(--warn)}
.pl-finding[hidden]{display:none}
.pl-finding.pl-current{outline:2px solid var(--accent)}
.pl-where{color:var(--muted);font-variant-numeric:tabular-nums}
.pl-sev{font-size:12px;font-weight:600}
.sev-error>.pl-sev{color:var(--err)}.sev-warning>.pl-sev{color:var(--warn)}.sev-info>.pl-sev{color:var(--info)}
.pl-rule-line{display:block;font-size:12px;color:var(--muted)}
.pl-doc-button,.pl-fix-button{padding:0 8px;font-size:12px}
.pl-matrix-wrap{overflow:auto}
.pl-matrix{border-collapse:collapse;font-size:11px}
.pl-matrix th,.pl-matrix td{border:1px solid var(--line);padding:2px 4px;text-align:center;min-width:22px}
.pl-matrix thead th{vertical-align:bottom}
.pl-col{writing-mode:vertical-rl;white-space:nowrap;max-height:10em;overflow:hidden;display:inline-block}
.pl-bars{display:grid;gap:2px}
.pl-bar-row{display:grid;grid-template-columns:5em 1fr 2.5em;gap:4px;align-items:center;font-size:12px}
.pl-bar-track{background:var(--panel);height:10px;border-radius:3px}
.pl-bar{display:block;height:10px;background:var(--accent);border-radius:3px}
.pl-bar-n{text-align:right;font-variant-numeric:tabular-nums}
.pl-doc-panel{position:fixed;right:16px;bottom:16px;width:min(560px,90vw);max-height:70vh;overflow:auto;background:var(--bg);border:1px solid var(--line);border-radius:8px;box-shadow:0 8px 24px rgba(0,0,0,.25);padding:8px 16px;z-index:5}
.pl-doc-panel pre{background:var(--panel);padding:8px;overflow:auto}
.pl-empty{color:var(--muted)}
@media (max-width:900px){.pl-panes{grid-template-columns:1fr;height:auto}.pl-side,.pl-findings-pane{border:0;max-height:50vh}}
`;
