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
    /// `{{#name}}`, `{{^name}}`) that are not known fields, in the order they are written.
    /// Comments, partials, blocks and pragmas are not variables. A template that does not
    /// parse has none: its syntax error is reported instead.
    static func unknownNames(in text: String) -> [Use] {
        guard let nodes = try? TemplateParser.parse(text) else { return [] }
        return unknownNames(in: nodes, text: Array(text.utf8))
    }

    /// `unknownNames(in:)` of a template already parsed from `bytes`.
    static func unknownNames(in nodes: [TemplateNode], text bytes: [UInt8]) -> [Use] {
        nodes.tags.compactMap { tag -> Use? in
            guard case let .value(path) = tag, !path.segments.isEmpty,
                  path.segments.contains(where: { !fields.contains($0) })
            else { return nil }
            let place = TemplateSyntaxError.place(of: path.offset, in: bytes)
            return Use(name: path.name, line: place.line, column: place.column)
        }
    }
}
