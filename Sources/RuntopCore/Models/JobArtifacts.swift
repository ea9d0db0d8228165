import Foundation

/// What a job produced and what it was built from: checkpoints, refs and the output model.
public struct JobArtifacts: Sendable, Equatable {
    public var checkpoints: [CheckpointRef]
    /// Labelled references in display order (`dataset`, `base model`, `capability`, …).
    public var refs: [LabelledRef]
    /// Worker-internal fields (`provider_sandbox_id`, `worker_id`, …), shown only in the raw view.
    public var internalFields: [LabelledRef]
    public var outputModel: String?

    public init(
        checkpoints: [CheckpointRef] = [], refs: [LabelledRef] = [], internalFields: [LabelledRef] = [],
        outputModel: String? = nil
    ) {
        self.checkpoints = checkpoints
        self.refs = refs
        self.internalFields = internalFields
        self.outputModel = outputModel
    }

    public var isEmpty: Bool { checkpoints.isEmpty && refs.isEmpty && internalFields.isEmpty && outputModel == nil }
}

/// A label and the reference it names.
public struct LabelledRef: Sendable, Equatable {
    public var label: String
    public var value: String

    public init(label: String, value: String) {
        self.label = label
        self.value = value
    }
}

/// One saved checkpoint.
public struct CheckpointRef: Sendable, Equatable {
    public var step: Int?
    public var name: String
    /// The full path or URI (`tinker://…`), copied verbatim.
    public var path: String
    public var sizeBytes: Int?
    public var isPublic: Bool?
    public var expiresAt: Date?

    public init(
        step: Int?, name: String, path: String, sizeBytes: Int? = nil, isPublic: Bool? = nil, expiresAt: Date? = nil
    ) {
        self.step = step
        self.name = name
        self.path = path
        self.sizeBytes = sizeBytes
        self.isPublic = isPublic
        self.expiresAt = expiresAt
    }
}
