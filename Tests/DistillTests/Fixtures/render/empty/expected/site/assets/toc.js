// The sidebar's list of every topic, written once for all pages (each page holds only its own
// entry). Fills <ul id="sidebar-topics">, keeping the page's server-rendered entry as current.
(function () {
  var topics = [
  ];
  // The home page's progress bars and the whole-guide flashcards read the list too.
  window.distillTopics = topics;
  var list = document.getElementById("sidebar-topics");
  if (!list) return;
  var base = list.getAttribute("data-base") || "";
  var current = list.getAttribute("data-current") || "";
  var kept = list.querySelector("li.current");
  var items = document.createDocumentFragment();
  var placed = false;
  for (var i = 0; i < topics.length; i++) {
    if (kept && topics[i][1] === current) {
      items.appendChild(kept);
      placed = true;
      continue;
    }
    var item = document.createElement("li");
    var link = document.createElement("a");
    link.setAttribute("href", base + topics[i][1]);
    link.textContent = topics[i][0];
    item.appendChild(link);
    items.appendChild(item);
  }
  if (kept && !placed) items.insertBefore(kept, items.firstChild);
  list.textContent = "";
  list.appendChild(items);
  var box = list.parentNode;
  if (kept && box.scrollHeight > box.clientHeight) {
    box.scrollTop = Math.max(0, kept.offsetTop - box.clientHeight / 3);
  }
})();
