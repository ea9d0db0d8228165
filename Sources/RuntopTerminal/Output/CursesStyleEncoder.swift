import CNcursesw
import RuntopRender

/// Turns ``CellStyle``s into curses attributes and colour pairs, allocating pairs on first use.
struct CursesStyleEncoder {
    /// Attributes and colour pair for one style.
    struct Encoded {
        var attributes: attr_t
        var pair: Int16
    }

    let support: ColorSupport
    let defaultColorsAvailable: Bool
    private var allocator: ColorPairAllocator
    private var cache: [CellStyle: Encoded] = [:]

    /// An encoder for a terminal with `support` colours and `pairCapacity` colour pairs.
    init(support: ColorSupport, defaultColorsAvailable: Bool, pairCapacity: Int) {
        self.support = support
        self.defaultColorsAvailable = defaultColorsAvailable
        let defaultPair = defaultColorsAvailable
            ? ColorPairKey(foreground: -1, background: -1) : ColorPairKey(foreground: 7, background: 0)
        allocator = ColorPairAllocator(capacity: min(pairCapacity, Int(Int16.max)), defaultPair: defaultPair)
    }

    /// The curses attributes and pair for `style` (calls init_pair for new pairs).
    mutating func encode(_ style: CellStyle) -> Encoded {
        if let cached = cache[style] { return cached }
        var encoded = Encoded(attributes: Self.attributes(for: style.attributes), pair: 0)
        if let foreground = ColorDegradation.cursesColor(
            for: style.foreground, support: support, isBackground: false,
            defaultColorsAvailable: defaultColorsAvailable),
            let background = ColorDegradation.cursesColor(
                for: style.background, support: support, isBackground: true,
                defaultColorsAvailable: defaultColorsAvailable)
        {
            let assignment = allocator.assign(ColorPairKey(foreground: foreground, background: background))
            if case .allocated(let pair) = assignment,
                init_pair(Int16(pair), Int16(foreground), Int16(background)) == ERR
            {
                encoded.pair = 0
            } else {
                encoded.pair = Int16(assignment.pair)
            }
        }
        cache[style] = encoded
        return encoded
    }

    /// The curses attribute bits for `attributes`.
    static func attributes(for attributes: TextAttributes) -> attr_t {
        var result = runtop_attr_normal()
        if attributes.contains(.bold) { result |= runtop_attr_bold() }
        if attributes.contains(.dim) { result |= runtop_attr_dim() }
        if attributes.contains(.reverse) { result |= runtop_attr_reverse() }
        if attributes.contains(.underline) { result |= runtop_attr_underline() }
        if attributes.contains(.italic) { result |= runtop_attr_italic() }
        return result
    }
}
