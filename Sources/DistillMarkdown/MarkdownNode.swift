/// One node of a parsed markdown document, owned by Swift.
///
/// The tree is a plain value: it holds no pointer into the C library, so it can be
/// kept, compared and sent between threads freely.
public struct MarkdownNode: Hashable, Sendable, Codable {
    /// Column alignment of a GFM table.
    public enum Alignment: String, Hashable, Sendable, Codable {
        case none, left, center, right
    }

    /// What a node is, with the data only that kind carries.
    public enum Kind: Hashable, Sendable, Codable {
        case document
        case blockQuote
        case list(ordered: Bool, start: Int, tight: Bool)
        case item(task: Bool?)
        case codeBlock(info: String)
        case htmlBlock
        case paragraph
        case heading(level: Int)
        case thematicBreak
        case table(alignments: [Alignment])
        case tableRow(isHeader: Bool)
        case tableCell
        case footnoteDefinition
        case text
        case softBreak
        case lineBreak
        case code
        case htmlInline
        case emphasis
        case strong
        case strikethrough
        case link(destination: String, title: String)
        case image(source: String, title: String)
        case footnoteReference
        /// A node type this wrapper does not know, by cmark-gfm's type name.
        case other(String)

        /// True for the kinds that hold inline content rather than blocks.
        public var isInline: Bool {
            switch self {
            case .text, .softBreak, .lineBreak, .code, .htmlInline, .emphasis, .strong,
                .strikethrough, .link, .image, .footnoteReference:
                return true
            default:
                return false
            }
        }
    }

    public var kind: Kind
    /// The text of leaf nodes: text, code, code blocks and HTML.
    public var literal: String
    public var children: [MarkdownNode]
    public var range: SourceRange

    public init(kind: Kind, literal: String = "", children: [MarkdownNode] = [], range: SourceRange) {
        self.kind = kind
        self.literal = literal
        self.children = children
        self.range = range
    }
}

extension MarkdownNode {
    /// The node's text with all markup removed; soft breaks become spaces.
    public var plainText: String {
        var out = ""
        appendPlainText(to: &out)
        return out
    }

    private func appendPlainText(to out: inout String) {
        switch kind {
        case .text, .code, .codeBlock:
            out += literal
        case .softBreak, .lineBreak:
            out += " "
        case .htmlInline, .htmlBlock:
            break
        default:
            for child in children {
                child.appendPlainText(to: &out)
            }
        }
    }
}
