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
        let scalars = text.unicodeScalars
        var index = scalars.index(after: start)
        guard index < scalars.endIndex else { return nil }
        var closing = false
        if scalars[index] == "/" {
            closing = true
            index = scalars.index(after: index)
        }
        let nameStart = index
        while index < scalars.endIndex, scalars[index].isASCII,
            scalars[index].properties.isAlphabetic || ("0"..."9").contains(scalars[index])
        {
            index = scalars.index(after: index)
        }
        guard index > nameStart, scalars[nameStart].properties.isAlphabetic else { return nil }
        let name = String(scalars[nameStart..<index]).lowercased()
        var isAutolink = false
        if !closing, index < scalars.endIndex, scalars[index] == ":" {
            isAutolink = true
        } else if index < scalars.endIndex,
            !(scalars[index] == ">" || scalars[index] == "/" || scalars[index] == " " || scalars[index] == "\t")
        {
            return nil
        }
        var length = 0
        while index < scalars.endIndex, scalars[index] != ">", length < maximumLength {
            if isAutolink, scalars[index] == " " || scalars[index] == "<" { return nil }
            index = scalars.index(after: index)
            length += 1
        }
        guard index < scalars.endIndex, scalars[index] == ">" else { return nil }
        let body = Substring(scalars[scalars.index(after: start)..<index])
        return HTMLTag(name: name, isClosing: closing, isAutolink: isAutolink, body: body, end: scalars.index(after: index))
    }

    /// The value of `name="value"` (or single-quoted) inside the tag.
    func attribute(_ attribute: String) -> Substring? {
        var search = body[...]
        while let range = search.literalRange(of: attribute + "=") {
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

    /// The first `</a>`, in either case, found on the bytes: no character but `A` and `a`
    /// folds to `a`, and `<`, `/` and `>` have no other case.
    private static func closingAnchor(in text: Substring) -> Range<Substring.Index>? {
        let utf8 = text.utf8
        var index = utf8.startIndex
        while let open = utf8[index...].firstIndex(of: UInt8(ascii: "<")) {
            let tail = Array(utf8[open...].prefix(4))
            if tail.count == 4, tail[1] == UInt8(ascii: "/"), tail[2] | 0x20 == UInt8(ascii: "a"), tail[3] == UInt8(ascii: ">") {
                return open..<utf8.index(open, offsetBy: 4)
            }
            index = utf8.index(after: open)
        }
        return nil
    }

    /// `<a href="url">text</a>` as `[text](url)`, with the index just past `</a>`.
    static func anchorLink(_ text: String, tag: HTMLTag) -> (markdown: String, end: Substring.Index)? {
        guard let href = tag.attribute("href"), !href.isEmpty else { return nil }
        // The link text is looked for nearby only, so unclosed tags cannot make a line quadratic.
        let rest = text[tag.end...].prefix(4_000)
        guard let close = closingAnchor(in: rest) else { return nil }
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
