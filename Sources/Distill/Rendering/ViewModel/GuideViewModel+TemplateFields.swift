/// Each view type names the fields templates may read; `GuideViewModelTests` checks the
/// tables against the stored properties, so a new property cannot be left out.
extension GuideViewModel: TemplateFields {
    static let templateFields: TemplateFieldTable<Self> = [
        "title": .field(\.title), "description": .field(\.description), "hasDescription": .field(\.hasDescription), "author": .field(\.author),
        "hasAuthor": .field(\.hasAuthor), "stats": .field(\.stats), "sources": .field(\.sources), "hasSources": .field(\.hasSources), "tree": .field(\.tree),
        "hasTopics": .field(\.hasTopics), "pages": .field(\.pages), "conflicts": .field(\.conflicts), "hasConflicts": .field(\.hasConflicts),
    ]
}

extension Stat: TemplateFields {
    static let templateFields: TemplateFieldTable<Self> = [
        "value": .field(\.value), "label": .field(\.label),
    ]
}

extension SourceView: TemplateFields {
    static let templateFields: TemplateFieldTable<Self> = [
        "file": .field(\.file), "title": .field(\.title), "hasTitle": .field(\.hasTitle), "format": .field(\.format), "lines": .field(\.lines),
        "factCountLabel": .field(\.factCountLabel),
    ]
}

extension ConflictView: TemplateFields {
    static let templateFields: TemplateFieldTable<Self> = [
        "reason": .field(\.reason), "facts": .field(\.facts),
    ]
}

extension TopicNode: TemplateFields {
    static let templateFields: TemplateFieldTable<Self> = [
        "title": .field(\.title), "slug": .field(\.slug), "href": .field(\.href), "factCount": .field(\.factCount),
        "factCountLabel": .field(\.factCountLabel), "sourceCount": .field(\.sourceCount), "sourceCountLabel": .field(\.sourceCountLabel),
        "children": .field(\.children), "hasChildren": .field(\.hasChildren),
    ]
}

extension TopicPage: TemplateFields {
    static let templateFields: TemplateFieldTable<Self> = [
        "title": .field(\.title), "slug": .field(\.slug), "fileName": .field(\.fileName), "section": .field(\.section), "toc": .field(\.toc),
        "hasToc": .field(\.hasToc), "previous": .field(\.previous), "next": .field(\.next),
    ]
}

extension PageLink: TemplateFields {
    static let templateFields: TemplateFieldTable<Self> = [
        "title": .field(\.title), "href": .field(\.href),
    ]
}

extension SectionView: TemplateFields {
    static let templateFields: TemplateFieldTable<Self> = [
        "title": .field(\.title), "slug": .field(\.slug), "anchor": .field(\.anchor), "depth": .field(\.depth), "level": .field(\.level),
        "entries": .field(\.entries), "hasEntries": .field(\.hasEntries), "subsections": .field(\.subsections),
        "hasSubsections": .field(\.hasSubsections), "factCount": .field(\.factCount), "factCountLabel": .field(\.factCountLabel),
        "sourceCountLabel": .field(\.sourceCountLabel),
    ]
}

extension EntryView: TemplateFields {
    static let templateFields: TemplateFieldTable<Self> = [
        "facts": .field(\.facts), "hasFacts": .field(\.hasFacts), "table": .field(\.table), "code": .field(\.code),
    ]
}

extension TableView: TemplateFields {
    static let templateFields: TemplateFieldTable<Self> = [
        "header": .field(\.header), "rows": .field(\.rows), "sourceLabel": .field(\.sourceLabel),
    ]
}

extension RowView: TemplateFields {
    static let templateFields: TemplateFieldTable<Self> = [
        "cells": .field(\.cells),
    ]
}

extension CellView: TemplateFields {
    static let templateFields: TemplateFieldTable<Self> = [
        "html": .field(\.html), "align": .field(\.align), "hasAlign": .field(\.hasAlign),
    ]
}

extension CodeView: TemplateFields {
    static let templateFields: TemplateFieldTable<Self> = [
        "language": .field(\.language), "hasLanguage": .field(\.hasLanguage), "text": .field(\.text), "sourceLabel": .field(\.sourceLabel),
    ]
}

extension FactView: TemplateFields {
    static let templateFields: TemplateFieldTable<Self> = [
        "id": .field(\.id), "anchor": .field(\.anchor), "kindName": .field(\.kindName), "isDefinition": .field(\.isDefinition),
        "isQuestion": .field(\.isQuestion), "lead": .field(\.lead), "hasLead": .field(\.hasLead), "html": .field(\.html), "text": .field(\.text),
        "sources": .field(\.sources),
        "conflicts": .field(\.conflicts), "hasConflicts": .field(\.hasConflicts), "children": .field(\.children),
        "hasChildren": .field(\.hasChildren),
    ]
}

extension SourceBadge: TemplateFields {
    static let templateFields: TemplateFieldTable<Self> = [
        "count": .field(\.count), "label": .field(\.label), "tooltip": .field(\.tooltip), "tooltipHTML": .field(\.tooltipHTML),
        "isShared": .field(\.isShared),
    ]
}

extension ConflictNote: TemplateFields {
    static let templateFields: TemplateFieldTable<Self> = [
        "reason": .field(\.reason), "peers": .field(\.peers),
    ]
}

extension FactLink: TemplateFields {
    static let templateFields: TemplateFieldTable<Self> = [
        "text": .field(\.text), "href": .field(\.href),
    ]
}
