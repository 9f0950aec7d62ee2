/// One piece of a compiled template.
indirect enum TemplateNode: Sendable {
    /// Text written as it is.
    case text(String)
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
    var segments: [String]
    /// `.` or `.a`: only the value on top of the stack is searched.
    var fromTop: Bool

    init(_ name: Substring) {
        fromTop = name.first == "."
        segments = name.split(separator: ".").map(String.init)
    }
}

extension [TemplateNode] {
    /// Every partial and parent these nodes name, with the offset of its tag, in order.
    var partialReferences: [(name: String, offset: Int)] {
        flatMap { node -> [(name: String, offset: Int)] in
            switch node {
            case let .partial(name, _, overrides, offset):
                [(name, offset)] + (overrides ?? [:]).sorted { $0.key < $1.key }.flatMap { $0.value.partialReferences }
            case let .section(_, body, _), let .block(_, body, _):
                body.partialReferences
            case .text, .variable, .escaping:
                []
            }
        }
    }
}
