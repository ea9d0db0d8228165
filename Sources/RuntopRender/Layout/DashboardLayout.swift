/// Where the header, the status bar and each visible pane go on a screen of a given size.
public struct DashboardLayout: Sendable, Equatable {
    /// Narrowest screen the dashboard draws on.
    public static let minimumWidth = 60
    /// Shortest screen the dashboard draws on.
    public static let minimumHeight = 16
    /// Width from which the job list becomes a left column.
    public static let wideWidth = 100

    /// The first line.
    public var header: Rect
    /// The last line.
    public var statusBar: Rect
    /// Everything between them.
    public var body: Rect
    /// The visible panes and their rectangles.
    public var panes: [DashboardPane: Rect]
    /// True below the minimum size: only a message is drawn.
    public var isTooSmall: Bool

    /// Lays out a `width`×`height` screen; a hidden focused pane takes the log pane's place, a zoomed one
    /// takes the whole body.
    public init(width: Int, height: Int, focusedPane: DashboardPane = .jobs, zoomedPane: DashboardPane? = nil) {
        isTooSmall = width < Self.minimumWidth || height < Self.minimumHeight
        header = Rect(x: 0, y: 0, width: width, height: 1)
        statusBar = Rect(x: 0, y: height - 1, width: width, height: 1)
        body = Rect(x: 0, y: 1, width: width, height: height - 2)
        panes = [:]
        guard !isTooSmall else { return }
        if let zoomedPane {
            panes[zoomedPane] = body
            return
        }
        panes = width >= Self.wideWidth ? Self.wide(body) : Self.compact(body)
        if panes[focusedPane] == nil, let logs = panes.removeValue(forKey: .logs) {
            panes[focusedPane] = logs
        }
    }

    /// The rectangle of `pane`, when it is visible.
    public func rect(of pane: DashboardPane) -> Rect? { panes[pane] }

    /// Job list on the left; timeline, charts, logs and the two cards stacked on the right.
    private static func wide(_ body: Rect) -> [DashboardPane: Rect] {
        let leftWidth = body.width * 2 / 5
        var result: [DashboardPane: Rect] = [:]
        result[.jobs] = Rect(x: body.x, y: body.y, width: leftWidth, height: body.height)
        let right = Rect(x: body.x + leftWidth, y: body.y, width: body.width - leftWidth, height: body.height)
        let rows = right.height
        let timelineHeight = rows >= 30 ? 8 : (rows >= 20 ? 6 : 0)
        let cardsHeight = rows >= 50 ? 10 : (rows >= 30 ? 8 : 0)
        let rest = rows - timelineHeight - cardsHeight
        let chartsHeight = (rest * 55 + 50) / 100
        var y = right.y
        if timelineHeight > 0 {
            result[.timeline] = Rect(x: right.x, y: y, width: right.width, height: timelineHeight)
            y += timelineHeight
        }
        result[.charts] = Rect(x: right.x, y: y, width: right.width, height: chartsHeight)
        y += chartsHeight
        result[.logs] = Rect(x: right.x, y: y, width: right.width, height: rest - chartsHeight)
        y += rest - chartsHeight
        if cardsHeight > 0 {
            let artifactsWidth = right.width / 2
            result[.artifacts] = Rect(x: right.x, y: y, width: artifactsWidth, height: cardsHeight)
            result[.result] = Rect(
                x: right.x + artifactsWidth, y: y, width: right.width - artifactsWidth, height: cardsHeight)
        }
        return result
    }

    /// Job list on top, then (when tall enough) the timeline, then charts and logs.
    private static func compact(_ body: Rect) -> [DashboardPane: Rect] {
        var result: [DashboardPane: Rect] = [:]
        let tall = body.height >= 34
        let jobsHeight = tall ? 10 : min(7, max(4, body.height / 3))
        let timelineHeight = tall ? 7 : 0
        var y = body.y
        result[.jobs] = Rect(x: body.x, y: y, width: body.width, height: jobsHeight)
        y += jobsHeight
        if timelineHeight > 0 {
            result[.timeline] = Rect(x: body.x, y: y, width: body.width, height: timelineHeight)
            y += timelineHeight
        }
        let rest = body.maxY - y
        let chartsHeight = (rest * 53 + 50) / 100
        result[.charts] = Rect(x: body.x, y: y, width: body.width, height: chartsHeight)
        result[.logs] = Rect(x: body.x, y: y + chartsHeight, width: body.width, height: rest - chartsHeight)
        return result
    }
}
