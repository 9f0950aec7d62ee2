import CCmarkGFM
import Foundation

/// Parses GitHub-flavoured markdown with cmark-gfm into an owned `MarkdownNode` tree.
///
/// This is the only file in Distill that touches the C API: every pointer it gets is
/// read and freed here.
public enum MarkdownParser {
    /// The GFM extensions every parse attaches.
    public static let extensions = ["table", "strikethrough", "autolink", "tagfilter", "tasklist"]

    /// cmark-gfm keeps the table of inline special characters in a process-wide global that
    /// each parse of a parser with extensions changes and restores; two parses at once can
    /// see each other's table (`~~strike~~` then fails to parse, at random). Parses therefore
    /// take turns; they are a small share of a build.
    private static let lock = NSLock()

    /// Parses `markdown`; source positions refer to lines and byte columns of that text.
    public static func parse(_ markdown: String) -> MarkdownNode {
        guard let root = parseToC(markdown) else { return emptyDocument }
        defer { cmark_node_free(root) }
        return convert(root)
    }

    /// Runs cmark-gfm; the caller frees the returned tree.
    private static func parseToC(_ markdown: String) -> OpaquePointer? {
        lock.lock()
        defer { lock.unlock() }
        cmark_gfm_core_extensions_ensure_registered()
        let options = CMARK_OPT_SOURCEPOS | CMARK_OPT_FOOTNOTES
        guard let parser = cmark_parser_new(options) else { return nil }
        defer { cmark_parser_free(parser) }
        for name in extensions {
            if let ext = cmark_find_syntax_extension(name) {
                cmark_parser_attach_syntax_extension(parser, ext)
            }
        }
        var text = markdown
        text.withUTF8 { buffer in
            buffer.withMemoryRebound(to: CChar.self) { chars in
                if let base = chars.baseAddress {
                    cmark_parser_feed(parser, base, chars.count)
                }
            }
        }
        return cmark_parser_finish(parser)
    }

    private static let emptyDocument = MarkdownNode(
        kind: .document,
        range: SourceRange(start: .init(line: 1, column: 1), end: .init(line: 1, column: 1))
    )

    /// Builds the Swift tree with an explicit stack, so deep nesting cannot overflow.
    private static func convert(_ root: OpaquePointer) -> MarkdownNode {
        guard let iterator = cmark_iter_new(root) else { return emptyDocument }
        defer { cmark_iter_free(iterator) }
        var stack: [MarkdownNode] = []
        var result = emptyDocument
        while true {
            let event = cmark_iter_next(iterator)
            if event == CMARK_EVENT_DONE { break }
            guard let pointer = cmark_iter_get_node(iterator) else { continue }
            let isLeaf = cmark_node_first_child(pointer) == nil
            if event == CMARK_EVENT_ENTER {
                let node = makeNode(pointer)
                if isLeaf && !canHaveChildren(pointer) {
                    append(node, to: &stack, result: &result)
                } else {
                    stack.append(node)
                }
            } else if event == CMARK_EVENT_EXIT {
                if let done = stack.popLast() {
                    append(done, to: &stack, result: &result)
                }
            }
        }
        return result
    }

    private static func append(_ node: MarkdownNode, to stack: inout [MarkdownNode], result: inout MarkdownNode) {
        if stack.isEmpty {
            result = node
        } else {
            stack[stack.count - 1].children.append(node)
        }
    }

    /// Leaf kinds get no EXIT event from the iterator; containers always do, even empty.
    private static func canHaveChildren(_ pointer: OpaquePointer) -> Bool {
        switch cmark_node_get_type(pointer) {
        case CMARK_NODE_HTML_BLOCK, CMARK_NODE_THEMATIC_BREAK, CMARK_NODE_CODE_BLOCK,
            CMARK_NODE_TEXT, CMARK_NODE_SOFTBREAK, CMARK_NODE_LINEBREAK, CMARK_NODE_CODE,
            CMARK_NODE_HTML_INLINE:
            return false
        default:
            return true
        }
    }

    private static func string(_ pointer: UnsafePointer<CChar>?) -> String {
        pointer.map { String(cString: $0) } ?? ""
    }

    private static func makeNode(_ pointer: OpaquePointer) -> MarkdownNode {
        let range = SourceRange(
            start: .init(line: Int(cmark_node_get_start_line(pointer)), column: Int(cmark_node_get_start_column(pointer))),
            end: .init(line: Int(cmark_node_get_end_line(pointer)), column: Int(cmark_node_get_end_column(pointer)))
        )
        let literal = string(cmark_node_get_literal(pointer))
        return MarkdownNode(kind: kind(of: pointer), literal: literal, range: range)
    }

    private static func kind(of pointer: OpaquePointer) -> MarkdownNode.Kind {
        switch cmark_node_get_type(pointer) {
        case CMARK_NODE_DOCUMENT: return .document
        case CMARK_NODE_BLOCK_QUOTE: return .blockQuote
        case CMARK_NODE_LIST:
            return .list(
                ordered: cmark_node_get_list_type(pointer) == CMARK_ORDERED_LIST,
                start: Int(cmark_node_get_list_start(pointer)),
                tight: cmark_node_get_list_tight(pointer) != 0
            )
        case CMARK_NODE_CODE_BLOCK: return .codeBlock(info: string(cmark_node_get_fence_info(pointer)))
        case CMARK_NODE_HTML_BLOCK: return .htmlBlock
        case CMARK_NODE_PARAGRAPH: return .paragraph
        case CMARK_NODE_HEADING: return .heading(level: Int(cmark_node_get_heading_level(pointer)))
        case CMARK_NODE_THEMATIC_BREAK: return .thematicBreak
        case CMARK_NODE_FOOTNOTE_DEFINITION: return .footnoteDefinition
        case CMARK_NODE_TEXT: return .text
        case CMARK_NODE_SOFTBREAK: return .softBreak
        case CMARK_NODE_LINEBREAK: return .lineBreak
        case CMARK_NODE_CODE: return .code
        case CMARK_NODE_HTML_INLINE: return .htmlInline
        case CMARK_NODE_EMPH: return .emphasis
        case CMARK_NODE_STRONG: return .strong
        case CMARK_NODE_LINK:
            return .link(destination: string(cmark_node_get_url(pointer)), title: string(cmark_node_get_title(pointer)))
        case CMARK_NODE_IMAGE:
            return .image(source: string(cmark_node_get_url(pointer)), title: string(cmark_node_get_title(pointer)))
        case CMARK_NODE_FOOTNOTE_REFERENCE: return .footnoteReference
        default:
            return extensionKind(of: pointer)
        }
    }

    /// GFM extension nodes have run-time type numbers; they are told apart by name.
    private static func extensionKind(of pointer: OpaquePointer) -> MarkdownNode.Kind {
        let name = string(cmark_node_get_type_string(pointer))
        switch name {
        case "table":
            let columns = Int(cmark_gfm_extensions_get_table_columns(pointer))
            var alignments: [MarkdownNode.Alignment] = []
            if let raw = cmark_gfm_extensions_get_table_alignments(pointer) {
                for index in 0..<columns {
                    switch UInt8(raw[index]) {
                    case UInt8(ascii: "l"): alignments.append(.left)
                    case UInt8(ascii: "c"): alignments.append(.center)
                    case UInt8(ascii: "r"): alignments.append(.right)
                    default: alignments.append(.none)
                    }
                }
            }
            return .table(alignments: alignments)
        case "table_header":
            return .tableRow(isHeader: true)
        case "table_row":
            return .tableRow(isHeader: cmark_gfm_extensions_get_table_row_is_header(pointer) != 0)
        case "table_cell":
            return .tableCell
        case "strikethrough":
            return .strikethrough
        case "tasklist":
            return .item(task: cmark_gfm_extensions_get_tasklist_item_checked(pointer))
        case "item":
            return .item(task: nil)
        default:
            return .other(name)
        }
    }
}
