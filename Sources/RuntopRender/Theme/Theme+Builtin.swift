/// The themes that ship with runtop.
extension Theme {
    /// The default: colours on the terminal's own (usually dark) background.
    public static let defaultDark: Theme = {
        func foreground(_ colour: UInt8, _ attributes: TextAttributes = []) -> CellStyle {
            CellStyle(foreground: .ansi(colour), attributes: attributes)
        }
        return Theme(
            text: .plain,
            mutedText: foreground(8),
            header: CellStyle(attributes: [.bold, .reverse]),
            title: CellStyle(attributes: .bold),
            focusedTitle: foreground(14, .bold),
            border: foreground(8),
            focusedBorder: foreground(14, .bold),
            selection: CellStyle(attributes: [.reverse, .bold]),
            statusBar: CellStyle(attributes: .reverse),
            keyHint: CellStyle(attributes: [.reverse, .bold]),
            warning: foreground(11, .bold),
            error: foreground(9, .bold),
            status: StatusStyles(
                queued: foreground(8), running: foreground(14), reclaimed: foreground(11),
                succeeded: foreground(10), failed: foreground(9, .bold), cancelled: foreground(8, .dim),
                partial: foreground(3), other: foreground(13)
            ),
            chartSeries: [
                foreground(14), foreground(13), foreground(11), foreground(10), foreground(12), foreground(9),
            ],
            chartAxis: foreground(8),
            log: LogStyles(
                standardOutput: .plain, standardError: foreground(3), debug: foreground(8),
                warning: foreground(11), error: foreground(9, .bold), timestamp: foreground(8),
                gap: foreground(8, .dim)
            ),
            progressFilled: foreground(14),
            progressEmpty: foreground(8)
        )
    }()

    /// Attributes only, no colours: for `NO_COLOR` and monochrome terminals.
    public static let monochrome: Theme = {
        func attributed(_ attributes: TextAttributes) -> CellStyle { CellStyle(attributes: attributes) }
        return Theme(
            text: .plain,
            mutedText: attributed(.dim),
            header: attributed([.bold, .reverse]),
            title: .plain,
            focusedTitle: attributed(.bold),
            border: attributed(.dim),
            focusedBorder: attributed(.bold),
            selection: attributed(.reverse),
            statusBar: attributed(.reverse),
            keyHint: attributed([.reverse, .bold]),
            warning: attributed(.bold),
            error: attributed([.bold, .underline]),
            status: StatusStyles(
                queued: attributed(.dim), running: attributed(.bold), reclaimed: attributed([.bold, .italic]),
                succeeded: .plain, failed: attributed([.bold, .underline]), cancelled: attributed(.dim),
                partial: attributed(.italic), other: .plain
            ),
            chartSeries: [.plain, attributed(.bold), attributed(.underline), attributed(.italic)],
            chartAxis: attributed(.dim),
            log: LogStyles(
                standardOutput: .plain, standardError: attributed(.bold), debug: attributed(.dim),
                warning: attributed(.bold), error: attributed([.bold, .underline]), timestamp: attributed(.dim),
                gap: attributed(.dim)
            ),
            progressFilled: .plain,
            progressEmpty: attributed(.dim)
        )
    }()
}
