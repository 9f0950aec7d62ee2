import Testing

@testable import Distill

@Suite struct WebChromeTests {
    /// A label is the whole line in any case; text beyond ASCII is one only through the Kelvin
    /// sign, which lowercases to `k`.
    @Test(arguments: [
        ("Share", true), ("BACK TO TOP", true), ("Bac\u{212A} to top", true), ("→ Share", false), ("Shäre", false),
        ("Share this post about S3", false), ("Read more", true), ("Read more…", false), ("", false),
    ])
    func labelsAreWholeLinesInAnyCase(_ text: String, _ isLabel: Bool) {
        #expect(WebChrome.isLabel(Substring(text)) == isLabel)
    }
}
