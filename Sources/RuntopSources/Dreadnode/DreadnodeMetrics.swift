import RuntopCore
import RuntopWire

/// The series and scalar summaries embedded in a Dreadnode job's `metrics` object (seed 001).
///
/// Series are arrays aligned by index with the x-axis (`steps`, else whole-number `epochs`, else the position
/// counted from 1); `null` holes and placeholders such as `"..."` are skipped. Both spellings the trainers use
/// are accepted (`train/loss` or `train_loss`, `train/learning_rate` or `learning_rate`); validation loss comes
/// from `eval/steps` + `eval/loss_history` when present, else from `val_loss` aligned with the steps.
public struct DreadnodeMetrics: Sendable, Equatable {
    /// Samples per canonical series name (``SeriesName``) or, for other arrays, the key as sent.
    public var series: [String: [MetricSample]]
    /// Numeric scalars (`train/loss_last`, `eval/loss`, `train/reward_mean`, …) in display order.
    public var scalars: [NamedValue]

    /// Reads `metrics` (nil or empty gives no series and no scalars).
    public init(_ metrics: [String: JSONValue]?) {
        let metrics = metrics ?? [:]
        var series: [String: [MetricSample]] = [:]
        var consumed: Set<String> = Self.axisKeys.union(["eval/steps", "eval/loss_history"])
        let axis = Self.axis(metrics)

        for (name, candidates) in Self.aliases {
            consumed.formUnion(candidates)
            guard let key = candidates.first(where: { Self.hasNumber(metrics[$0]) }),
                case .array(let values)? = metrics[key]
            else { continue }
            series[name] = Self.aligned(values, axis: axis)
        }
        if case .array(let steps)? = metrics["eval/steps"], case .array(let losses)? = metrics["eval/loss_history"] {
            let samples = Self.aligned(losses, axis: steps.map(\.intValue))
            if !samples.isEmpty { series[SeriesName.validationLoss] = samples }
        }
        for (key, value) in metrics where !consumed.contains(key) {
            guard case .array(let values) = value, Self.hasNumber(value) else { continue }
            let samples = Self.aligned(values, axis: axis)
            if !samples.isEmpty { series[key] = samples }
        }
        self.series = series.filter { !$0.value.isEmpty }

        var scalars: [NamedValue] = []
        for (key, value) in metrics {
            if case .number(let number) = value { scalars.append(NamedValue(name: key, value: number)) }
        }
        self.scalars = scalars.sorted { lhs, rhs in
            let left = Self.scalarOrder.firstIndex(of: lhs.name) ?? Int.max
            let right = Self.scalarOrder.firstIndex(of: rhs.name) ?? Int.max
            return left != right ? left < right : lhs.name < rhs.name
        }
    }

    /// The newest step any series reaches, else the `train/steps` scalar.
    public var latestStep: Int? {
        series.values.compactMap { $0.last?.step }.max() ?? scalar("train/steps").flatMap(Self.wholeNumber)
    }

    /// The scalar named `name`, if sent.
    public func scalar(_ name: String) -> Double? { scalars.first { $0.name == name }?.value }

    // MARK: - Reading

    /// Canonical series and the keys that may carry them, preferred first.
    static let aliases: [(String, [String])] = [
        (SeriesName.loss, ["train/loss", "train_loss", "loss"]),
        (SeriesName.learningRate, ["train/learning_rate", "learning_rate", "lr"]),
        (SeriesName.validationLoss, ["val_loss", "eval_loss", "validation_loss"]),
        (SeriesName.gradientNorm, ["train/grad_norm", "grad_norm"]),
        (SeriesName.reward, ["train/reward", "reward"]),
    ]

    static let axisKeys: Set<String> = ["steps", "epochs"]

    /// The summary grid's preferred order; other scalars follow alphabetically.
    static let scalarOrder = [
        "train/steps", "train/num_examples", "train/num_tokens_processed", "train/loss_last", "train/loss_mean",
        "train/loss_best", "eval/loss", "eval/num_examples", "train/reward_mean", "train/reward_min",
        "train/reward_max", "train/num_rollouts", "train/staleness", "train/gradient_accumulation_steps",
    ]

    /// The step for each index: `steps`, else `epochs` when every one is a whole number, else nil (position).
    static func axis(_ metrics: [String: JSONValue]) -> [Int?]? {
        if case .array(let steps)? = metrics["steps"], hasNumber(.array(steps)) { return steps.map(\.intValue) }
        if case .array(let epochs)? = metrics["epochs"], hasNumber(.array(epochs)) {
            let numbers = epochs.compactMap(number)
            if numbers.allSatisfy({ $0.rounded() == $0 }) { return epochs.map(\.intValue) }
        }
        return nil
    }

    /// Samples for the numeric entries of `values` whose step is known.
    static func aligned(_ values: [JSONValue], axis: [Int?]?) -> [MetricSample] {
        var samples: [MetricSample] = []
        samples.reserveCapacity(values.count)
        for (index, entry) in values.enumerated() {
            guard let value = number(entry) else { continue }
            let step: Int?
            if let axis {
                step = index < axis.count ? axis[index] : nil
            } else {
                step = index + 1
            }
            if let step { samples.append(MetricSample(step: step, value: value)) }
        }
        return samples
    }

    /// A JSON number, or a string Python writes for a non-finite float; placeholders are not numbers.
    static func number(_ value: JSONValue) -> Double? {
        switch value {
        case .number(let number): number
        case .string(let text) where ["NaN", "Infinity", "-Infinity", "nan", "inf", "-inf"].contains(text):
            Double(text) ?? (text.hasPrefix("-") ? -.infinity : .infinity)
        default: nil
        }
    }

    static func hasNumber(_ value: JSONValue?) -> Bool {
        guard case .array(let values)? = value else { return false }
        return values.contains { number($0) != nil }
    }

    static func wholeNumber(_ value: Double) -> Int? {
        value.isFinite && value.rounded() == value && abs(value) < 9e15 ? Int(value) : nil
    }
}
