/// The headline result of a finished run.
public struct JobResult: Sendable, Equatable {
    public var perplexityBaseline: Double?
    public var perplexityFinal: Double?
    public var perplexityDeltaPercent: Double?
    public var lossFinal: Double?
    public var parametersBefore: Double?
    public var parametersAfter: Double?
    public var parametersDelta: Double?
    public var functionPreservation: Double?
    public var gpuSeconds: Double?
    public var tokensProcessed: Double?
    public var costUSD: Double?
    /// Scalar summaries by name (Dreadnode's `train/…`, `eval/…` keys), in display order.
    public var scalars: [NamedValue]

    public init(
        perplexityBaseline: Double? = nil, perplexityFinal: Double? = nil, perplexityDeltaPercent: Double? = nil,
        lossFinal: Double? = nil, parametersBefore: Double? = nil, parametersAfter: Double? = nil,
        parametersDelta: Double? = nil, functionPreservation: Double? = nil, gpuSeconds: Double? = nil,
        tokensProcessed: Double? = nil, costUSD: Double? = nil, scalars: [NamedValue] = []
    ) {
        self.perplexityBaseline = perplexityBaseline
        self.perplexityFinal = perplexityFinal
        self.perplexityDeltaPercent = perplexityDeltaPercent
        self.lossFinal = lossFinal
        self.parametersBefore = parametersBefore
        self.parametersAfter = parametersAfter
        self.parametersDelta = parametersDelta
        self.functionPreservation = functionPreservation
        self.gpuSeconds = gpuSeconds
        self.tokensProcessed = tokensProcessed
        self.costUSD = costUSD
        self.scalars = scalars
    }
}

/// A named scalar, kept in the order the server sent it.
public struct NamedValue: Sendable, Equatable {
    public var name: String
    public var value: Double

    public init(name: String, value: Double) {
        self.name = name
        self.value = value
    }
}
