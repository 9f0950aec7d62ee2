/// Turns heading ranks into levels relative to the file: the shallowest heading becomes `#`.
enum HeadingLeveler {
    static func resolve(_ blocks: [NoteBlock]) -> [NoteBlock] {
        var explicitLevels: [Int] = []
        for case let .heading(.explicit(level), _) in blocks { explicitLevels.append(level) }
        // Titles found in plain text stand at the level of the file's top headings.
        let base = explicitLevels.min() ?? 1
        // A plain note that opens with a title line, above further titles, names the whole
        // document: its sections sit one level under it.
        var titles = 0
        for case .heading(.title, _) in blocks { titles += 1 }
        var opensWithTitle = false
        if case .heading(.title, _) = blocks.first { opensWithTitle = explicitLevels.isEmpty && titles >= 2 }
        let sectionBase = opensWithTitle ? base + 1 : base
        var section: Int?
        var levels: [Int?] = []
        levels.reserveCapacity(blocks.count)
        for (position, block) in blocks.enumerated() {
            guard case let .heading(rank, _) = block else {
                levels.append(nil)
                continue
            }
            let level: Int
            switch rank {
            case let .explicit(value):
                level = value
                section = value
            case .title:
                level = position == 0 ? base : sectionBase
                section = level
            case .sub:
                level = section.map { $0 + 1 } ?? base
            }
            levels.append(level)
        }
        let shift = (levels.compactMap { $0 }.min() ?? 1) - 1
        return zip(blocks, levels).map { block, level in
            guard let level, case let .heading(_, title) = block else { return block }
            return .heading(.explicit(min(level - shift, 6)), title)
        }
    }
}
