import Foundation
import Testing

@testable import DistillServe

/// The serve loop's build state: a page that asks for the build after the one it has seen is
/// answered when that build ends, when its wait runs out, or when the server stops.
@Suite struct BuildStateTests {
    @Test func aNewerVersionIsAnsweredAtOnce() async {
        let state = BuildState()
        state.finish(error: nil)
        let answer = await state.change(after: 0, within: 600)
        #expect(answer.version == 1)
    }

    @Test func aWaitingRequestIsAnsweredByTheNextBuild() async throws {
        let state = BuildState()
        state.finish(error: nil)
        let waiting = Task { await state.change(after: 1, within: 600) }
        // The request waits until a build ends, however long that takes: the build here ends
        // only once the request is waiting.
        try await waitUntilWaiting(state)
        state.finish(error: "a template failed")
        let answer = await waiting.value
        #expect(answer == BuildState.Snapshot(version: 2, error: "a template failed"))
    }

    @Test func aRequestWithNoBuildIsAnsweredWhenItsWaitRunsOut() async {
        let state = BuildState()
        state.finish(error: nil)
        let started = Date()
        let answer = await state.change(after: 1, within: 0.3)
        #expect(answer.version == 1)
        // It did wait: an answer at once would send the page straight back.
        #expect(Date().timeIntervalSince(started) >= 0.25)
        #expect(state.waitingCount == 0)
    }

    @Test func aWaitThatIsNoNumberStillWaits() async throws {
        let state = BuildState()
        let waiting = [Double.nan, .infinity, -.infinity].map { seconds in Task { await state.change(after: 0, within: seconds) } }
        for _ in 0..<6000 where state.waitingCount < 3 { try await Task.sleep(nanoseconds: 10_000_000) }
        #expect(state.waitingCount == 3, "each waits for the build")
        state.finish(error: nil)
        for request in waiting { #expect(await request.value.version == 1) }
    }

    @Test func stoppingAnswersEveryWaitingRequest() async throws {
        let state = BuildState()
        let requests = (0..<3).map { _ in Task { await state.change(after: 0, within: 600) } }
        for _ in 0..<6000 where state.waitingCount < 3 { try await Task.sleep(nanoseconds: 10_000_000) }
        #expect(state.waitingCount == 3)
        state.releaseWaiting()
        for request in requests { #expect(await request.value.version == 0) }
        #expect(state.waitingCount == 0)
    }

    private func waitUntilWaiting(_ state: BuildState) async throws {
        for _ in 0..<6000 where state.waitingCount == 0 { try await Task.sleep(nanoseconds: 10_000_000) }
        #expect(state.waitingCount == 1)
    }
}
