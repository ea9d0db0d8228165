import RuntopCore
import RuntopWire

/// Turns a Dreadnode job and its free-form artifacts map into the artifacts card: checkpoints, labelled
/// references, and the worker-internal fields the App hides (seed 000).
public enum DreadnodeArtifactsMapping {
    /// Fields the App strips for display; shown only in the raw view.
    public static let internalKeys: Set<String> = [
        "provider_sandbox_id", "worker_id", "payload_path", "result_path", "sandbox_id",
    ]

    /// Labels for the references trainers persist, in display order; other keys follow alphabetically.
    static let knownReferences: [(key: String, label: String)] = [
        ("dataset_ref", "dataset"), ("dataset", "dataset"), ("prompt_dataset", "prompt dataset"),
        ("task", "task"), ("execution_mode", "execution mode"), ("world_manifest_id", "world manifest"),
        ("world_server_url", "world server"), ("world_sampled_dataset_ref", "world sampled dataset"),
        ("trajectory_datasets", "trajectory datasets"),
    ]

    /// The card for `artifacts`, with the references the job itself names first (when `job` is given).
    public static func artifacts(_ artifacts: [String: JSONValue], job: DreadnodeJob?) -> JobArtifacts {
        let checkpoints = checkpoints(artifacts["checkpoints"])
        var refs: [LabelledRef] = job.map(jobReferences) ?? []
        func add(_ label: String, _ value: JSONValue) {
            guard let text = text(value), !text.isEmpty else { return }
            let ref = LabelledRef(label: label, value: text)
            if !refs.contains(ref) { refs.append(ref) }
        }
        for (key, label) in knownReferences { if let value = artifacts[key] { add(label, value) } }
        let known = Set(knownReferences.map(\.key)).union(internalKeys).union(["checkpoints"])
        for key in artifacts.keys.sorted() where !known.contains(key) {
            add(key.replacingOccurrences(of: "_", with: " "), artifacts[key]!)
        }
        let internalFields = artifacts.keys.sorted().filter(internalKeys.contains).compactMap { key in
            text(artifacts[key]!).map { LabelledRef(label: key, value: $0) }
        }
        let final = checkpoints.last { $0.name == "final" }?.path
        return JobArtifacts(checkpoints: checkpoints, refs: refs, internalFields: internalFields, outputModel: final)
    }

    /// Checkpoints from a list of paths (or of objects naming a `path`/`tinker_path`), in the order sent.
    public static func checkpoints(_ value: JSONValue?) -> [CheckpointRef] {
        guard case .array(let entries)? = value else { return [] }
        return entries.compactMap { entry in
            let path = entry.stringValue ?? entry["tinker_path"]?.stringValue ?? entry["path"]?.stringValue
            guard let path, !path.isEmpty else { return nil }
            let name = entry["name"]?.stringValue ?? CheckpointNaming.name(of: path)
            let step = entry["step"]?.intValue ?? CheckpointNaming.step(of: name)
            return CheckpointRef(step: step, name: name, path: path)
        }
    }

    /// The references on the job record: base model, capability, datasets, project, run.
    static func jobReferences(_ job: DreadnodeJob) -> [LabelledRef] {
        var refs = [LabelledRef(label: "base model", value: job.model)]
        if let capability = job.capability {
            refs.append(LabelledRef(label: "capability", value: reference(capability)))
        }
        if let dataset = job.datasetRef { refs.append(LabelledRef(label: "dataset", value: reference(dataset))) }
        if let prompts = job.promptDatasetRef {
            refs.append(LabelledRef(label: "prompt dataset", value: reference(prompts)))
        }
        if let project = job.projectRef { refs.append(LabelledRef(label: "project", value: project)) }
        if let run = job.runRef { refs.append(LabelledRef(label: "run", value: run)) }
        return refs
    }

    /// `name@version`, or the name alone.
    static func reference(_ reference: DreadnodeReference) -> String {
        reference.version.map { "\(reference.name)@\($0)" } ?? reference.name
    }

    /// Display text for a reference value: strings verbatim, `{name, version}` as `name@version`, lists joined.
    static func text(_ value: JSONValue) -> String? {
        switch value {
        case .null: return nil
        case .string(let text): return text
        case .array(let items): return items.compactMap(text).joined(separator: ", ")
        case .object:
            if let name = value["name"]?.stringValue {
                return value["version"].flatMap { $0.stringValue ?? ($0 == .null ? nil : $0.displayText) }
                    .map { "\(name)@\($0)" } ?? name
            }
            return value.compactJSON
        default: return value.displayText
        }
    }
}
