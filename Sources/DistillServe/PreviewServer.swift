import Distill
import Foundation
import Hummingbird
import Logging
import NIOCore
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// `distill serve`: builds once, serves the output's `site/` folder over HTTP, and rebuilds
/// (incrementally, through the build cache) whenever a watched file changes. A build with
/// errors leaves the last good site on disk and in the browser, with the errors shown in an
/// overlay and handed to `log`.
public final class PreviewServer: Sendable {
    public let options: ServeOptions
    let state = BuildState()
    private let application: Application<PreviewResponder>
    private let listening = ListeningAddress()
    private let watcher: ChangeWatcher
    private let log: @Sendable (String) -> Void
    private let loop = RebuildLoop()

    public enum ServeError: Error, CustomStringConvertible {
        case badHost(String)
        case notListening

        public var description: String {
            switch self {
            case let .badHost(host): "--host must be an IPv4 or IPv6 address (or localhost), not '\(host)'"
            case .notListening: "the server did not start listening"
            }
        }
    }

    /// `log` receives each line for the terminal; errors start with `error:`.
    public init(options: ServeOptions, log: @escaping @Sendable (String) -> Void) throws {
        var options = options
        options.build.keepOutputOnError = true
        // The previous output is removed after the pages hear of a build, not before.
        options.build.leavesRetiredOutput = true
        self.options = options
        self.log = log
        let responder = PreviewResponder(site: SiteFolder(root: options.siteFolder), state: state)
        let host = options.host == "localhost" ? "127.0.0.1" : options.host
        guard Self.isIPAddress(host) else { throw ServeError.badHost(options.host) }
        let listening = listening
        application = Application(
            responder: responder,
            configuration: ApplicationConfiguration(address: .hostname(host, port: Int(options.port))),
            onServerRunning: { channel in listening.found(channel.localAddress) },
            // The terminal shows Distill's own lines only.
            logger: Logger(label: "distill-serve", factory: { _ in SwiftLogNoOpLogHandler() }))
        let config = options.build.input.appendingPathComponent(ConfigLoader.fileName)
        watcher = ChangeWatcher(roots: [options.build.input, options.build.templates, config], excluded: options.build.output)
    }

    /// Whether `host` is written as an IPv4 or IPv6 address (a name would need a look-up).
    static func isIPAddress(_ host: String) -> Bool {
        var address = in6_addr()
        return inet_pton(AF_INET, host, &address) == 1 || inet_pton(AF_INET6, host, &address) == 1
    }

    /// Builds, starts listening and watching, and returns the address to open.
    public func start() async throws -> URL {
        // Folders are watched before the first look, so no save after it goes unseen.
        let events = FileEvents()
        events?.watch(watcher.folders())
        let baseline = watcher.snapshot()
        build(reason: "first build")
        let (application, listening) = (application, listening)
        loop.serverTask = Task {
            do {
                try await application.run()
                listening.fail(ServeError.notListening)
            } catch {
                // A port in use or an address the machine does not have ends here.
                listening.fail(error)
                throw error
            }
        }
        // Returns as soon as the socket listens; the limit is only reached on a machine so busy
        // that the server's tasks wait their turn.
        let address = try await listening.wait(seconds: 120)
        guard let host = address.ipAddress, let port = address.port else { throw ServeError.notListening }
        let url = URL(string: host.contains(":") ? "http://[\(host)]:\(port)/" : "http://\(host):\(port)/")!
        let thread = Thread { [self] in watch(from: baseline, events: events) }
        thread.name = "distill-watch"
        thread.start()
        return url
    }

    /// Stops watching and serving.
    public func stop() async {
        loop.stop()
        // Pages waiting for the next build are answered now.
        state.releaseWaiting()
        guard let task = loop.serverTask else { return }
        task.cancel()
        // The server closes its connections on cancellation; a client that holds one open does
        // not keep `stop` waiting for long.
        await withTaskGroup(of: Void.self) { group in
            group.addTask { _ = await task.result }
            group.addTask { try? await Task.sleep(nanoseconds: 2_000_000_000) }
            await group.next()
            group.cancelAll()
        }
    }

    /// How long the watch loop lets a save settle after the first event, in seconds.
    static let settleInterval = 0.02

    /// The number of builds finished so far, good or bad.
    public var buildCount: Int { state.snapshot.version }

    /// Looks at the watched files whenever the system says something changed, and at least
    /// every `pollInterval`, and rebuilds after each change, until stopped.
    private func watch(from baseline: [String: ChangeWatcher.Stamp], events: FileEvents?) {
        var seen = baseline
        while !loop.isStopped {
            if let events {
                if events.wait(seconds: options.pollInterval) {
                    // A save can take an editor several steps (write a copy, move it over the
                    // file): the build starts once they have settled.
                    Thread.sleep(forTimeInterval: Self.settleInterval)
                    events.drain()
                    // A new folder is watched before the look, which sees what it holds already.
                    events.watch(watcher.folders())
                }
            } else {
                Thread.sleep(forTimeInterval: options.pollInterval)
            }
            let now = watcher.snapshot()
            let changed = ChangeWatcher.changes(from: seen, to: now)
            guard !changed.isEmpty else { continue }
            // Take the state before building: a save during the build triggers one more.
            seen = now
            let names = changed.prefix(3).map { URL(fileURLWithPath: $0).lastPathComponent }.joined(separator: ", ")
            build(reason: "changed: \(names)\(changed.count > 3 ? " and \(changed.count - 3) more" : "")")
        }
    }

    private func build(reason: String) {
        let started = DispatchTime.now()
        let result = Pipeline(options: options.build).run()
        let seconds = Double(DispatchTime.now().uptimeNanoseconds - started.uptimeNanoseconds) / 1e9
        let timing = String(format: "%.2f s", seconds)
        let cache = "\(result.cacheHits) reused, \(result.cacheMisses) extracted"
        if result.succeeded {
            log("\(reason): built in \(timing) (\(cache)), \(result.graph.facts.count) facts")
            state.finish(error: nil)
        } else {
            let errors = result.diagnostics.filter { $0.severity == .error }.map(\.description)
            for error in errors { log(error) }
            log("\(reason): build failed in \(timing); still serving the last good site")
            state.finish(error: errors.joined(separator: "\n"))
        }
        OutputWriter(folder: options.build.output).removeRetiredOutput()
    }
}

/// The stop flag of the watch thread and the server's task.
private final class RebuildLoop: @unchecked Sendable {
    private let lock = NSLock()
    private var stopped = false
    private var task: Task<Void, any Error>?

    var isStopped: Bool {
        lock.lock()
        defer { lock.unlock() }
        return stopped
    }

    var serverTask: Task<Void, any Error>? {
        get { lock.lock(); defer { lock.unlock() }; return task }
        set { lock.lock(); task = newValue; lock.unlock() }
    }

    func stop() {
        lock.lock()
        stopped = true
        lock.unlock()
    }
}
