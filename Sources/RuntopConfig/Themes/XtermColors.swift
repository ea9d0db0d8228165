/// The xterm 256-colour palette as RGB, and nearest-colour search over it.
///
/// A copy of the small math in RuntopTerminal's `XtermPalette` (RuntopConfig must not depend on the backend), so a
/// theme's 16-colour variant picks the colours the backend would.
enum XtermColors {
    /// One palette entry.
    struct RGB: Hashable, Sendable {
        var red: Int
        var green: Int
        var blue: Int
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
    static func rgb(_ index: Int) -> RGB {
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

    /// Perceptual-ish squared distance ("redmean" weighting).
    static func distance(_ first: RGB, _ second: RGB) -> Int {
        let redMean = (first.red + second.red) / 2
        let red = first.red - second.red
        let green = first.green - second.green
        let blue = first.blue - second.blue
        return (((512 + redMean) * red * red) >> 8) + 4 * green * green + (((767 - redMean) * blue * blue) >> 8)
    }

    /// The nearest of the 16 ANSI colours; greys only become black, grey or white, since a tinted replacement
    /// (grey text turning cyan) reads as a meaning the theme never had.
    static func nearestAnsi(to color: RGB) -> Int {
        let channels = [color.red, color.green, color.blue]
        let isGrey = channels.max()! - channels.min()! < 32
        let candidates = isGrey ? [0, 8, 7, 15] : Array(0..<16)
        var best = candidates[0]
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
}
