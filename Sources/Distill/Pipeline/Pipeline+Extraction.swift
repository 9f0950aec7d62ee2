import Foundation

extension Pipeline {
    /// What the per-file stages made of every discovered file, in discovery order.
    struct Extraction: Sendable {
        var notes: [CachedNote]
        /// Files whose results came from the cache.
        var hits: Int
        /// Files loaded, normalized, parsed and extracted by this build.
        var extracted: [SourcePath]
        /// The fresh notes, with their keys, that `fileFreshNotes` puts in the cache.
        var unfiled: [(note: CachedNote, key: String)]
        let cache: ExtractionCache

        /// Files each fresh note in the cache. Kept apart from the per-file stages so that the
        /// writing can run beside dedupe, whose merge loop is serial and leaves a core free.
        /// The notes are a map of their own, the largest first: what is left of it when the loop
        /// ends is written on both cores.
        func fileFreshNotes() {
            let cache = cache
            _ = Parallel.map(unfiled, costliestFirst: { $0.note.note?.markdown.utf8.count ?? 0 }) { entry in
                cache.write(entry.note, key: entry.key)
            }
        }
    }

    /// What normalize, parse and extract made of one fresh file, and the processor time each
    /// step took.
    private struct FileWork: Sendable {
        var note: CachedNote
        var seconds: [Double]
    }

    /// One discovered file after the load stage: either a cached result or a loaded file.
    private struct Probe: Sendable {
        var path: SourcePath
        /// Nil when the file could not be read; such a file is never cached.
        var key: String?
        var cached: CachedNote?
        var file: SourceFile?
        var loadDiagnostics: [Diagnostic] = []
    }

    /// The load, normalize, parse and extract stages, each file's work skipped when the cache
    /// holds its result. Diagnostics keep the order of a build without a cache: all of load's,
    /// then normalize's, then extract's.
    func extractAll(_ paths: [SourcePath], config: Data?, clock: inout StageClock) -> (Extraction, [Diagnostic]) {
        let loader = SourceLoader(folder: options.input)
        let cache = ExtractionCache(output: options.output, input: options.input, config: config)
        if options.clean { cache.clear() }
        let clean = options.clean
        let probes = Parallel.map(paths) { path -> Probe in
            let contents = loader.contents(of: path)
            let key = contents.map { cache.key(for: path, contents: $0) }
            if !clean, let key, let cached = cache.read(key, path: path) {
                return Probe(path: path, key: key, cached: cached)
            }
            let loaded = loader.load(path, contents: contents)
            return Probe(path: path, key: key, file: loaded.file, loadDiagnostics: loaded.diagnostics)
        }
        let hits = probes.filter { $0.cached != nil }.count
        let lines = probes.reduce(0) { $0 + ($1.cached?.note?.summary.lines ?? $1.file?.lineCount ?? 0) }
        let loadedCount = probes.filter { $0.cached?.note != nil || $0.file != nil }.count
        clock.finish(.load, "\(loadedCount) files, \(lines) lines (\(hits) from cache)")

        // Each fresh file goes through normalize, parse and extract on one core while other
        // files do the same on the others. Parsing is serialised (cmark-gfm keeps process-wide
        // state), so with the stages one after another a core would idle through all of it;
        // interleaved, the other files' normalizing and extracting fill that time, and each
        // parsed tree is dropped as soon as its facts are out. The largest files start first.
        let fresh = probes.indices.filter { probes[$0].cached == nil && probes[$0].file != nil }
        let normalizer = Normalizer(inputFolder: options.input)
        let extractor = FactExtractor()
        let worked = Parallel.map(fresh, costliestFirst: { probes[$0].file?.lineCount ?? 0 }) { index in
            let probe = probes[index]
            var timer = StepTimer()
            let normalized = normalizer.normalize(probe.file!)
            let normalizing = timer.lap()
            let parsed = ParsedNote.parse(normalized)
            let parsing = timer.lap()
            var note = CachedNote(path: probe.path, loadDiagnostics: probe.loadDiagnostics)
            note.note = CachedNote.Note(file: probe.file!, note: normalized, extracted: extractor.extract(parsed))
            return FileWork(note: note, seconds: [normalizing, parsing, timer.lap()])
        }
        var notes = probes.map { $0.cached ?? CachedNote(path: $0.path, loadDiagnostics: $0.loadDiagnostics) }
        for (offset, index) in fresh.enumerated() { notes[index] = worked[offset].note }
        cache.prune(keeping: Set(probes.compactMap(\.key)))

        let droppedCount = notes.reduce(0) { $0 + ($1.note?.dropped.count ?? 0) }
        let facts = notes.reduce(0) { $0 + ($1.note?.extracted.facts.count ?? 0) }
        let headings = notes.reduce(0) { $0 + ($1.note?.extracted.headings.count ?? 0) }
        let work = worked.reduce(into: [0.0, 0.0, 0.0]) { total, file in
            for step in total.indices { total[step] += file.seconds[step] }
        }
        clock.finishInterleaved([
            (.normalize, "\(loadedCount) notes, \(droppedCount) noise lines dropped", work[0]),
            (.parse, "\(fresh.count) documents", work[1]),
            (.extract, "\(facts) facts, \(headings) headings", work[2]),
        ])

        var diagnostics = notes.flatMap(\.loadDiagnostics)
        diagnostics += notes.flatMap { $0.note?.normalizeDiagnostics ?? [] }
        diagnostics += notes.flatMap { $0.note?.extracted.diagnostics ?? [] }
        let unfiled = fresh.enumerated().compactMap { offset, index in probes[index].key.map { (note: worked[offset].note, key: $0) } }
        let extraction = Extraction(notes: notes, hits: hits, extracted: fresh.map { probes[$0].path }, unfiled: unfiled, cache: cache)
        return (extraction, diagnostics)
    }
}
