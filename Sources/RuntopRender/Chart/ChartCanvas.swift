/// A grid of cells that charts plot dots into: 2×4 braille dots per cell, one mark per cell in ASCII mode, or
/// in block mode one mark per cell plus filled columns of eighth blocks (8 levels per cell).
///
/// Block mode precedence: a filled area wins every cell it reaches (its top cell shows the partial block);
/// marks show only in the cells above it. So the order lines are drawn in does not matter there.
public struct ChartCanvas: Sendable {
    /// Columns of cells.
    public let width: Int
    /// Rows of cells.
    public let height: Int
    /// Braille (2×4 dots per cell), block (8 levels per cell) or ASCII (one mark per cell).
    public let mode: ChartMode
    private var dotBits: [UInt8]
    private var marks: [String?]
    private var styles: [CellStyle?]
    /// Block mode: eighths of each cell an area fills (0–8), and the area's style.
    private var fillLevels: [UInt8]
    private var fillStyles: [CellStyle?]

    /// The eighth blocks, one eighth (`▁`) to a full cell (`█`).
    public static let eighthBlocks = ["▁", "▂", "▃", "▄", "▅", "▆", "▇", "█"]

    /// An empty canvas of `width`×`height` cells.
    public init(width: Int, height: Int, mode: ChartMode) {
        self.width = max(0, width)
        self.height = max(0, height)
        self.mode = mode
        let cells = self.width * self.height
        dotBits = Array(repeating: 0, count: mode == .braille ? cells : 0)
        marks = Array(repeating: nil, count: cells)
        styles = Array(repeating: nil, count: cells)
        fillLevels = Array(repeating: 0, count: mode == .block ? cells : 0)
        fillStyles = Array(repeating: nil, count: mode == .block ? cells : 0)
    }

    /// Dot columns across the canvas.
    public var dotColumns: Int { width * (mode == .braille ? 2 : 1) }
    /// Dot rows down the canvas (row 0 is the top).
    public var dotRows: Int {
        switch mode {
        case .braille: height * 4
        case .block: height * 8
        case .ascii: height
        }
    }

    /// Braille bit of the dot at column `x` (0–1), row `y` (0–3) within a cell.
    private static let brailleBits: [[UInt8]] = [[0x01, 0x02, 0x04, 0x40], [0x08, 0x10, 0x20, 0x80]]

    /// Sets the dot at (`x`, `y`) in dot coordinates; the cell takes `style` (ASCII and block modes draw `mark`).
    public mutating func plot(x: Int, y: Int, style: CellStyle, mark: String) {
        guard x >= 0, y >= 0, x < dotColumns, y < dotRows else { return }
        switch mode {
        case .braille:
            let index = (y / 4) * width + x / 2
            dotBits[index] |= Self.brailleBits[x % 2][y % 4]
            styles[index] = style
        case .block:
            let index = (y / 8) * width + x
            marks[index] = mark
            styles[index] = style
        case .ascii:
            let index = y * width + x
            marks[index] = mark
            styles[index] = style
        }
    }

    /// Sets every dot in column `x` between rows `from` and `to` (in either order).
    public mutating func plotVertical(x: Int, from: Int, to: Int, style: CellStyle, mark: String) {
        for y in min(from, to)...max(from, to) { plot(x: x, y: y, style: style, mark: mark) }
    }

    /// Block mode: fills column `x` from the bottom up to and including dot row `top` (row 0 is the top of the
    /// canvas), so the column's top cell shows a partial block. Ignored in the other modes.
    public mutating func fill(x: Int, upToRow top: Int, style: CellStyle) {
        guard mode == .block, x >= 0, x < width, height > 0 else { return }
        let eighths = dotRows - min(max(0, top), dotRows - 1)
        for row in 0..<height {
            let below = (height - 1 - row) * 8
            let level = min(8, max(0, eighths - below))
            guard level > 0 else { continue }
            let index = row * width + x
            fillLevels[index] = UInt8(level)
            fillStyles[index] = style
        }
    }

    /// The symbol of cell (`column`, `row`), nil when nothing was plotted there.
    public func symbol(column: Int, row: Int) -> String? {
        cell(column: column, row: row)?.symbol
    }

    /// The symbol and style of cell (`column`, `row`), nil when nothing was plotted there.
    private func cell(column: Int, row: Int) -> (symbol: String, style: CellStyle)? {
        let index = row * width + column
        switch mode {
        case .braille:
            guard dotBits[index] != 0, let style = styles[index] else { return nil }
            return (String(Character(Unicode.Scalar(0x2800 + UInt32(dotBits[index]))!)), style)
        case .block:
            if fillLevels[index] > 0, let style = fillStyles[index] {
                return (Self.eighthBlocks[Int(fillLevels[index]) - 1], style)
            }
            guard let mark = marks[index], let style = styles[index] else { return nil }
            return (mark, style)
        case .ascii:
            guard let mark = marks[index], let style = styles[index] else { return nil }
            return (mark, style)
        }
    }

    /// Copies the plotted cells into `buffer` with the top-left at (`x`, `y`); empty cells are left alone.
    public func render(into buffer: inout CellBuffer, x: Int, y: Int) {
        for row in 0..<height {
            for column in 0..<width {
                guard let (symbol, style) = cell(column: column, row: row) else { continue }
                buffer.write(symbol, x: x + column, y: y + row, style: style, maxWidth: 1)
            }
        }
    }
}
