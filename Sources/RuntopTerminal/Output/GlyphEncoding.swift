/// Prepares a cell's symbol for `setcchar`: one spacing character plus its combining marks.
enum GlyphEncoding {
    /// Combining characters a curses cell holds after its base (CCHARW_MAX is 5 including the base).
    static let maximumCombining = 4

    /// The wide characters for `symbol`, NUL-terminated: the first scalar, then up to four zero-width
    /// scalars that follow it (combining marks, variation selectors, joiners). Control characters and empty
    /// symbols become a space; outside a UTF-8 locale, non-ASCII becomes an ASCII lookalike (``ASCIIFallback``)
    /// or "?".
    static func wideCharacters(for symbol: String, localeIsUTF8: Bool = true) -> [Int32] {
        var scalars = symbol.unicodeScalars.makeIterator()
        guard let base = scalars.next(), isPrintable(base) else { return [0x20, 0] }
        if !localeIsUTF8, base.value > 0x7E {
            return [Int32(bitPattern: ASCIIFallback.character(for: base).value), 0]
        }
        var result: [Int32] = [Int32(bitPattern: base.value)]
        if localeIsUTF8 {
            while let next = scalars.next(), result.count <= maximumCombining {
                guard isZeroWidth(next) else { break }
                result.append(Int32(bitPattern: next.value))
            }
        }
        result.append(0)
        return result
    }

    private static func isPrintable(_ scalar: Unicode.Scalar) -> Bool {
        let value = scalar.value
        return !(value < 0x20 || (0x7F..<0xA0).contains(value))
    }

    private static func isZeroWidth(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.properties.generalCategory {
        case .nonspacingMark, .enclosingMark, .format: return true
        default: return false
        }
    }
}
