import Testing
@testable import Distill

struct HTMLEscapingTests {
    /// The escaper reads bytes; this reads scalars, as HTML defines the five characters.
    private func reference(_ text: String) -> String {
        var out = ""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case "'": out += "&#39;"
            default: out.unicodeScalars.append(scalar)
            }
        }
        return out
    }

    private let samples = [
        "", "plain text", "&", "<b>\"Tom\" & 'Jerry'</b>", "a & <\u{338} > \"", "e\u{301}<", "&\u{301}x", "emoji 👩‍💻 '",
        "ends with <", "<<>>&&", "über & straße < 5 €", "\r\n&\r\n", "日本語 '引用'",
    ]

    @Test func decodingTheEntitiesUndoesEscaping() {
        for text in samples {
            #expect(HTMLText.decodingEntities(text.htmlEscaped) == text, "\(text.debugDescription)")
        }
        #expect(HTMLText.decodingEntities("&amp;lt; &foo; & &#39") == "&lt; &foo; & &#39")
        #expect(HTMLText.plain("<b>S3</b> &amp; <i>EBS</i> &lt;3") == "S3 & EBS <3")
    }

    @Test func escapedTextMatchesAScalarByScalarReading() {
        for text in samples {
            #expect(text.htmlEscaped == reference(text), "\(text.debugDescription)")
        }
    }

    @Test func escapingIntoTextAppendsWhatEscapedTextHolds() {
        for text in samples {
            var out = Array("before|".utf8)
            text.appendHTMLEscaped(to: &out)
            #expect(String(decoding: out, as: UTF8.self) == "before|" + reference(text), "\(text.debugDescription)")
        }
    }
}
