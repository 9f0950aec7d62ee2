import Foundation

/// A view type that templates read through a table of its fields, each a key path whose value
/// type is known when the table is compiled: a lookup is one array index by the name's symbol,
/// with no reflection, no dynamic casts and no hashing while pages render.
protocol TemplateFields: TemplateObject, TemplateRepresentable {
    static var templateFields: TemplateFieldTable<Self> { get }
    /// The field whose name has `symbol` of the view `view` points to, read in place. A
    /// requirement, so that each view type's lookup is compiled for that type, whether the
    /// view stands alone or is an item of a list.
    static func templateValue(symbol: Int, of view: UnsafePointer<Self>) -> TemplateValue?
    /// `templateValue(symbol:of:)` of item `index` of `items`, read in place. A requirement for
    /// the same reason: reached through a generic list item, the array's buffer would be
    /// opened by unspecialized code at every lookup.
    static func templateValue(symbol: Int, ofItem index: Int, in items: [Self]) -> TemplateValue?
}

extension TemplateFields {
    func templateValue(symbol: Int) -> TemplateValue? {
        withUnsafePointer(to: self) { Self.templateValue(symbol: symbol, of: $0) }
    }

    static func templateValue(symbol: Int, of view: UnsafePointer<Self>) -> TemplateValue? {
        templateFields[symbol: symbol]?.readInPlace(view)
    }

    static func templateValue(symbol: Int, ofItem index: Int, in items: [Self]) -> TemplateValue? {
        items.withUnsafeBufferPointer { templateValue(symbol: symbol, of: $0.baseAddress! + index) }
    }

    var templateValue: TemplateValue { .object(self) }

    /// The item as a view into its list: a list of views renders without a copy of each view,
    /// which would retain each of its fields.
    static func templateItem(_ items: [Self], at index: Int) -> TemplateValue {
        .object(TemplateListItem(items: items, index: index))
    }
}

/// Item `index` of a list of views, read in place. It holds the list and a number, so it is
/// stored in a `TemplateValue` without a box of its own.
struct TemplateListItem<Root: TemplateFields>: TemplateObject {
    let items: [Root]
    let index: Int

    func templateValue(symbol: Int) -> TemplateValue? {
        Root.templateValue(symbol: symbol, ofItem: index, in: items)
    }
}

/// One field of a view type, read as a `TemplateValue`.
struct TemplateField<Root>: Sendable {
    /// Reads the field of the value the pointer points to: only the field is copied, not the
    /// value, which would retain each of its fields.
    let readInPlace: @Sendable (UnsafePointer<Root>) -> TemplateValue

    static func field<Value: TemplateRepresentable & SendableMetatype>(_ path: KeyPath<Root, Value> & Sendable) -> Self {
        Self { $0.pointee[keyPath: path].templateValue }
    }

    func read(_ root: Root) -> TemplateValue {
        withUnsafePointer(to: root, readInPlace)
    }
}

/// A view type's fields with their names, found by the name's symbol (see `TemplateSymbols`).
struct TemplateFieldTable<Root>: ExpressibleByDictionaryLiteral, Sequence, Sendable {
    /// The fields as the table lists them, for the names templates may use.
    private let fields: [(name: String, field: TemplateField<Root>)]
    private let bySymbol: [TemplateField<Root>?]

    init(dictionaryLiteral elements: (String, TemplateField<Root>)...) {
        fields = elements.map { (name: $0.0, field: $0.1) }
        let symbols = elements.map { TemplateSymbols.symbol(for: $0.0) }
        var bySymbol = [TemplateField<Root>?](repeating: nil, count: (symbols.max() ?? -1) + 1)
        for (symbol, element) in zip(symbols, elements) where bySymbol[symbol] == nil { bySymbol[symbol] = element.1 }
        self.bySymbol = bySymbol
    }

    var keys: [String] { fields.map(\.name) }

    /// The field whose name has `symbol`, or nil; a symbol handed out after the table was made
    /// names none of its fields.
    subscript(symbol symbol: Int) -> TemplateField<Root>? {
        symbol >= 0 && symbol < bySymbol.count ? bySymbol[symbol] : nil
    }

    func makeIterator() -> IndexingIterator<[(name: String, field: TemplateField<Root>)]> { fields.makeIterator() }
}

/// A number for every name a template or a view type uses, handed out the first time the
/// name is seen: templates are compiled with their names' symbols, so a lookup while pages
/// render indexes an array instead of hashing the name at every level of the context stack.
enum TemplateSymbols {
    private static let lock = NSLock()
    nonisolated(unsafe) private static var symbols: [String: Int] = [:]

    static func symbol(for name: String) -> Int {
        lock.lock()
        defer { lock.unlock() }
        if let symbol = symbols[name] { return symbol }
        let symbol = symbols.count
        symbols[name] = symbol
        return symbol
    }
}
