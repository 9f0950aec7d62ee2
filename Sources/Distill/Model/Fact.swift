import DistillMarkdown

/// One statement taken from a note: a list item's text or a paragraph.
public struct Fact: Hashable, Sendable, Codable {
    /// What shape of knowledge a fact holds; cards are made differently for each.
    public enum Kind: Hashable, Sendable, Codable {
        /// A plain statement.
        case statement
        /// `Term: definition` and its variants.
        case definition(term: String, definition: String)
        /// A question with its answer.
        case question(question: String, answer: String)
    }

    public var kind: Kind
    /// The fact's inline markdown nodes, for rendering with formatting.
    public var content: [MarkdownNode]
    /// The fact's text with markup removed.
    public var text: String
    /// Titles of the headings the fact sits under, outermost first.
    public var topicPath: [String]
    /// Where the fact's text starts in the raw input.
    public var location: SourceLocation
    /// How deep in nested lists the fact sits (0 for a top-level item or paragraph).
    public var depth: Int
    /// Index, in the same note's fact list, of the list item this one is nested under.
    public var parentIndex: Int?

    public init(
        kind: Kind = .statement, content: [MarkdownNode], text: String, topicPath: [String],
        location: SourceLocation, depth: Int = 0, parentIndex: Int? = nil
    ) {
        self.kind = kind
        self.content = content
        self.text = text
        self.topicPath = topicPath
        self.location = location
        self.depth = depth
        self.parentIndex = parentIndex
    }
}

/// Content of a topic that is not a fact: tables and code, kept whole.
public struct Block: Hashable, Sendable, Codable {
    public enum Kind: Hashable, Sendable, Codable {
        case table(header: [[MarkdownNode]], rows: [[[MarkdownNode]]], alignments: [MarkdownNode.Alignment])
        case code(language: String, text: String)
    }

    public var kind: Kind
    public var topicPath: [String]
    public var location: SourceLocation

    public init(kind: Kind, topicPath: [String], location: SourceLocation) {
        self.kind = kind
        self.topicPath = topicPath
        self.location = location
    }
}

/// A heading as it stood in one note.
public struct HeadingOccurrence: Hashable, Sendable, Codable {
    /// Titles from the outermost heading down to this one.
    public var path: [String]
    public var location: SourceLocation

    public init(path: [String], location: SourceLocation) {
        self.path = path
        self.location = location
    }
}

/// Everything extraction found in one note, in document order.
public struct ExtractedNote: Hashable, Sendable, Codable {
    public enum Entry: Hashable, Sendable, Codable {
        case fact(Int)
        case block(Block)
    }

    public var source: SourcePath
    public var headings: [HeadingOccurrence]
    public var facts: [Fact]
    /// Facts (by index into `facts`) and blocks in the order the note has them.
    public var entries: [Entry]
    public var diagnostics: [Diagnostic]
    /// Raw lines whose text became part of a fact, heading, table or code block.
    public var coveredLines: Set<Int>
    /// The heading that names the whole note (above all others), when it is no topic.
    public var title: String?

    public init(
        source: SourcePath, headings: [HeadingOccurrence] = [], facts: [Fact] = [],
        entries: [Entry] = [], diagnostics: [Diagnostic] = [], coveredLines: Set<Int> = []
    ) {
        self.source = source
        self.headings = headings
        self.facts = facts
        self.entries = entries
        self.diagnostics = diagnostics
        self.coveredLines = coveredLines
    }
}
