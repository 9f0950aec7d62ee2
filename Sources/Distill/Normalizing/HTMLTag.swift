import Foundation

/// One HTML tag found inside a line of text, read without a full HTML parser.
struct HTMLTag {
    /// Lowercased tag name (`a`, `sup`, `br`), or the scheme for an autolink.
    var name: String
    var isClosing: Bool
    var isAutolink: Bool
    /// The text between `<` and `>`.
    var body: Substring
    /// Index just past the closing `>`.
    var end: String.Index

    /// Tags longer than this are not tags but prose that happens to hold a `<`.
    private static let maximumLength = 2_000

    /// Reads the tag starting at `start` (which holds `<`), or nil when the `<` is just text.
    static func parse(_ text: String, at start: String.Index) -> HTMLTag? {
        var index = text.index(after: start)
        guard index < text.endIndex else { return nil }
        var closing = false
        if text[index] == "/" {
            closing = true
            index = text.index(after: index)
        }
        let nameStart = index
        while index < text.endIndex, text[index].isASCII, text[index].isLetter || text[index].isNumber {
            index = text.index(after: index)
        }
        guard index > nameStart, text[nameStart].isLetter else { return nil }
        let name = text[nameStart..<index].lowercased()
        var isAutolink = false
        if !closing, index < text.endIndex, text[index] == ":" {
            isAutolink = true
        } else if index < text.endIndex, !(text[index] == ">" || text[index] == "/" || text[index] == " " || text[index] == "\t") {
            return nil
        }
        var length = 0
        while index < text.endIndex, text[index] != ">", length < maximumLength {
            if isAutolink, text[index] == " " || text[index] == "<" { return nil }
            index = text.index(after: index)
            length += 1
        }
        guard index < text.endIndex, text[index] == ">" else { return nil }
        let body = text[text.index(after: start)..<index]
        return HTMLTag(name: name, isClosing: closing, isAutolink: isAutolink, body: body, end: text.index(after: index))
    }

    /// The value of `name="value"` (or single-quoted) inside the tag.
    func attribute(_ attribute: String) -> Substring? {
        var search = body[...]
        while let range = search.range(of: attribute + "=") {
            let before = range.lowerBound > body.startIndex ? body[body.index(before: range.lowerBound)] : " "
            let valueStart = range.upperBound
            guard before == " " || before == "\t", valueStart < body.endIndex else {
                search = body[range.upperBound...]
                continue
            }
            let quote = body[valueStart]
            if quote == "\"" || quote == "'" {
                let inner = body.index(after: valueStart)
                guard let close = body[inner...].firstIndex(of: quote) else { return nil }
                return body[inner..<close]
            }
            let close = body[valueStart...].firstIndex(where: { $0 == " " || $0 == "\t" }) ?? body.endIndex
            return body[valueStart..<close]
        }
        return nil
    }

    /// `<a href="url">text</a>` as `[text](url)`, with the index just past `</a>`.
    static func anchorLink(_ text: String, tag: HTMLTag) -> (markdown: String, end: String.Index)? {
        guard let href = tag.attribute("href"), !href.isEmpty else { return nil }
        let rest = text[tag.end...]
        guard let close = rest.range(of: "</a>", options: .caseInsensitive) else { return nil }
        var label = String()
        var index = rest.startIndex
        while index < close.lowerBound {
            if rest[index] == "<", let inner = parse(text, at: index), inner.end <= close.lowerBound {
                index = inner.end
                continue
            }
            label.append(rest[index])
            index = rest.index(after: index)
        }
        label = label.trimmingCharacters(in: .whitespaces)
        if label.isEmpty { label = String(href) }
        let escapedLabel = label.replacingOccurrences(of: "]", with: "\\]")
        let destination = href.contains(" ") || href.contains(")") ? "<\(href)>" : String(href)
        return ("[\(escapedLabel)](\(destination))", close.upperBound)
    }
}
