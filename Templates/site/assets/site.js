// Everything interactive on the site's pages: the theme toggle, search (its index loads on the
// first focus of the search box), the quiz on topic pages and the progress bars on the home
// page. No inline scripts: the pages' Content-Security-Policy forbids them.
(function () {
  "use strict";
  var root = document.body.getAttribute("data-root") || "";

  function store(key, value) {
    try {
      if (value === undefined) return window.localStorage.getItem(key);
      if (value === null) window.localStorage.removeItem(key);
      else window.localStorage.setItem(key, value);
    } catch (e) {
      return null;
    }
    return null;
  }

  // ---- Theme -------------------------------------------------------------------------
  var themeButton = document.getElementById("theme-toggle");
  function isDark() {
    var chosen = document.documentElement.getAttribute("data-theme");
    if (chosen) return chosen === "dark";
    return !!(window.matchMedia && window.matchMedia("(prefers-color-scheme: dark)").matches);
  }
  function showTheme() {
    if (!themeButton) return;
    var dark = isDark();
    themeButton.setAttribute("aria-pressed", dark ? "true" : "false");
  }
  if (themeButton) {
    themeButton.addEventListener("click", function () {
      var next = isDark() ? "light" : "dark";
      document.documentElement.setAttribute("data-theme", next);
      store("distill-theme", next);
      showTheme();
    });
    if (window.matchMedia) {
      var query = window.matchMedia("(prefers-color-scheme: dark)");
      if (query.addEventListener) query.addEventListener("change", showTheme);
    }
    showTheme();
  }

  // ---- Search ------------------------------------------------------------------------
  function fold(text) {
    return text.normalize("NFKD").replace(/\p{Mn}/gu, "").toLowerCase();
  }
  // The same words SearchIndex.words keeps: letter and digit runs, two characters or a number.
  function words(text) {
    return (fold(text).match(/[\p{L}\p{N}]+/gu) || []).filter(function (w) {
      return w.length >= 2 || /^[0-9]/.test(w);
    });
  }
  function lowerBound(list, key) {
    var lo = 0, hi = list.length;
    while (lo < hi) {
      var mid = (lo + hi) >> 1;
      if (list[mid] < key) lo = mid + 1; else hi = mid;
    }
    return lo;
  }
  // Documents holding a word starting with every query word, best first.
  function search(index, query) {
    var terms = words(query);
    if (!terms.length) return { terms: terms, hits: [] };
    var total = null;
    for (var t = 0; t < terms.length; t++) {
      var term = terms[t];
      var scores = {};
      var i = lowerBound(index.words, term);
      for (var seen = 0; i < index.words.length && index.words[i].indexOf(term) === 0 && seen < 400; i++, seen++) {
        var boost = index.words[i] === term ? 2 : 1;
        var list = index.postings[i].split(","), doc = 0;
        for (var p = 0; p < list.length; p++) {
          var dot = list[p].indexOf(".");
          doc += parseInt(dot < 0 ? list[p] : list[p].slice(0, dot), 36);
          var weight = dot < 0 ? 1 : parseInt(list[p].slice(dot + 1), 36);
          scores[doc] = (scores[doc] || 0) + weight * boost;
        }
      }
      if (total === null) {
        total = scores;
      } else {
        var both = {};
        for (var doc in total) if (scores[doc]) both[doc] = total[doc] + scores[doc];
        total = both;
      }
    }
    var hits = Object.keys(total).map(function (doc) { return { doc: +doc, score: total[doc] }; });
    hits.sort(function (a, b) { return b.score - a.score || a.doc - b.doc; });
    return { terms: terms, hits: hits };
  }
  // Appends text to a node with every word that starts with a query word in <mark>.
  function highlighted(node, text, terms) {
    var pattern = /[\p{L}\p{N}]+/gu, last = 0, match;
    while ((match = pattern.exec(text))) {
      var word = fold(match[0]);
      var hit = terms.some(function (term) { return word.indexOf(term) === 0; });
      if (!hit) continue;
      if (match.index > last) node.appendChild(document.createTextNode(text.slice(last, match.index)));
      var mark = document.createElement("mark");
      mark.textContent = match[0];
      node.appendChild(mark);
      last = match.index + match[0].length;
    }
    if (last < text.length) node.appendChild(document.createTextNode(text.slice(last)));
    return node;
  }

  var input = document.getElementById("search-input");
  var results = document.getElementById("search-results");
  var status = document.getElementById("search-status");
  var loading = false;
  var limit = 20;

  function loadIndex() {
    if (window.distillSearch || loading) return;
    loading = true;
    var script = document.createElement("script");
    script.src = root + "assets/search-index.js";
    script.onload = run;
    document.head.appendChild(script);
  }
  function close() {
    results.hidden = true;
    results.textContent = "";
  }
  function run() {
    var query = input.value;
    if (!query.trim()) { close(); status.textContent = ""; return; }
    var index = window.distillSearch;
    if (!index) { loadIndex(); return; }
    var found = search(index, query);
    results.textContent = "";
    var shown = found.hits.slice(0, limit);
    shown.forEach(function (hit) {
      var doc = index.docs[hit.doc];
      var item = document.createElement("li");
      var link = document.createElement("a");
      link.href = root + doc[1];
      link.className = "search-hit";
      highlighted(link.appendChild(document.createElement("span")), doc[0], found.terms).className = "hit-title";
      if (doc[2]) {
        var path = link.appendChild(document.createElement("span"));
        path.className = "hit-path";
        path.textContent = doc[2];
      }
      if (doc[3]) highlighted(link.appendChild(document.createElement("span")), doc[3], found.terms).className = "hit-snippet";
      item.appendChild(link);
      results.appendChild(item);
    });
    if (!shown.length) {
      var none = document.createElement("li");
      none.className = "search-none";
      none.textContent = "Nothing found for " + query.trim();
      results.appendChild(none);
    }
    results.hidden = false;
    var count = found.hits.length;
    status.textContent = count === 1 ? "1 result" : count + " results" + (count > limit ? ", the first " + limit + " shown" : "");
  }
  function links() {
    return Array.prototype.slice.call(results.querySelectorAll("a"));
  }
  if (input && results) {
    input.addEventListener("focus", loadIndex);
    input.addEventListener("input", run);
    input.addEventListener("keydown", function (event) {
      if (event.key === "ArrowDown") {
        var first = links()[0];
        if (first) { first.focus(); event.preventDefault(); }
      } else if (event.key === "Escape") {
        input.value = "";
        close();
      } else if (event.key === "Enter") {
        var top = links()[0];
        if (top) { window.location.href = top.href; event.preventDefault(); }
      }
    });
    results.addEventListener("keydown", function (event) {
      var all = links(), at = all.indexOf(document.activeElement);
      if (event.key === "ArrowDown" && at < all.length - 1) { all[at + 1].focus(); event.preventDefault(); }
      else if (event.key === "ArrowUp") { (at > 0 ? all[at - 1] : input).focus(); event.preventDefault(); }
      else if (event.key === "Escape") { input.focus(); close(); }
    });
    document.addEventListener("click", function (event) {
      if (!results.contains(event.target) && event.target !== input) close();
    });
    document.addEventListener("keydown", function (event) {
      var target = event.target, tag = target && target.tagName;
      var typing = tag === "INPUT" || tag === "TEXTAREA" || tag === "SELECT" || (target && target.isContentEditable);
      if (event.key === "/" && !typing && !event.ctrlKey && !event.metaKey && !event.altKey) {
        event.preventDefault();
        input.focus();
      }
    });
  }

  // ---- Quiz --------------------------------------------------------------------------
  var quizButton = document.getElementById("quiz-toggle");
  function reveal(part) {
    part.classList.add("shown");
    part.removeAttribute("role");
    part.removeAttribute("tabindex");
    part.removeAttribute("aria-label");
  }
  function setQuiz(on) {
    document.body.classList.toggle("quiz-on", on);
    quizButton.setAttribute("aria-pressed", on ? "true" : "false");
    var parts = document.querySelectorAll(".qz");
    for (var i = 0; i < parts.length; i++) {
      var part = parts[i];
      if (on) {
        part.classList.remove("shown");
        part.setAttribute("role", "button");
        part.setAttribute("tabindex", "0");
        part.setAttribute("aria-label", "Hidden answer, press to reveal");
      } else {
        reveal(part);
        part.classList.remove("shown");
      }
    }
  }
  if (quizButton) {
    quizButton.addEventListener("click", function () {
      var on = !document.body.classList.contains("quiz-on");
      setQuiz(on);
      store("distill-quiz", on ? "on" : null);
    });
    var content = document.getElementById("main");
    content.addEventListener("click", function (event) {
      var part = event.target.closest && event.target.closest(".qz");
      if (!part || !document.body.classList.contains("quiz-on") || part.classList.contains("shown")) return;
      event.preventDefault();
      reveal(part);
    });
    content.addEventListener("keydown", function (event) {
      var part = event.target;
      if (!part.classList || !part.classList.contains("qz") || part.classList.contains("shown")) return;
      if (event.key === "Enter" || event.key === " ") {
        event.preventDefault();
        reveal(part);
      }
    });
    if (store("distill-quiz") === "on") setQuiz(true);
  }

  // ---- Progress on the home page -----------------------------------------------------
  var tree = document.getElementById("topic-tree");
  if (tree && window.distillTopics) {
    var progress = {};
    try { progress = (JSON.parse(store("distill-progress") || "{}").cards) || {}; } catch (e) { progress = {}; }
    var learnt = {};
    for (var id in progress) {
      if (progress[id].b >= 1) learnt[progress[id].t] = (learnt[progress[id].t] || 0) + 1;
    }
    var counts = {};
    window.distillTopics.forEach(function (topic) { counts[topic[1]] = topic[2]; });
    var items = tree.children;
    for (var n = 0; n < items.length; n++) {
      var link = items[n].querySelector("a");
      if (!link) continue;
      var file = link.getAttribute("href").replace(/^topics\//, "");
      var total = counts[file];
      if (!total) continue;
      var known = Math.min(learnt[file] || 0, total);
      var line = document.createElement("span");
      line.className = "progress-line";
      var bar = document.createElement("progress");
      bar.max = total;
      bar.value = known;
      bar.setAttribute("aria-label", "Flashcards learnt in " + link.textContent);
      var cards = document.createElement("a");
      cards.href = "flashcards/" + file;
      cards.textContent = known + "/" + total + " cards";
      line.appendChild(bar);
      line.appendChild(document.createTextNode(" "));
      line.appendChild(cards);
      var meta = items[n].querySelector(".meta");
      (meta || link).insertAdjacentElement("afterend", line);
    }
  }
})();

// On a narrow screen the topic list sits below the page and runs for screens: start it folded.
(function () {
  var details = document.getElementById("sidebar-details");
  if (details && window.matchMedia && window.matchMedia("(max-width: 52rem)").matches) details.open = false;
})();
