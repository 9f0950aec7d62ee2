import Foundation

/// Runs the stages load → normalize → parse → extract → dedupe → render → print → write.
///
/// Each stage takes the previous stage's values and returns its own; diagnostics travel
/// with the values. Per-file stages run on all cores. A stage's problems never stop the
/// build: everything that can be built is built, and errors make `succeeded` false.
public struct Pipeline: Sendable {
    public var options: BuildOptions

    public init(options: BuildOptions) {
        self.options = options
    }

    /// Runs every stage; `progress` receives one report per finished stage.
    public func run(progress: @escaping (StageReport) -> Void = { _ in }) -> BuildResult {
        var clock = StageClock(progress: progress)
        var diagnostics: [Diagnostic] = []

        let (config, configDiagnostics) = ConfigLoader.load(from: options.input)
        diagnostics += configDiagnostics

        let loader = SourceLoader(folder: options.input)
        let discovered = loader.discover()
        diagnostics += discovered.diagnostics
        var files: [SourceFile] = []
        do {
            let loaded = Parallel.map(discovered.paths) { loader.load($0) }
            diagnostics += loaded.flatMap(\.diagnostics)
            files = loaded.compactMap(\.file)
        }
        clock.finish(.load, "\(files.count) files, \(files.reduce(0) { $0 + $1.lineCount }) lines")

        let normalizer = Normalizer(inputFolder: options.input)
        var notes = Parallel.map(files) { normalizer.normalize($0) }
        diagnostics += notes.flatMap(\.diagnostics)
        let droppedCount = notes.reduce(0) { $0 + $1.dropped.count }
        clock.finish(.normalize, "\(notes.count) notes, \(droppedCount) noise lines dropped")

        // Each tree is walked as soon as it is parsed, then let go: all the trees at once take
        // about ten times the size of the markdown. The two stages' times are still reported.
        let extractor = FactExtractor()
        var extracted: [ExtractedNote] = []
        do {
            let walked = Parallel.map(notes) { note in
                let start = DispatchTime.now().uptimeNanoseconds
                let parsed = ParsedNote.parse(note)
                let middle = DispatchTime.now().uptimeNanoseconds
                let extracted = extractor.extract(parsed)
                return (extracted, parse: middle - start, extract: DispatchTime.now().uptimeNanoseconds - middle)
            }
            extracted = walked.map(\.0)
            let parseTime = Double(walked.reduce(0) { $0 + $1.parse })
            let extractTime = Double(walked.reduce(0) { $0 + $1.extract })
            clock.finishTogether(
                (.parse, "\(notes.count) documents"),
                (.extract, "\(extracted.reduce(0) { $0 + $1.facts.count }) facts, \(extracted.reduce(0) { $0 + $1.headings.count }) headings"),
                firstShare: parseTime + extractTime > 0 ? parseTime / (parseTime + extractTime) : 0.5)
        }
        diagnostics += extracted.flatMap(\.diagnostics)

        let summaries = files.indices.map { index in
            SourceSummary(files[index], note: notes[index], extracted: extracted[index])
        }
        files = []
        let graph = Deduplicator(topicRules: config.topics).dedupe(extracted, sources: summaries)
        extracted = []
        clock.finish(.dedupe, "\(graph.facts.count) facts, \(graph.topics.count) topics, \(graph.conflicts.count) conflicts")

        let guide = Guide(graph: graph, config: config)
        var rendered = notes.map { RenderedFile(path: "normalized/\($0.source.rawValue).md", text: $0.markdown) }
        let dropped = Dictionary(uniqueKeysWithValues: notes.map { ($0.source, $0.dropped) })
        notes = []
        rendered.append(FactsJSON.render(guide))
        let anki = AnkiRenderer(split: options.splitDecks, reversed: options.reversedCards, previousOutput: options.output)
        let cheatSheets = CheatSheetRenderer(settings: config.sheets.applying(options.sheets))
        let renderers: [any OutputRenderer] = [SiteRenderer(), cheatSheets, anki]
        let outputs = Parallel.map(renderers) { renderer in render(guide, with: renderer) }
        for output in outputs {
            switch output {
            case let .success(files): rendered += files
            case let .failure(error): diagnostics.append(error.diagnostic)
            }
        }
        clock.finish(.render, "\(rendered.count) files")

        let printing = printSheets(guide, with: cheatSheets, into: &rendered)
        diagnostics += printing.diagnostics
        clock.finish(.print, printing.summary)

        let writer = OutputWriter(folder: options.output)
        do {
            try writer.write(rendered)
        } catch {
            diagnostics.append(Diagnostic(.error, .writeFailed(detail: "\(error)")))
        }
        let bytes = rendered.reduce(0) { $0 + $1.contents.count }
        clock.finish(.write, "\(rendered.count) files, \(bytes / 1024) KiB to \(options.output.path)")

        return BuildResult(
            graph: graph, files: rendered, diagnostics: diagnostics, stages: clock.reports,
            dropped: dropped
        )
    }

    private func render(_ guide: Guide, with renderer: any OutputRenderer) -> Result<[RenderedFile], TemplateError> {
        switch TemplateSet.load(format: renderer.format, from: options.templates) {
        case let .failure(error):
            return .failure(error)
        case let .success(templates):
            do {
                return .success(try renderer.render(guide, templates: templates))
            } catch {
                return .failure(error)
            }
        }
    }
}

/// Times stages and hands each report to the progress callback as it finishes.
private struct StageClock {
    var progress: (StageReport) -> Void
    var reports: [StageReport] = []
    var started = DispatchTime.now()

    mutating func finish(_ stage: Stage, _ summary: String) {
        let now = DispatchTime.now()
        let report = StageReport(stage: stage, summary: summary, seconds: Double(now.uptimeNanoseconds - started.uptimeNanoseconds) / 1e9)
        reports.append(report)
        progress(report)
        started = now
    }

    /// Reports two stages that ran interleaved, file by file, splitting the wall time between
    /// them by the share of the work the first did.
    mutating func finishTogether(_ first: (Stage, String), _ second: (Stage, String), firstShare: Double) {
        let now = DispatchTime.now()
        let seconds = Double(now.uptimeNanoseconds - started.uptimeNanoseconds) / 1e9
        for (stage, summary, share) in [(first.0, first.1, firstShare), (second.0, second.1, 1 - firstShare)] {
            let report = StageReport(stage: stage, summary: summary, seconds: seconds * share)
            reports.append(report)
            progress(report)
        }
        started = now
    }
}
