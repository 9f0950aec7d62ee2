import Testing

@testable import Distill

@Suite struct SheetLayoutViewTests {
    @Test func tablesListEveryStoredProperty() throws {
        let layout = SheetLayoutView(paper: Paper(size: .letter, landscape: true), columns: 4, pageCount: 2)
        TemplateFieldsTests.expectComplete(layout)
        TemplateFieldsTests.expectComplete(try #require(layout.pageNumbers.first))
        TemplateFieldsTests.expectComplete(OmittedNote(count: 3))
    }

    @Test func placesEachPageNumberInItsPagesBottomBand() {
        let layout = SheetLayoutView(paper: Paper(size: .a4), columns: 3, pageCount: 2)
        #expect(layout.pageSize == "A4 portrait")
        #expect(layout.pageNumbers.map(\.top) == ["289.5mm", "586.5mm"])
        #expect(layout.pageNumbers.map(\.number) == [1, 2])
    }

    @Test func countsWhatWasLeftOut() {
        #expect(OmittedNote(count: 1).label == "1 more fact in the guide")
        #expect(OmittedNote(count: 42).label == "42 more facts in the guide")
    }
}
