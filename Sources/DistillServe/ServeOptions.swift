import Distill
import Foundation

/// What `distill serve` builds, where it listens and how long it may go without looking for changes.
public struct ServeOptions: Sendable {
    /// The build to run on start and after every change; its output's `site/` is served.
    public var build: BuildOptions
    /// An IPv4 or IPv6 address to listen on; `localhost` means 127.0.0.1.
    public var host: String = "127.0.0.1"
    /// 0 lets the system pick a free port.
    public var port: UInt16 = 8000
    /// The longest time, in seconds, between two looks at the watched files; where the system
    /// tells of changes (Linux), a save is looked at as soon as it happens.
    public var pollInterval: Double = 0.3

    public init(build: BuildOptions, host: String = "127.0.0.1", port: UInt16 = 8000) {
        self.build = build
        self.host = host
        self.port = port
    }

    /// The folder that is served: the site inside the output folder.
    public var siteFolder: URL { build.output.appendingPathComponent("site", isDirectory: true) }
}
