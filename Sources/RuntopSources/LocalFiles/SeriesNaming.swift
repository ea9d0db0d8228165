import RuntopCore

/// How trainer metric keys become runtop series: well-known keys take the canonical names of ``SeriesName``
/// so charts find them; every other key keeps its own name.
enum SeriesNaming {
    /// Each canonical series with the keys trainers write for it, most specific first.
    static let aliases: [(canonical: String, keys: [String])] = [
        (SeriesName.loss, ["loss", "train/loss", "train_loss", "train_loss_step", "train_mean_nll"]),
        (SeriesName.learningRate, ["lr", "learning_rate", "optim/lr", "train/learning_rate"]),
        (
            SeriesName.validationLoss,
            [
                "val_loss", "eval_loss", "eval/loss", "val/loss", "validation_loss", "test/nll", "test/loss",
                "test/mean_nll", "validation/nll", "val/nll", "val_loss_epoch",
            ]
        ),
        (SeriesName.gradientNorm, ["grad_norm", "optim/grad_norm", "train/grad_norm"]),
        (SeriesName.reward, ["reward", "env/all/reward/total", "train/reward_mean"]),
        (SeriesName.throughput, ["throughput", "tokens_per_second", "train/tokens_per_second"]),
    ]

    /// Lightning's `LearningRateMonitor` names its columns `lr-<optimiser>[/pg<n>]`.
    static let learningRateMonitorPrefix = "lr-"

    /// Renames one row's values: for each canonical series the first alias present takes the canonical name;
    /// other aliases present in the same row keep their own.
    static func canonicalized(_ row: [String: Double]) -> [String: Double] {
        var result = row
        for (canonical, keys) in aliases {
            guard let key = keys.first(where: { row[$0] != nil }) else { continue }
            let value = result.removeValue(forKey: key)
            result[canonical] = value
        }
        if result[SeriesName.learningRate] == nil,
            let key = row.keys.filter({ $0.hasPrefix(learningRateMonitorPrefix) }).min()
        {
            result[SeriesName.learningRate] = result.removeValue(forKey: key)
        }
        return result
    }
}
