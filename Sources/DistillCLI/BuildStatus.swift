import Distill
import Foundation

/// The exit status of `build` and `check`, so scripts can tell a clean build from one that
/// warned and from one that failed. Usage errors exit with 64 from the argument parser.
enum BuildStatus {
    /// Built without a warning.
    static let success: Int32 = 0
    /// Everything was built, but warnings were reported.
    static let warnings: Int32 = 1
    /// An error was reported: something could not be built, or the input, config or
    /// templates were unusable. What could be built is still written.
    static let failure: Int32 = 2

    static func code(for result: BuildResult) -> Int32 {
        if !result.succeeded { return failure }
        return result.hasWarnings ? warnings : success
    }

    /// Ends the process with the result's status. The result is not released first: the
    /// process's memory goes back to the system at once, where releasing every fact of a
    /// large guide one by one kept the build running for a moment longer.
    static func exit(for result: BuildResult) -> Never {
        Foundation.exit(code(for: result))
    }
}
