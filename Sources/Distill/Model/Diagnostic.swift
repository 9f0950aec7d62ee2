/// A message about the user's input, tied to the place it concerns.
public struct Diagnostic: Hashable, Sendable, Codable, CustomStringConvertible {
    public enum Severity: String, Hashable, Sendable, Codable, Comparable {
        case note, warning, error

        private var rank: Int {
            switch self {
            case .note: 0
            case .warning: 1
            case .error: 2
            }
        }
        public static func < (lhs: Self, rhs: Self) -> Bool { lhs.rank < rhs.rank }
    }

    public var severity: Severity
    public var location: SourceLocation?
    public var reason: Reason

    public init(_ severity: Severity, _ reason: Reason, at location: SourceLocation? = nil) {
        self.severity = severity
        self.reason = reason
        self.location = location
    }

    /// `Input/notes.txt:41:3: warning: fact appears before any heading`.
    public var description: String {
        let place = location.map { "\($0): " } ?? ""
        return "\(place)\(severity.rawValue): \(reason.message)"
    }
}
