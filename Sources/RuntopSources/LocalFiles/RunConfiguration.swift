import Foundation
import RuntopCore
import RuntopWire

/// Facts read from the files beside a run's metrics.
enum RunConfiguration {
    /// The base model named by a `config.json` in `directory` (tinker-cookbook's `model_name`, Hugging Face's
    /// `_name_or_path`), if any.
    static func modelName(inDirectory directory: String) -> String? {
        guard let data = FileManager.default.contents(atPath: directory + "/config.json"),
            let config = try? JSONWire.decode([String: JSONValue].self, from: data)
        else { return nil }
        for key in ["model_name", "base_model", "model_name_or_path", "_name_or_path"] {
            if let name = config[key]?.stringValue, !name.isEmpty { return name }
        }
        return nil
    }

    /// Every series' value at `step`, canonical series first, then by name: a finished run's summary.
    static func scalars(of table: SeriesTable, atStep step: Int) -> [NamedValue] {
        let order = SeriesName.preferredOrder + [SeriesName.validationLoss]
        let names =
            order.filter { table.value(of: $0, atStep: step) != nil }
            + table.names.filter { !order.contains($0) }
        return names.compactMap { name in table.value(of: name, atStep: step).map { NamedValue(name: name, value: $0) }
        }
    }
}
