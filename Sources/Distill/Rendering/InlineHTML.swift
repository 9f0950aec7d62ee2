import DistillMarkdown

/// Renders a fact's inline markdown as HTML that is safe to put in a page: text is
/// escaped, raw HTML from notes is dropped (its text stays), and only web, mail and
/// relative links survive.
public enum InlineHTML {
    public static func render(_ nodes: [MarkdownNode]) -> String {
        var out = ""
        for node in nodes { append(node, to: &out) }
        return out
    }

    /// Whether a link destination may appear in a page: no `javascript:`, `data:` or other schemes.
    public static func isSafeURL(_ url: String) -> Bool {
        let lowered = url.trimmingCharacters(in: .whitespaces).lowercased()
        guard let colon = lowered.firstIndex(of: ":") else { return true }
        // A colon after a slash, `?` or `#` is not a scheme separator.
        if let slash = lowered.firstIndex(where: { $0 == "/" || $0 == "?" || $0 == "#" }), slash < colon { return true }
        let scheme = lowered[..<colon]
        return scheme == "http" || scheme == "https" || scheme == "mailto"
    }

    private static func append(_ node: MarkdownNode, to out: inout String) {
        switch node.kind {
        case .text:
            out += node.literal.htmlEscaped
        case .softBreak:
            out += " "
        case .lineBreak:
            out += "<br>"
        case .code:
            out += "<code>" + node.literal.htmlEscaped + "</code>"
        case .htmlInline:
            if isLineBreakTag(node.literal) { out += "<br>" }
        case .emphasis:
            wrap("em", node, &out)
        case .strong:
            wrap("strong", node, &out)
        case .strikethrough:
            wrap("del", node, &out)
        case let .link(destination, title):
            guard isSafeURL(destination), !destination.isEmpty else {
                for child in node.children { append(child, to: &out) }
                return
            }
            out += "<a href=\"\(destination.htmlEscaped)\""
            if !title.isEmpty { out += " title=\"\(title.htmlEscaped)\"" }
            out += ">"
            for child in node.children { append(child, to: &out) }
            out += "</a>"
        case .image:
            // Images are not copied into the guide; their alt text stands in for them.
            for child in node.children { append(child, to: &out) }
        default:
            for child in node.children { append(child, to: &out) }
        }
    }

    private static func wrap(_ tag: String, _ node: MarkdownNode, _ out: inout String) {
        out += "<\(tag)>"
        for child in node.children { append(child, to: &out) }
        out += "</\(tag)>"
    }

    private static func isLineBreakTag(_ html: String) -> Bool {
        let compact = html.lowercased().filter { !$0.isWhitespace }
        return compact == "<br>" || compact == "<br/>"
    }
}
