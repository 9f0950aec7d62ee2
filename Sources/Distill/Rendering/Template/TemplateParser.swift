/// Compiles Mustache text into nodes: variables, sections, inverted sections, comments,
/// partials, parents with blocks (`{{<parent}}{{$block}}…{{/block}}{{/parent}}`), set
/// delimiters and the `CONTENT_TYPE` pragma.
///
/// A tag that opens, closes or configures (a section, a comment, a partial, a block, a
/// delimiter change) and stands alone on its line takes the line's white space and line end
/// with it, so it leaves no blank line. Whether a line starts fresh after a section is decided
/// by the tag that opened it, which is how the templates written so far have always rendered.
struct TemplateParser {
    private let bytes: [UInt8]
    private var index = 0

    private init(_ text: String) {
        bytes = Array(text.utf8)
    }

    /// The nodes of `text`, or the first syntax error with its line and column.
    static func parse(_ text: String) throws(TemplateSyntaxError) -> [TemplateNode] {
        var parser = TemplateParser(text)
        do {
            return Self.merged(try parser.parseBlock(State()))
        } catch {
            throw error.located(in: parser.bytes)
        }
    }

    /// What the parser knows at a point: the section it is inside, whether it is at the start
    /// of a line, the delimiters, and whether it is inside a parent's list of overrides.
    private struct State {
        var sectionName: String?
        var atLineStart = true
        var open: [UInt8] = Array("{{".utf8)
        var close: [UInt8] = Array("}}".utf8)
        /// Inside `{{<parent}}…{{/parent}}`.
        var inParent = false
        /// Directly inside it, where only `{{$block}}` overrides may stand.
        var parentTopLevel = false
        /// Inside an override, the white space of its first line, taken off every line.
        var overrideIndent: Int?

        func inSection(_ name: String, atLineStart: Bool) -> State {
            var state = self
            state.sectionName = name
            state.parentTopLevel = false
            if !atLineStart { state.atLineStart = false }
            return state
        }

        func inParent(_ name: String) -> State {
            var state = self
            state.sectionName = name
            state.atLineStart = true
            state.inParent = true
            state.parentTopLevel = true
            return state
        }
    }

    private mutating func parseBlock(_ entry: State) throws(TemplateSyntaxError.Pending) -> [TemplateNode] {
        var state = entry
        var nodes: [TemplateNode] = []
        // White space at the start of the line, written only if the line is not a lone tag.
        var leading = ""
        while index < bytes.count {
            if state.atLineStart {
                let blanks = readBlanks()
                if state.inParent, !state.parentTopLevel {
                    if let indent = state.overrideIndent {
                        leading = String(blanks.dropFirst(indent))
                    } else {
                        state.overrideIndent = blanks.count
                    }
                } else {
                    leading = blanks
                }
            }
            let (text, foundTag) = readText(until: state.open)
            if let length = lineEndLength(at: index) {
                nodes.append(Self.text(leading + text + String(decoding: bytes[index..<index + length], as: UTF8.self)))
                index += length
                state.atLineStart = true
                continue
            }
            if !text.isEmpty {
                nodes.append(Self.text(leading + text))
                leading = ""
                state.atLineStart = false
            }
            guard foundTag else { break }
            let tagStart = index - state.open.count
            guard index < bytes.count else { throw .init("a tag is opened but never closed", at: tagStart) }
            var nextAtLineStart = false
            switch bytes[index] {
            case UInt8(ascii: "#"), UInt8(ascii: "^"):
                let inverted = bytes[index] == UInt8(ascii: "^")
                index += 1
                let name = try readName(state)
                if standsAlone(state) {
                    nextAtLineStart = true
                } else if !leading.isEmpty {
                    nodes.append(Self.text(leading))
                    leading = ""
                }
                let body = try parseBlock(state.inSection(name, atLineStart: nextAtLineStart))
                nodes.append(.section(TemplatePath(name, offset: tagStart), body: Self.merged(body), inverted: inverted))
            case UInt8(ascii: "/"):
                index += 1
                let nameStart = index
                let name = try readName(state)
                guard let open = state.sectionName else {
                    throw .init("`{{/\(name)}}` closes a section that was never opened", at: nameStart)
                }
                guard name == open else {
                    throw .init("`{{/\(name)}}` closes `\(open)`, which needs `{{/\(open)}}`", at: nameStart)
                }
                if !standsAlone(state), !leading.isEmpty {
                    nodes.append(Self.text(leading))
                }
                return nodes
            case UInt8(ascii: "!"):
                index += 1
                guard let end = find(state.close, from: index) else { throw .init("a comment is never closed", at: tagStart) }
                index = end + state.close.count
                nextAtLineStart = standsAlone(state)
            case UInt8(ascii: "{"), UInt8(ascii: "&"):
                let triple = bytes[index] == UInt8(ascii: "{")
                if !leading.isEmpty {
                    nodes.append(Self.text(leading))
                    leading = ""
                }
                index += 1
                let name = try readName(state, closingBrace: triple)
                nodes.append(.variable(TemplatePath(name, offset: tagStart), escaped: false))
            case UInt8(ascii: ">"):
                index += 1
                let name = try readPartialName(state)
                if !leading.isEmpty { nodes.append(Self.text(leading)) }
                let alone = standsAlone(state)
                nextAtLineStart = alone
                nodes.append(.partial(name, indentation: alone ? leading : "", overrides: nil, offset: tagStart))
                leading = ""
            case UInt8(ascii: "<"):
                index += 1
                let nameStart = index
                let name = try readPartialName(state)
                if !leading.isEmpty { nodes.append(Self.text(leading)) }
                nextAtLineStart = standsAlone(state)
                var overrides: [String: [TemplateNode]] = [:]
                for node in try parseBlock(state.inParent(name)) {
                    switch node {
                    case let .block(block, body, _): overrides[block] = body
                    case .text: continue
                    default: throw .init("inside `{{<\(name)}}` only `{{$block}}` overrides may stand", at: nameStart)
                    }
                }
                nodes.append(.partial(name, indentation: leading, overrides: overrides, offset: tagStart))
                leading = ""
            case UInt8(ascii: "$"):
                index += 1
                let name = try readName(state)
                // An override in a parent's list takes no indentation; a block elsewhere writes
                // the white space before it and indents its lines with it.
                let indentation = state.parentTopLevel ? "" : leading
                if !indentation.isEmpty { nodes.append(Self.text(indentation)) }
                nextAtLineStart = standsAlone(state)
                let body = try parseBlock(state.inSection(name, atLineStart: nextAtLineStart))
                nodes.append(.block(name, body: Self.merged(body), indentation: indentation))
                if !state.parentTopLevel { leading = "" }
            case UInt8(ascii: "="):
                index += 1
                (state.open, state.close) = try readDelimiters(state, tagStart: tagStart)
                state.parentTopLevel = false
                nextAtLineStart = standsAlone(state)
            case UInt8(ascii: "%"):
                index += 1
                nodes.append(.escaping(try readPragma(state, tagStart: tagStart)))
                nextAtLineStart = standsAlone(state)
            default:
                if !leading.isEmpty {
                    nodes.append(Self.text(leading))
                    leading = ""
                }
                let name = try readName(state)
                nodes.append(.variable(TemplatePath(name, offset: tagStart), escaped: true))
            }
            state.atLineStart = nextAtLineStart
        }
        if let open = state.sectionName {
            throw .init("`\(open)` is opened but never closed with `{{/\(open)}}`", at: bytes.count)
        }
        return nodes
    }

    // MARK: Reading

    /// Spaces and tabs at the cursor.
    private mutating func readBlanks() -> String {
        let start = index
        index = blanksEnd(from: index)
        return String(decoding: bytes[start..<index], as: UTF8.self)
    }

    /// Where the spaces and tabs from `position` end.
    private func blanksEnd(from position: Int) -> Int {
        var end = position
        while end < bytes.count, bytes[end] == 0x20 || bytes[end] == 0x09 { end += 1 }
        return end
    }

    /// Text up to a line end (left unread) or the opening delimiter (read), and whether the
    /// delimiter was found.
    private mutating func readText(until open: [UInt8]) -> (String, Bool) {
        let start = index
        while index < bytes.count {
            if lineEndLength(at: index) != nil {
                return (String(decoding: bytes[start..<index], as: UTF8.self), false)
            }
            if bytes[index] == open[0], matches(open, at: index) {
                let text = String(decoding: bytes[start..<index], as: UTF8.self)
                index += open.count
                return (text, true)
            }
            index += 1
        }
        return (String(decoding: bytes[start..<index], as: UTF8.self), false)
    }

    /// The length of the line end at `position` (`\n` or `\r\n`), if there is one.
    private func lineEndLength(at position: Int) -> Int? {
        guard position < bytes.count else { return nil }
        if bytes[position] == 0x0A { return 1 }
        if bytes[position] == 0x0D, position + 1 < bytes.count, bytes[position + 1] == 0x0A { return 2 }
        return nil
    }

    /// A tag that began its line stands alone if only blanks follow it up to the line end
    /// (which is then read) or the end of the template.
    private mutating func standsAlone(_ state: State) -> Bool {
        guard state.atLineStart else { return false }
        if index >= bytes.count { return true }
        let position = blanksEnd(from: index)
        guard let length = lineEndLength(at: position) else { return false }
        index = position + length
        return true
    }

    private func matches(_ delimiter: [UInt8], at position: Int) -> Bool {
        guard position + delimiter.count <= bytes.count else { return false }
        for offset in delimiter.indices where bytes[position + offset] != delimiter[offset] { return false }
        return true
    }

    private func find(_ delimiter: [UInt8], from start: Int) -> Int? {
        var position = start
        while position + delimiter.count <= bytes.count {
            if matches(delimiter, at: position) { return position }
            position += 1
        }
        return nil
    }

    private mutating func skipWhiteSpace() {
        while index < bytes.count, bytes[index].isASCIIWhitespace { index += 1 }
    }

    private mutating func read(while accepts: (UInt8) -> Bool) -> String {
        let start = index
        while index < bytes.count, accepts(bytes[index]) { index += 1 }
        return String(decoding: bytes[start..<index], as: UTF8.self)
    }

    private static func isNameByte(_ byte: UInt8) -> Bool {
        byte.isASCIILetter || byte.isASCIIDigit || byte == UInt8(ascii: ".") || byte == UInt8(ascii: "-")
            || byte == UInt8(ascii: "_") || byte == UInt8(ascii: "?") || byte == UInt8(ascii: "*")
    }

    /// A tag's name and its closing delimiter (after `}` for `{{{name}}}`).
    private mutating func readName(_ state: State, closingBrace: Bool = false) throws(TemplateSyntaxError.Pending) -> String {
        skipWhiteSpace()
        let start = index
        let name = read(while: Self.isNameByte)
        if index < bytes.count, bytes[index] == UInt8(ascii: "(") {
            throw .init("`\(name)(…)`: transforms are not part of Mustache; give the view a field instead", at: start)
        }
        guard !name.isEmpty else { throw .init("a tag needs a name", at: start) }
        skipWhiteSpace()
        if closingBrace {
            guard index < bytes.count, bytes[index] == UInt8(ascii: "}") else {
                throw .init("`{{{\(name)` needs `}}}` to close it", at: index)
            }
            index += 1
            skipWhiteSpace()
        }
        try expectClose(state, after: name)
        return name
    }

    /// A partial's name, which may hold `/` for a template in a subfolder.
    private mutating func readPartialName(_ state: State) throws(TemplateSyntaxError.Pending) -> String {
        skipWhiteSpace()
        let start = index
        if index < bytes.count, bytes[index] == UInt8(ascii: "*") {
            throw .init("dynamic partial names (`*name`) are not supported", at: start)
        }
        let name = read { Self.isNameByte($0) || $0 == UInt8(ascii: "/") }
        guard !name.isEmpty else { throw .init("a partial needs a template name", at: start) }
        skipWhiteSpace()
        try expectClose(state, after: name)
        return name
    }

    private mutating func expectClose(_ state: State, after name: String) throws(TemplateSyntaxError.Pending) {
        guard matches(state.close, at: index) else {
            let close = String(decoding: state.close, as: UTF8.self)
            throw .init("`\(name)` is not followed by `\(close)`: a name is letters, digits and `.-_?`", at: index)
        }
        index += state.close.count
    }

    /// `{{=<% %>=}}`: the new opening and closing delimiters.
    private mutating func readDelimiters(_ state: State, tagStart: Int) throws(TemplateSyntaxError.Pending) -> ([UInt8], [UInt8]) {
        let problem = TemplateSyntaxError.Pending("a delimiter change is written `{{=<% %>=}}`", at: tagStart)
        skipWhiteSpace()
        let open = read { !$0.isASCIIWhitespace && $0 != UInt8(ascii: "=") }
        skipWhiteSpace()
        let close = read { !$0.isASCIIWhitespace && $0 != UInt8(ascii: "=") }
        skipWhiteSpace()
        guard !open.isEmpty, !close.isEmpty, index < bytes.count, bytes[index] == UInt8(ascii: "=") else { throw problem }
        index += 1
        guard matches(state.close, at: index) else { throw problem }
        index += state.close.count
        return (Array(open.utf8), Array(close.utf8))
    }

    /// `{{% CONTENT_TYPE: TEXT}}` (no escaping) or `HTML`: whether `{{name}}` escapes.
    private mutating func readPragma(_ state: State, tagStart: Int) throws(TemplateSyntaxError.Pending) -> Bool {
        skipWhiteSpace()
        let key = read(while: Self.isNameByte)
        skipWhiteSpace()
        guard key == "CONTENT_TYPE", index < bytes.count, bytes[index] == UInt8(ascii: ":") else {
            throw .init("the only setting is `{{% CONTENT_TYPE: HTML}}` or `TEXT`", at: tagStart)
        }
        index += 1
        skipWhiteSpace()
        let value = read(while: Self.isNameByte)
        skipWhiteSpace()
        guard value == "HTML" || value == "TEXT", matches(state.close, at: index) else {
            throw .init("`CONTENT_TYPE` is `HTML` or `TEXT`", at: tagStart)
        }
        index += state.close.count
        return value == "HTML"
    }

    /// A node of text written as it is, kept as its UTF-8 bytes.
    private static func text(_ text: String) -> TemplateNode {
        .text(Array(text.utf8))
    }

    /// Neighbouring text nodes joined into one.
    private static func merged(_ nodes: [TemplateNode]) -> [TemplateNode] {
        var result: [TemplateNode] = []
        result.reserveCapacity(nodes.count)
        for node in nodes {
            if case let .text(text) = node {
                if text.isEmpty { continue }
                if case let .text(previous)? = result.last {
                    result[result.count - 1] = .text(previous + text)
                    continue
                }
            }
            result.append(node)
        }
        return result
    }
}
