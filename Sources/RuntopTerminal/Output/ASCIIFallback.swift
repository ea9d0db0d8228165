/// The closest printable ASCII character for a non-ASCII scalar, for terminals whose locale is not UTF-8.
///
/// Outside UTF-8 curses cannot show anything beyond ASCII; a lookalike (`·` → `.`, `×` → `x`, `—` → `-`, a box
/// corner → `+`) keeps separators, sizes and frames readable where a bare `?` would read as a question.
enum ASCIIFallback {
    /// The replacement used when nothing looks alike.
    static let unknown: Unicode.Scalar = "?"

    /// An ASCII stand-in for `scalar` (itself when it already is printable ASCII).
    static func character(for scalar: Unicode.Scalar) -> Unicode.Scalar {
        let value = scalar.value
        if (0x20...0x7E).contains(value) { return scalar }
        if let mapped = punctuation[value] { return mapped }
        switch value {
        case 0x2500, 0x2501, 0x2504, 0x2505, 0x2508, 0x2509, 0x254C, 0x254D, 0x2550, 0x2574, 0x2576, 0x2578,
            0x257A, 0x257C, 0x257E:
            return "-"
        case 0x2502, 0x2503, 0x2506, 0x2507, 0x250A, 0x250B, 0x254E, 0x254F, 0x2551, 0x2575, 0x2577, 0x2579,
            0x257B, 0x257D, 0x257F:
            return "|"
        case 0x2500...0x257F: return "+"  // corners, tees and crosses
        case 0x2580...0x259F: return "#"  // block elements
        case 0x2800: return " "  // the empty braille pattern
        case 0x2801...0x28FF: return "."  // braille dots
        default: return unknown
        }
    }

    private static let punctuation: [UInt32: Unicode.Scalar] = [
        0x00A0: " ", 0x2007: " ", 0x2009: " ", 0x202F: " ",  // spaces
        0x00B7: ".", 0x2022: "*", 0x2023: ">", 0x2027: ".", 0x22C5: ".", 0x25CF: "*", 0x25CB: "o",  // dots
        0x00D7: "x", 0x2715: "x", 0x2717: "x", 0x2713: "v", 0x2714: "v",  // times, ballot marks
        0x2010: "-", 0x2011: "-", 0x2012: "-", 0x2013: "-", 0x2014: "-", 0x2015: "-", 0x2212: "-",  // dashes
        0x2026: "~",  // an ellipsis marks cut text, as the ASCII glyph set does
        0x2018: "'", 0x2019: "'", 0x201A: "'", 0x2032: "'", 0x201C: "\"", 0x201D: "\"", 0x201E: "\"",
        0x00AB: "<", 0x00BB: ">", 0x2039: "<", 0x203A: ">",
        0x2190: "<", 0x2192: ">", 0x2191: "^", 0x2193: "v", 0x2194: "-", 0x21B5: "<",
        0x25B2: "^", 0x25BC: "v", 0x25B6: ">", 0x25C0: "<", 0x25B8: ">", 0x25C2: "<", 0x25B4: "^", 0x25BE: "v",
        0x2264: "<", 0x2265: ">", 0x2248: "~", 0x2260: "#", 0x00B1: "+",
        0x00B5: "u", 0x03BC: "u", 0x00B0: "o", 0x00A9: "c", 0x00AE: "r",
    ]
}
