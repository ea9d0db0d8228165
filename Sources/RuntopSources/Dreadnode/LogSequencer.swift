/// Gives the entries of a Dreadnode job log (which has no sequence numbers and no `since`) stable,
/// increasing sequence numbers across polls.
///
/// The list normally grows at the end, so an entry's number is its index. When the head was dropped the
/// last numbered entry is found further up and numbering continues from it; when the list was replaced (a
/// retry), numbering continues after the last number given, so new lines are never mistaken for old ones.
public struct LogSequencer: Sendable, Equatable {
    private var lastSequence = -1
    private var lastFingerprint: String?
    private var lastIndex = 0

    public init() {}

    /// The sequence number of each entry of `fingerprints` (one per log entry, identifying its content).
    public mutating func sequence(_ fingerprints: [String]) -> [Int] {
        guard let last = fingerprints.last else {
            lastFingerprint = nil
            return []
        }
        let offset: Int
        if let lastFingerprint {
            if lastIndex < fingerprints.count, fingerprints[lastIndex] == lastFingerprint {
                offset = lastSequence - lastIndex
            } else if let moved = fingerprints.lastIndex(of: lastFingerprint) {
                offset = lastSequence - moved
            } else {
                offset = lastSequence + 1
            }
        } else {
            offset = lastSequence + 1
        }
        lastIndex = fingerprints.count - 1
        lastSequence = offset + lastIndex
        lastFingerprint = last
        return fingerprints.indices.map { offset + $0 }
    }
}
