/// A small wrapper type around a string, so stage data never passes bare strings around.
/// It compares, hashes and encodes as its string.
public protocol StringIdentifier: Hashable, Sendable, Comparable, Codable, CustomStringConvertible {
    var rawValue: String { get }
    init(_ rawValue: String)
}

extension StringIdentifier {
    public var description: String { rawValue }
    public static func < (lhs: Self, rhs: Self) -> Bool { lhs.rawValue < rhs.rawValue }

    public init(from decoder: Decoder) throws {
        self.init(try decoder.singleValueContainer().decode(String.self))
    }

    public func encode(to encoder: Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(rawValue)
    }
}

/// The path of an input file relative to the input folder, as facts.json and
/// diagnostics name it.
public struct SourcePath: StringIdentifier {
    public var rawValue: String
    public init(_ rawValue: String) { self.rawValue = rawValue }

    /// The file name without its folder and extension, e.g. `aws-notes` for `aws-notes.txt`.
    public var stem: String {
        let name = rawValue.split(separator: "/").last.map(String.init) ?? rawValue
        guard let dot = name.lastIndex(of: "."), dot != name.startIndex else { return name }
        return String(name[..<dot])
    }
}

/// A fact's stable identifier, e.g. `f3a9c0d12b7e`.
public struct FactID: StringIdentifier {
    public var rawValue: String
    public init(_ rawValue: String) { self.rawValue = rawValue }
}

/// A topic's slug: its path of URL-safe names, e.g. `storage/amazon-s3`.
public struct TopicSlug: StringIdentifier {
    public var rawValue: String
    public init(_ rawValue: String) { self.rawValue = rawValue }

    /// The slug's last segment, used for file names.
    public var leaf: String { rawValue.split(separator: "/").last.map(String.init) ?? rawValue }
}
