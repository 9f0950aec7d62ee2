/// A view type that templates read through a table of its fields, each a key path whose value
/// type is known when the table is compiled: a lookup is one dictionary probe, with no
/// reflection and no dynamic casts.
protocol TemplateFields: TemplateObject, TemplateRepresentable {
    static var templateFields: [String: TemplateField<Self>] { get }
}

extension TemplateFields {
    func templateValue(named name: String) -> TemplateValue? {
        Self.templateFields[name]?.read(self)
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
