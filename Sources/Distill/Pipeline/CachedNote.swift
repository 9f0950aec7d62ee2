/// What the per-file stages (load → normalize → parse → extract) made of one input file:
/// everything the later stages read, so a cached copy can stand in for the work.
struct CachedNote: Sendable, Equatable {
    /// The part that exists only when the file could be loaded as text.
    struct Note: Sendable, Equatable {
        var summary: SourceSummary
        var format: NoteFormat
        /// The canonical markdown, written to `normalized/`.
        var markdown: String
        var dropped: [DroppedLine]
        var normalizeDiagnostics: [Diagnostic]
        var extracted: ExtractedNote
    }

    var path: SourcePath
    var loadDiagnostics: [Diagnostic]
    /// Nil when loading gave no text (a binary file, say); its diagnostics say why.
    var note: Note?
}

extension CachedNote.Note {
    init(file: SourceFile, note: NormalizedNote, extracted: ExtractedNote) {
        self.init(
            summary: SourceSummary(file, note: note, extracted: extracted), format: note.format,
            markdown: note.markdown, dropped: note.dropped, normalizeDiagnostics: note.diagnostics,
            extracted: extracted
        )
    }
}
