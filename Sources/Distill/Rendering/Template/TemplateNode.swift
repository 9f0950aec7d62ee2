/// One piece of a compiled template.
indirect enum TemplateNode: Sendable {
    /// Text written as it is, as UTF-8 bytes: rendering copies them, with no string to read.
    case text([UInt8])
    /// `{{name}}` (escaped) or `{{{name}}}` / `{{&name}}` (as it is).
    case variable(TemplatePath, escaped: Bool)
    /// `{{#name}}…{{/name}}`, or with `inverted` `{{^name}}…{{/name}}`.
    case section(TemplatePath, body: [TemplateNode], inverted: Bool)
    /// `{{>name}}`, or `{{<name}}…{{/name}}` with the blocks it overrides. `indentation` is the
    /// white space before a tag that stands alone on its line, repeated on every line the
    /// partial writes. `offset` is where the tag starts in the template's UTF-8 text.
    case partial(String, indentation: String, overrides: [String: [TemplateNode]]?, offset: Int)
    /// `{{$name}}…{{/name}}` outside an override list: the override if a caller gave one,
    /// else the body.
    case block(String, body: [TemplateNode], indentation: String)
    /// `{{% CONTENT_TYPE: TEXT}}` turns escaping off for the rest of the template, `HTML` on.
    case escaping(Bool)
}

/// A name in a tag: `.` (the current value), `name`, `a.b.c` (`a` looked up the context
/// stack, then `b` in it), or `.a` (looked up in the current value only).
struct TemplatePath: Sendable, Equatable {
    /// The name as the tag writes it.
    var name: String
    var segments: [String]
    /// Each segment's symbol (see `TemplateSymbols`), which lookups use.
    var symbols: [Int]
    /// `.` or `.a`: only the value on top of the stack is searched.
    var fromTop: Bool
    /// Where the tag starts in the template's UTF-8 text.
    var offset: Int

    init(_ name: String, offset: Int) {
        self.name = name
        self.offset = offset
        fromTop = name.first == "."
        segments = name.split(separator: ".").map(String.init)
        symbols = segments.map(TemplateSymbols.symbol(for:))
    }
}

/// A tag the nodes hold, at any depth, by what it names.
enum TemplateTag {
    /// A variable or a section: a value looked up by name.
    case value(TemplatePath)
    /// A partial or a parent, and where its tag starts.
    case partial(String, offset: Int)

    var offset: Int {
        switch self {
        case let .value(path): path.offset
        case let .partial(_, offset): offset
        }
    }
}

extension [TemplateNode] {
    /// Every variable, section, partial and parent these nodes hold, in the order the text
    /// writes them.
    var tags: [TemplateTag] {
        var found: [TemplateTag] = []
        collectTags(into: &found)
        return found.sorted { $0.offset < $1.offset }
    }

    private func collectTags(into found: inout [TemplateTag]) {
        for node in self {
            switch node {
            case let .variable(path, _):
                found.append(.value(path))
            case let .section(path, body, _):
                found.append(.value(path))
                body.collectTags(into: &found)
            case let .partial(name, _, overrides, offset):
                found.append(.partial(name, offset: offset))
                for body in (overrides ?? [:]).values { body.collectTags(into: &found) }
            case let .block(_, body, _):
                body.collectTags(into: &found)
            case .text, .escaping:
                continue
            }
        }
    }
}
