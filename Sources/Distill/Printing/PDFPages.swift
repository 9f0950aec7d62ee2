import Foundation

/// Counts the pages of a PDF Chromium wrote, without a PDF library: Chromium (Skia) writes
/// each page as an uncompressed `/Type /Page` dictionary.
public enum PDFPages {
    public static func count(_ pdf: Data) -> Int {
        let text = String(decoding: pdf, as: Unicode.ASCII.self)
        var count = 0
        var rest = text[...]
        while let range = rest.range(of: "/Type /Page") {
            let next = rest[range.upperBound...].first
            if next != "s" { count += 1 }
            rest = rest[range.upperBound...]
        }
        return count
    }
}
