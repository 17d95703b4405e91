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
    ],
    targets: [
        .target(
            name: "KataCore",
            dependencies: [.product(name: "Yams", package: "Yams")]
        ),
        .executableTarget(
            name: "kata",
            dependencies: [
                "KataCore",
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
