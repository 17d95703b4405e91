// swift-tools-version: 6.0
import PackageDescription

let package = Package(
    name: "kata",
    platforms: [.macOS(.v13)],
    products: [
        .executable(name: "kata", targets: ["kata"]),
        .library(name: "KataCore", targets: ["KataCore"]),
    ],
    dependencies: [
        // Command-line parsing, help and usage errors (exit 64) for every `kata` subcommand.
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        // YAML scenarios: composed to a node tree so every problem gets its line and column.
        .package(url: "https://github.com/jpsim/Yams", from: "6.2.2"),
        // SHA-256 for the transcript hash chain and scenario fingerprints (Foundation has none on Linux).
        .package(url: "https://github.com/apple/swift-crypto", from: "3.12.3"),
    ],
    targets: [
        .target(
            name: "KataCore",
            dependencies: [
                .product(name: "Yams", package: "Yams"),
                .product(name: "Crypto", package: "swift-crypto"),
            ]
        ),
        // GNU readline for the REPL: line editing, history, completion (libreadline-dev).
        .systemLibrary(name: "CReadline", providers: [.apt(["libreadline-dev"])]),
        .executableTarget(
            name: "kata",
            dependencies: [
                "KataCore",
                "CReadline",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ],
            resources: [.copy("Resources/scenarios")]
        ),
        .testTarget(
            name: "KataCoreTests",
            dependencies: ["KataCore"],
            resources: [.copy("Fixtures")]
        ),
        .testTarget(
            name: "KataEndToEndTests",
            dependencies: ["kata", "KataCore"]
        ),
    ],
    swiftLanguageModes: [.v6]
)
