import Foundation

extension Pipeline {
    /// What the per-file stages made of every discovered file, in discovery order.
    struct Extraction {
        var notes: [CachedNote]
        /// Files whose results came from the cache.
        var hits: Int
        /// Files loaded, normalized, parsed and extracted by this build.
        var extracted: [SourcePath]
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

        let fresh = probes.indices.filter { probes[$0].cached == nil && probes[$0].file != nil }
        let normalizer = Normalizer(inputFolder: options.input)
        let normalized = Parallel.map(fresh) { normalizer.normalize(probes[$0].file!) }
        var notes = probes.map { $0.cached ?? CachedNote(path: $0.path, loadDiagnostics: $0.loadDiagnostics) }
        let droppedCount = notes.reduce(0) { $0 + ($1.note?.dropped.count ?? 0) } + normalized.reduce(0) { $0 + $1.dropped.count }
        clock.finish(.normalize, "\(loadedCount) notes, \(droppedCount) noise lines dropped")

        let parsed = Parallel.map(normalized) { ParsedNote.parse($0) }
        clock.finish(.parse, "\(parsed.count) documents")

        let extractor = FactExtractor()
        let extracted = Parallel.map(parsed) { extractor.extract($0) }
        for (offset, index) in fresh.enumerated() {
            notes[index].note = CachedNote.Note(file: probes[index].file!, note: normalized[offset], extracted: extracted[offset])
        }
        // Only notes are cached: a skipped or unreadable file is cheap to look at again, and a
        // build with nothing to read must not create the output folder.
        let toStore = probes.indices.filter { probes[$0].cached == nil && probes[$0].key != nil && probes[$0].file != nil }
        _ = Parallel.map(toStore) { [notes] index in cache.write(notes[index], key: probes[index].key!) }
        cache.prune(keeping: Set(probes.compactMap(\.key)))
        let facts = notes.reduce(0) { $0 + ($1.note?.extracted.facts.count ?? 0) }
        let headings = notes.reduce(0) { $0 + ($1.note?.extracted.headings.count ?? 0) }
        clock.finish(.extract, "\(facts) facts, \(headings) headings")

        var diagnostics = notes.flatMap(\.loadDiagnostics)
        diagnostics += notes.flatMap { $0.note?.normalizeDiagnostics ?? [] }
        diagnostics += notes.flatMap { $0.note?.extracted.diagnostics ?? [] }
        let extraction = Extraction(notes: notes, hits: hits, extracted: fresh.map { probes[$0].path })
        return (extraction, diagnostics)
    }
}
