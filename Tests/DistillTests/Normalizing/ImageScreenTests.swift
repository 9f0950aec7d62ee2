import Testing

@testable import Distill

/// Lines are screened for images before they are read: only `![` or `<img` in any case can
/// start one.
@Suite struct ImageScreenTests {
    @Test(arguments: [
        ("![diagram](images/vpc.png)", true), ("See ![x](y.png) here", true), ("<img src=\"a.png\">", true),
        ("text <IMG SRC=b.gif>", true), ("<Img", true), ("Wow! [link](x)", false), ("a < b and c ! d", false),
        ("<i>m</i>g", false), ("plain text", false), ("", false), ("!", false), ("<im", false),
    ])
    func aLineMayHoldAnImageOnlyWithItsMarks(_ line: String, _ expected: Bool) {
        #expect(ImageFilter.mayHoldImage(line) == expected)
    }
}
