import DistillMarkdown
import Foundation


@testable import Distill

/// Hand-made guides for the renderer tests, and the repository folders they read.
enum RenderingFixtures {
    /// Every golden case: a name (its folder under `Fixtures/render/`) and its guide.
    static let cases: [String] = ["study-guide", "empty"]

    static func guide(named name: String) -> Guide {
        switch name {
        case "empty": Guide(graph: FactGraph(), config: GuideConfig(title: "Empty Guide"))
        default: studyGuide
        }
    }

    // MARK: - Folders

    /// The folder holding Package.swift, found from this file's path.
    static let repositoryRoot: URL = {
        var folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        while folder.path != "/" {
            if FileManager.default.fileExists(atPath: folder.appendingPathComponent("Package.swift").path) { return folder }
            folder.deleteLastPathComponent()
        }
        fatalError("no Package.swift above \(#filePath)")
    }()

    static var templatesFolder: URL { repositoryRoot.appendingPathComponent("Templates", isDirectory: true) }

    static func expectedFolder(for name: String) -> URL {
        repositoryRoot.appendingPathComponent("Tests/DistillTests/Fixtures/render/\(name)/expected", isDirectory: true)
    }

    static func templates(_ format: String) throws -> TemplateSet {
        try TemplateSet.load(format: format, from: templatesFolder).get()
    }

    // MARK: - Building blocks

    /// The inline nodes of a one-paragraph markdown text.
    static func inline(_ markdown: String) -> [MarkdownNode] {
        MarkdownParser.parse(markdown).children.first?.children ?? []
    }

    static func at(_ file: String, _ line: Int) -> SourceLocation {
        SourceLocation(file: SourcePath(file), line: line)
    }

    static func fact(
        _ id: String, _ topic: String, _ markdown: String, kind: Fact.Kind = .statement,
        origins: [SourceLocation], parent: String? = nil, depth: Int = 0
    ) -> MergedFact {
        let content = inline(markdown)
        return MergedFact(
            id: FactID(id), topic: TopicSlug(topic), kind: kind, content: content,
            text: content.map(\.plainText).joined(), origins: origins, parent: parent.map(FactID.init), depth: depth)
    }

    // MARK: - The study guide

    static let studyGuide: Guide = {
        let aws = "notes/aws.md", gist = "notes/gist.txt", ocr = "notes/ocr.txt"
        let facts: [MergedFact] = [
            fact("a1", "storage", "Storage comes in *block*, *file* and *object* flavours.", origins: [at(aws, 3)]),
            fact(
                "b1", "storage/amazon-s3", "**S3**: object storage with `11 nines` of durability",
                kind: .definition(term: "S3", definition: "object storage with 11 nines of durability"),
                origins: [at(aws, 12), at(gist, 4)]),
            fact("b2", "storage/amazon-s3", "Storage classes", origins: [at(aws, 14)]),
            fact("b3", "storage/amazon-s3", "Standard-IA for infrequent access", origins: [at(aws, 15)], parent: "b2", depth: 1),
            fact("b4", "storage/amazon-s3", "Glacier for archives", origins: [at(aws, 16)], parent: "b2", depth: 1),
            fact("b5", "storage/amazon-s3", "Retrieval takes minutes to hours", origins: [at(aws, 17)], parent: "b4", depth: 2),
            fact(
                "b6", "storage/amazon-s3", "Max object size is 5 TB",
                origins: [at(aws, 20), at(gist, 9), at(ocr, 31), at(aws, 88)]),
            fact("b7", "storage/amazon-s3", "Max object size is 5 GB", origins: [at(ocr, 40)]),
            fact(
                "c1", "security",
                #"Never paste \<script>alert(1)\</script> or <script>alert(1)</script> into a policy; [click me](javascript:alert(1))"#,
                origins: [at(gist, 20)]),
            fact(
                "c2", "security", "What does IAM stand for? Identity and Access Management",
                kind: .question(question: "What does IAM stand for?", answer: "Identity and Access Management"),
                origins: [at(gist, 22), at(ocr, 5)]),
            fact(
                "d1", "all", "See the [S3 docs](https://docs.aws.amazon.com/s3/ \"S3 & more\") for `aws s3 cp` examples",
                origins: [at(aws, 100)]),
        ]
        let table = Block(
            kind: .table(
                header: [inline("Service"), inline("Type"), inline("Durability")],
                rows: [
                    [inline("**EBS**"), inline("block"), inline("99.999%")],
                    [inline("EFS"), inline("file"), inline("99.999999999%")],
                    [inline("S3"), inline("object <b>"), inline("99.999999999%")],
                ],
                alignments: [.left, .center, .right]),
            topicPath: ["Storage"], location: at(aws, 6))
        let code = Block(
            kind: .code(language: "json", text: "{\n  \"Effect\": \"Allow\",\n  \"Resource\": \"<arn>&more\"\n}\n"),
            topicPath: ["Security"], location: at(gist, 25))
        let topics = [
            Topic(
                slug: TopicSlug("storage"), title: "Storage", children: [TopicSlug("storage/amazon-s3")],
                entries: [.fact(FactID("a1")), .block(table)], origins: [at(aws, 1)]),
            Topic(
                slug: TopicSlug("storage/amazon-s3"), title: "Amazon S3", parent: TopicSlug("storage"),
                entries: ["b1", "b2", "b3", "b4", "b5", "b6", "b7"].map { .fact(FactID($0)) },
                origins: [at(aws, 10), at(gist, 2)]),
            Topic(
                slug: TopicSlug("security"), title: "Security <script>alert(1)</script>",
                entries: [.fact(FactID("c1")), .block(code), .fact(FactID("c2"))], origins: [at(gist, 18)]),
            Topic(slug: TopicSlug("all"), title: "Everything Else", entries: [.fact(FactID("d1"))], origins: [at(aws, 99)]),
        ]
        let sources = [
            SourceSummary(file: SourcePath(aws), lines: 120, format: .markdown, encoding: .utf8),
            SourceSummary(file: SourcePath(gist), lines: 40, format: .bulletText, encoding: .utf8),
            SourceSummary(file: SourcePath(ocr), lines: 60, format: .handwritingOCR, encoding: .utf8),
        ]
        let conflicts = [Conflict(facts: [FactID("b6"), FactID("b7")], reason: "Different maximum object size: 5 TB vs 5 GB")]
        let graph = FactGraph(sources: sources, topics: topics, facts: facts, conflicts: conflicts)
        return Guide(
            graph: graph,
            config: GuideConfig(title: "AWS Study Guide", description: "Notes for the exam & beyond.", author: "Sam"))
    }()
}
