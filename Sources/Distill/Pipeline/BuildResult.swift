/// What a build made and said.
public struct BuildResult: Sendable {
    public var graph: FactGraph
    public var files: [RenderedFile]
    public var diagnostics: [Diagnostic]
    public var stages: [StageReport]
    /// Every raw line a noise rule removed, by file.
    public var dropped: [SourcePath: [DroppedLine]]
    /// Input files whose load → extract results came from `Output/.cache`.
    public var cacheHits: Int = 0
    /// Input files this build loaded, normalized, parsed and extracted itself, in order.
    public var extractedFiles: [SourcePath] = []
    /// Input files not found in the cache.
    public var cacheMisses: Int { extractedFiles.count }

    /// True when nothing went wrong badly enough to fail the build.
    public var succeeded: Bool { !diagnostics.contains { $0.severity == .error } }

    /// True when the build succeeded but reported at least one warning.
    public var hasWarnings: Bool { diagnostics.contains { $0.severity == .warning } }
}
