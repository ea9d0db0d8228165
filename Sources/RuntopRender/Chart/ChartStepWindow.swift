/// How many of the latest steps the charts show (`Z`/`x` cycles).
public enum ChartStepWindow: CaseIterable, Sendable, Hashable {
    /// Every step held.
    case all
    /// The last 1000 steps.
    case last1000
    /// The last 100 steps.
    case last100

    /// The window after this one in the cycle.
    public var next: ChartStepWindow {
        let all = Self.allCases
        return all[(all.firstIndex(of: self)! + 1) % all.count]
    }

    /// The number of steps shown, nil for all.
    public var stepCount: Int? {
        switch self {
        case .all: nil
        case .last1000: 1000
        case .last100: 100
        }
    }

    /// The words shown in the charts' title, nil for all.
    public var label: String? {
        switch self {
        case .all: nil
        case .last1000: "last 1k steps"
        case .last100: "last 100 steps"
        }
    }

    /// `steps` narrowed to the window's last steps.
    public func apply(to steps: ClosedRange<Int>) -> ClosedRange<Int> {
        guard let stepCount else { return steps }
        return max(steps.lowerBound, steps.upperBound - stepCount + 1)...steps.upperBound
    }
}
