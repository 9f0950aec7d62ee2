import Mustache

/// A value templates read by name through a table of key paths instead of `Mirror`, which
/// reflects every stored property on every lookup and dominated rendering time.
protocol TemplateFields: MustacheParent {
    static var templateFields: [String: PartialKeyPath<Self> & Sendable] { get }
}

extension TemplateFields {
    public func child(named name: String) -> Any? {
        guard let path = Self.templateFields[name] else { return nil }
        return self[keyPath: path]
    }
}
