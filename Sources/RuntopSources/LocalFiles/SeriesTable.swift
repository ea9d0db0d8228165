import RuntopCore

/// What a run's files say, as samples per series ordered by step: a repeated step replaces the held value,
/// as the store does.
struct SeriesTable: Sendable {
    /// One series: steps ascending, with the value at each.
    struct Column: Sendable {
        var steps: [Int] = []
        var values: [Double] = []

        mutating func record(_ value: Double, step: Int) {
            if let last = steps.last, step <= last {
                let index = insertionIndex(of: step)
                if index < steps.count, steps[index] == step {
                    values[index] = value
                } else {
                    steps.insert(step, at: index)
                    values.insert(value, at: index)
                }
            } else {
                steps.append(step)
                values.append(value)
            }
        }

        /// The index of the first step not below `step`.
        func insertionIndex(of step: Int) -> Int {
            var low = 0
            var high = steps.count
            while low < high {
                let middle = (low + high) / 2
                if steps[middle] < step { low = middle + 1 } else { high = middle }
            }
            return low
        }

        func value(atStep step: Int) -> Double? {
            let index = insertionIndex(of: step)
            return index < steps.count && steps[index] == step ? values[index] : nil
        }
    }

    private(set) var columns: [String: Column] = [:]

    var isEmpty: Bool { columns.values.allSatisfy(\.steps.isEmpty) }

    /// Series names, sorted.
    var names: [String] { columns.keys.sorted() }

    /// The newest step held in any series.
    var lastStep: Int? { columns.values.compactMap(\.steps.last).max() }

    /// Sets `name` at `step`.
    mutating func record(_ value: Double, step: Int, in name: String) {
        columns[name, default: Column()].record(value, step: step)
    }

    /// Records every value of one row at `step`.
    mutating func record(_ row: [String: Double], step: Int) {
        for (name, value) in row { record(value, step: step, in: name) }
    }

    /// Drops every sample after `step`; returns the smallest step dropped, if any was.
    @discardableResult
    mutating func truncate(after step: Int) -> Int? {
        var smallestDropped: Int?
        for name in columns.keys {
            let index = columns[name]!.insertionIndex(of: step + 1)
            guard index < columns[name]!.steps.count else { continue }
            let dropped = columns[name]!.steps[index]
            smallestDropped = min(smallestDropped ?? dropped, dropped)
            columns[name]!.steps.removeSubrange(index...)
            columns[name]!.values.removeSubrange(index...)
        }
        return smallestDropped
    }

    /// The samples at `step` and after (all of them when nil), per series; empty series are left out.
    func samples(fromStep step: Int?) -> [String: [MetricSample]] {
        var result: [String: [MetricSample]] = [:]
        for (name, column) in columns {
            let start = step.map(column.insertionIndex(of:)) ?? 0
            guard start < column.steps.count else { continue }
            result[name] = (start..<column.steps.count).map {
                MetricSample(step: column.steps[$0], value: column.values[$0])
            }
        }
        return result
    }

    /// The value of `name` at `step`, if held.
    func value(of name: String, atStep step: Int) -> Double? { columns[name]?.value(atStep: step) }

    /// The newest value of `name`.
    func latestValue(of name: String) -> Double? { columns[name]?.values.last }

    /// The steps held for `name`.
    func steps(of name: String) -> [Int] { columns[name]?.steps ?? [] }

    /// The smallest step at which this table holds a sample that `newer` lacks or holds with another value:
    /// what a store fed from this table must drop and fetch again to agree with `newer`.
    func firstStepChanged(in newer: SeriesTable) -> Int? {
        var first: Int?
        for (name, column) in columns {
            let kept = newer.columns[name]
            for (step, value) in zip(column.steps, column.values) {
                if let first, step >= first { break }
                if kept?.value(atStep: step)?.bitPattern != value.bitPattern {
                    first = step
                    break
                }
            }
        }
        return first
    }
}
