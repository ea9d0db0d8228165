// Generated from themes/*.toml by `RUNTOP_RECORD_BUNDLED_THEMES=1 swift test --filter BundledThemesTests`.
// Do not edit: a test fails when this differs from the files in themes/.

/// The text of every theme file in `themes/`, built into the binary so the bundled themes work wherever it runs.
public enum BundledThemes {
    /// Theme file text by theme name, in name order.
    public static let files: [(name: String, text: String)] = [
        (
            name: "colorblind",
            text: #"""
# runtop theme "colorblind": the Okabe–Ito palette (Okabe & Ito, "Color Universal Design", 2008), whose eight
# colours stay distinguishable with protanopia, deuteranopia and tritanopia. Failure is also bold and success is
# never the only green: states differ in lightness and attributes as well as hue.
name = "colorblind"
description = "Okabe–Ito palette: safe for red–green and blue–yellow colour blindness"

text = {}
muted = { fg = "#999999", fg16 = "bright-black" }
header = { attributes = ["bold", "reverse"] }
title = { attributes = ["bold"] }
focused_title = { fg = "#56b4e9", fg16 = "bright-cyan", attributes = ["bold"] }
border = { fg = "#999999", fg16 = "bright-black" }
focused_border = { fg = "#56b4e9", fg16 = "bright-cyan", attributes = ["bold"] }
selection = { attributes = ["reverse", "bold"] }
status_bar = { attributes = ["reverse"] }
key_hint = { attributes = ["reverse", "bold"] }
warning = { fg = "#e69f00", fg16 = "yellow", attributes = ["bold"] }
error = { fg = "#d55e00", fg16 = "bright-red", attributes = ["bold", "underline"] }

[status]
queued = { fg = "#999999", fg16 = "bright-black" }
running = { fg = "#56b4e9", fg16 = "bright-cyan" }
reclaimed = { fg = "#e69f00", fg16 = "yellow" }
succeeded = { fg = "#009e73", fg16 = "green" }
failed = { fg = "#d55e00", fg16 = "bright-red", attributes = ["bold", "underline"] }
cancelled = { fg = "#999999", fg16 = "bright-black", attributes = ["dim"] }
partial = { fg = "#f0e442", fg16 = "bright-yellow" }
other = { fg = "#cc79a7", fg16 = "magenta" }

[chart]
axis = { fg = "#999999", fg16 = "bright-black" }
series = [
    { fg = "#56b4e9", fg16 = "bright-cyan" },
    { fg = "#e69f00", fg16 = "yellow" },
    { fg = "#009e73", fg16 = "green" },
    { fg = "#f0e442", fg16 = "bright-yellow" },
    { fg = "#0072b2", fg16 = "blue" },
    { fg = "#d55e00", fg16 = "bright-red" },
    { fg = "#cc79a7", fg16 = "magenta" },
]

[log]
stdout = {}
stderr = { fg = "#e69f00", fg16 = "yellow" }
debug = { fg = "#999999", fg16 = "bright-black" }
warning = { fg = "#f0e442", fg16 = "bright-yellow" }
error = { fg = "#d55e00", fg16 = "bright-red", attributes = ["bold"] }
timestamp = { fg = "#999999", fg16 = "bright-black" }
gap = { fg = "#999999", fg16 = "bright-black", attributes = ["dim"] }

[progress]
filled = { fg = "#56b4e9", fg16 = "bright-cyan" }
empty = { fg = "#999999", fg16 = "bright-black" }

"""#
        ),
        (
            name: "default",
            text: #"""
# runtop theme "default": ANSI colours on the terminal's own background. The same look as the built-in
# Theme.defaultDark; a test keeps the two equal. The file format is described in themes/README.md.
name = "default"
description = "ANSI colours on the terminal's own (usually dark) background"

text = {}
muted = { fg = "bright-black" }
header = { attributes = ["bold", "reverse"] }
title = { attributes = ["bold"] }
focused_title = { fg = "bright-cyan", attributes = ["bold"] }
border = { fg = "bright-black" }
focused_border = { fg = "bright-cyan", attributes = ["bold"] }
selection = { attributes = ["reverse", "bold"] }
status_bar = { attributes = ["reverse"] }
key_hint = { attributes = ["reverse", "bold"] }
warning = { fg = "bright-yellow", attributes = ["bold"] }
error = { fg = "bright-red", attributes = ["bold"] }

[status]
queued = { fg = "bright-black" }
running = { fg = "bright-cyan" }
reclaimed = { fg = "bright-yellow" }
succeeded = { fg = "bright-green" }
failed = { fg = "bright-red", attributes = ["bold"] }
cancelled = { fg = "bright-black", attributes = ["dim"] }
partial = { fg = "yellow" }
other = { fg = "bright-magenta" }

[chart]
axis = { fg = "bright-black" }
series = [
    { fg = "bright-cyan" },
    { fg = "bright-magenta" },
    { fg = "bright-yellow" },
    { fg = "bright-green" },
    { fg = "bright-blue" },
    { fg = "bright-red" },
]

[log]
stdout = {}
stderr = { fg = "yellow" }
debug = { fg = "bright-black" }
warning = { fg = "bright-yellow" }
error = { fg = "bright-red", attributes = ["bold"] }
timestamp = { fg = "bright-black" }
gap = { fg = "bright-black", attributes = ["dim"] }

[progress]
filled = { fg = "bright-cyan" }
empty = { fg = "bright-black" }

"""#
        ),
        (
            name: "gruvbox-dark",
            text: #"""
# runtop theme "gruvbox-dark": the gruvbox palette (Pavel Pertsev) on the terminal's own background.
name = "gruvbox-dark"
description = "Warm retro colours of gruvbox, for dark backgrounds"

text = { fg = "#ebdbb2", fg16 = "default" }
muted = { fg = "#928374", fg16 = "bright-black" }
header = { fg = "#282828", bg = "#a89984", fg16 = "black", bg16 = "white", attributes = ["bold"] }
title = { fg = "#ebdbb2", fg16 = "default", attributes = ["bold"] }
focused_title = { fg = "#fabd2f", fg16 = "bright-yellow", attributes = ["bold"] }
border = { fg = "#665c54", fg16 = "bright-black" }
focused_border = { fg = "#fabd2f", fg16 = "bright-yellow", attributes = ["bold"] }
selection = { bg = "#504945", bg16 = "bright-black", attributes = ["bold"] }
status_bar = { fg = "#ebdbb2", bg = "#3c3836", fg16 = "white", bg16 = "bright-black" }
key_hint = { fg = "#282828", bg = "#d79921", fg16 = "black", bg16 = "yellow", attributes = ["bold"] }
warning = { fg = "#fe8019", fg16 = "bright-yellow", attributes = ["bold"] }
error = { fg = "#fb4934", fg16 = "bright-red", attributes = ["bold"] }

[status]
queued = { fg = "#928374", fg16 = "bright-black" }
running = { fg = "#83a598", fg16 = "bright-cyan" }
reclaimed = { fg = "#fe8019", fg16 = "yellow" }
succeeded = { fg = "#b8bb26", fg16 = "bright-green" }
failed = { fg = "#fb4934", fg16 = "bright-red", attributes = ["bold"] }
cancelled = { fg = "#928374", fg16 = "bright-black", attributes = ["dim"] }
partial = { fg = "#fabd2f", fg16 = "bright-yellow" }
other = { fg = "#d3869b", fg16 = "bright-magenta" }

[chart]
axis = { fg = "#928374", fg16 = "bright-black" }
series = [
    { fg = "#8ec07c", fg16 = "bright-cyan" },
    { fg = "#d3869b", fg16 = "bright-magenta" },
    { fg = "#fabd2f", fg16 = "bright-yellow" },
    { fg = "#b8bb26", fg16 = "bright-green" },
    { fg = "#83a598", fg16 = "bright-blue" },
    { fg = "#fb4934", fg16 = "bright-red" },
]

[log]
stdout = { fg = "#ebdbb2", fg16 = "default" }
stderr = { fg = "#fe8019", fg16 = "yellow" }
debug = { fg = "#928374", fg16 = "bright-black" }
warning = { fg = "#fabd2f", fg16 = "bright-yellow" }
error = { fg = "#fb4934", fg16 = "bright-red", attributes = ["bold"] }
timestamp = { fg = "#928374", fg16 = "bright-black" }
gap = { fg = "#665c54", fg16 = "bright-black" }

[progress]
filled = { fg = "#8ec07c", fg16 = "bright-cyan" }
empty = { fg = "#504945", fg16 = "bright-black" }

"""#
        ),
        (
            name: "high-contrast",
            text: #"""
# runtop theme "high-contrast": bright ANSI colours, bold text, solid selection and bars; for projectors, bright
# rooms and tired eyes. ANSI colours only, so it looks the same on 16-colour terminals.
name = "high-contrast"
description = "Bright bold colours and solid bars for projectors and bright rooms"

text = { fg = "bright-white" }
muted = { fg = "white" }
header = { fg = "black", bg = "bright-white", attributes = ["bold"] }
title = { fg = "bright-white", attributes = ["bold"] }
focused_title = { fg = "black", bg = "bright-yellow", attributes = ["bold"] }
border = { fg = "white" }
focused_border = { fg = "bright-yellow", attributes = ["bold"] }
selection = { fg = "black", bg = "bright-yellow", attributes = ["bold"] }
status_bar = { fg = "black", bg = "bright-white" }
key_hint = { fg = "bright-white", bg = "blue", attributes = ["bold"] }
warning = { fg = "bright-yellow", attributes = ["bold", "underline"] }
error = { fg = "bright-white", bg = "red", attributes = ["bold"] }

[status]
queued = { fg = "white" }
running = { fg = "bright-cyan", attributes = ["bold"] }
reclaimed = { fg = "bright-yellow", attributes = ["bold"] }
succeeded = { fg = "bright-green", attributes = ["bold"] }
failed = { fg = "bright-white", bg = "red", attributes = ["bold"] }
cancelled = { fg = "white", attributes = ["italic"] }
partial = { fg = "bright-magenta", attributes = ["bold"] }
other = { fg = "bright-blue", attributes = ["bold"] }

[chart]
axis = { fg = "bright-white" }
series = [
    { fg = "bright-cyan", attributes = ["bold"] },
    { fg = "bright-yellow", attributes = ["bold"] },
    { fg = "bright-magenta", attributes = ["bold"] },
    { fg = "bright-green", attributes = ["bold"] },
    { fg = "bright-white", attributes = ["bold"] },
    { fg = "bright-red", attributes = ["bold"] },
]

[log]
stdout = { fg = "bright-white" }
stderr = { fg = "bright-yellow" }
debug = { fg = "white" }
warning = { fg = "bright-yellow", attributes = ["bold"] }
error = { fg = "bright-white", bg = "red", attributes = ["bold"] }
timestamp = { fg = "white" }
gap = { fg = "bright-yellow", attributes = ["bold"] }

[progress]
filled = { fg = "bright-green", attributes = ["bold"] }
empty = { fg = "white" }

"""#
        ),
        (
            name: "light",
            text: #"""
# runtop theme "light": for terminals with a light background (the Catppuccin Latte colours). Dark, saturated
# foregrounds only; yellow is amber so it reads on white.
name = "light"
description = "Dark, saturated colours for light terminal backgrounds (Catppuccin Latte)"

text = {}
muted = { fg = "#6c6f85", fg16 = "bright-black" }
header = { attributes = ["bold", "reverse"] }
title = { attributes = ["bold"] }
focused_title = { fg = "#1e66f5", fg16 = "blue", attributes = ["bold"] }
border = { fg = "#9ca0b0", fg16 = "bright-black" }
focused_border = { fg = "#1e66f5", fg16 = "blue", attributes = ["bold"] }
selection = { bg = "#ccd0da", bg16 = "white", attributes = ["bold"] }
status_bar = { attributes = ["reverse"] }
key_hint = { attributes = ["reverse", "bold"] }
warning = { fg = "#c45500", fg16 = "yellow", attributes = ["bold"] }
error = { fg = "#d20f39", fg16 = "red", attributes = ["bold"] }

[status]
queued = { fg = "#6c6f85", fg16 = "bright-black" }
running = { fg = "#1e66f5", fg16 = "blue" }
reclaimed = { fg = "#c45500", fg16 = "yellow" }
succeeded = { fg = "#40a02b", fg16 = "green" }
failed = { fg = "#d20f39", fg16 = "red", attributes = ["bold"] }
cancelled = { fg = "#6c6f85", fg16 = "bright-black", attributes = ["dim"] }
partial = { fg = "#179299", fg16 = "cyan" }
other = { fg = "#8839ef", fg16 = "magenta" }

[chart]
axis = { fg = "#6c6f85", fg16 = "bright-black" }
series = [
    { fg = "#1e66f5", fg16 = "blue" },
    { fg = "#8839ef", fg16 = "magenta" },
    { fg = "#c45500", fg16 = "yellow" },
    { fg = "#40a02b", fg16 = "green" },
    { fg = "#179299", fg16 = "cyan" },
    { fg = "#d20f39", fg16 = "red" },
]

[log]
stdout = {}
stderr = { fg = "#c45500", fg16 = "yellow" }
debug = { fg = "#6c6f85", fg16 = "bright-black" }
warning = { fg = "#c45500", fg16 = "yellow", attributes = ["bold"] }
error = { fg = "#d20f39", fg16 = "red", attributes = ["bold"] }
timestamp = { fg = "#6c6f85", fg16 = "bright-black" }
gap = { fg = "#9ca0b0", fg16 = "bright-black" }

[progress]
filled = { fg = "#1e66f5", fg16 = "blue" }
empty = { fg = "#9ca0b0", fg16 = "bright-black" }

"""#
        ),
        (
            name: "monochrome",
            text: #"""
# runtop theme "monochrome": attributes only, no colours. Used whatever was chosen when NO_COLOR is set, and on
# terminals without colour. The same look as the built-in Theme.monochrome; a test keeps the two equal.
name = "monochrome"
description = "Attributes only (bold, dim, reverse, underline, italic); no colours"

text = {}
muted = { attributes = ["dim"] }
header = { attributes = ["bold", "reverse"] }
title = {}
focused_title = { attributes = ["bold"] }
border = { attributes = ["dim"] }
focused_border = { attributes = ["bold"] }
selection = { attributes = ["reverse"] }
status_bar = { attributes = ["reverse"] }
key_hint = { attributes = ["reverse", "bold"] }
warning = { attributes = ["bold"] }
error = { attributes = ["bold", "underline"] }

[status]
queued = { attributes = ["dim"] }
running = { attributes = ["bold"] }
reclaimed = { attributes = ["bold", "italic"] }
succeeded = {}
failed = { attributes = ["bold", "underline"] }
cancelled = { attributes = ["dim"] }
partial = { attributes = ["italic"] }
other = {}

[chart]
axis = { attributes = ["dim"] }
series = [
    {},
    { attributes = ["bold"] },
    { attributes = ["underline"] },
    { attributes = ["italic"] },
]

[log]
stdout = {}
stderr = { attributes = ["bold"] }
debug = { attributes = ["dim"] }
warning = { attributes = ["bold"] }
error = { attributes = ["bold", "underline"] }
timestamp = { attributes = ["dim"] }
gap = { attributes = ["dim"] }

[progress]
filled = {}
empty = { attributes = ["dim"] }

"""#
        ),
        (
            name: "nord",
            text: #"""
# runtop theme "nord": the Nord palette (Arctic Ice Studio) on the terminal's own background.
name = "nord"
description = "Muted arctic blues of Nord, for dark backgrounds"

text = { fg = "#d8dee9", fg16 = "default" }
muted = { fg = "#616e88", fg16 = "bright-black" }
header = { fg = "#2e3440", bg = "#88c0d0", fg16 = "black", bg16 = "cyan", attributes = ["bold"] }
title = { fg = "#e5e9f0", fg16 = "default", attributes = ["bold"] }
focused_title = { fg = "#88c0d0", fg16 = "bright-cyan", attributes = ["bold"] }
border = { fg = "#4c566a", fg16 = "bright-black" }
focused_border = { fg = "#88c0d0", fg16 = "bright-cyan", attributes = ["bold"] }
selection = { bg = "#434c5e", bg16 = "bright-black", attributes = ["bold"] }
status_bar = { fg = "#d8dee9", bg = "#3b4252", fg16 = "white", bg16 = "bright-black" }
key_hint = { fg = "#2e3440", bg = "#81a1c1", fg16 = "black", bg16 = "blue", attributes = ["bold"] }
warning = { fg = "#ebcb8b", fg16 = "bright-yellow", attributes = ["bold"] }
error = { fg = "#bf616a", fg16 = "bright-red", attributes = ["bold"] }

[status]
queued = { fg = "#616e88", fg16 = "bright-black" }
running = { fg = "#88c0d0", fg16 = "bright-cyan" }
reclaimed = { fg = "#d08770", fg16 = "yellow" }
succeeded = { fg = "#a3be8c", fg16 = "bright-green" }
failed = { fg = "#bf616a", fg16 = "bright-red", attributes = ["bold"] }
cancelled = { fg = "#616e88", fg16 = "bright-black", attributes = ["dim"] }
partial = { fg = "#ebcb8b", fg16 = "bright-yellow" }
other = { fg = "#b48ead", fg16 = "bright-magenta" }

[chart]
axis = { fg = "#616e88", fg16 = "bright-black" }
series = [
    { fg = "#88c0d0", fg16 = "bright-cyan" },
    { fg = "#b48ead", fg16 = "bright-magenta" },
    { fg = "#ebcb8b", fg16 = "bright-yellow" },
    { fg = "#a3be8c", fg16 = "bright-green" },
    { fg = "#81a1c1", fg16 = "bright-blue" },
    { fg = "#bf616a", fg16 = "bright-red" },
]

[log]
stdout = { fg = "#d8dee9", fg16 = "default" }
stderr = { fg = "#d08770", fg16 = "yellow" }
debug = { fg = "#616e88", fg16 = "bright-black" }
warning = { fg = "#ebcb8b", fg16 = "bright-yellow" }
error = { fg = "#bf616a", fg16 = "bright-red", attributes = ["bold"] }
timestamp = { fg = "#616e88", fg16 = "bright-black" }
gap = { fg = "#4c566a", fg16 = "bright-black" }

[progress]
filled = { fg = "#88c0d0", fg16 = "bright-cyan" }
empty = { fg = "#4c566a", fg16 = "bright-black" }

"""#
        ),
        (
            name: "solarized-light",
            text: #"""
# runtop theme "solarized-light": Ethan Schoonover's Solarized accents for light backgrounds. The 16-colour
# fallbacks use a standard ANSI palette, not Solarized's remapped one, so they read on any light terminal.
name = "solarized-light"
description = "Solarized accents for light backgrounds"

text = { fg = "#586e75", fg16 = "default" }
muted = { fg = "#93a1a1", fg16 = "bright-black" }
header = { fg = "#fdf6e3", bg = "#268bd2", fg16 = "bright-white", bg16 = "blue", attributes = ["bold"] }
title = { fg = "#073642", fg16 = "default", attributes = ["bold"] }
focused_title = { fg = "#268bd2", fg16 = "blue", attributes = ["bold"] }
border = { fg = "#93a1a1", fg16 = "bright-black" }
focused_border = { fg = "#268bd2", fg16 = "blue", attributes = ["bold"] }
selection = { bg = "#eee8d5", bg16 = "white", attributes = ["bold"] }
status_bar = { fg = "#fdf6e3", bg = "#657b83", fg16 = "bright-white", bg16 = "bright-black" }
key_hint = { fg = "#fdf6e3", bg = "#6c71c4", fg16 = "bright-white", bg16 = "magenta", attributes = ["bold"] }
warning = { fg = "#cb4b16", fg16 = "yellow", attributes = ["bold"] }
error = { fg = "#dc322f", fg16 = "red", attributes = ["bold"] }

[status]
queued = { fg = "#93a1a1", fg16 = "bright-black" }
running = { fg = "#268bd2", fg16 = "blue" }
reclaimed = { fg = "#cb4b16", fg16 = "yellow" }
succeeded = { fg = "#859900", fg16 = "green" }
failed = { fg = "#dc322f", fg16 = "red", attributes = ["bold"] }
cancelled = { fg = "#93a1a1", fg16 = "bright-black", attributes = ["dim"] }
partial = { fg = "#2aa198", fg16 = "cyan" }
other = { fg = "#6c71c4", fg16 = "magenta" }

[chart]
axis = { fg = "#93a1a1", fg16 = "bright-black" }
series = [
    { fg = "#268bd2", fg16 = "blue" },
    { fg = "#d33682", fg16 = "magenta" },
    { fg = "#b58900", fg16 = "yellow" },
    { fg = "#859900", fg16 = "green" },
    { fg = "#2aa198", fg16 = "cyan" },
    { fg = "#dc322f", fg16 = "red" },
]

[log]
stdout = { fg = "#586e75", fg16 = "default" }
stderr = { fg = "#cb4b16", fg16 = "yellow" }
debug = { fg = "#93a1a1", fg16 = "bright-black" }
warning = { fg = "#b58900", fg16 = "yellow", attributes = ["bold"] }
error = { fg = "#dc322f", fg16 = "red", attributes = ["bold"] }
timestamp = { fg = "#93a1a1", fg16 = "bright-black" }
gap = { fg = "#93a1a1", fg16 = "bright-black", attributes = ["dim"] }

[progress]
filled = { fg = "#268bd2", fg16 = "blue" }
empty = { fg = "#93a1a1", fg16 = "bright-black" }

"""#
        ),
        (
            name: "tokyo-night",
            text: #"""
# runtop theme "tokyo-night": the Tokyo Night palette (enkia) on the terminal's own background.
name = "tokyo-night"
description = "Cool blues and purples of Tokyo Night, for dark backgrounds"

text = { fg = "#c0caf5", fg16 = "default" }
muted = { fg = "#565f89", fg16 = "bright-black" }
header = { fg = "#1a1b26", bg = "#7aa2f7", fg16 = "black", bg16 = "blue", attributes = ["bold"] }
title = { fg = "#c0caf5", fg16 = "default", attributes = ["bold"] }
focused_title = { fg = "#7dcfff", fg16 = "bright-cyan", attributes = ["bold"] }
border = { fg = "#3b4261", fg16 = "bright-black" }
focused_border = { fg = "#7aa2f7", fg16 = "bright-blue", attributes = ["bold"] }
selection = { bg = "#283457", bg16 = "blue", attributes = ["bold"] }
status_bar = { fg = "#a9b1d6", bg = "#24283b", fg16 = "white", bg16 = "bright-black" }
key_hint = { fg = "#1a1b26", bg = "#bb9af7", fg16 = "black", bg16 = "magenta", attributes = ["bold"] }
warning = { fg = "#e0af68", fg16 = "bright-yellow", attributes = ["bold"] }
error = { fg = "#f7768e", fg16 = "bright-red", attributes = ["bold"] }

[status]
queued = { fg = "#565f89", fg16 = "bright-black" }
running = { fg = "#7dcfff", fg16 = "bright-cyan" }
reclaimed = { fg = "#ff9e64", fg16 = "yellow" }
succeeded = { fg = "#9ece6a", fg16 = "bright-green" }
failed = { fg = "#f7768e", fg16 = "bright-red", attributes = ["bold"] }
cancelled = { fg = "#565f89", fg16 = "bright-black", attributes = ["dim"] }
partial = { fg = "#e0af68", fg16 = "bright-yellow" }
other = { fg = "#bb9af7", fg16 = "bright-magenta" }

[chart]
axis = { fg = "#565f89", fg16 = "bright-black" }
series = [
    { fg = "#7aa2f7", fg16 = "bright-blue" },
    { fg = "#bb9af7", fg16 = "bright-magenta" },
    { fg = "#e0af68", fg16 = "bright-yellow" },
    { fg = "#9ece6a", fg16 = "bright-green" },
    { fg = "#7dcfff", fg16 = "bright-cyan" },
    { fg = "#f7768e", fg16 = "bright-red" },
]

[log]
stdout = { fg = "#c0caf5", fg16 = "default" }
stderr = { fg = "#ff9e64", fg16 = "yellow" }
debug = { fg = "#565f89", fg16 = "bright-black" }
warning = { fg = "#e0af68", fg16 = "bright-yellow" }
error = { fg = "#f7768e", fg16 = "bright-red", attributes = ["bold"] }
timestamp = { fg = "#565f89", fg16 = "bright-black" }
gap = { fg = "#3b4261", fg16 = "bright-black" }

[progress]
filled = { fg = "#7aa2f7", fg16 = "bright-blue" }
empty = { fg = "#3b4261", fg16 = "bright-black" }

"""#
        ),
        (
            name: "tty16",
            text: #"""
# runtop theme "tty16": the eight normal ANSI colours plus bold, in the classic console look (solid blue header,
# coloured bars). Meant for the Linux console, serial consoles and old terminals where bright colours are only
# bold ones; it uses nothing a 16-colour terminal lacks.
name = "tty16"
description = "Normal ANSI colours and bold only: the Linux console, serial consoles, old terminals"

text = {}
muted = { fg = "cyan" }
header = { fg = "white", bg = "blue", attributes = ["bold"] }
title = { fg = "white", attributes = ["bold"] }
focused_title = { fg = "yellow", attributes = ["bold"] }
border = { fg = "blue" }
focused_border = { fg = "yellow", attributes = ["bold"] }
selection = { fg = "black", bg = "cyan" }
status_bar = { fg = "black", bg = "white" }
key_hint = { fg = "white", bg = "blue", attributes = ["bold"] }
warning = { fg = "yellow", attributes = ["bold"] }
error = { fg = "red", attributes = ["bold"] }

[status]
queued = { fg = "blue" }
running = { fg = "cyan", attributes = ["bold"] }
reclaimed = { fg = "yellow" }
succeeded = { fg = "green", attributes = ["bold"] }
failed = { fg = "red", attributes = ["bold"] }
cancelled = { fg = "magenta" }
partial = { fg = "yellow", attributes = ["bold"] }
other = { fg = "white" }

[chart]
axis = { fg = "cyan" }
series = [
    { fg = "cyan", attributes = ["bold"] },
    { fg = "magenta", attributes = ["bold"] },
    { fg = "yellow", attributes = ["bold"] },
    { fg = "green", attributes = ["bold"] },
    { fg = "white", attributes = ["bold"] },
    { fg = "red", attributes = ["bold"] },
]

[log]
stdout = {}
stderr = { fg = "yellow" }
debug = { fg = "blue" }
warning = { fg = "yellow", attributes = ["bold"] }
error = { fg = "red", attributes = ["bold"] }
timestamp = { fg = "cyan" }
gap = { fg = "magenta" }

[progress]
filled = { fg = "green", attributes = ["bold"] }
empty = { fg = "blue" }

"""#
        ),
    ]
}
