/// How cheat sheets are laid out and printed: the paper, a page budget, and whether to make PDFs.
public struct SheetSettings: Hashable, Sendable {
    public var paper: Paper
    /// Pages each sheet may take; nil keeps every fact however long the sheet gets.
    public var pages: Int?
    /// Print every sheet to PDF with headless Chromium.
    public var pdf: Bool

    public init(paper: Paper = Paper(), pages: Int? = nil, pdf: Bool = false) {
        self.paper = paper
        self.pages = pages
        self.pdf = pdf
    }

    /// Settings given on the command line, each overriding the config's when set.
    public struct Overrides: Hashable, Sendable {
        public var paper: Paper.Size?
        public var landscape: Bool?
        public var pages: Int?
        public var pdf: Bool?

        public init(paper: Paper.Size? = nil, landscape: Bool? = nil, pages: Int? = nil, pdf: Bool? = nil) {
            self.paper = paper
            self.landscape = landscape
            self.pages = pages
            self.pdf = pdf
        }
    }

    /// These settings with every override that is set applied.
    public func applying(_ overrides: Overrides) -> SheetSettings {
        var copy = self
        if let size = overrides.paper { copy.paper.size = size }
        if let landscape = overrides.landscape { copy.paper.landscape = landscape }
        if let pages = overrides.pages { copy.pages = pages }
        if let pdf = overrides.pdf { copy.pdf = pdf }
        return copy
    }
}

/// A sheet of paper: its size and orientation, and the page box the sheets print in.
public struct Paper: Hashable, Sendable {
    public enum Size: String, CaseIterable, Sendable {
        case a4, letter
    }

    public var size: Size
    public var landscape: Bool

    public init(size: Size = .a4, landscape: Bool = false) {
        self.size = size
        self.landscape = landscape
    }

    /// `a4`, `letter`, `a4-landscape`, `letter-portrait`; nil for anything else.
    public init?(parsing text: String) {
        let parts = text.lowercased().split(separator: "-").map(String.init)
        guard let first = parts.first, let size = Size(rawValue: first), parts.count <= 2 else { return nil }
        switch parts.count == 2 ? parts[1] : "portrait" {
        case "portrait": self.init(size: size, landscape: false)
        case "landscape": self.init(size: size, landscape: true)
        default: return nil
        }
    }

    /// `a4-portrait`, `letter-landscape`: a CSS class and a name for messages.
    public var name: String { "\(size.rawValue)-\(landscape ? "landscape" : "portrait")" }

    /// Width and height in millimetres, as the paper is held.
    public var millimetres: (width: Double, height: Double) {
        let (short, long): (Double, Double) = size == .a4 ? (210, 297) : (215.9, 279.4)
        return landscape ? (long, short) : (short, long)
    }

    /// The value of CSS `@page { size: ... }`.
    public var cssSize: String { "\(size == .a4 ? "A4" : "letter") \(landscape ? "landscape" : "portrait")" }

    /// Columns on a full sheet: three across a portrait page, four across a landscape one.
    var columns: Int { landscape ? 4 : 3 }
}
