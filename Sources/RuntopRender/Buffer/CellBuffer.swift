import RuntopCore

/// An in-memory screen: a grid of cells that panes render into and the backend diffs.
public struct CellBuffer: Sendable, Equatable {
    public private(set) var width: Int
    public private(set) var height: Int
    public private(set) var cells: [Cell]

    /// A buffer of blank cells.
    public init(width: Int, height: Int) {
        self.width = max(0, width)
        self.height = max(0, height)
        cells = Array(repeating: .blank, count: self.width * self.height)
    }

    /// The whole buffer as a rectangle.
    public var bounds: Rect { Rect(x: 0, y: 0, width: width, height: height) }

    /// The cell at column `x`, row `y`.
    public subscript(x: Int, y: Int) -> Cell {
        get { cells[y * width + x] }
        set { cells[y * width + x] = newValue }
    }

    /// Fills `rect` (clipped to the buffer) with `cell`.
    public mutating func fill(_ rect: Rect, with cell: Cell = .blank) {
        let clipped = rect.intersection(bounds)
        guard !clipped.isEmpty else { return }
        for row in clipped.y..<clipped.maxY {
            for column in clipped.x..<clipped.maxX { cells[row * width + column] = cell }
        }
    }

    /// Sets the style of every cell in `rect`, keeping the symbols.
    public mutating func setStyle(_ style: CellStyle, in rect: Rect) {
        let clipped = rect.intersection(bounds)
        guard !clipped.isEmpty else { return }
        for row in clipped.y..<clipped.maxY {
            for column in clipped.x..<clipped.maxX { cells[row * width + column].style = style }
        }
    }

    /// Writes `text` at (`x`, `y`), clipped to `maxWidth` columns and to the buffer; returns the columns used.
    ///
    /// Text must already be sanitised (the store does this); wide characters take two cells, and one that
    /// would straddle the clip edge is replaced by a space.
    @discardableResult
    public mutating func write(
        _ text: String, x: Int, y: Int, style: CellStyle = .plain, maxWidth: Int = .max
    ) -> Int {
        guard y >= 0, y < height, x < width else { return 0 }
        // `maxWidth` defaults to .max: compare before adding so the sum cannot overflow.
        let limit = maxWidth >= width - x ? width : x + max(0, maxWidth)
        var column = x
        for character in text {
            let characterWidth = DisplayWidth.of(character)
            if characterWidth == 0 {
                // A lone combining mark: attach to the previous cell if there is one.
                if column > x, column - 1 >= 0, column - 1 < width {
                    var previous = column - 1
                    if cells[y * width + previous].isContinuation, previous > 0 { previous -= 1 }
                    cells[y * width + previous].symbol.append(character)
                }
                continue
            }
            if column + characterWidth > limit {
                if characterWidth == 2, column < limit, column >= 0 {
                    cells[y * width + column] = Cell(symbol: " ", style: style)
                    column += 1
                }
                break
            }
            if column >= 0 {
                clearWideOverlap(at: column, y: y)
                cells[y * width + column] = Cell(symbol: String(character), style: style, width: UInt8(characterWidth))
                if characterWidth == 2 {
                    clearWideOverlap(at: column + 1, y: y)
                    cells[y * width + column + 1] = Cell(symbol: "", style: style, width: 0)
                }
            }
            column += characterWidth
        }
        return column - x
    }

    /// The rows as plain text (continuation cells omitted), for snapshots and tests.
    public func lines() -> [String] {
        (0..<height).map { row in
            var line = ""
            for column in 0..<width {
                let cell = cells[row * width + column]
                if !cell.isContinuation { line += cell.symbol }
            }
            return line
        }
    }

    /// All rows joined by newlines, trailing spaces trimmed per row.
    public var text: String {
        lines().map { line in
            var trimmed = Substring(line)
            while trimmed.last == " " { trimmed = trimmed.dropLast() }
            return String(trimmed)
        }.joined(separator: "\n")
    }

    /// The cells that differ from `previous` (all of them when the sizes differ), in row-major order.
    public func changes(since previous: CellBuffer?) -> [CellChange] {
        guard let previous, previous.width == width, previous.height == height else {
            return cells.indices.compactMap { index in
                cells[index].isContinuation ? nil : CellChange(x: index % width, y: index / width, cell: cells[index])
            }
        }
        var result: [CellChange] = []
        for index in cells.indices where cells[index] != previous.cells[index] {
            let cell = cells[index]
            if cell.isContinuation {
                // The left half carries the character; make sure it is written too.
                let left = index - 1
                if left >= 0, result.last.map({ $0.y * width + $0.x }) != left {
                    result.append(CellChange(x: left % width, y: left / width, cell: cells[left]))
                }
                continue
            }
            result.append(CellChange(x: index % width, y: index / width, cell: cell))
        }
        return result
    }

    /// Overwriting half of a wide character blanks its other half.
    private mutating func clearWideOverlap(at column: Int, y: Int) {
        guard column >= 0, column < width else { return }
        let index = y * width + column
        if cells[index].isContinuation, column > 0 {
            cells[index - 1] = Cell(symbol: " ", style: cells[index - 1].style)
        } else if cells[index].width == 2, column + 1 < width {
            cells[index + 1] = Cell(symbol: " ", style: cells[index + 1].style)
        }
    }
}

/// One cell the backend must write.
public struct CellChange: Sendable, Equatable {
    public var x: Int
    public var y: Int
    public var cell: Cell

    public init(x: Int, y: Int, cell: Cell) {
        self.x = x
        self.y = y
        self.cell = cell
    }
}
