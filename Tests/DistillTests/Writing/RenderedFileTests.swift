import Foundation
import Testing

@testable import Distill

struct RenderedFileTests {
    @Test func aTextFileIsTheFileOfItsUTF8Bytes() {
        let text = "<p>Café · 日本語 · 👩‍💻</p>\n"
        let fromText = RenderedFile(path: "site/a.html", text: text)
        let fromData = RenderedFile(path: "site/a.html", contents: Data(text.utf8))
        #expect(fromText.contents == Data(text.utf8))
        #expect(fromText.byteCount == text.utf8.count)
        #expect(fromText == fromData)
        #expect(fromText.hashValue == fromData.hashValue)
        #expect(fromText.withBytes { Data($0) } == fromData.withBytes { Data($0) })
        #expect(fromText != RenderedFile(path: "site/b.html", text: text))
        #expect(fromText != RenderedFile(path: "site/a.html", text: text + " "))
        var replaced = fromText
        replaced.contents = Data("new".utf8)
        #expect(replaced.byteCount == 3)
        #expect(replaced == RenderedFile(path: "site/a.html", text: "new"))
    }
}
