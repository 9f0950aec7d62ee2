// Runs a flashcard session over the cards the page's scripts added: due and new cards in deck
// order; "again" shows the card again a few cards later, "good" and "easy" put it off for
// longer each time (a Leitner box per card). Progress lives in localStorage under
// "distill-progress" as {version, cards: {id: {t: topic page, b: box, d: due time, n: reviews}}}
// and can be exported to and imported from a JSON file.
(function () {
  "use strict";
  var page = document.getElementById("flashcards");
  if (!page) return;
  var key = "distill-progress";
  var dayMs = 24 * 60 * 60 * 1000;
  // Days until a card in each box is due again.
  var intervals = [0, 1, 3, 7, 16, 35, 80];
  var deckName = page.getAttribute("data-deck");
  var $ = function (id) { return document.getElementById(id); };

  function load() {
    try {
      var data = JSON.parse(window.localStorage.getItem(key) || "{}");
      return data && typeof data.cards === "object" && data.cards ? data : { version: 1, cards: {} };
    } catch (e) {
      return { version: 1, cards: {} };
    }
  }
  function save() {
    try {
      window.localStorage.setItem(key, JSON.stringify(progress));
    } catch (e) {
      message("This browser does not let the page keep progress; export it before you leave.");
    }
  }
  function message(text) { $("fc-message").textContent = text; }

  var progress = load();
  var cards = [];
  window.distillCards.decks.forEach(function (deck) {
    if (deckName && deck.page !== deckName) return;
    deck.cards.forEach(function (card) {
      cards.push({ id: card[0], kind: card[1], front: card[2], back: card[3], page: deck.page, title: deck.title });
    });
  });
  var queue = [];
  var current = null;

  function isDue(card, now) {
    var state = progress.cards[card.id];
    return !state || state.d <= now;
  }
  function buildQueue() {
    var now = Date.now();
    queue = cards.filter(function (card) { return isDue(card, now); });
  }
  function learnt() {
    return cards.filter(function (card) {
      var state = progress.cards[card.id];
      return state && state.b >= 1;
    }).length;
  }
  function showProgress() {
    var known = learnt();
    $("fc-progress").max = Math.max(cards.length, 1);
    $("fc-progress").value = known;
    $("fc-progress").textContent = known;
    $("fc-count").textContent = known + " of " + cards.length + " learnt · " + queue.length + " to study now";
  }
  // Card HTML is built at build time from escaped note text (AnkiCardContext), never from input.
  function show() {
    current = queue[0] || null;
    $("fc-card").hidden = !current;
    $("fc-done").hidden = !!current;
    showProgress();
    if (!current) return;
    $("fc-front").innerHTML = current.front;
    $("fc-back").innerHTML = current.back;
    $("fc-back").hidden = true;
    $("fc-show").hidden = false;
    ["fc-again", "fc-good", "fc-easy"].forEach(function (id) { $(id).hidden = true; });
    $("fc-card").setAttribute("data-card", current.id);
  }
  function flip() {
    if (!current) return;
    $("fc-back").hidden = false;
    $("fc-show").hidden = true;
    ["fc-again", "fc-good", "fc-easy"].forEach(function (id) { $(id).hidden = false; });
    $("fc-good").focus();
  }
  function grade(how) {
    if (!current || $("fc-back").hidden) return;
    var state = progress.cards[current.id] || { t: current.page, b: 0, d: 0, n: 0 };
    state.t = current.page;
    state.n += 1;
    queue.shift();
    if (how === "again") {
      state.b = 0;
      state.d = Date.now();
      queue.splice(Math.min(3, queue.length), 0, current);
    } else {
      state.b = Math.min(state.b + (how === "easy" ? 2 : 1), intervals.length - 1);
      state.d = Date.now() + intervals[state.b] * dayMs;
    }
    progress.cards[current.id] = state;
    progress.version = 1;
    save();
    show();
    if (current) $("fc-show").focus();
  }

  $("fc-show").addEventListener("click", flip);
  ["again", "good", "easy"].forEach(function (how) {
    $("fc-" + how).addEventListener("click", function () { grade(how); });
  });
  $("fc-restart").addEventListener("click", function () {
    queue = cards.slice();
    show();
  });
  document.addEventListener("keydown", function (event) {
    var tag = event.target && event.target.tagName;
    if (tag === "INPUT" || tag === "TEXTAREA" || event.ctrlKey || event.metaKey || event.altKey) return;
    if (event.key === " " && current && $("fc-back").hidden && tag !== "BUTTON") { event.preventDefault(); flip(); }
    else if (event.key === "1") grade("again");
    else if (event.key === "2") grade("good");
    else if (event.key === "3") grade("easy");
  });

  $("fc-export").addEventListener("click", function () {
    var blob = new Blob([JSON.stringify(progress, null, 1)], { type: "application/json" });
    var link = document.createElement("a");
    link.href = URL.createObjectURL(blob);
    link.download = "flashcard-progress.json";
    document.body.appendChild(link);
    link.click();
    link.remove();
    message("Progress saved as flashcard-progress.json.");
  });
  $("fc-import").addEventListener("change", function () {
    var file = this.files && this.files[0];
    if (!file) return;
    var reader = new FileReader();
    reader.onload = function () {
      try {
        var data = JSON.parse(reader.result);
        if (!data || typeof data.cards !== "object") throw new Error("no cards");
        var count = 0;
        for (var id in data.cards) {
          var state = data.cards[id];
          if (!state || typeof state.b !== "number" || typeof state.d !== "number") continue;
          progress.cards[id] = { t: String(state.t || ""), b: state.b, d: state.d, n: +state.n || 0 };
          count += 1;
        }
        save();
        buildQueue();
        show();
        message("Imported the progress of " + (count === 1 ? "1 card." : count + " cards."));
      } catch (e) {
        message("That file holds no flashcard progress.");
      }
    };
    reader.readAsText(file);
  });
  $("fc-reset").addEventListener("click", function () {
    cards.forEach(function (card) { delete progress.cards[card.id]; });
    save();
    buildQueue();
    show();
    message("Progress for these cards was forgotten.");
  });

  if (!cards.length) {
    $("fc-done").textContent = "No flashcards here: these facts hold no definition, question or number to ask about.";
  }
  $("fc-loading").hidden = true;
  buildQueue();
  show();
})();
