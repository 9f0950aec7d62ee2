import Foundation

/// Decodes a note's bytes: UTF-8 (with or without BOM), UTF-16 with BOM, and
/// Windows-1252 for legacy 8-bit files. Line endings (CRLF, CR) fold to `\n`.
enum TextDecoder {
    struct Decoded {
        var text: String
        var encoding: SourceFile.Encoding
        /// Raw 1-based lines that held bytes invalid in the detected encoding.
        var invalidLines: [Int]
        /// For a file read as Windows-1252: the raw line of the first byte that is not UTF-8.
        var firstNonUTF8Line: Int = 1
    }

    static func decode(_ data: Data) -> Decoded {
        let bytes = [UInt8](data)
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) {
            return decodeUTF8(bytes[3...], encoding: .utf8BOM)
        }
        if bytes.starts(with: [0xFF, 0xFE]) {
            return decodeUTF16(bytes[2...], littleEndian: true)
        }
        if bytes.starts(with: [0xFE, 0xFF]) {
            return decodeUTF16(bytes[2...], littleEndian: false)
        }
        if isValidUTF8(bytes[...]) {
            return Decoded(text: foldLineEndings(String(decoding: bytes, as: UTF8.self)), encoding: .utf8, invalidLines: [])
        }
        // Mostly-valid UTF-8 with a few bad bytes is damaged UTF-8, not a legacy encoding.
        if looksLikeDamagedUTF8(bytes) {
            return decodeUTF8(bytes[...], encoding: .utf8)
        }
        return Decoded(text: foldLineEndings(decodeWindows1252(bytes)), encoding: .windows1252, invalidLines: [], firstNonUTF8Line: firstInvalidLine(bytes))
    }

    /// The 1-based line (counting LF, CRLF and CR as breaks) of the first invalid UTF-8 sequence.
    static func firstInvalidLine(_ bytes: [UInt8]) -> Int {
        var iterator = bytes.makeIterator()
        var decoder = UTF8()
        var line = 1
        var previousWasCR = false
        while true {
            switch decoder.decode(&iterator) {
            case let .scalarValue(scalar):
                if scalar == "\r" || (scalar == "\n" && !previousWasCR) { line += 1 }
                previousWasCR = scalar == "\r"
            case .emptyInput: return 1
            case .error: return line
            }
        }
    }

    private static func decodeUTF8(_ bytes: ArraySlice<UInt8>, encoding: SourceFile.Encoding) -> Decoded {
        let text = foldLineEndings(String(decoding: bytes, as: UTF8.self))
        var invalid: [Int] = []
        if !isValidUTF8(bytes) {
            for (index, line) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated()
            where line.unicodeScalars.contains("\u{FFFD}") {
                invalid.append(index + 1)
            }
        }
        return Decoded(text: text, encoding: encoding, invalidLines: invalid)
    }

    private static func decodeUTF16(_ bytes: ArraySlice<UInt8>, littleEndian: Bool) -> Decoded {
        var units: [UInt16] = []
        units.reserveCapacity(bytes.count / 2)
        var index = bytes.startIndex
        while index + 1 < bytes.endIndex {
            let a = UInt16(bytes[index]), b = UInt16(bytes[index + 1])
            units.append(littleEndian ? (b << 8 | a) : (a << 8 | b))
            index += 2
        }
        let text = foldLineEndings(String(decoding: units, as: UTF16.self))
        var invalid: [Int] = []
        for (number, line) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated()
        where line.unicodeScalars.contains("\u{FFFD}") {
            invalid.append(number + 1)
        }
        return Decoded(text: text, encoding: littleEndian ? .utf16LE : .utf16BE, invalidLines: invalid)
    }

    static func isValidUTF8(_ bytes: ArraySlice<UInt8>) -> Bool {
        var iterator = bytes.makeIterator()
        var decoder = UTF8()
        while true {
            switch decoder.decode(&iterator) {
            case .scalarValue: continue
            case .emptyInput: return true
            case .error: return false
            }
        }
    }

    /// True when at least 95% of the non-ASCII sequences decode as UTF-8.
    private static func looksLikeDamagedUTF8(_ bytes: [UInt8]) -> Bool {
        var iterator = bytes.makeIterator()
        var decoder = UTF8()
        var good = 0, bad = 0
        loop: while true {
            switch decoder.decode(&iterator) {
            case let .scalarValue(scalar): if scalar.value >= 0x80 { good += 1 }
            case .emptyInput: break loop
            case .error: bad += 1
            }
        }
        return good > 0 && Double(bad) <= Double(good) * 0.05
    }

    /// Windows-1252: Latin-1 with printable characters in 0x80–0x9F.
    private static let cp1252High: [UInt32] = [
        0x20AC, 0xFFFD, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, 0xFFFD, 0x017D, 0xFFFD,
        0xFFFD, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014, 0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0xFFFD, 0x017E, 0x0178,
    ]

    private static func decodeWindows1252(_ bytes: [UInt8]) -> String {
        var scalars = String.UnicodeScalarView()
        for byte in bytes {
            let value = (0x80...0x9F).contains(byte) ? cp1252High[Int(byte) - 0x80] : UInt32(byte)
            scalars.append(Unicode.Scalar(value) ?? "\u{FFFD}")
        }
        return String(scalars)
    }

    /// CRLF and lone CR become LF.
    static func foldLineEndings(_ text: String) -> String {
        guard text.containsByte(13) else { return text }
        var out = [UInt8]()
        out.reserveCapacity(text.utf8.count)
        var previousWasCR = false
        for byte in text.utf8 {
            if byte == 13 {
                out.append(10)
                previousWasCR = true
            } else {
                if !(byte == 10 && previousWasCR) { out.append(byte) }
                previousWasCR = false
            }
        }
        return String(decoding: out, as: UTF8.self)
    }
}
