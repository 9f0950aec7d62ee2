import Foundation

/// The live-reload script that served pages load from `/__distill/reload.js`. It is an
/// external same-origin file so a page whose CSP says `script-src 'self'` still runs it.
/// One tab per browser asks `/__distill/version` for the build after the one it has seen,
/// which the server answers when that build ends, and tells the browser's other tabs (where
/// the browser cannot choose one tab, each asks every 500 ms): a new version reloads each
/// page, an error shows an overlay above it (the page stays as it was) until a build
/// succeeds again.
enum ReloadScript {
    static let path = "/__distill/reload.js"
    static let versionPath = "/__distill/version"

    /// The tag served HTML gains before `</head>` (or `</body>`, or at the end).
    static let tag = "<script src=\"\(path)\" defer></script>"

    static let source = """
    (function () {
      "use strict";
      var seen = null;
      var overlay = null;
      function showError(text) {
        if (!overlay) {
          overlay = document.createElement("div");
          overlay.id = "distill-build-error";
          var s = overlay.style;
          s.position = "fixed"; s.left = "0"; s.right = "0"; s.top = "0"; s.zIndex = "2147483647";
          s.maxHeight = "60vh"; s.overflow = "auto"; s.margin = "0"; s.padding = "1em 1.5em";
          s.background = "#2b0b0b"; s.color = "#ffd7d7"; s.font = "13px/1.45 ui-monospace, monospace";
          s.whiteSpace = "pre-wrap"; s.boxShadow = "0 2px 12px rgba(0,0,0,.5)";
          document.body.appendChild(overlay);
        }
        overlay.textContent = "distill: the last rebuild failed; this page shows the last good build.\\n\\n" + text;
      }
      // What a tab does with the server's state: reload after a new good build, or show the
      // errors of a failed one.
      function handle(state) {
        if (seen !== null && state.version !== seen && !state.error) { location.reload(); return; }
        seen = state.version;
        if (state.error) { showError(state.error); }
        else if (overlay) { overlay.remove(); overlay = null; }
      }
      function fetchState(after) {
        return fetch("\(versionPath)" + (after === null ? "" : "?after=" + after), { cache: "no-store" })
          .then(function (response) { return response.json(); });
      }
      // One tab of the browser waits for each build, with a request the server answers when
      // the build ends, and tells the others over a channel: a request left open by every tab
      // would take up the few connections a browser opens to one server.
      var channel = "BroadcastChannel" in window ? new BroadcastChannel("distill-reload") : null;
      if (channel) { channel.onmessage = function (event) { handle(event.data); }; }
      function wait() {
        fetchState(seen)
          .then(function (state) {
            if (channel) { channel.postMessage(state); }
            handle(state);
            setTimeout(wait, 0);
          })
          .catch(function () { setTimeout(wait, 500); /* the server is restarting or gone; keep trying */ });
      }
      // Without a way to choose one tab (locks need a page served from this machine or over
      // HTTPS), each tab asks every 500 ms and holds no request open.
      function look() {
        fetchState(null).then(handle).catch(function () {}).then(function () { setTimeout(look, 500); });
      }
      fetchState(null).then(handle).catch(function () {}).then(function () {
        if (channel && navigator.locks) {
          // Held until the tab goes; the next tab in line then waits instead.
          navigator.locks.request("distill-reload", function () { wait(); return new Promise(function () {}); });
        } else {
          look();
        }
      });
    })();

    """

    /// An HTML page with the reload tag added; the built file on disk is never changed.
    static func inject(into html: Data) -> Data {
        let text = String(decoding: html, as: UTF8.self)
        for marker in ["</head>", "</body>"] {
            if let range = text.range(of: marker, options: [.caseInsensitive, .backwards]) {
                return Data((text[..<range.lowerBound] + tag + text[range.lowerBound...]).utf8)
            }
        }
        return Data((text + tag).utf8)
    }

    /// The page shown when no site has been built yet because the build failed.
    static func errorPage(_ error: String) -> Data {
        let escaped = error.replacingOccurrences(of: "&", with: "&amp;").replacingOccurrences(of: "<", with: "&lt;")
            .replacingOccurrences(of: ">", with: "&gt;")
        return Data("""
        <!DOCTYPE html>
        <html lang="en"><head><meta charset="utf-8"><title>Build failed</title>\(tag)</head>
        <body><h1>The build failed</h1><pre>\(escaped)</pre>
        <p>Fix the notes, templates or config and save: this page reloads by itself.</p></body></html>

        """.utf8)
    }
}
