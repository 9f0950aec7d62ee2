/// Each view type names the fields templates may read; `GuideViewModelTests` checks the
/// tables against the stored properties, so a new property cannot be left out.
extension GuideViewModel: TemplateFields {
    static let templateFields: [String: PartialKeyPath<Self> & Sendable] = [
        "title": \.title, "description": \.description, "hasDescription": \.hasDescription, "author": \.author,
        "hasAuthor": \.hasAuthor, "stats": \.stats, "sources": \.sources, "hasSources": \.hasSources, "tree": \.tree,
        "hasTopics": \.hasTopics, "pages": \.pages, "conflicts": \.conflicts, "hasConflicts": \.hasConflicts,
    ]
}

extension Stat: TemplateFields {
    static let templateFields: [String: PartialKeyPath<Self> & Sendable] = [
        "value": \.value, "label": \.label,
    ]
}

extension SourceView: TemplateFields {
    static let templateFields: [String: PartialKeyPath<Self> & Sendable] = [
        "file": \.file, "title": \.title, "hasTitle": \.hasTitle, "format": \.format, "lines": \.lines,
        "factCountLabel": \.factCountLabel,
    ]
}

extension ConflictView: TemplateFields {
    static let templateFields: [String: PartialKeyPath<Self> & Sendable] = [
        "reason": \.reason, "facts": \.facts,
    ]
}

extension TopicNode: TemplateFields {
    static let templateFields: [String: PartialKeyPath<Self> & Sendable] = [
        "title": \.title, "slug": \.slug, "href": \.href, "factCount": \.factCount,
        "factCountLabel": \.factCountLabel, "sourceCount": \.sourceCount, "sourceCountLabel": \.sourceCountLabel,
        "children": \.children, "hasChildren": \.hasChildren,
    ]
}

extension TopicPage: TemplateFields {
    static let templateFields: [String: PartialKeyPath<Self> & Sendable] = [
        "title": \.title, "slug": \.slug, "fileName": \.fileName, "section": \.section, "toc": \.toc,
        "hasToc": \.hasToc, "previous": \.previous, "next": \.next,
    ]
}

extension PageLink: TemplateFields {
    static let templateFields: [String: PartialKeyPath<Self> & Sendable] = [
        "title": \.title, "href": \.href,
    ]
}

extension SectionView: TemplateFields {
    static let templateFields: [String: PartialKeyPath<Self> & Sendable] = [
        "title": \.title, "slug": \.slug, "anchor": \.anchor, "depth": \.depth, "level": \.level,
        "entries": \.entries, "hasEntries": \.hasEntries, "subsections": \.subsections,
        "hasSubsections": \.hasSubsections, "factCount": \.factCount, "factCountLabel": \.factCountLabel,
        "sourceCountLabel": \.sourceCountLabel,
    ]
}

extension EntryView: TemplateFields {
    static let templateFields: [String: PartialKeyPath<Self> & Sendable] = [
        "facts": \.facts, "hasFacts": \.hasFacts, "table": \.table, "code": \.code,
    ]
}

extension TableView: TemplateFields {
    static let templateFields: [String: PartialKeyPath<Self> & Sendable] = [
        "header": \.header, "rows": \.rows, "sourceLabel": \.sourceLabel,
    ]
}

extension RowView: TemplateFields {
    static let templateFields: [String: PartialKeyPath<Self> & Sendable] = [
        "cells": \.cells,
    ]
}

extension CellView: TemplateFields {
    static let templateFields: [String: PartialKeyPath<Self> & Sendable] = [
        "html": \.html, "align": \.align, "hasAlign": \.hasAlign,
    ]
}

extension CodeView: TemplateFields {
    static let templateFields: [String: PartialKeyPath<Self> & Sendable] = [
        "language": \.language, "hasLanguage": \.hasLanguage, "text": \.text, "sourceLabel": \.sourceLabel,
    ]
}

extension FactView: TemplateFields {
    static let templateFields: [String: PartialKeyPath<Self> & Sendable] = [
        "id": \.id, "anchor": \.anchor, "kindName": \.kindName, "isDefinition": \.isDefinition,
        "isQuestion": \.isQuestion, "lead": \.lead, "hasLead": \.hasLead, "html": \.html, "text": \.text,
        "sources": \.sources,
        "conflicts": \.conflicts, "hasConflicts": \.hasConflicts, "children": \.children,
        "hasChildren": \.hasChildren,
    ]
}

extension SourceBadge: TemplateFields {
    static let templateFields: [String: PartialKeyPath<Self> & Sendable] = [
        "count": \.count, "label": \.label, "tooltip": \.tooltip, "tooltipHTML": \.tooltipHTML,
        "isShared": \.isShared,
    ]
}

extension ConflictNote: TemplateFields {
    static let templateFields: [String: PartialKeyPath<Self> & Sendable] = [
        "reason": \.reason, "peers": \.peers,
    ]
}

extension FactLink: TemplateFields {
    static let templateFields: [String: PartialKeyPath<Self> & Sendable] = [
        "text": \.text, "href": \.href,
    ]
}
