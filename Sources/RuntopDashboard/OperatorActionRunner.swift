import RuntopCore
import RuntopSources
import Synchronization

/// Sends confirmed operator actions off the UI thread and hands their outcomes back to the dashboard loop, which
/// it wakes when one finishes.
final class OperatorActionRunner: Sendable {
    /// How one action ended, as the status line says it.
    struct Outcome: Sendable, Equatable {
        var request: OperatorRequest
        /// `cancelled train-llama (3f2a9c1d)` or `cancel failed: HTTP 409: Job already succeeded`.
        var message: String
        var succeeded: Bool
    }

    private let finished = Mutex<[Outcome]>([])
    private let wake: @Sendable () -> Void

    /// A runner that calls `wake` whenever an outcome is ready.
    init(wake: @escaping @Sendable () -> Void) { self.wake = wake }

    /// Sends `request` through `actions` in the background.
    func start(_ request: OperatorRequest, with actions: any JobActions) {
        Task { [self] in
            let outcome: Outcome
            do {
                try await actions.perform(request)
                outcome = Outcome(request: request, message: request.successText, succeeded: true)
            } catch {
                outcome = Outcome(request: request, message: request.failureText("\(error)"), succeeded: false)
            }
            finished.withLock { $0.append(outcome) }
            wake()
        }
    }

    /// Takes every finished outcome, oldest first.
    func drain() -> [Outcome] {
        finished.withLock { outcomes in
            defer { outcomes.removeAll() }
            return outcomes
        }
    }
}
