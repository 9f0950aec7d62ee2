import DistillMarkdown

extension ViewModelBuilder {
    /// The topic's own entries: runs of top-level facts (nested facts inside their parents),
    /// broken by tables and code blocks.
    func entryViews(for slug: TopicSlug) -> [EntryView] {
        guard let topic = topics[slug] else { return [] }
        let listed = topic.factIDs.filter { factPositions[$0] != nil }
        let listedSet = Set(listed)
        var nested: [FactID: [FactID]] = [:]
        for id in listed {
            if let position = factPositions[id], let parent = graph.facts[position].parent, parent != id, listedSet.contains(parent) {
                nested[parent, default: []].append(id)
            }
        }
        var entries: [EntryView] = []
        var run: [FactView] = []
        var shown = Set<FactID>()
        for entry in topic.entries {
            switch entry {
            case let .fact(id):
                guard let position = factPositions[id] else { continue }
                if let parent = graph.facts[position].parent, parent != id, listedSet.contains(parent) { continue }
                if let view = factView(id, nested: nested, shown: &shown) { run.append(view) }
            case let .block(block):
                if !run.isEmpty { entries.append(.facts(run)) }
                run = []
                entries.append(blockView(block))
            }
        }
        if !run.isEmpty { entries.append(.facts(run)) }
        return entries
    }

    private func factView(_ id: FactID, nested: [FactID: [FactID]], shown: inout Set<FactID>) -> FactView? {
        guard let position = factPositions[id], shown.insert(id).inserted else { return nil }
        var kids: [FactView] = []
        for child in nested[id, default: []] {
            if let view = factView(child, nested: nested, shown: &shown) { kids.append(view) }
        }
        // The fact is read in place: a copy would retain every field.
        let (kindName, lead, html, text, origins) = InPlace.read(graph.facts) { facts in
            let (kindName, lead, html) = Self.body(of: facts[position])
            return (kindName, lead, html, facts[position].text, facts[position].origins)
        }
        let notes = conflictsByFact[id, default: []].map { conflict in
            ConflictNote(
                reason: Self.reasonText(conflict),
                peers: conflict.facts.filter { $0 != id }.compactMap { link(to: $0) })
        }
        return FactView(
            id: id.rawValue, anchor: factAnchor[id] ?? "", kindName: kindName,
            isDefinition: kindName == "definition", isQuestion: kindName == "question",
            lead: lead, hasLead: !lead.isEmpty, html: html, text: text,
            sources: SourceBadge(origins: origins, files: sourceFiles[position]),
            conflicts: notes, hasConflicts: !notes.isEmpty, children: kids, hasChildren: !kids.isEmpty)
    }

    /// The kind's name, the lead (term or question) as plain text, and the rest as safe HTML.
    /// The rest keeps the note's formatting when the content starts with the lead.
    static func body(of fact: MergedFact) -> (kind: String, lead: String, html: String) {
        func rest(after lead: String, fallback: String) -> String {
            if let nodes = InlineTrimming.nodes(fact.content, after: lead) { return InlineHTML.render(nodes) }
            return fallback.htmlEscaped
        }
        switch fact.kind {
        case .statement:
            let html = InlineHTML.render(fact.content)
            return ("statement", "", html.isEmpty ? fact.text.htmlEscaped : html)
        case let .definition(term, definition):
            return ("definition", term, rest(after: term, fallback: definition))
        case let .question(question, answer):
            return ("question", question, rest(after: question, fallback: answer))
        }
    }

    private func blockView(_ block: Block) -> EntryView {
        let source = "\(block.location.file):\(block.location.line)"
        switch block.kind {
        case let .table(header, rows, alignments):
            func cells(_ row: [[MarkdownNode]]) -> [CellView] {
                row.enumerated().map { index, nodes in
                    let align = alignments.indices.contains(index) ? alignments[index] : .none
                    let name = align == .none ? "" : align.rawValue
                    return CellView(html: InlineHTML.render(nodes), align: name, hasAlign: !name.isEmpty)
                }
            }
            return .table(TableView(header: cells(header), rows: rows.map { RowView(cells: cells($0)) }, sourceLabel: source))
        case let .code(language, text):
            // Only the first word of an info string names the language; it becomes a CSS class.
            let name = PageNames.sanitized(String(language.split(separator: " ").first ?? ""))
            var body = text
            while body.hasSuffix("\n") { body.removeLast() }
            return .code(CodeView(language: name, hasLanguage: !name.isEmpty, text: body, sourceLabel: source))
        }
    }
}
