/// Renders compiled templates into one growing buffer of UTF-8 bytes. The context stack holds the values
/// that sections entered; a name is looked up from the top down.
struct TemplateRenderer {
    /// Every template of the set by name, for partials and parents.
    let templates: [String: [TemplateNode]]
    private var stack: [TemplateValue]
    /// The overrides of the parents being rendered; the outermost parent's override wins.
    private var overrides: [String: [TemplateNode]] = [:]
    /// White space written at the start of every line, from stand-alone partial tags.
    private var indentation = ""
    /// The partials last found by name (see `partial(named:)`), at most `recentPartialCount`.
    private var recentPartials: [(name: String, nodes: [TemplateNode])] = []
    private static let recentPartialCount = 8

    init(templates: [String: [TemplateNode]], root: TemplateValue) {
        self.templates = templates
        stack = [root]
        stack.reserveCapacity(16)
    }

    mutating func render(_ nodes: [TemplateNode], escaping: Bool, into out: inout [UInt8]) {
        var escaping = escaping
        for node in nodes {
            switch node {
            case let .text(text):
                writeTemplateText(text, into: &out)
            case let .variable(path, escaped):
                guard let value = lookUp(path) else { continue }
                writeValue(value.renderedText, escaped: escaped && escaping, into: &out)
            case let .section(path, body, inverted):
                let value = lookUp(path)
                if inverted {
                    if value?.isFalsy ?? true { render(body, escaping: escaping, into: &out) }
                    continue
                }
                switch value {
                case nil, .null?, .bool(false)?:
                    continue
                case .bool(true)?:
                    render(body, escaping: escaping, into: &out)
                case let .list(items)?:
                    for index in 0..<items.count {
                        stack.append(items.item(at: index))
                        render(body, escaping: escaping, into: &out)
                        stack.removeLast()
                    }
                case let value?:
                    stack.append(value)
                    render(body, escaping: escaping, into: &out)
                    stack.removeLast()
                }
            case let .partial(name, partialIndentation, partialOverrides, _):
                guard let partial = partial(named: name) else { continue }
                // A partial starts with escaping on, whatever its caller set. What it changes of
                // the indentation and the overrides is undone after it; most change neither.
                guard partialOverrides != nil || !partialIndentation.isEmpty else {
                    render(partial, escaping: true, into: &out)
                    continue
                }
                let savedIndentation = indentation
                let savedOverrides = overrides
                indentation += partialIndentation
                if let partialOverrides {
                    overrides.merge(partialOverrides) { outer, _ in outer }
                }
                render(partial, escaping: true, into: &out)
                indentation = savedIndentation
                overrides = savedOverrides
            case let .block(name, body, blockIndentation):
                let savedIndentation = indentation
                indentation += blockIndentation
                render(overrides[name] ?? body, escaping: escaping, into: &out)
                indentation = savedIndentation
            case let .escaping(on):
                escaping = on
            }
        }
    }

    /// The template called `name`. The partials last found are kept, so a partial rendered for
    /// each item of a list (a fact, a section) is found by comparing names, which for short
    /// names compares their bits, instead of hashing its name each time.
    private mutating func partial(named name: String) -> [TemplateNode]? {
        for entry in recentPartials where entry.name == name { return entry.nodes }
        guard let nodes = templates[name] else { return nil }
        if recentPartials.count == Self.recentPartialCount { recentPartials.removeFirst() }
        recentPartials.append((name, nodes))
        return nodes
    }

    /// Appends a template's own text, indented on each of its lines.
    private func writeTemplateText(_ bytes: [UInt8], into out: inout [UInt8]) {
        guard !indentation.isEmpty else {
            out.append(contentsOf: bytes)
            return
        }
        var start = bytes.startIndex
        while start < bytes.endIndex {
            let end = bytes[start...].firstIndex(of: 0x0A).map { $0 + 1 } ?? bytes.endIndex
            if out.last == 0x0A { out.append(contentsOf: indentation.utf8) }
            out.append(contentsOf: bytes[start..<end])
            start = end
        }
    }

    /// Appends a value's text, escaped straight into the output when `escaped`, and indented
    /// only if it starts a line: its own line breaks are not indented.
    private func writeValue(_ text: String, escaped: Bool, into out: inout [UInt8]) {
        guard !text.isEmpty else { return }
        if !indentation.isEmpty && out.last == 0x0A { out.append(contentsOf: indentation.utf8) }
        if escaped { text.appendHTMLEscaped(to: &out) } else { out.appendUTF8(of: text) }
    }

    /// The value `path` names: its first segment searched from the top of the stack down, the
    /// others inside it.
    private func lookUp(_ path: TemplatePath) -> TemplateValue? {
        let symbols = path.symbols
        var value: TemplateValue
        var next = 0
        if path.fromTop || symbols.isEmpty {
            guard let top = stack.last else { return nil }
            value = top
        } else {
            // Searched in place, from the top down: copying each level would retain it.
            var level = stack.count - 1
            while true {
                guard level >= 0 else { return nil }
                if case let .object(object) = stack[level], let child = object.templateValue(symbol: symbols[0]) {
                    value = child
                    break
                }
                level -= 1
            }
            next = 1
        }
        while next < symbols.count {
            guard case let .object(object) = value, let child = object.templateValue(symbol: symbols[next]) else { return nil }
            value = child
            next += 1
        }
        return value
    }
}
