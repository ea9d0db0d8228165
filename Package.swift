// swift-tools-version: 6.1
import PackageDescription

/// Strict settings shared by every runtop target.
let strictSettings: [SwiftSetting] = [
    .enableUpcomingFeature("ExistentialAny"),
]

let package = Package(
    name: "runtop",
    platforms: [.macOS(.v15)],
    products: [
        .executable(name: "runtop", targets: ["runtop"]),
        .executable(name: "runtop-bench", targets: ["runtop-bench"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        .package(url: "https://github.com/apple/swift-log", from: "1.16.2"),
        .package(url: "https://github.com/apple/swift-collections", from: "1.6.0"),
        .package(url: "https://github.com/swift-server/async-http-client", from: "1.37.0"),
        .package(url: "https://github.com/hummingbird-project/hummingbird", from: "2.28.1"),
        .package(url: "https://github.com/groue/GRDB.swift", from: "7.10.0"),
        .package(url: "https://github.com/apple/swift-nio", from: "2.101.2"),
    ],
    targets: [
        // Pure core: models, deltas, reducer, series storage, smoothing, text sanitising. No I/O.
        .target(
            name: "RuntopCore",
            dependencies: [.product(name: "DequeModule", package: "swift-collections")],
            swiftSettings: strictSettings
        ),
        // Wire formats of the control planes (Codable DTOs), shared by adapters and the reference server.
        .target(name: "RuntopWire", swiftSettings: strictSettings),
        // Source adapters (one per API dialect) and the polling actor.
        .target(
            name: "RuntopSources",
            dependencies: [
                "RuntopCore", "RuntopWire",
                .product(name: "AsyncHTTPClient", package: "async-http-client"),
                .product(name: "Logging", package: "swift-log"),
            ],
            swiftSettings: strictSettings
        ),
        // Cell buffer, layout, panes, themes, key bindings: rendering as pure functions.
        .target(name: "RuntopRender", dependencies: ["RuntopCore"], swiftSettings: strictSettings),
        // The ncursesw (wide-character) shim.
        .systemLibrary(name: "CNcursesw", path: "Sources/CNcursesw"),
        // The curses backend: the only code that imports the shim.
        .target(name: "RuntopTerminal", dependencies: ["CNcursesw", "RuntopRender"], swiftSettings: strictSettings),
        // The interactive dashboard: wires sources → store → panes → terminal.
        .target(
            name: "RuntopDashboard",
            dependencies: ["RuntopCore", "RuntopSources", "RuntopRender", "RuntopTerminal"],
            swiftSettings: strictSettings
        ),
        // Theme files and the config file (XDG), read from disk into render themes and contexts.
        .target(name: "RuntopConfig", dependencies: ["RuntopRender", "RuntopCore"], swiftSettings: strictSettings),
        // The reference control plane (`runtop serve`). Never linked into rendering code.
        .target(
            name: "RuntopServer",
            dependencies: [
                "RuntopWire",
                .product(name: "Hummingbird", package: "hummingbird"),
                .product(name: "GRDB", package: "GRDB.swift"),
                .product(name: "Logging", package: "swift-log"),
            ],
            swiftSettings: strictSettings
        ),
        .executableTarget(
            name: "runtop",
            dependencies: [
                "RuntopDashboard", "RuntopServer", "RuntopSources", "RuntopCore", "RuntopConfig", "RuntopRender",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
                .product(name: "AsyncHTTPClient", package: "async-http-client"),
            ],
            swiftSettings: strictSettings
        ),
        // Benchmarks that print figures (`swift run -c release runtop-bench`).
        .executableTarget(
            name: "runtop-bench",
            dependencies: ["RuntopCore", "RuntopRender"],
            swiftSettings: strictSettings
        ),
        .testTarget(name: "RuntopCoreTests", dependencies: ["RuntopCore"], swiftSettings: strictSettings),
        .testTarget(name: "RuntopTerminalTests", dependencies: ["RuntopTerminal", "RuntopRender"], swiftSettings: strictSettings),
        .testTarget(name: "RuntopConfigTests", dependencies: ["RuntopConfig", "RuntopRender"], swiftSettings: strictSettings),
        .testTarget(name: "RuntopWireTests", dependencies: ["RuntopWire"], swiftSettings: strictSettings),
        .testTarget(
            name: "RuntopSourcesTests",
            dependencies: ["RuntopSources", "RuntopServer", "RuntopCore", "RuntopWire"],
            swiftSettings: strictSettings
        ),
        .testTarget(name: "RuntopRenderTests", dependencies: ["RuntopRender", "RuntopCore"], swiftSettings: strictSettings),
        .testTarget(
            name: "RuntopServerTests",
            dependencies: [
                "RuntopServer", "RuntopWire",
                .product(name: "AsyncHTTPClient", package: "async-http-client"),
                .product(name: "GRDB", package: "GRDB.swift"),
                .product(name: "NIOCore", package: "swift-nio"),
                .product(name: "NIOHTTP1", package: "swift-nio"),
            ],
            swiftSettings: strictSettings
        ),
        .testTarget(
            name: "EndToEndTests",
            dependencies: ["RuntopServer", "RuntopWire"],
            swiftSettings: strictSettings
        ),
    ]
)
