import Foundation

/// Headless Chromium as a PDF printer: found on `PATH`, run as a subprocess with a time limit.
public struct Chromium: Sendable {
    /// The names Chromium goes by on Linux and macOS package managers.
    public static let names = ["chromium", "chromium-browser", "google-chrome", "google-chrome-stable"]

    public let executable: URL
    /// Seconds one print may take before the process is killed.
    public var timeout: Double = 90

    public init(executable: URL) {
        self.executable = executable
    }

    /// The first Chromium on `PATH` (or `DISTILL_CHROMIUM`, when set), or nil.
    public static func find(environment: [String: String] = ProcessInfo.processInfo.environment) -> Chromium? {
        let fileManager = FileManager.default
        if let path = environment["DISTILL_CHROMIUM"], !path.isEmpty {
            return fileManager.isExecutableFile(atPath: path) ? Chromium(executable: URL(fileURLWithPath: path)) : nil
        }
        let folders = (environment["PATH"] ?? "/usr/local/bin:/usr/bin:/bin").split(separator: ":")
        for name in names {
            for folder in folders {
                let path = "\(folder)/\(name)"
                if fileManager.isExecutableFile(atPath: path) { return Chromium(executable: URL(fileURLWithPath: path)) }
            }
        }
        return nil
    }

    public enum PrintError: Error, CustomStringConvertible {
        case timedOut(seconds: Double)
        case failed(status: Int32)
        case noOutput

        public var description: String {
            switch self {
            case let .timedOut(seconds): "Chromium did not finish printing within \(Int(seconds)) s"
            case let .failed(status): "Chromium exited with status \(status)"
            case .noOutput: "Chromium wrote no PDF"
            }
        }
    }

    /// Prints the HTML file at `page` to the PDF `target`; `profile` is a fresh folder of its
    /// own, so several prints can run at once.
    public func printPDF(_ page: URL, to target: URL, profile: URL) throws -> Data {
        let process = Process()
        process.executableURL = executable
        process.arguments = [
            "--headless", "--no-sandbox", "--disable-gpu", "--no-pdf-header-footer", "--no-first-run",
            "--disable-extensions", "--user-data-dir=\(profile.path)", "--print-to-pdf=\(target.path)",
            page.absoluteURL.absoluteString,
        ]
        process.standardInput = FileHandle.nullDevice
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        let done = DispatchSemaphore(value: 0)
        process.terminationHandler = { _ in done.signal() }
        try process.run()
        if done.wait(timeout: .now() + timeout) == .timedOut {
            process.terminate()
            _ = done.wait(timeout: .now() + 5)
            throw PrintError.timedOut(seconds: timeout)
        }
        guard process.terminationStatus == 0 else { throw PrintError.failed(status: process.terminationStatus) }
        guard let data = FileManager.default.contents(atPath: target.path), !data.isEmpty else { throw PrintError.noOutput }
        return data
    }
}
