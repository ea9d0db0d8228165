/// Combining the selection style with a cell's own style.
extension Theme {
    /// `style` as it looks on the selected row: the selection's attributes added, its colours where it sets them.
    public func selected(_ style: CellStyle) -> CellStyle {
        var result = style.adding(selection.attributes)
        if selection.foreground != .terminalDefault { result.foreground = selection.foreground }
        if selection.background != .terminalDefault { result.background = selection.background }
        return result
    }
}
