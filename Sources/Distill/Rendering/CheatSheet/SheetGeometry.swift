/// The printed page box of a sheet, in the units the CSS uses, and a rough count of the lines
/// it holds: the planner's estimate before Chromium prints the real thing.
///
/// The numbers here are the ones `cheatsheet.css` and `sheet.mustache` use: keep them in step.
struct SheetGeometry: Hashable, Sendable {
    static let sideMargin = 8.0
    /// Height of the band at the top and bottom of every page that holds the header and footer.
    static let band = 11.0
    static let columnGap = 4.0
    /// Body type in points, and its line height as a multiple.
    static let fontSize = 7.5
    static let lineHeight = 1.25
    /// Average advance of a character of body text, as a fraction of the type size.
    static let averageCharacter = 0.5

    let paper: Paper
    let columns: Int

    /// Columns for a sheet: the paper's count, one fewer when the sheet fills under a third of
    /// a page (short sheets read better in wider columns), never fewer than two.
    static func columns(for paper: Paper, estimatedLines: Double) -> Int {
        let full = SheetGeometry(paper: paper, columns: paper.columns)
        return estimatedLines < full.linesPerPage / 3 ? max(2, paper.columns - 1) : paper.columns
    }

    var columnWidth: Double {
        let width = paper.millimetres.width - 2 * Self.sideMargin
        return (width - Double(columns - 1) * Self.columnGap) / Double(columns)
    }

    /// Characters of body text on one line of a column.
    var charactersPerLine: Double {
        let characterWidth = Self.fontSize * Self.averageCharacter * 25.4 / 72
        return (columnWidth / characterWidth).rounded(.down)
    }

    var lineMillimetres: Double { Self.fontSize * Self.lineHeight * 25.4 / 72 }

    /// Body lines on one page, over all its columns.
    var linesPerPage: Double {
        let height = paper.millimetres.height - 2 * Self.band
        return (height / lineMillimetres).rounded(.down) * Double(columns)
    }

    /// Lines a run of `characters` of text takes, indented by `indent` levels of a list.
    func lines(forCharacters characters: Int, indent: Int = 0) -> Double {
        let width = max(10, charactersPerLine - Double(indent + 1) * 2)
        return (Double(max(characters, 1)) / width).rounded(.up)
    }
}
