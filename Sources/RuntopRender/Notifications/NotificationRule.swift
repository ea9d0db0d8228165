import RuntopCore

/// When to notify: a marked job that was not in a terminal state is now in one.
public enum NotificationRule {
    /// The marked jobs that moved into a terminal state between `oldStore` and `newStore`, in list order.
    /// A job first seen already finished is not news, and a job that stays finished notifies once.
    public static func transitions(from oldStore: DataStore, to newStore: DataStore, marked: Set<JobID>)
        -> [JobNotification]
    {
        guard !marked.isEmpty else { return [] }
        return newStore.jobs.compactMap { job in
            guard marked.contains(job.id), job.status.isTerminal,
                let before = oldStore.job(job.id), !before.status.isTerminal
            else { return nil }
            return JobNotification(id: job.id, name: job.name, status: job.status, error: job.error)
        }
    }
}
