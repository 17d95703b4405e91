import Foundation
import KataScenario

/// Where scenarios are found (DESIGN §9): a path, or an id looked up in `./scenarios`, then in the
/// folders of `$KATA_SCENARIOS`, then among the scenarios bundled into the binary.
struct ScenarioLibrary {
    /// The folders searched for ids, in order, with the name shown for each.
    let folders: [(path: String, source: String)]

    static let defaultID = "carrefour-annual"

    init(environment: [String: String] = ProcessInfo.processInfo.environment) {
        var folders: [(String, String)] = [("scenarios", "./scenarios")]
        for path in (environment["KATA_SCENARIOS"] ?? "").split(separator: ":") where !path.isEmpty {
            folders.append((String(path), "$KATA_SCENARIOS"))
        }
        if let bundled = Self.bundledFolder() { folders.append((bundled, "bundled")) }
        self.folders = folders
    }

    /// This program's own executable (symlinks resolved).
    static var executable: URL { URL(fileURLWithPath: CommandLine.arguments[0]).resolvingSymlinksInPath() }

    /// The scenarios SwiftPM copied beside the executable (`kata_kata.resources/scenarios`). Looked up by
    /// hand instead of through `Bundle.module`, whose accessor traps when the bundle is missing.
    private static func bundledFolder() -> String? {
        let candidates = [
            Self.executable.deletingLastPathComponent().appendingPathComponent("kata_kata.resources/scenarios"),
            Bundle.main.bundleURL.appendingPathComponent("kata_kata.resources/scenarios"),
        ]
        return candidates.map(\.path).first { FileManager.default.fileExists(atPath: $0) }
    }

    /// The file a SCENARIO argument names: an existing path, else the first folder holding `ID.yaml`.
    func resolve(_ argument: String) throws(ScenarioError) -> String {
        if FileManager.default.fileExists(atPath: argument) { return argument }
        let looksLikePath = argument.contains("/") || argument.hasSuffix(".yaml") || argument.hasSuffix(".yml")
        if !looksLikePath {
            for folder in folders {
                for suffix in [".yaml", ".yml"] {
                    let path = (folder.path as NSString).appendingPathComponent(argument + suffix)
                    if FileManager.default.fileExists(atPath: path) { return path }
                }
            }
        }
        throw .notFound(argument)
    }

    /// Whether `text` can be a scenario id (what `kata play ID` looks up): lowercase letters, digits, '-'.
    static func isID(_ text: String) -> Bool {
        !text.isEmpty && text.count <= 100
            && text.unicodeScalars.allSatisfy { ("a"..."z").contains($0) || ("0"..."9").contains($0) || $0 == "-" }
    }

    /// The bytes of the scenario file at `path`: a regular file no larger than a scenario may be, else
    /// `nil` (a device or a huge file named in a transcript is never read).
    static func contents(_ path: String) -> Data? {
        guard let attributes = try? FileManager.default.attributesOfItem(atPath: path),
            attributes[.type] as? FileAttributeType == .typeRegular,
            (attributes[.size] as? Int ?? 0) <= DocumentBounds.maximumBytes
        else { return nil }
        return FileManager.default.contents(atPath: path)
    }

    /// Every scenario file, the first of each id winning, in folder order then by name.
    func all() -> [(id: String, path: String, source: String)] {
        var seen: Set<String> = []
        var result: [(String, String, String)] = []
        for folder in folders {
            let names = (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
            for name in names.sorted() where name.hasSuffix(".yaml") || name.hasSuffix(".yml") {
                let id = (name as NSString).deletingPathExtension
                guard seen.insert(id).inserted else { continue }
                result.append((id, (folder.path as NSString).appendingPathComponent(name), folder.source))
            }
        }
        return result
    }
}
