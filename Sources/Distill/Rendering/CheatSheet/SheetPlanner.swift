/// Chooses what a sheet shows when a page budget is set: shortens facts by dropping their
/// parenthetical asides, then keeps the most valuable facts that fit, in reading order.
///
/// The fit is an estimate from text length and column capacity; the PDF printer checks it on
/// real pages and plans again with a smaller `fill` when the sheet came out too long.
struct SheetPlanner {
    let paper: Paper
    /// Pages the sheet may take; nil keeps everything.
    let pages: Int?
    /// The share of the estimated capacity to fill, below 1 after a print came out too long.
    var fill = 1.0

    /// What a sheet shows, and how many of its facts were left out.
    struct Plan {
        var sections: [SectionView]
        var columns: Int
        var shownFacts: Int
        var omittedFacts: Int
    }

    /// `estimatedLines`, when given, is what `estimatedLines(_:)` gives for the sections,
    /// worked out once for a section that several sheets show.
    func plan(_ sections: [SectionView], estimatedLines: Double? = nil) -> Plan {
        var total = 0
        for index in sections.indices { total += Self.factCount(sections[index]) }
        let allLines = estimatedLines ?? self.estimatedLines(sections)
        let columns = SheetGeometry.columns(for: paper, estimatedLines: allLines)
        let geometry = SheetGeometry(paper: paper, columns: columns)
        guard let pages else { return Plan(sections: sections, columns: columns, shownFacts: total, omittedFacts: 0) }
        // The first page gives up a few lines of every column to the sheet's title.
        let capacity = (Double(pages) * geometry.linesPerPage - 4 * Double(columns)) * fill
        let everything = cost(of: sections, geometry: geometry)
        if everything <= capacity {
            return Plan(sections: sections, columns: columns, shownFacts: total, omittedFacts: 0)
        }
        let short = sections.map { Self.shortened($0) }
        let kept = choose(from: short, capacity: capacity, geometry: geometry)
        var shown = 0
        for index in kept.indices { shown += Self.factCount(kept[index]) }
        return Plan(sections: kept, columns: columns, shownFacts: shown, omittedFacts: total - shown)
    }

    /// The lines the sections take in the paper's widest layout, from which a sheet's number
    /// of columns is chosen.
    func estimatedLines(_ sections: [SectionView]) -> Double {
        let geometry = SheetGeometry(paper: paper, columns: paper.columns)
        return cost(of: sections, geometry: geometry)
    }

    // MARK: - Choosing

    /// One thing the planner keeps or leaves out: a top-level fact with its nested facts, or a block.
    private struct Unit {
        /// Indices of the sections from the sheet's top down to the unit's section.
        var sectionPath: [Int]
        var entry: Int
        /// Index in the entry's facts; nil for a table or code block.
        var fact: Int?
        var lines: Double
        var priority: Int
        var order: Int
    }

    private func choose(from sections: [SectionView], capacity: Double, geometry: SheetGeometry) -> [SectionView] {
        var units: [Unit] = []
        var headingLines: [[Int]: Double] = [:]
        func collect(_ section: SectionView, path: [Int]) {
            headingLines[path] = Self.headingLines(section)
            for (e, entry) in section.entries.enumerated() {
                for (f, fact) in entry.facts.enumerated() {
                    units.append(Unit(
                        sectionPath: path, entry: e, fact: f, lines: cost(of: fact, depth: 0, geometry: geometry),
                        priority: FactPriority.score(fact), order: units.count))
                }
                if entry.table.first != nil || entry.code.first != nil {
                    units.append(Unit(
                        sectionPath: path, entry: e, fact: nil, lines: cost(of: entry, geometry: geometry),
                        priority: FactPriority.blockScore, order: units.count))
                }
            }
            for (index, child) in section.subsections.enumerated() { collect(child, path: path + [index]) }
        }
        for (index, section) in sections.enumerated() { collect(section, path: [index]) }

        var used = 0.0
        var opened = Set<[Int]>()
        var keep = Set<Int>()
        for unit in units.sorted(by: { ($0.priority, -$0.order) > ($1.priority, -$1.order) }) {
            let newHeadings = (1...unit.sectionPath.count).map { Array(unit.sectionPath.prefix($0)) }.filter { !opened.contains($0) }
            let lines = unit.lines + newHeadings.reduce(0) { $0 + (headingLines[$1] ?? 0) }
            guard used + lines <= capacity else { continue }
            used += lines
            opened.formUnion(newHeadings)
            keep.insert(unit.order)
        }
        let kept = units.filter { keep.contains($0.order) }
        return sections.enumerated().compactMap { index, section in Self.pruned(section, path: [index], keeping: kept) }
    }

    private static func pruned(_ section: SectionView, path: [Int], keeping kept: [Unit]) -> SectionView? {
        let mine = kept.filter { $0.sectionPath == path }
        var entries: [EntryView] = []
        for (e, entry) in section.entries.enumerated() {
            let units = mine.filter { $0.entry == e }
            guard !units.isEmpty else { continue }
            if entry.hasFacts {
                let facts = units.compactMap(\.fact).sorted().map { entry.facts[$0] }
                entries.append(EntryView(facts: facts, hasFacts: true))
            } else {
                entries.append(entry)
            }
        }
        let subsections = section.subsections.enumerated().compactMap { index, child in
            pruned(child, path: path + [index], keeping: kept)
        }
        guard !entries.isEmpty || !subsections.isEmpty else { return nil }
        var copy = section
        copy.entries = entries
        copy.hasEntries = !entries.isEmpty
        copy.subsections = subsections
        copy.hasSubsections = !subsections.isEmpty
        return copy
    }

    // MARK: - Estimating

    // The costs are summed in loops over indices, each part from zero and in the order given:
    // a view read through `reduce` was copied, with every field retained and released, and
    // the sums (which choose a sheet's columns) must come out to the same bits every run.

    private func cost(of sections: [SectionView], geometry: SheetGeometry) -> Double {
        var total = 0.0
        InPlace.read(sections) { sections in
            for index in 0..<sections.count { total += cost(of: sections[index], geometry: geometry) }
        }
        return total
    }

    private func cost(of section: SectionView, geometry: SheetGeometry) -> Double {
        var entries = 0.0
        InPlace.read(section.entries) { list in
            for index in 0..<list.count { entries += cost(of: list[index], geometry: geometry) }
        }
        return Self.headingLines(section) + entries + cost(of: section.subsections, geometry: geometry)
    }

    private func cost(of entry: EntryView, geometry: SheetGeometry) -> Double {
        if entry.hasFacts { return cost(of: entry.facts, depth: 0, geometry: geometry) + 0.3 }
        if let table = entry.table.first {
            // Table type is smaller than body type, so a row's text runs a little wider.
            let perRow = { (cells: [CellView]) -> Double in
                let widest = cells.map { SheetText.plainCount($0.html) }.max() ?? 0
                let cellWidth = geometry.charactersPerLine * 1.1 / Double(max(cells.count, 1))
                return (Double(max(widest, 1)) / max(cellWidth - 1, 4)).rounded(.up) * 0.95
            }
            return perRow(table.header) + table.rows.reduce(0) { $0 + perRow($1.cells) } + 0.8
        }
        if let code = entry.code.first {
            return code.text.split(separator: "\n", omittingEmptySubsequences: false).reduce(0) {
                $0 + geometry.lines(forCharacters: $1.count)
            } * 0.9 + 0.8
        }
        return 0
    }

    /// The facts' lines, each with its conflicts and nested facts.
    private func cost(of facts: [FactView], depth: Int, geometry: SheetGeometry) -> Double {
        var total = 0.0
        InPlace.read(facts) { facts in
            for index in 0..<facts.count { total += cost(of: facts[index], depth: depth, geometry: geometry) }
        }
        return total
    }

    private func cost(of fact: FactView, depth: Int, geometry: SheetGeometry) -> Double {
        let characters = fact.lead.count + SheetText.plainCount(fact.html) + 3
        var conflicts = 0.0
        for index in fact.conflicts.indices {
            conflicts += geometry.lines(forCharacters: fact.conflicts[index].reason.count + 2, indent: depth)
        }
        return geometry.lines(forCharacters: characters, indent: depth) + conflicts + 0.15
            + cost(of: fact.children, depth: depth + 1, geometry: geometry)
    }

    private static func headingLines(_ section: SectionView) -> Double {
        section.depth == 0 ? 2.2 : 1.6
    }

    // MARK: - Counting and shortening

    static func factCount(_ section: SectionView) -> Int {
        var count = 0
        for index in section.entries.indices { count += factCount(section.entries[index].facts) }
        for index in section.subsections.indices { count += factCount(section.subsections[index]) }
        return count
    }

    static func factCount(_ facts: [FactView]) -> Int {
        var count = facts.count
        for index in facts.indices { count += factCount(facts[index].children) }
        return count
    }

    static func factCount(_ fact: FactView) -> Int {
        1 + factCount(fact.children)
    }

    static func shortened(_ section: SectionView) -> SectionView {
        var copy = section
        copy.entries = section.entries.map { entry in
            var entry = entry
            entry.facts = entry.facts.map { shortened($0) }
            return entry
        }
        copy.subsections = section.subsections.map { shortened($0) }
        return copy
    }

    static func shortened(_ fact: FactView) -> FactView {
        var copy = fact
        copy.html = SheetText.droppingAsides(fact.html)
        copy.children = fact.children.map { shortened($0) }
        return copy
    }
}
