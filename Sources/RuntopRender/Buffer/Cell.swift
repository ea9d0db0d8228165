/// One terminal cell: a grapheme cluster and its style.
///
/// A wide (two-column) character occupies its cell and the next; the next cell is a continuation
/// (``isContinuation``) that the backend never writes.
public struct Cell: Hashable, Sendable {
    /// The grapheme drawn here (one Character), or "" for a continuation cell.
    public var symbol: String
    public var style: CellStyle
    /// 1 for most characters, 2 for wide ones, 0 for the continuation half of a wide character.
    public var width: UInt8

    public init(symbol: String, style: CellStyle = .plain, width: UInt8 = 1) {
        self.symbol = symbol
        self.style = style
        self.width = width
    }

    /// A blank cell in the terminal's default style.
    public static let blank = Cell(symbol: " ")

    /// True for the right half of a wide character.
    public var isContinuation: Bool { width == 0 }
}
