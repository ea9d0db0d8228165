import RuntopCore

/// The chart crosshair: ←/→ move it over steps, Enter shows the log line nearest its step.
extension ViewState {
    /// Moves the crosshair about one chart cell towards later (`direction` 1) or earlier (-1) steps; the
    /// first press shows it at the newest step.
    mutating func moveChartCursor(by direction: Int, store: DataStore) -> [ViewEffect] {
        guard let detail = selectedJobID.flatMap({ store.detail($0) }),
            let steps = ChartPane.stepRange(of: detail, window: chartStepWindow)
        else {
            statusMessage = "no chart data yet"
            return [.bell]
        }
        guard let current = chartCursorStep else {
            chartCursorStep = steps.upperBound
            statusMessage = "step \(steps.upperBound)"
            return []
        }
        let stride = max(1, (steps.count + chartPlotColumns - 1) / chartPlotColumns)
        let proposed = min(max(current + direction * stride, steps.lowerBound), steps.upperBound)
        guard proposed != current || !steps.contains(current) else { return [.bell] }
        chartCursorStep = proposed
        statusMessage = "step \(proposed)"
        return []
    }

    /// Pauses the log at the line mentioning the step nearest the crosshair's.
    mutating func showLogAtChartCursor(store: DataStore) -> [ViewEffect] {
        guard let step = chartCursorStep, let logs = selectedLogs(store),
            let seq = LogStepLocator.nearestLine(toStep: step, in: logs, admits: logLevelFilter.admits)
        else {
            statusMessage = "no log line mentions a step"
            return [.bell]
        }
        pauseLog(at: seq)
        logSearchMatchSeq = seq
        let line = logs.lines[logs.insertionIndex(of: seq)]
        statusMessage = "log at step \(LogStepLocator.step(in: line.text) ?? step)"
        return []
    }

    /// Cells across the first chart's plot at the current size (the crosshair moves one per key).
    var chartPlotColumns: Int {
        let rect =
            layout.rect(of: .charts) ?? DashboardLayout(width: screenWidth, height: screenHeight).rect(of: .charts)
        guard let inner = rect?.inset(by: 1), !inner.isEmpty else { return 50 }
        let first = ChartPane.grid(count: 2, in: inner).first ?? inner
        return max(1, first.width - 7)
    }
}
