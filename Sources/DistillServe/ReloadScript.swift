import Foundation

/// The live-reload script that served pages load from `/__distill/reload.js`. It is an
/// external same-origin file so a page whose CSP says `script-src 'self'` still runs it.
/// It asks `/__distill/version` for the build after the one it has seen, which the server
/// answers when that build ends: a new version reloads the page, an error shows an overlay
/// above the page (which stays as it was) until a build succeeds again.
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
      function poll() {
        // After the first answer each request waits for the next build, and is answered the
        // moment it ends (or, with no build, after a while, and is made again).
        fetch("\(versionPath)" + (seen === null ? "" : "?after=" + seen), { cache: "no-store" })
          .then(function (response) { return response.json(); })
          .then(function (state) {
            if (seen !== null && state.version !== seen && !state.error) { location.reload(); return; }
            seen = state.version;
            if (state.error) { showError(state.error); }
            else if (overlay) { overlay.remove(); overlay = null; }
            setTimeout(poll, 0);
          })
          .catch(function () { setTimeout(poll, 500); /* the server is restarting or gone; keep trying */ });
      }
      poll();
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
