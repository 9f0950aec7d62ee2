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

        var anki = AnkiRenderer(split: options.splitDecks, reversed: options.reversedCards, previousOutput: options.output)
        let cheatSheets = CheatSheetRenderer(settings: config.sheets.applying(options.sheets))
        let formats = [SiteRenderer().format, cheatSheets.format, anki.format]
        // What render reads that the notes do not decide, the templates and the previous build's
        // note GUIDs, is read while dedupe's serial merge loop leaves a core free.
        let (sources, (templates, previousGUIDs)) = readAndDedupe(config: config, clock: &clock) { [options] in
            (Dictionary(uniqueKeysWithValues: formats.map { ($0, TemplateSet.load(format: $0, from: options.templates)) }),
             AnkiGUIDMap.load(fromOutput: options.output))
        }
        diagnostics += sources.diagnostics
        let graph = sources.graph

        let guide = Guide(graph: graph, config: config)
        var rendered = sources.normalized
        anki.previousGUIDs = previousGUIDs
        let renderers: [any OutputRenderer] = [SiteRenderer(), cheatSheets, anki]
        // facts.json is encoded while the templates render: alone it would keep one core busy
        // and the other idle.
        let (factsFile, outputs) = Parallel.both(
            { FactsJSON.render(guide) },
            { Parallel.map(renderers) { renderer in render(guide, with: renderer, templates: templates[renderer.format]) } })
        rendered.append(factsFile)
        // A missing format or an empty guide would replace a good previous build with less.
        var unwritable = sources.noteCount == 0 ? "no note could be read" : nil
        for output in outputs {
            switch output {
            case let .success((files, warnings)):
                rendered += files
                diagnostics += warnings
            case let .failure(error):
                diagnostics.append(error.diagnostic)
                unwritable = unwritable ?? "a template failed"
            }
        }
        clock.finish(.render, "\(rendered.count) files")

        let printing = printSheets(guide, with: cheatSheets, into: &rendered)
        diagnostics += printing.diagnostics
        // The view model and the cards go while the files are written.
        Teardown.release(consume guide)
        clock.finish(.print, printing.summary)

        var writer = OutputWriter(folder: options.output)
        writer.leavesRetiredOutput = options.leavesRetiredOutput
        if let unwritable {
            diagnostics.append(Diagnostic(.note, .outputKept(path: options.output.path, detail: unwritable)))
            clock.finish(.write, "skipped (\(unwritable)); \(options.output.path) left as it was")
        } else if options.keepOutputOnError && diagnostics.contains(where: { $0.severity == .error }) {
            clock.finish(.write, "skipped: the build has errors; \(options.output.path) keeps the last good output")
        } else {
            do {
                for refused in try writer.write(rendered) {
                    diagnostics.append(Diagnostic(.error, .writeFailed(detail: refused.description)))
                }
            } catch {
                diagnostics.append(Diagnostic(.error, .writeFailed(detail: "\(error)")))
            }
            let bytes = rendered.reduce(0) { $0 + $1.byteCount }
            clock.finish(.write, "\(rendered.count) files, \(bytes / 1024) KiB to \(options.output.path)")
        }

        return BuildResult(
            graph: graph, files: rendered, diagnostics: diagnostics, stages: clock.reports,
            dropped: sources.dropped, cacheHits: sources.cacheHits, extractedFiles: sources.extractedFiles
        )
    }

    /// What the stages before render leave: the deduplicated graph and the little the rest of
    /// the build needs from each note. The notes and their extracted facts are dropped on
    /// return, before rendering, so the build never holds both at once.
    private struct DedupedSources {
        var graph: FactGraph
        var normalized: [RenderedFile]
        var dropped: [SourcePath: [DroppedLine]]
        var noteCount: Int
        var cacheHits: Int
        var extractedFiles: [SourcePath]
        var diagnostics: [Diagnostic]
    }

    /// Load, normalize, parse and extract every input file (through the cache), then dedupe;
    /// `alongsideMergeLoop` runs beside dedupe's merge loop, before the fresh notes are filed.
    private func readAndDedupe<Side: Sendable>(
        config: GuideConfig, clock: inout StageClock, alongsideMergeLoop: @Sendable () -> Side
    ) -> (DedupedSources, Side) {
        var diagnostics: [Diagnostic] = []
        let discovered = SourceLoader(folder: options.input).discover()
        diagnostics += discovered.diagnostics
        let configData = FileManager.default.contents(atPath: options.input.appendingPathComponent(ConfigLoader.fileName).path)
        let (extraction, extractDiagnostics) = extractAll(discovered.paths, config: configData, clock: &clock)
        diagnostics += extractDiagnostics
        let notes = extraction.notes.compactMap(\.note)
        if notes.isEmpty && !discovered.paths.isEmpty {
            diagnostics.append(Diagnostic(.error, .inputFolderEmpty(path: options.input.path)))
        }
        diagnostics += notes.compactMap(Self.onlyNoise)
        let deduplicator = Deduplicator(topicRules: config.topics)
        let (extracted, summaries) = (notes.map(\.extracted), notes.map(\.summary))
        // The fresh notes are filed in the cache while dedupe's merge loop runs: the loop is
        // serial, and the writing fills the other core. The dedupe stage's time includes it.
        // The caller's side work goes first: the loop's core shares the filing once the loop
        // ends, but not the side work.
        let (graph, side) = deduplicator.dedupe(extracted, sources: summaries, statistics: nil) {
            let side = alongsideMergeLoop()
            extraction.fileFreshNotes()
            return side
        }
        let sources = DedupedSources(
            graph: graph,
            normalized: notes.map { RenderedFile(path: "normalized/\($0.summary.file.rawValue).md", text: $0.markdown) },
            dropped: Dictionary(uniqueKeysWithValues: notes.map { ($0.summary.file, $0.dropped) }),
            noteCount: notes.count, cacheHits: extraction.hits, extractedFiles: extraction.extracted,
            diagnostics: diagnostics)
        // The notes' facts are in the graph now: the notes go while rendering starts. Freed
        // here, every fact of every note was released one by one before render could begin.
        Teardown.release((consume extraction, consume notes, consume extracted, consume summaries))
        clock.finish(.dedupe, "\(graph.facts.count) facts, \(graph.topics.count) topics, \(graph.conflicts.count) conflicts")
        return (sources, side)
    }

    /// A warning for a file that had text but lost all of it to noise rules.
    static func onlyNoise(_ note: CachedNote.Note) -> Diagnostic? {
        guard !note.dropped.isEmpty, !note.markdown.hasNonWhitespace else { return nil }
        return Diagnostic(.warning, .onlyNoise(lines: note.dropped.count), at: SourceLocation(file: note.summary.file, line: 1))
    }

    /// Renders with the renderer's templates, read now unless they were already.
    private func render(
        _ guide: Guide, with renderer: any OutputRenderer, templates: Result<TemplateSet, TemplateError>?
    ) -> Result<(files: [RenderedFile], warnings: [Diagnostic]), TemplateError> {
        switch templates ?? TemplateSet.load(format: renderer.format, from: options.templates) {
        case let .failure(error):
            return .failure(error)
        case let .success(templates):
            do {
                return .success((try renderer.render(guide, templates: templates), templates.warnings))
            } catch {
                return .failure(error)
            }
        }
    }
}

/// Times stages and hands each report to the progress callback as it finishes.
struct StageClock {
    var progress: (StageReport) -> Void
    var reports: [StageReport] = []
    var started = DispatchTime.now()

    /// Finishes one stage, which took all the time since the last one.
    mutating func finish(_ stage: Stage, _ summary: String) {
        finishInterleaved([(stage, summary, 0)])
    }

    /// Finishes stages that ran interleaved, file by file on every core: the time since the
    /// last stage is shared among them in proportion to the processor time each took, so the
    /// stages still add up to the build's time.
    mutating func finishInterleaved(_ stages: [(stage: Stage, summary: String, work: Double)]) {
        let now = DispatchTime.now()
        let elapsed = Double(now.uptimeNanoseconds - started.uptimeNanoseconds) / 1e9
        let total = stages.reduce(0) { $0 + $1.work }
        for (stage, summary, work) in stages {
            let share = total > 0 ? work / total : 1 / Double(stages.count)
            let report = StageReport(stage: stage, summary: summary, seconds: elapsed * share)
            reports.append(report)
            progress(report)
        }
        started = now
    }
}

/// Processor time used by the calling thread, step by step.
struct StepTimer {
    private var last = StepTimer.threadSeconds()

    /// Seconds since the last lap (or the start).
    mutating func lap() -> Double {
        let now = Self.threadSeconds()
        defer { last = now }
        return now - last
    }

    private static func threadSeconds() -> Double {
        var time = timespec()
        clock_gettime(CLOCK_THREAD_CPUTIME_ID, &time)
        return Double(time.tv_sec) + Double(time.tv_nsec) / 1e9
    }
}
