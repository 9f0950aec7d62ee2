import Foundation

/// URL- and file-safe names from titles: lowercase ASCII letters, digits and dashes.
enum Slug {
    static func make(_ title: String) -> String {
        var out = ""
        var pendingDash = false
        for scalar in title.decomposedStringWithCompatibilityMapping.lowercased().unicodeScalars {
            if scalar.properties.generalCategory == .nonspacingMark { continue }
            if scalar.isASCII, scalar.properties.isAlphabetic || (48...57).contains(scalar.value) {
                if pendingDash, !out.isEmpty { out.append("-") }
                pendingDash = false
                out.unicodeScalars.append(scalar)
            } else {
                pendingDash = true
            }
        }
        if out.count > 60 {
            out = String(out.prefix(60))
            while out.hasSuffix("-") { out.removeLast() }
        }
        return out.isEmpty ? "topic" : out
    }
}
