// swift-tools-version: 6.0
import PackageDescription

// The domain is a stack of one-way layers (DESIGN §3): each target may use only the ones above it in
// this list, so the compiler keeps the arrows pointing down.
let package = Package(
    name: "kata",
    platforms: [.macOS(.v13)],
    products: [
        .executable(name: "kata", targets: ["kata"])
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
        // Term kinds, packages, product line, targets, economics, regulation, number formatting.
        .target(name: "KataTerms"),
        // The buyer: utility, concession curve, policy, lines and their rendering (`Speech`).
        .target(name: "KataPersona", dependencies: ["KataTerms"]),
        // The scenario model, YAML decoding and located diagnostics.
        .target(name: "KataScenario", dependencies: ["KataTerms", "KataPersona", .product(name: "Yams", package: "Yams")]),
        // Session state, the reducer, the tactics (one file each, one registry), bots and spar.
        .target(name: "KataEngine", dependencies: ["KataTerms", "KataPersona", "KataScenario"]),
        // Trainee text in Chinese and English → `Move`; the one number grammar, shared with `calc`.
        .target(name: "KataLanguage", dependencies: ["KataTerms", "KataPersona", "KataScenario", "KataEngine"]),
        // Replay of recorded moves, scorecard, debrief model, ZOPA, benchmarks, team summary, scenario lint.
        .target(
            name: "KataAnalysis",
            dependencies: ["KataTerms", "KataPersona", "KataScenario", "KataEngine", "KataLanguage"]
        ),
        // The transcript format (JSON Lines), writer, reader, hash chain and verify.
        .target(
            name: "KataTranscript",
            dependencies: [
                "KataTerms", "KataPersona", "KataScenario", "KataEngine", "KataLanguage", "KataAnalysis",
                .product(name: "Crypto", package: "swift-crypto"),
            ]
        ),
        // GNU readline for the REPL: line editing, history, completion (libreadline-dev).
        .systemLibrary(name: "CReadline", providers: [.apt(["libreadline-dev"])]),
        // The command line: argument parsing, the REPL and rendering (text, colour, charts, HTML) only.
        .executableTarget(
            name: "kata",
            dependencies: [
                "KataTerms", "KataPersona", "KataScenario", "KataEngine", "KataLanguage", "KataAnalysis",
                "KataTranscript", "CReadline",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ],
            resources: [.copy("Resources/scenarios")]
        ),
        // A bounded mutation fuzzer for the scenario, transcript and free-text readers (Benchmarks/fuzz).
        .executableTarget(
            name: "kata-fuzz",
            dependencies: ["KataTerms", "KataScenario", "KataLanguage", "KataTranscript"],
            path: "Benchmarks/fuzz",
            exclude: ["corpus", "README.md"]
        ),
        .testTarget(
            name: "KataTests",
            dependencies: [
                "KataTerms", "KataPersona", "KataScenario", "KataEngine", "KataLanguage", "KataAnalysis", "KataTranscript",
            ],
            resources: [.copy("Fixtures")]
        ),
        .testTarget(
            name: "KataEndToEndTests",
            dependencies: ["kata", "kata-fuzz", "KataTerms", "KataScenario", "KataEngine", "KataAnalysis", "KataTranscript"],
            // golden files of the reports, and the expert-ranked sessions, read by path from the package
            exclude: ["Snapshots", "ExpertCorpus"]
        ),
    ],
    swiftLanguageModes: [.v6]
)
