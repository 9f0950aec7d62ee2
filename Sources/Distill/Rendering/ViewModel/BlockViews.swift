/// A run of facts, a table or a code block, in the order the topic lists them. Exactly one of
/// the three arrays is non-empty, which lets a template pick the markup with sections.
public struct EntryView: Hashable, Sendable {
    public var facts: [FactView] = []
    // Stored, not computed: templates read values through `Mirror`, which sees stored properties only.
    public var hasFacts = false
    public var table: [TableView] = []
    public var code: [CodeView] = []

    static func facts(_ facts: [FactView]) -> EntryView {
        EntryView(facts: facts, hasFacts: !facts.isEmpty)
    }
    static func table(_ table: TableView) -> EntryView {
        EntryView(table: [table])
    }
    static func code(_ code: CodeView) -> EntryView {
        EntryView(code: [code])
    }
}

/// A table kept whole from the notes; cell HTML comes from `InlineHTML`.
public struct TableView: Hashable, Sendable {
    public var header: [CellView]
    public var rows: [RowView]
    public var sourceLabel: String
}

public struct RowView: Hashable, Sendable {
    public var cells: [CellView]
}

public struct CellView: Hashable, Sendable {
    public var html: String
    /// `left`, `center`, `right`, or empty.
    public var align: String
    public var hasAlign: Bool
}

/// A code block; `text` is plain (escape it) without its final newline, so `<pre>` stays tight.
public struct CodeView: Hashable, Sendable {
    public var language: String
    public var hasLanguage: Bool
    public var text: String
    public var sourceLabel: String
}
