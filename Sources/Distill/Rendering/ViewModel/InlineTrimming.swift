import DistillMarkdown

/// Cuts a lead (a definition's term, a question) off the front of a fact's inline nodes, so
/// the rest keeps its formatting while the lead is shown on its own.
enum InlineTrimming {
    /// Characters that join a lead to the rest: `S3: object storage`, `S3 - object storage`.
    private static let separators: Set<Character> = [":", "-", "–", "—", "=", ">", "|", " ", "\t"]

    /// The nodes after `lead` and any separator, or nil when the text does not start with
    /// `lead` or nothing is left after it.
    static func nodes(_ nodes: [MarkdownNode], after lead: String) -> [MarkdownNode]? {
        let text = nodes.map(\.plainText).joined()
        let trimmedLead = lead.trimmingWhitespaceAndNewlines
        guard !trimmedLead.isEmpty, text.hasPrefix(trimmedLead) else { return nil }
        let rest = text.dropFirst(trimmedLead.count)
        let separatorCount = rest.prefix { separators.contains($0) }.count
        var remaining = trimmedLead.count + separatorCount
        let kept = dropFirst(nodes, &remaining)
        guard kept.contains(where: { $0.plainText.hasScalarBesidesWhitespace }) else { return nil }
        return kept
    }

    /// Drops `remaining` characters of plain text from the front, removing nodes left empty.
    private static func dropFirst(_ nodes: [MarkdownNode], _ remaining: inout Int) -> [MarkdownNode] {
        var out: [MarkdownNode] = []
        for node in nodes {
            guard remaining > 0 else {
                out.append(node)
                continue
            }
            switch node.kind {
            case .text, .code:
                let length = node.literal.count
                if length <= remaining {
                    remaining -= length
                } else {
                    var cut = node
                    cut.literal = String(node.literal.dropFirst(remaining))
                    remaining = 0
                    out.append(cut)
                }
            case .softBreak, .lineBreak:
                remaining -= 1
            case .htmlInline:
                // Contributes no plain text, so it cannot be part of the lead; dropping it is harmless.
                continue
            default:
                var copy = node
                copy.children = dropFirst(node.children, &remaining)
                if !copy.children.isEmpty { out.append(copy) }
            }
        }
        return out
    }
}
