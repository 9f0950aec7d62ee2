/// A value as a template sees it. View types hand their fields over as these values, typed
/// when the view is compiled, so rendering never has to find out at run time what a value is.
enum TemplateValue {
    /// An optional field with no value: falsy, and renders as nothing.
    case null
    case bool(Bool)
    case number(Int)
    case text(String)
    /// A section over a list renders once per item, with the item on top of the context stack.
    case list(any TemplateList)
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
        case let .list(items): items.count == 0
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

/// The items of a list that a section renders once each. An item is handed out only as the
/// section reaches it, so a list of views is not copied into values before it renders.
protocol TemplateList {
    var count: Int { get }
    func item(at index: Int) -> TemplateValue
}

extension [TemplateValue]: TemplateList {
    func item(at index: Int) -> TemplateValue { self[index] }
}

/// A Swift value that templates can read.
protocol TemplateRepresentable {
    var templateValue: TemplateValue { get }
    /// Item `index` of `items` as a value; a type may hand out a view of the item in its list
    /// instead of a copy.
    static func templateItem(_ items: [Self], at index: Int) -> TemplateValue
}

extension TemplateRepresentable {
    static func templateItem(_ items: [Self], at index: Int) -> TemplateValue { items[index].templateValue }
}

/// An array of values, as a list whose items each type hands out.
struct RepresentableList<Element: TemplateRepresentable>: TemplateList {
    let elements: [Element]

    var count: Int { elements.count }

    func item(at index: Int) -> TemplateValue { Element.templateItem(elements, at: index) }
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
    var templateValue: TemplateValue { .list(RepresentableList(elements: self)) }
}

extension Optional: TemplateRepresentable where Wrapped: TemplateRepresentable {
    var templateValue: TemplateValue { map(\.templateValue) ?? .null }
}
