/// A value as a template sees it. View types hand their fields over as these values, typed
/// when the view is compiled, so rendering never has to find out at run time what a value is.
enum TemplateValue {
    /// An optional field with no value: falsy, and renders as nothing.
    case null
    case bool(Bool)
    case number(Int)
    case text(String)
    /// A section over a list renders once per item, with the item on top of the context stack.
    case list([TemplateValue])
    /// A value with named fields, which `{{name}}` tags look up.
    case object(any TemplateObject)

    /// What `{{name}}` writes (before escaping): text and numbers as they are, `true` or
    /// `false`, and nothing for a missing value, a list or an object.
    var renderedText: String {
        switch self {
        case let .text(text): text
        case let .number(number): String(number)
        case let .bool(flag): flag ? "true" : "false"
        case .null, .list, .object: ""
        }
    }

    /// `{{^name}}` renders for a missing value, `false` and an empty list.
    var isFalsy: Bool {
        switch self {
        case .null: true
        case let .bool(flag): !flag
        case let .list(items): items.isEmpty
        case .number, .text, .object: false
        }
    }
}

/// A value whose fields templates read by name.
protocol TemplateObject {
    /// The field whose name has `symbol` (see `TemplateSymbols`), or nil when the value has no
    /// such field (the lookup then goes on down the context stack).
    func templateValue(symbol: Int) -> TemplateValue?
}

extension TemplateObject {
    /// The field called `name`, or nil.
    func templateValue(named name: String) -> TemplateValue? {
        templateValue(symbol: TemplateSymbols.symbol(for: name))
    }
}

/// A Swift value that templates can read.
protocol TemplateRepresentable {
    var templateValue: TemplateValue { get }
}

extension String: TemplateRepresentable {
    var templateValue: TemplateValue { .text(self) }
}

extension Bool: TemplateRepresentable {
    var templateValue: TemplateValue { .bool(self) }
}

extension Int: TemplateRepresentable {
    var templateValue: TemplateValue { .number(self) }
}

extension Array: TemplateRepresentable where Element: TemplateRepresentable {
    var templateValue: TemplateValue { .list(map(\.templateValue)) }
}

extension Optional: TemplateRepresentable where Wrapped: TemplateRepresentable {
    var templateValue: TemplateValue { map(\.templateValue) ?? .null }
}
