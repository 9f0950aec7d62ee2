/// The page box a sheet's template lays out: paper, columns, and the page numbers of a printed sheet.
struct SheetLayoutView: Hashable, Sendable {
    /// `a4-portrait`, for a CSS class.
    var paperName: String
    /// CSS `@page` size, e.g. `A4 portrait`.
    var pageSize: String
    var pageHeight: String
    var sideMargin: String
    var band: String
    var columns: Int
    /// One label per printed page, placed on that page; empty until a print counted the pages.
    var pageNumbers: [PageNumberView]

    init(paper: Paper, columns: Int, pageCount: Int?) {
        let height = paper.millimetres.height
        paperName = paper.name
        pageSize = paper.cssSize
        pageHeight = Self.mm(height)
        sideMargin = Self.mm(SheetGeometry.sideMargin)
        band = Self.mm(SheetGeometry.band)
        self.columns = columns
        let count = pageCount ?? 0
        // Each label sits in the bottom band of its page: the document runs on page after page
        // of exactly the paper's height, because the page margins are 0 top and bottom.
        pageNumbers = (0..<count).map { index in
            PageNumberView(
                number: index + 1, count: count,
                top: Self.mm(Double(index + 1) * height - SheetGeometry.band + 3.5))
        }
    }

    private static func mm(_ value: Double) -> String {
        let rounded = (value * 100).rounded() / 100
        return rounded == rounded.rounded() ? "\(Int(rounded))mm" : "\(rounded)mm"
    }
}

/// `2 / 3`, placed `top` from the start of the document.
struct PageNumberView: Hashable, Sendable {
    var number: Int
    var count: Int
    var top: String
}

/// `42 more facts in the guide`.
struct OmittedNote: Hashable, Sendable {
    var count: Int
    var label: String

    init(count: Int) {
        self.count = count
        label = count == 1 ? "1 more fact in the guide" : "\(count) more facts in the guide"
    }
}

extension SheetLayoutView: TemplateFields {
    static let templateFields: TemplateFieldTable<Self> = [
        "paperName": .field(\.paperName), "pageSize": .field(\.pageSize), "pageHeight": .field(\.pageHeight), "sideMargin": .field(\.sideMargin),
        "band": .field(\.band), "columns": .field(\.columns), "pageNumbers": .field(\.pageNumbers),
    ]
}

extension PageNumberView: TemplateFields {
    static let templateFields: TemplateFieldTable<Self> = [
        "number": .field(\.number), "count": .field(\.count), "top": .field(\.top),
    ]
}

extension OmittedNote: TemplateFields {
    static let templateFields: TemplateFieldTable<Self> = [
        "count": .field(\.count), "label": .field(\.label),
    ]
}
