/// The field names templates may use, from every view type's `templateFields`, and a scan of
/// a template's tags for names outside them. Mustache renders an unknown name as empty text,
/// so a typo in a copied template would otherwise go unnoticed.
enum TemplateVocabulary {
    static let fields: Set<String> = {
        var names: Set<String> = []
        let tables: [[String]] = [
            Array(GuideViewModel.templateFields.keys), Array(Stat.templateFields.keys),
            Array(SourceView.templateFields.keys), Array(ConflictView.templateFields.keys),
            Array(TopicNode.templateFields.keys), Array(TopicPage.templateFields.keys),
            Array(PageLink.templateFields.keys), Array(SectionView.templateFields.keys),
            Array(EntryView.templateFields.keys), Array(TableView.templateFields.keys),
            Array(RowView.templateFields.keys), Array(CellView.templateFields.keys),
            Array(CodeView.templateFields.keys), Array(FactView.templateFields.keys),
            Array(SourceBadge.templateFields.keys), Array(ConflictNote.templateFields.keys),
            Array(FactLink.templateFields.keys), Array(SitePageContext.templateFields.keys),
            Array(SidebarItem.templateFields.keys), Array(FlashcardDeck.templateFields.keys), Array(TopicListScript.templateFields.keys),
            Array(ScriptTopic.templateFields.keys), Array(SheetLayoutView.templateFields.keys),
            Array(PageNumberView.templateFields.keys), Array(OmittedNote.templateFields.keys),
            Array(CheatSheetContext.templateFields.keys), Array(AnkiDeck.templateFields.keys),
            Array(AnkiDeck.Note.templateFields.keys),
        ]
        for table in tables { names.formUnion(table) }
        return names
    }()

    /// A name used in a template: the tag's place and the name as written.
    struct Use: Equatable {
        var name: String
        var line: Int
        var column: Int
    }

    /// Variable and section names in `text` (`{{name}}`, `{{{name}}}`, `{{&name}}`,
    /// `{{#name}}`, `{{^name}}`) that are not known fields. Comments, partials, blocks and
    /// pragmas are not variables; after a delimiter change the rest is not checked.
    static func unknownNames(in text: String) -> [Use] {
        var unknown: [Use] = []
        var line = 1
        var lineStart = text.startIndex
        var index = text.startIndex
        while let open = text[index...].range(of: "{{") {
            for position in text[index..<open.lowerBound].indices where text[position] == "\n" {
                line += 1
                lineStart = text.index(after: position)
            }
            guard let close = text[open.upperBound...].range(of: "}}") else { break }
            let tag = text[open.upperBound..<close.lowerBound]
            let column = text.distance(from: lineStart, to: open.lowerBound) + 1
            index = close.upperBound
            if index < text.endIndex, text[index] == "}", tag.hasPrefix("{") { index = text.index(after: index) }
            for position in tag.indices where tag[position] == "\n" {
                line += 1
                lineStart = tag.index(after: position)
            }
            guard let sigil = tag.first else { continue }
            if sigil == "=" { break }
            var body = Substring(tag)
            if "#^&{".contains(sigil) {
                body = body.dropFirst()
            } else if "!/>$<%".contains(sigil) {
                continue
            }
            var name = body.trimmingCharacters(in: .whitespaces)
            // A transform, `lowercased(name)`, applies to the name inside.
            if let paren = name.firstIndex(of: "("), name.hasSuffix(")") {
                name = String(name[name.index(after: paren)..<name.index(before: name.endIndex)])
            }
            guard !name.isEmpty, name != "." else { continue }
            let segments = name.split(separator: ".").map(String.init)
            if segments.contains(where: { !fields.contains($0) }) {
                unknown.append(Use(name: name, line: line, column: column))
            }
        }
        return unknown
    }
}
