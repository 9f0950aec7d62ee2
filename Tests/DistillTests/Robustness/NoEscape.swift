import Foundation

@testable import Distill

/// Checks a build's outputs for anything from a note that could run in a browser, in Anki
/// or in a spreadsheet: script and style that do more than the templates' own, event-handler
/// attributes, `javascript:`/`data:` URLs, frames, a JavaScript string broken out of, and CSV
/// cells that a spreadsheet would read as a formula.
enum NoEscape {
    /// Every problem found in the files, as `path: what`.
    static func violations(in files: [RenderedFile]) -> [String] {
        var found: [String] = []
        for file in files {
            let text = String(decoding: file.contents, as: UTF8.self)
            let problems: [String]
            if file.path.hasSuffix(".html") {
                problems = html(text)
            } else if file.path.hasSuffix(".csv") {
                problems = csv(text)
            } else if file.path.hasSuffix(".js") {
                problems = script(text)
            } else {
                problems = []
            }
            found += problems.map { "\(file.path): \($0)" }
        }
        return found
    }

    // MARK: - HTML

    /// Elements that run code or load other documents; never allowed.
    static let forbiddenElements: Set<String> = [
        "iframe", "frame", "frameset", "object", "embed", "applet", "base", "form", "svg", "math", "link-import", "portal",
    ]

    /// Attributes that hold a URL.
    static let urlAttributes: Set<String> = ["href", "src", "action", "formaction", "xlink:href", "poster", "background", "srcset", "data"]

    static func html(_ text: String) -> [String] {
        var problems: [String] = []
        let scalars = Array(text.unicodeScalars)
        var index = 0
        while index < scalars.count {
            guard scalars[index] == "<" else {
                index += 1
                continue
            }
            guard let tag = Tag.parse(scalars, at: index) else {
                index += 1
                continue
            }
            index = tag.end
            if tag.closing { continue }
            switch tag.name {
            case "script":
                // Only an external script with an empty body, from the templates' assets.
                let close = Array("</script>".unicodeScalars)
                let bodyEmpty = index + close.count <= scalars.count && Array(scalars[index..<(index + close.count)]) == close
                guard let source = tag.attributes["src"], !source.contains(":"), source.hasSuffix(".js"), bodyEmpty else {
                    problems.append("inline or foreign <script>")
                    break
                }
            case "style":
                let rest = String(String.UnicodeScalarView(scalars[index...]))
                let body = rest.range(of: "</style", options: .caseInsensitive).map { String(rest[..<$0.lowerBound]) } ?? rest
                if let bad = unsafeCSS(body) { problems.append("<style> holds \(bad)") }
            case "meta":
                if tag.attributes["http-equiv"]?.lowercased() == "refresh" { problems.append("<meta http-equiv=refresh>") }
                if tag.attributes["http-equiv"]?.lowercased() == "content-security-policy" {
                    let policy = (tag.attributes["content"] ?? "").lowercased()
                    if policy.contains("'unsafe-inline'") && policy.contains("script-src") && policy.range(of: "script-src[^;]*'unsafe-inline'", options: .regularExpression) != nil {
                        problems.append("Content-Security-Policy allows inline script")
                    }
                }
            case let name where forbiddenElements.contains(name):
                problems.append("<\(name)> element")
            default:
                break
            }
            for (name, value) in tag.attributes {
                if name.hasPrefix("on") { problems.append("event handler attribute \(name)") }
                if urlAttributes.contains(name), let scheme = unsafeScheme(value) { problems.append("\(scheme): URL in \(name)") }
                if name == "style", let bad = unsafeCSS(value) { problems.append("style attribute holds \(bad)") }
            }
        }
        return problems
    }

    /// `javascript`, `data` or `vbscript` when the URL uses that scheme, the way browsers read
    /// it (entities decoded, control characters and spaces ignored).
    static func unsafeScheme(_ url: String) -> String? {
        let decoded = HTMLEntities.decode(url).lowercased().unicodeScalars.filter { $0.value > 0x20 }
        let compact = String(String.UnicodeScalarView(decoded))
        for scheme in ["javascript", "data", "vbscript"] where compact.hasPrefix(scheme + ":") {
            return scheme
        }
        return nil
    }

    static func unsafeCSS(_ css: String) -> String? {
        let lowered = HTMLEntities.decode(css).lowercased()
        for marker in ["expression(", "javascript:", "behavior:", "-moz-binding", "@import", "url(", "</"] where lowered.contains(marker) {
            return "'\(marker)'"
        }
        return nil
    }

    /// One start or end tag, with its attributes as written (quotes removed).
    struct Tag {
        var name: String
        var closing: Bool
        var attributes: [String: String]
        var end: Int

        static func parse(_ s: [Unicode.Scalar], at start: Int) -> Tag? {
            var i = start + 1
            var closing = false
            if i < s.count, s[i] == "/" {
                closing = true
                i += 1
            }
            var name = ""
            while i < s.count, s[i].properties.isAlphabetic || ("0"..."9").contains(s[i]) || s[i] == "-" || s[i] == ":" {
                name.unicodeScalars.append(s[i])
                i += 1
            }
            guard !name.isEmpty, name.unicodeScalars.first!.properties.isAlphabetic else { return nil }
            var attributes: [String: String] = [:]
            while i < s.count {
                while i < s.count, s[i].properties.isWhitespace || s[i] == "/" { i += 1 }
                guard i < s.count else { return nil }
                if s[i] == ">" { return Tag(name: name.lowercased(), closing: closing, attributes: attributes, end: i + 1) }
                var attribute = ""
                while i < s.count, !s[i].properties.isWhitespace, s[i] != "=", s[i] != ">", s[i] != "/" {
                    attribute.unicodeScalars.append(s[i])
                    i += 1
                }
                while i < s.count, s[i].properties.isWhitespace { i += 1 }
                var value = ""
                if i < s.count, s[i] == "=" {
                    i += 1
                    while i < s.count, s[i].properties.isWhitespace { i += 1 }
                    if i < s.count, s[i] == "\"" || s[i] == "'" {
                        let quote = s[i]
                        i += 1
                        while i < s.count, s[i] != quote {
                            value.unicodeScalars.append(s[i])
                            i += 1
                        }
                        i += 1
                    } else {
                        while i < s.count, !s[i].properties.isWhitespace, s[i] != ">" {
                            value.unicodeScalars.append(s[i])
                            i += 1
                        }
                    }
                }
                if attribute.isEmpty {
                    i += 1
                } else {
                    attributes[attribute.lowercased()] = value
                }
            }
            return nil
        }
    }

    // MARK: - CSV and scripts

    /// Anki deck files: no cell a spreadsheet would run, and no unsafe HTML in any cell.
    static func csv(_ text: String) -> [String] {
        var problems: [String] = []
        for row in rows(text) {
            guard let first = row.first, !first.hasPrefix("#") else { continue }
            for cell in row {
                if let lead = cell.unicodeScalars.first, "=+-@\t\r".unicodeScalars.contains(lead) {
                    problems.append("cell starts with a formula character: \(cell.prefix(40))")
                }
                problems += html(cell).map { "in a cell: \($0)" }
            }
        }
        return problems
    }

    /// RFC 4180 rows: quoted fields may hold commas, doubled quotes and line breaks.
    static func rows(_ text: String) -> [[String]] {
        var rows: [[String]] = []
        var row: [String] = []
        var field = ""
        var quoted = false
        var atFieldStart = true
        var iterator = text.unicodeScalars.makeIterator()
        var pending: Unicode.Scalar? = nil
        while let scalar = pending ?? iterator.next() {
            pending = nil
            if quoted {
                if scalar == "\"" {
                    if let next = iterator.next() {
                        if next == "\"" { field += "\"" } else {
                            quoted = false
                            pending = next
                        }
                    } else {
                        quoted = false
                    }
                } else {
                    field.unicodeScalars.append(scalar)
                }
                continue
            }
            switch scalar {
            case "\"" where atFieldStart:
                quoted = true
                atFieldStart = false
            case ",":
                row.append(field)
                field = ""
                atFieldStart = true
            case "\n":
                row.append(field)
                rows.append(row)
                row = []
                field = ""
                atFieldStart = true
            default:
                field.unicodeScalars.append(scalar)
                atFieldStart = false
            }
        }
        if !field.isEmpty || !row.isEmpty {
            row.append(field)
            rows.append(row)
        }
        return rows
    }

    /// The sidebar script: each topic entry must be two plain string literals and a card
    /// count, so no note text can end a string and run as code.
    static func script(_ text: String) -> [String] {
        guard let open = text.range(of: "var topics = ["), let close = text.range(of: "\n  ];", range: open.upperBound..<text.endIndex) else {
            return []
        }
        let literal = #""(?:[^"\\\n<>]|\\.)*""#
        let entry = "^\\s*\\[\(literal), \(literal), [0-9]+\\],$"
        var problems: [String] = []
        for line in text[open.upperBound..<close.lowerBound].split(separator: "\n") {
            if String(line).range(of: entry, options: .regularExpression) == nil {
                problems.append("topic list entry is not two string literals and a count: \(line.prefix(80))")
            }
        }
        return problems
    }
}
