/// One headline number of the guide, e.g. `42` `facts`.
public struct Stat: Hashable, Sendable {
    public var value: Int
    public var label: String
}

/// An input file as the home page lists it.
public struct SourceView: Hashable, Sendable {
    public var file: String
    /// The note's own title, or empty.
    public var title: String
    public var hasTitle: Bool
    public var format: String
    public var lines: Int
    public var factCountLabel: String
}

/// A conflict as the home page lists it: why, and links to every fact involved.
public struct ConflictView: Hashable, Sendable {
    public var reason: String
    public var facts: [FactLink]
}

enum Plural {
    /// `1 fact`, `3 facts`.
    static func count(_ n: Int, _ singular: String) -> String {
        n == 1 ? "1 \(singular)" : "\(n) \(singular)s"
    }
}
