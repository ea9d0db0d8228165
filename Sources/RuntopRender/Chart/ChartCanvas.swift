/// A grid of cells that charts plot dots into: 2×4 braille dots per cell, or one mark per cell in ASCII mode.
public struct ChartCanvas: Sendable {
    /// Columns of cells.
    public let width: Int
    /// Rows of cells.
    public let height: Int
    /// Braille (2×4 dots per cell) or ASCII (one mark per cell).
    public let mode: ChartMode
    private var dotBits: [UInt8]
    private var marks: [String?]
    private var styles: [CellStyle?]

    /// An empty canvas of `width`×`height` cells.
    public init(width: Int, height: Int, mode: ChartMode) {
        self.width = max(0, width)
        self.height = max(0, height)
        self.mode = mode
        dotBits = Array(repeating: 0, count: self.width * self.height)
        marks = Array(repeating: nil, count: self.width * self.height)
        styles = Array(repeating: nil, count: self.width * self.height)
    }

    /// Dot columns across the canvas.
    public var dotColumns: Int { width * (mode == .braille ? 2 : 1) }
    /// Dot rows down the canvas (row 0 is the top).
    public var dotRows: Int { height * (mode == .braille ? 4 : 1) }

    /// Braille bit of the dot at column `x` (0–1), row `y` (0–3) within a cell.
    private static let brailleBits: [[UInt8]] = [[0x01, 0x02, 0x04, 0x40], [0x08, 0x10, 0x20, 0x80]]

    /// Sets the dot at (`x`, `y`) in dot coordinates; the cell takes `style` (ASCII mode draws `mark`).
    public mutating func plot(x: Int, y: Int, style: CellStyle, mark: String) {
        guard x >= 0, y >= 0, x < dotColumns, y < dotRows else { return }
        switch mode {
        case .braille:
            let index = (y / 4) * width + x / 2
            dotBits[index] |= Self.brailleBits[x % 2][y % 4]
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

    /// The symbol of cell (`column`, `row`), nil when nothing was plotted there.
    public func symbol(column: Int, row: Int) -> String? {
        let index = row * width + column
        switch mode {
        case .braille:
            guard dotBits[index] != 0 else { return nil }
            return String(Character(Unicode.Scalar(0x2800 + UInt32(dotBits[index]))!))
        case .ascii:
            return marks[index]
        }
    }

    /// Copies the plotted cells into `buffer` with the top-left at (`x`, `y`); empty cells are left alone.
    public func render(into buffer: inout CellBuffer, x: Int, y: Int) {
        for row in 0..<height {
            for column in 0..<width {
                guard let symbol = symbol(column: column, row: row), let style = styles[row * width + column] else {
                    continue
                }
                buffer.write(symbol, x: x + column, y: y + row, style: style, maxWidth: 1)
            }
        }
    }
}
