/// Runs `operation` but waits for it at most `seconds`: cleanup on the way out (closing connections, stopping
/// the in-process server) must not keep a quitting dashboard on screen. An operation still running is left to
/// finish in the background while the process exits.
func awaitAtMost(seconds: Double, _ operation: @escaping @Sendable () async -> Void) async {
    let work = Task { await operation() }
    let deadline = Task { try? await Task.sleep(for: .milliseconds(Int(seconds * 1000))) }
    await withTaskGroup(of: Void.self) { group in
        group.addTask { await work.value }
        group.addTask { await deadline.value }
        await group.next()
        group.cancelAll()
        deadline.cancel()
    }
}
