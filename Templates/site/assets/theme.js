// Applies the remembered colour theme before the page paints; without a choice the page
// follows the system setting (see style.css). site.js wires the toggle.
(function () {
  try {
    var theme = window.localStorage.getItem("distill-theme");
    if (theme === "dark" || theme === "light") document.documentElement.setAttribute("data-theme", theme);
  } catch (e) {
    // Storage can be off (private windows, file:// in some browsers); the system theme applies.
  }
})();
