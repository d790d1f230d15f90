/**
 * The view's behaviour, as the source of one inline script (both the report of
 * `--format html` and the offline page embed it): filters, jumping between the
 * findings and the text, rule docs on demand, glossary search, the language
 * switch and the keyboard. Every handler is delegated from `document`, so a view
 * rendered again (the page re-lints after a fix) needs no new wiring; the page
 * calls `planlintView.refresh(root)` to put the chosen language on new markup.
 * Plain ES2017 in a string: it runs as it is, in any browser, with no build.
 */
export const VIEW_SCRIPT = String.raw`(function () {
  "use strict";
  var textsElement = document.getElementById("pl-texts");
  var texts = textsElement ? JSON.parse(textsElement.textContent) : { ja: {}, en: {} };
  var lang = "ja";
  function each(root, selector, f) { Array.prototype.forEach.call(root.querySelectorAll(selector), f); }
  function applyLanguage(root) {
    var dict = texts[lang] || {};
    each(root, "[data-i18n]", function (el) { var v = dict[el.getAttribute("data-i18n")]; if (v !== undefined) el.textContent = v; });
    each(root, "[data-i18n-placeholder]", function (el) { var v = dict[el.getAttribute("data-i18n-placeholder")]; if (v !== undefined) el.setAttribute("placeholder", v); });
    each(root, "[data-i18n-label]", function (el) { var v = dict[el.getAttribute("data-i18n-label")]; if (v !== undefined) el.setAttribute("aria-label", v); });
    document.documentElement.lang = lang;
  }
  function fileOf(el) { return el.closest(".pl-file"); }
  function lineElement(file, line) { return file ? document.getElementById(file.id + "-L" + line) : null; }
  function flash(el) { el.classList.remove("pl-flash"); void el.offsetWidth; el.classList.add("pl-flash"); }
  function reveal(el) { if (el) { el.scrollIntoView({ block: "center" }); flash(el); } }
  function current(li) {
    var file = fileOf(li);
    each(file, ".pl-current", function (c) { c.classList.remove("pl-current"); });
    li.classList.add("pl-current");
  }
  function showFinding(li) {
    current(li);
    reveal(document.getElementById(li.getAttribute("data-target")) || lineElement(fileOf(li), li.getAttribute("data-line")));
  }
  function applyFilters(file) {
    var rule = file.querySelector(".pl-filter-rule").value;
    var severity = file.querySelector(".pl-filter-severity").value;
    var shown = 0;
    each(file, ".pl-finding", function (li) {
      var ok = (!rule || li.getAttribute("data-rule") === rule) && (!severity || li.getAttribute("data-severity") === severity);
      li.hidden = !ok;
      if (ok) shown++;
    });
    var count = file.querySelector(".pl-shown");
    if (count) count.textContent = String(shown);
  }
  var lastFocus = null;
  function closeDoc() {
    var panel = document.querySelector(".pl-doc-panel");
    if (!panel || panel.hidden) return;
    panel.hidden = true;
    if (lastFocus) lastFocus.focus();
  }
  function showDoc(rule, from) {
    var source = null;
    each(document, "[data-rule-doc]", function (s) { if (s.getAttribute("data-rule-doc") === rule) source = s; });
    if (!source) return;
    var panel = document.querySelector(".pl-doc-panel");
    if (!panel) {
      panel = document.createElement("aside");
      panel.className = "pl-doc-panel";
      panel.setAttribute("role", "dialog");
      document.body.appendChild(panel);
    }
    panel.innerHTML = "";
    var close = document.createElement("button");
    close.type = "button";
    close.className = "pl-doc-close";
    close.setAttribute("data-i18n", "close");
    close.textContent = (texts[lang] || {}).close || "閉じる";
    panel.appendChild(close);
    panel.appendChild(source.cloneNode(true));
    panel.hidden = false;
    lastFocus = from;
    close.focus();
  }
  function visibleSibling(li, step) {
    var el = li;
    do { el = step > 0 ? el.nextElementSibling : el.previousElementSibling; } while (el && el.hidden);
    return el;
  }
  document.addEventListener("click", function (event) {
    var el = event.target;
    if (!(el instanceof Element)) return;
    if (el.closest(".pl-lang")) { lang = lang === "ja" ? "en" : "ja"; applyLanguage(document); return; }
    var docButton = el.closest(".pl-doc-button");
    if (docButton) { showDoc(docButton.getAttribute("data-doc"), docButton); return; }
    if (el.closest(".pl-doc-close")) { closeDoc(); return; }
    if (el.closest("button, a[target], select, input, textarea")) return;
    var li = el.closest(".pl-finding");
    if (li) { showFinding(li); return; }
    var hit = el.closest(".pl-hit");
    if (hit) {
      var file = fileOf(hit);
      var first = hit.getAttribute("data-findings").split(" ")[0];
      var item = file && file.querySelector('.pl-finding[data-index="' + first + '"]');
      if (item) { item.hidden = false; current(item); item.scrollIntoView({ block: "nearest" }); item.focus({ preventScroll: true }); }
      return;
    }
    var jump = el.closest(".pl-jump");
    if (jump) { event.preventDefault(); reveal(lineElement(fileOf(jump), jump.getAttribute("data-line"))); }
  });
  document.addEventListener("keydown", function (event) {
    if (event.key === "Escape") { closeDoc(); return; }
    var el = event.target;
    if (!(el instanceof Element) || !el.classList.contains("pl-finding")) return;
    if (event.key === "Enter" || event.key === " ") { event.preventDefault(); showFinding(el); }
    else if (event.key === "ArrowDown" || event.key === "ArrowUp") {
      event.preventDefault();
      var next = visibleSibling(el, event.key === "ArrowDown" ? 1 : -1);
      if (next) next.focus();
    }
  });
  document.addEventListener("change", function (event) {
    var el = event.target;
    if (el instanceof Element && (el.classList.contains("pl-filter-rule") || el.classList.contains("pl-filter-severity"))) applyFilters(fileOf(el));
  });
  document.addEventListener("input", function (event) {
    var el = event.target;
    if (!(el instanceof Element) || !el.classList.contains("pl-glossary-search")) return;
    var query = el.value.trim().toLowerCase();
    each(el.parentElement, ".pl-entry", function (entry) { entry.hidden = query !== "" && entry.getAttribute("data-search").indexOf(query) === -1; });
  });
  // Hover definitions: the term's glossary entry, put in its title when first hovered.
  document.addEventListener("mouseover", function (event) {
    var el = event.target;
    if (!(el instanceof Element) || !el.classList.contains("pl-term") || el.hasAttribute("title")) return;
    var file = fileOf(el);
    var entry = file && file.querySelector('.pl-entry[data-entry="' + el.getAttribute("data-term") + '"]');
    if (!entry) return;
    var expansion = entry.querySelector(".pl-expansion");
    el.setAttribute("title", entry.querySelector("dt a").textContent + (expansion ? "（" + expansion.textContent + "）" : "") + ": " + entry.querySelector("dd").textContent);
  });
  window.planlintView = { refresh: function (root) { applyLanguage(root || document); }, language: function () { return lang; } };
  applyLanguage(document);
})();
`;
