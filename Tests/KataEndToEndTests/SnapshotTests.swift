import Foundation
import Testing

/// Golden files that pin the reports a coach reads: `kata debrief` and `kata team`, as text and as
/// HTML, for the sample transcripts in `transcripts/examples/`. Each case runs the built `kata` and
/// compares what it printed (or the HTML file it wrote) with `Snapshots/<name>` beside this file.
///
/// To re-record after an intended change, run `KATA_RECORD_SNAPSHOTS=1 swift test --filter SnapshotTests`:
/// with that variable set to 1 the test writes the golden files instead of comparing. Review the
/// change with `git diff Tests/KataEndToEndTests/Snapshots` before committing it.
///
/// Runs are made deterministic: no colour (`NO_COLOR=1`), a fixed locale, time zone and width
/// (`COLUMNS`; the reports do not read the terminal's width today), and an empty cache folder so the
/// debrief's ghost benchmark is computed afresh rather than read from `~/.cache/kata`. The package's
/// root and the temporary folder are written `<root>` and `<tmp>` should they ever appear.
@Suite struct SnapshotTests {
    /// One report pinned by one golden file.
    struct Snapshot: Sendable, CustomTestStringConvertible {
        /// The golden file's name in `Snapshots/`.
        var name: String
        /// `kata`'s arguments; `{html}` stands for the HTML file the report is written to.
        var arguments: [String]

        var testDescription: String { name }
        /// Whether the golden file holds the HTML file rather than standard output.
        var isHTML: Bool { arguments.contains(Self.htmlFile) }

        static let htmlFile = "{html}"
    }

    static let samples = ["carrefour-strong", "carrefour-weak", "walmart-edlp"]
    static let transcripts = samples.map { "transcripts/examples/\($0).jsonl" }

    static let snapshots: [Snapshot] =
        zip(samples, transcripts).flatMap { sample, transcript in
            [
                Snapshot(name: "debrief-\(sample).txt", arguments: ["debrief", transcript]),
                Snapshot(name: "debrief-\(sample).html", arguments: ["debrief", transcript, "--html", Snapshot.htmlFile]),
            ]
        }
        + [
            Snapshot(name: "debrief-carrefour-weak-en.txt", arguments: ["debrief", transcripts[1], "--lang", "en"]),
            Snapshot(name: "team.txt", arguments: ["team"] + transcripts),
            Snapshot(name: "team-zh.txt", arguments: ["team"] + transcripts + ["--lang", "zh"]),
            Snapshot(name: "team.html", arguments: ["team"] + transcripts + ["--html", Snapshot.htmlFile]),
        ]

    static let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Snapshots")
    static let recording = ProcessInfo.processInfo.environment["KATA_RECORD_SNAPSHOTS"] == "1"

    @Test(arguments: snapshots)
    func reportMatchesItsSnapshot(_ snapshot: Snapshot) throws {
        let temporary = try KataBinary.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: temporary) }
        let html = temporary.appendingPathComponent("report.html")
        let arguments = snapshot.arguments.map { $0 == Snapshot.htmlFile ? html.path : $0 }
        let cache = temporary.appendingPathComponent("cache").path
        let environment = [
            "NO_COLOR": "1", "COLUMNS": "100", "LANG": "C.UTF-8", "LC_ALL": "C.UTF-8", "TZ": "UTC",
            "XDG_CACHE_HOME": cache, "HOME": temporary.path,
        ]
        let result = try KataBinary.run(arguments, environment: environment)
        #expect(result.status == 0, "kata \(arguments.joined(separator: " ")): \(result.error)")
        let output = snapshot.isHTML ? try String(contentsOf: html, encoding: .utf8) : result.output
        let actual = Self.normalised(output, temporary: temporary)
        let golden = Self.folder.appendingPathComponent(snapshot.name)
        if Self.recording {
            try FileManager.default.createDirectory(at: Self.folder, withIntermediateDirectories: true)
            try actual.write(to: golden, atomically: true, encoding: .utf8)
            return
        }
        guard let expected = try? String(contentsOf: golden, encoding: .utf8) else {
            Issue.record("no snapshot \(golden.path); record it with KATA_RECORD_SNAPSHOTS=1 swift test --filter SnapshotTests")
            return
        }
        if let difference = Self.firstDifference(expected: expected, actual: actual) {
            let message = """
                \(snapshot.name) differs from its snapshot (re-record with KATA_RECORD_SNAPSHOTS=1 if the change is meant):
                \(difference)
                """
            Issue.record(Comment(rawValue: message))
        }
    }

    /// The parts of a report that depend on where and when it ran, made fixed.
    static func normalised(_ text: String, temporary: URL) -> String {
        text.replacingOccurrences(of: temporary.path, with: "<tmp>")
            .replacingOccurrences(of: KataBinary.packageRoot.path, with: "<root>")
    }

    /// The first line where two texts part, both versions shown (for a long line, around the first
    /// differing character); `nil` when they are the same.
    static func firstDifference(expected: String, actual: String) -> String? {
        guard expected != actual else { return nil }
        let expectedLines = expected.components(separatedBy: "\n")
        let actualLines = actual.components(separatedBy: "\n")
        let line = zip(expectedLines, actualLines).prefix { $0 == $1 }.count
        let want = line < expectedLines.count ? expectedLines[line] : "<end of file>"
        let got = line < actualLines.count ? actualLines[line] : "<end of file>"
        let column = zip(want, got).prefix { $0 == $1 }.count
        func excerpt(_ text: String) -> String {
            guard text.count > 160 else { return text }
            let start = max(0, column - 60)
            let characters = Array(text)
            let end = min(characters.count, start + 160)
            return (start > 0 ? "…" : "") + String(characters[start..<end]) + (end < characters.count ? "…" : "")
        }
        return """
            @@ line \(line + 1), column \(column + 1) (expected \(expectedLines.count) lines, got \(actualLines.count)) @@
            - \(excerpt(want))
            + \(excerpt(got))
            """
    }
}
