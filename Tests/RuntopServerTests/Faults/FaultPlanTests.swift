import RuntopServer
import Testing

@Suite("FaultPlan parsing")
struct FaultPlanTests {
    @Test func fullPlanParses() throws {
        let plan = try FaultPlan.parse("latency=200ms..800ms,error=0.05,rate_limit=20/s,reset=0.01,truncate=0.01,malformed=0.01")
        #expect(plan == FaultPlan(latency: 0.2...0.8, errorRate: 0.05, rateLimit: 20, resetRate: 0.01, truncateRate: 0.01, malformedRate: 0.01))
        #expect(try FaultPlan.parse(plan.description) == plan)
    }

    @Test func alternativeSpellingsParse() throws {
        #expect(try FaultPlan.parse("latency=1s").latency == 1...1)
        #expect(try FaultPlan.parse("error=5%").errorRate == 0.05)
        #expect(try FaultPlan.parse("rate_limit=600/m").rateLimit == 10)
        #expect(try FaultPlan.parse("").isEmpty)
        #expect(try FaultPlan.parse("off").isEmpty)
    }

    @Test(arguments: [
        ("jitter=0.1", "invalid fault plan: unknown fault 'jitter' (expected latency, error, rate_limit, reset, truncate or malformed)"),
        ("error=1.5", "invalid fault plan: error=1.5: expected a probability between 0 and 1 (e.g. 0.05 or 5%)"),
        ("latency=slow", "invalid fault plan: latency=slow: expected a duration like 500ms or a range like 200ms..800ms"),
        ("latency=800ms..200ms", "invalid fault plan: latency=800ms..200ms: expected a duration like 500ms or a range like 200ms..800ms"),
        ("rate_limit=fast", "invalid fault plan: rate_limit=fast: expected requests per time like 20/s or 600/m"),
        ("error", "invalid fault plan: 'error': expected name=value (e.g. error=0.05)"),
    ])
    func invalidPlanNamesTheProblem(text: String, message: String) {
        #expect {
            try FaultPlan.parse(text)
        } throws: { error in
            "\(error)" == message
        }
    }
}
