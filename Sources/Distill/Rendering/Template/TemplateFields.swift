import Foundation

/// A view type that templates read through a table of its fields, each a key path whose value
/// type is known when the table is compiled: a lookup is one array index by the name's symbol,
/// with no reflection, no dynamic casts and no hashing while pages render.
protocol TemplateFields: TemplateObject, TemplateRepresentable {
    static var templateFields: TemplateFieldTable<Self> { get }
}

extension TemplateFields {
    func templateValue(named name: String) -> TemplateValue? {
        Self.templateFields[name]?.read(self)
    }

    func templateValue(symbol: Int) -> TemplateValue? {
        Self.templateFields[symbol: symbol]?.read(self)
    }

    var templateValue: TemplateValue { .object(self) }
}

/// One field of a view type, read as a `TemplateValue`.
struct TemplateField<Root>: Sendable {
    let read: @Sendable (Root) -> TemplateValue

    static func field<Value: TemplateRepresentable>(_ path: KeyPath<Root, Value> & Sendable) -> Self {
        Self { $0[keyPath: path].templateValue }
    }
}

/// A view type's fields by name, and by the name's symbol (see `TemplateSymbols`).
struct TemplateFieldTable<Root>: ExpressibleByDictionaryLiteral, Sequence, Sendable {
    private let byName: [String: TemplateField<Root>]
    private let bySymbol: [TemplateField<Root>?]

    init(dictionaryLiteral elements: (String, TemplateField<Root>)...) {
        byName = Dictionary(elements, uniquingKeysWith: { first, _ in first })
        let symbols = elements.map { TemplateSymbols.symbol(for: $0.0) }
        var bySymbol = [TemplateField<Root>?](repeating: nil, count: (symbols.max() ?? -1) + 1)
        for (symbol, element) in zip(symbols, elements) where bySymbol[symbol] == nil { bySymbol[symbol] = element.1 }
        self.bySymbol = bySymbol
    }

    var keys: Dictionary<String, TemplateField<Root>>.Keys { byName.keys }

    subscript(_ name: String) -> TemplateField<Root>? { byName[name] }

    /// The field whose name has `symbol`, or nil; a symbol handed out after the table was made
    /// names none of its fields.
    subscript(symbol symbol: Int) -> TemplateField<Root>? {
        symbol >= 0 && symbol < bySymbol.count ? bySymbol[symbol] : nil
    }

    func makeIterator() -> Dictionary<String, TemplateField<Root>>.Iterator { byName.makeIterator() }
}

/// A number for every name a template or a view type uses, handed out the first time the
/// name is seen: templates are compiled with their names' symbols, so a lookup while pages
/// render indexes an array instead of hashing the name at every level of the context stack.
enum TemplateSymbols {
    private static let lock = NSLock()
    nonisolated(unsafe) private static var symbols: [String: Int] = [:]
    nonisolated(unsafe) private static var names: [String] = []

    static func symbol(for name: String) -> Int {
        lock.lock()
        defer { lock.unlock() }
        if let symbol = symbols[name] { return symbol }
        let symbol = names.count
        symbols[name] = symbol
        names.append(name)
        return symbol
    }

    /// The name a symbol was handed out for.
    static func name(of symbol: Int) -> String? {
        lock.lock()
        defer { lock.unlock() }
        return names.indices.contains(symbol) ? names[symbol] : nil
    }
}

extension TemplateObject {
    /// A value without a field table looks the name up by name.
    func templateValue(symbol: Int) -> TemplateValue? {
        TemplateSymbols.name(of: symbol).flatMap(templateValue(named:))
    }
}
