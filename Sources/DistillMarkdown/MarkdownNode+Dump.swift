extension MarkdownNode {
    /// A readable outline of the tree, one node a line with its `line:col` range, for
    /// golden-file tests and `--verbose` debugging.
    public func dump() -> String {
        var lines: [String] = []
        var stack: [(node: MarkdownNode, depth: Int)] = [(self, 0)]
        while let (node, depth) = stack.popLast() {
            var line = String(repeating: "  ", count: depth) + node.kind.dumpName + " [\(node.range)]"
            if !node.literal.isEmpty {
                line += " " + node.literal.debugDescription
            }
            lines.append(line)
            for child in node.children.reversed() {
                stack.append((child, depth + 1))
            }
        }
        return lines.joined(separator: "\n") + "\n"
    }
}

extension MarkdownNode.Kind {
    /// The kind's name with its data, as the dump shows it.
    public var dumpName: String {
        switch self {
        case .document: "document"
        case .blockQuote: "blockQuote"
        case let .list(ordered, start, tight): "list(\(ordered ? "ordered start=\(start)" : "bullet")\(tight ? " tight" : ""))"
        case let .item(task): task.map { "item(task checked=\($0))" } ?? "item"
        case let .codeBlock(info): info.isEmpty ? "codeBlock" : "codeBlock(\(info))"
        case .htmlBlock: "htmlBlock"
        case .paragraph: "paragraph"
        case let .heading(level): "heading(\(level))"
        case .thematicBreak: "thematicBreak"
        case let .table(alignments): "table(\(alignments.map(\.rawValue).joined(separator: ",")))"
        case let .tableRow(isHeader): isHeader ? "tableRow(header)" : "tableRow"
        case .tableCell: "tableCell"
        case .footnoteDefinition: "footnoteDefinition"
        case .text: "text"
        case .softBreak: "softBreak"
        case .lineBreak: "lineBreak"
        case .code: "code"
        case .htmlInline: "htmlInline"
        case .emphasis: "emphasis"
        case .strong: "strong"
        case .strikethrough: "strikethrough"
        case let .link(destination, title): "link(\(destination.debugDescription)\(title.isEmpty ? "" : " " + title.debugDescription))"
        case let .image(source, title): "image(\(source.debugDescription)\(title.isEmpty ? "" : " " + title.debugDescription))"
        case .footnoteReference: "footnoteReference"
        case let .other(name): "other(\(name))"
        }
    }
}
