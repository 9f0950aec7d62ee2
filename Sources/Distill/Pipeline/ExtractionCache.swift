import Crypto
import Foundation

/// The incremental build cache under `Output/.cache/extract/`: one entry per input file,
/// holding what load → normalize → parse → extract made of it.
///
/// An entry's name is a SHA-256 key over everything those stages read: the file's path and
/// bytes, the config file's bytes, the cache format, the stages' version and the running
/// executable's identity (so a rebuilt tool never trusts an older tool's entries), and, for
/// notes that show images, the list of files in the input folder (an image is kept only if
/// its file exists). Templates are not in the key: they matter only from render on.
///
/// Each entry starts with a header naming the format version, its key and a checksum of its
/// payload (`PayloadChecksum`); the payload is the note in the compact binary layout of
/// `BinaryCodable`. An entry that is garbage, truncated, of another version, filed under the
/// wrong name or fails to decode is a miss, never an error, and is overwritten.
struct ExtractionCache: Sendable {
    /// Bump when the entry layout changes.
    static let formatVersion = 3
    /// Bump when load, normalize, parse or extract change what they make of the same input.
    static let stagesVersion = 2
    private static let magic = "distill-extract-cache"

    let folder: URL
    /// Hash of everything the key shares across files (versions, tool, config).
    private let salt: Data
    /// Hash of the input folder's file list, for notes that show images.
    private let listing: Data

    init(output: URL, input: URL, config: Data?) {
        folder = output.appendingPathComponent(".cache/extract", isDirectory: true)
        var hasher = SHA256()
        hasher.update(data: Data("\(Self.magic) \(Self.formatVersion) \(Self.stagesVersion)\n".utf8))
        hasher.update(data: Data(Self.executableIdentity.utf8))
        hasher.update(data: Data((config.map { "config \($0.count)\n" } ?? "no config\n").utf8))
        if let config { hasher.update(data: config) }
        salt = Data(hasher.finalize())
        listing = Self.listingHash(of: input)
    }

    /// The entry key of one file's bytes, as lowercase hex.
    func key(for path: SourcePath, contents: Data) -> String {
        var hasher = SHA256()
        hasher.update(data: salt)
        let name = Data(path.rawValue.utf8)
        hasher.update(data: Data("\(name.count)\n".utf8))
        hasher.update(data: name)
        if Self.mayShowImages(contents) { hasher.update(data: listing) }
        hasher.update(data: contents)
        return Self.hex(hasher.finalize())
    }

    /// The entry filed under `key`, or nil when there is none or it cannot be trusted.
    func read(_ key: String, path: SourcePath) -> CachedNote? {
        guard let data = try? Data(contentsOf: entryURL(key)) else { return nil }
        guard let payload = Self.payload(of: data, key: key),
              let note = CachedNote(binary: [UInt8](payload)),
              note.path == path
        else { return nil }
        return note
    }

    /// Files `note` under `key`, replacing any entry there in one step. A cache that
    /// cannot be written only makes the next build slower, so failures are ignored.
    ///
    /// The entry is written under a name of its own and then moved over the old one, so a
    /// reader finds the old entry or the new, and a build killed in between leaves a stray
    /// file that `prune` removes. It is not synced to disk (`Data.write` synced each entry,
    /// which at 100x kept dedupe waiting for the filing after its merge loop): an entry a
    /// crash cut short fails its checksum and is made again.
    func write(_ note: CachedNote, key: String) {
        let payload = note.binary
        let header = "\(Self.magic) \(Self.formatVersion)\n\(key)\n\(PayloadChecksum.hex(payload))\n"
        var bytes = Array(header.utf8)
        bytes += payload
        try? FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let target = entryURL(key).path
        let temporary = folder.appendingPathComponent("\(key).\(getpid())-\(UInt32.random(in: 0...UInt32.max)).partial").path
        let failed = bytes.withUnsafeBytes { FileBytes.write($0, to: temporary) } != nil
        if failed || rename(temporary, target) != 0 { unlink(temporary) }
    }

    /// Removes every entry this build did not use, so the cache holds one entry per input.
    func prune(keeping keys: Set<String>) {
        guard let names = try? FileManager.default.contentsOfDirectory(atPath: folder.path) else { return }
        for name in names where !keys.contains(String(name.prefix { $0 != "." })) || !name.hasSuffix(".entry") {
            try? FileManager.default.removeItem(at: folder.appendingPathComponent(name))
        }
    }

    /// Removes the whole cache folder (`--clean` rebuilds it from nothing).
    func clear() {
        try? FileManager.default.removeItem(at: folder)
    }

    private func entryURL(_ key: String) -> URL {
        folder.appendingPathComponent("\(key).entry")
    }

    /// The payload of an entry after checking its header: magic, version, key and checksum.
    static func payload(of data: Data, key: String) -> Data? {
        var lines: [Data] = []
        var start = data.startIndex
        while lines.count < 3 {
            guard let newline = data[start...].firstIndex(of: 0x0A) else { return nil }
            lines.append(data[start..<newline])
            start = data.index(after: newline)
        }
        let payload = data[start...]
        guard String(decoding: lines[0], as: UTF8.self) == "\(magic) \(formatVersion)",
              String(decoding: lines[1], as: UTF8.self) == key,
              String(decoding: lines[2], as: UTF8.self) == PayloadChecksum.hex(payload)
        else { return nil }
        return Data(payload)
    }

    /// Whether the image filter could act on these bytes: only then does the note depend on
    /// which other files exist. It looks for `![` (control characters between are skipped, as
    /// the normalizer drops them) and for `img` in any case, a superset of `<img` tags.
    static func mayShowImages(_ contents: Data) -> Bool {
        // UTF-16 text hides its ASCII behind zero bytes; assume the worst.
        if contents.starts(with: [0xFF, 0xFE]) || contents.starts(with: [0xFE, 0xFF]) { return true }
        return contents.withUnsafeBytes { bytes in
            // Eight bytes at a time while none is a control character the normalizer drops:
            // then the marks are plain neighbours. Any such character sends the whole text
            // through the byte-by-byte reading, which skips them.
            var offset = 0
            while offset + 10 <= bytes.count {
                let word = bytes.loadUnaligned(fromByteOffset: offset, as: UInt64.self)
                if ByteWord.hasDroppedControl(word) { return mayShowImages(bytes, from: 0) }
                let next = bytes.loadUnaligned(fromByteOffset: offset + 1, as: UInt64.self)
                let afterNext = bytes.loadUnaligned(fromByteOffset: offset + 2, as: UInt64.self)
                let bang = ByteWord.equal(word, 0x21) & ByteWord.equal(next, 0x5B)
                let img = ByteWord.equal(word | ByteWord.lowercase, 0x69) & ByteWord.equal(next | ByteWord.lowercase, 0x6D)
                    & ByteWord.equal(afterNext | ByteWord.lowercase, 0x67)
                if bang | img != 0 { return true }
                offset += 8
            }
            return mayShowImages(bytes, from: offset)
        }
    }

    /// The byte-by-byte reading from `start`, where the two bytes before (if any) are no
    /// control characters.
    private static func mayShowImages(_ bytes: UnsafeRawBufferPointer, from start: Int) -> Bool {
        var previous: UInt8 = start > 0 ? bytes[start - 1] : 0x0A
        var beforePrevious: UInt8 = start > 1 ? bytes[start - 2] : 0x0A
        for byte in bytes[start...] {
            if (byte < 0x20 && byte != 0x09 && byte != 0x0A) || byte == 0x7F { continue }
            if previous == 0x21 && byte == 0x5B { return true }
            if beforePrevious | 0x20 == 0x69 && previous | 0x20 == 0x6D && byte | 0x20 == 0x67 { return true }
            beforePrevious = previous
            previous = byte
        }
        return false
    }

    /// Every path under the input folder, hidden ones too, with whether it is a folder.
    private static func listingHash(of input: URL) -> Data {
        var hasher = SHA256()
        let names = (FileManager.default.enumerator(atPath: input.path)?.compactMap { $0 as? String } ?? []).sorted()
        for name in names {
            var isDirectory: ObjCBool = false
            let exists = FileManager.default.fileExists(atPath: input.appendingPathComponent(name).path, isDirectory: &isDirectory)
            hasher.update(data: Data("\(name)\0\(exists ? (isDirectory.boolValue ? "d" : "f") : "-")\n".utf8))
        }
        return Data(hasher.finalize())
    }

    /// The running executable's path, size and modification time.
    private static let executableIdentity: String = {
        guard let path = Bundle.main.executablePath,
              let attributes = try? FileManager.default.attributesOfItem(atPath: path)
        else { return "unknown executable\n" }
        let size = (attributes[.size] as? NSNumber)?.int64Value ?? -1
        let modified = (attributes[.modificationDate] as? Date)?.timeIntervalSince1970 ?? 0
        return "\(path)\n\(size)\n\(modified)\n"
    }()

    private static func hex(_ digest: some Sequence<UInt8>) -> String {
        let digits = Array("0123456789abcdef".utf8)
        var out: [UInt8] = []
        for byte in digest {
            out.append(digits[Int(byte >> 4)])
            out.append(digits[Int(byte & 0x0F)])
        }
        return String(decoding: out, as: UTF8.self)
    }
}
