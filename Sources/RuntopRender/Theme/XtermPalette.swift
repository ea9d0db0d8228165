/// The xterm 256-colour palette as RGB, and nearest-colour search over it: shared by the curses backend (to
/// degrade colours) and the theme loader (to derive 16-colour variants), so both pick the same colours.
public enum XtermPalette {
    /// One palette entry.
    public struct RGB: Hashable, Sendable {
        public var red: Int
        public var green: Int
        public var blue: Int

        /// A colour from its 0–255 channels.
        public init(red: Int, green: Int, blue: Int) {
            self.red = red
            self.green = green
            self.blue = blue
        }
    }

    /// xterm's defaults for the 16 ANSI colours.
    static let ansi: [RGB] = [
        RGB(red: 0, green: 0, blue: 0), RGB(red: 205, green: 0, blue: 0),
        RGB(red: 0, green: 205, blue: 0), RGB(red: 205, green: 205, blue: 0),
        RGB(red: 0, green: 0, blue: 238), RGB(red: 205, green: 0, blue: 205),
        RGB(red: 0, green: 205, blue: 205), RGB(red: 229, green: 229, blue: 229),
        RGB(red: 127, green: 127, blue: 127), RGB(red: 255, green: 0, blue: 0),
        RGB(red: 0, green: 255, blue: 0), RGB(red: 255, green: 255, blue: 0),
        RGB(red: 92, green: 92, blue: 255), RGB(red: 255, green: 0, blue: 255),
        RGB(red: 0, green: 255, blue: 255), RGB(red: 255, green: 255, blue: 255),
    ]

    /// The six intensity steps of the 6×6×6 colour cube (indices 16–231).
    static let cubeLevels = [0, 95, 135, 175, 215, 255]

    /// The RGB value of palette entry `index` (0–255).
    public static func rgb(_ index: Int) -> RGB {
        switch index {
        case 0..<16:
            return ansi[index]
        case 16..<232:
            let offset = index - 16
            return RGB(
                red: cubeLevels[offset / 36], green: cubeLevels[(offset / 6) % 6], blue: cubeLevels[offset % 6])
        default:
            let level = 8 + 10 * (min(index, 255) - 232)
            return RGB(red: level, green: level, blue: level)
        }
    }

    /// Perceptual-ish squared distance ("redmean" weighting), cheap and good enough to pick a palette entry.
    public static func distance(_ first: RGB, _ second: RGB) -> Int {
        let redMean = (first.red + second.red) / 2
        let red = first.red - second.red
        let green = first.green - second.green
        let blue = first.blue - second.blue
        return (((512 + redMean) * red * red) >> 8) + 4 * green * green + (((767 - redMean) * blue * blue) >> 8)
    }

    /// The palette index in `candidates` closest to `color` (the first one on ties).
    public static func nearest(to color: RGB, in candidates: Range<Int>) -> Int {
        var best = candidates.lowerBound
        var bestDistance = Int.max
        for index in candidates {
            let candidateDistance = distance(color, rgb(index))
            if candidateDistance < bestDistance {
                best = index
                bestDistance = candidateDistance
            }
        }
        return best
    }

    /// The nearest of the first `colorCount` ANSI colours; greys only ever become black, grey or white, since a
    /// tinted replacement (grey text turning cyan) reads as a meaning the theme never had.
    public static func nearestAnsi(to color: RGB, colorCount: Int = 16) -> Int {
        let channels = [color.red, color.green, color.blue]
        let isGrey = channels.max()! - channels.min()! < 32
        guard isGrey else { return nearest(to: color, in: 0..<colorCount) }
        var best = 0
        var bestDistance = Int.max
        for index in [0, 8, 7, 15] where index < colorCount {
            let candidateDistance = distance(color, rgb(index))
            if candidateDistance < bestDistance {
                best = index
                bestDistance = candidateDistance
            }
        }
        return best
    }
}
