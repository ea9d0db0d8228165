import Foundation
import RuntopCore

/// The `:` commands: `job <id-or-name-prefix>`, `sort <column> [reverse]`, `filter <text>`,
/// `smoothing <0…0.99>`, `ctx [name]`, the operator actions (`cancel`, `retry`, `publish`, `unpublish`,
/// `ttl 7d`), `q`.
extension ViewState {
    /// The commands the prompt knows, for the unknown-command message.
    public static let commandNames = [
        "job", "sort", "filter", "smoothing", "ctx", "cancel", "retry", "publish", "unpublish", "ttl", "q",
    ]

    /// Runs one command line; an unknown or malformed one leaves a status message.
    mutating func runCommand(_ line: String, store: DataStore) -> [ViewEffect] {
        let words = line.split(separator: " ", omittingEmptySubsequences: true).map(String.init)
        guard let name = words.first?.lowercased() else { return [] }
        let argument = words.dropFirst().joined(separator: " ")
        switch name {
        case "q", "q!", "quit", "exit":
            return [.quit]
        case "job", "j":
            return jumpToJob(argument, store: store)
        case "sort":
            guard let column = words.dropFirst().first.flatMap(JobSortColumn.init(command:)) else {
                let names = JobSortColumn.allCases.map(\.rawValue).joined(separator: "|")
                statusMessage = "usage: sort \(names) [reverse]"
                return [.bell]
            }
            jobQuery.sort = column
            jobQuery.isReversed = words.count > 2 && ["reverse", "reversed", "desc", "-r"].contains(words[2])
            statusMessage = "sorted by \(column.rawValue)" + (jobQuery.isReversed ? ", reversed" : "")
            return reconcile(with: store)
        case "filter":
            jobQuery.text = argument
            statusMessage = argument.isEmpty ? "job filter cleared" : "filtering jobs by \"\(argument)\""
            return reconcile(with: store)
        case "smoothing", "smooth":
            guard let weight = Double(argument), Self.smoothingRange.contains(weight) else {
                statusMessage = "usage: smoothing 0..0.99"
                return [.bell]
            }
            smoothingWeight = weight
            statusMessage = "smoothing \(NumberFormatting.fixed(weight, decimals: 2))"
            return [.setSmoothing(weight)]
        case "ctx", "context", "contexts":
            return switchContext(argument)
        case "cancel", "retry", "publish", "unpublish", "ttl":
            let kind = OperatorActionKind(rawValue: name)!
            return runActionCommand(kind, arguments: Array(words.dropFirst()), store: store)
        default:
            statusMessage = "unknown command: \(name) (try \(Self.commandNames.joined(separator: ", ")))"
            return [.bell]
        }
    }

    /// Selects the job whose id or name is `query` or starts with it (case-insensitive), showing it even when
    /// the list's filters hide it.
    private mutating func jumpToJob(_ query: String, store: DataStore) -> [ViewEffect] {
        guard !query.isEmpty else {
            statusMessage = "usage: job <id or name prefix>"
            return [.bell]
        }
        let lowered = query.lowercased()
        let tests: [(JobSummary) -> Bool] = [
            { $0.id.rawValue.lowercased() == lowered }, { $0.name.lowercased() == lowered },
            { $0.id.rawValue.lowercased().hasPrefix(lowered) }, { $0.name.lowercased().hasPrefix(lowered) },
        ]
        let visible = visibleJobs(in: store)
        var found: JobSummary?
        for test in tests {
            found = visible.first(where: test) ?? store.jobs.first(where: test)
            if found != nil { break }
        }
        guard let job = found else {
            statusMessage = "no job matches \"\(query)\""
            return [.bell]
        }
        if !jobQuery.admits(job) {
            jobQuery.text = ""
            jobQuery.status = .all
        }
        let effects = select(job.id, in: visibleJobs(in: store))
        statusMessage = "job \(job.name)"
        return effects
    }
}
