import ArgumentParser
import Distill

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

    /// Ends the command with the result's status unless it is a clean success.
    static func exit(for result: BuildResult) throws {
        let status = code(for: result)
        if status != success { throw ExitCode(status) }
    }
}
