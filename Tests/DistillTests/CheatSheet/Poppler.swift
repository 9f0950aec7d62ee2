import Foundation

/// poppler-utils as the tests use them: page size and count, and the text of each page.
enum Poppler {
    static func run(_ tool: String, _ arguments: [String]) throws -> String {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = [tool] + arguments
        let pipe = Pipe()
        process.standardOutput = pipe
        process.standardError = FileHandle.nullDevice
        try process.run()
        let data = pipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return String(decoding: data, as: UTF8.self)
    }

    /// Pages and the first page's size in points, from `pdfinfo`.
    static func info(_ pdf: URL) throws -> (pages: Int, width: Double, height: Double) {
        let text = try run("pdfinfo", [pdf.path])
        var pages = 0, width = 0.0, height = 0.0
        for line in text.split(separator: "\n") {
            let parts = line.split(separator: " ", omittingEmptySubsequences: true)
            if line.hasPrefix("Pages:"), parts.count > 1 { pages = Int(parts[1]) ?? 0 }
            if line.hasPrefix("Page size:"), parts.count > 4 {
                width = Double(parts[2]) ?? 0
                height = Double(parts[4]) ?? 0
            }
        }
        return (pages, width, height)
    }

    /// The text of one page (1-based), from `pdftotext`.
    static func text(_ pdf: URL, page: Int) throws -> String {
        try run("pdftotext", ["-f", "\(page)", "-l", "\(page)", pdf.path, "-"])
    }
}
