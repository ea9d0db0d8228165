/// One value of one series at one step.
public struct MetricSample: Sendable, Equatable {
    public var step: Int
    /// May be NaN or infinite when the trainer sent such a value; charts skip those.
    public var value: Double

    public init(step: Int, value: Double) {
        self.step = step
        self.value = value
    }
}

/// Canonical series names shared by every dialect, so charts can find them.
public enum SeriesName {
    public static let loss = "loss"
    public static let validationLoss = "val_loss"
    public static let learningRate = "lr"
    public static let gradientNorm = "grad_norm"
    public static let throughput = "throughput"
    public static let vram = "vram_gb"
    public static let reward = "reward"

    /// The order charts prefer; other series follow alphabetically.
    public static let preferredOrder = [loss, learningRate, gradientNorm, throughput, vram, reward]
}
