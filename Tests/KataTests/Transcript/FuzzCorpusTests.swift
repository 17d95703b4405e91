import Foundation
@testable import KataLanguage
@testable import KataScenario
@testable import KataTranscript
import Testing

/// The fuzzer's seed corpus as regression tests (issue 10 part 7): every crasher found by attacking
/// the readers answers with a located error, or reads, and never traps.
@Suite struct FuzzCorpusTests {
    static let corpus = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("Benchmarks/fuzz/corpus")

    static func files(_ entry: String) -> [URL] {
        let folder = corpus.appendingPathComponent(entry)
        return ((try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []).sorted().map {
            folder.appendingPathComponent($0)
        }
    }

    @Test func everyScenarioCrasherIsRefusedWithALocatedError() throws {
        let crashers = Self.files("scenario").filter { $0.lastPathComponent.hasPrefix("crasher-") }
        #expect(crashers.count >= 6)
        for url in crashers {
            let check = try ScenarioLoader.check(path: url.path)
            #expect(check.scenario == nil, "\(url.lastPathComponent) loaded")
            let error = try #require(check.errors.first, "\(url.lastPathComponent)")
            #expect(error.location.file == url.path && error.location.line >= 1 && error.location.column >= 1)
            #expect(error.message.count <= 700)
        }
    }

    @Test func theShippedScenariosAmongTheSeedsStillLoad() throws {
        for url in Self.files("scenario")
        where !url.lastPathComponent.hasPrefix("crasher-") && !url.path.contains("mistakes")
            && !url.path.contains("duplicate")
        {
            #expect(try ScenarioLoader.check(path: url.path).scenario != nil, "\(url.lastPathComponent)")
        }
    }

    @Test func transcriptCrashersReadOrFailAtTheirLine() throws {
        let folder = Self.corpus.appendingPathComponent("transcript")
        func read(_ name: String) -> Result<TranscriptFile, TranscriptFile.Problem> {
            do throws(TranscriptFile.Problem) {
                return .success(try TranscriptFile.read(folder.appendingPathComponent(name).path))
            } catch { return .failure(error) }
        }
        if case .success(let file) = read("crasher-torn-tail.jsonl") { #expect(file.tornTail) } else { Issue.record("torn") }
        if case .success(let file) = read("crasher-crlf.jsonl") { #expect(file.isFinished) } else { Issue.record("crlf") }
        guard case .failure(.malformed(_, let line, let reason)) = read("crasher-long-line.jsonl") else {
            Issue.record("a 70,000-byte line was read")
            return
        }
        #expect(line == 2 && reason.contains("too long"))
        guard case .failure = read("crasher-garbage.jsonl") else {
            Issue.record("garbage was read")
            return
        }
    }

    @Test func everyUtteranceSeedIsReadAndTheLongOnesRefused() throws {
        let terms = try ScenarioLoader.load(
            path: ShippedScenarioTests.folder.appendingPathComponent("carrefour-annual.yaml").path
        )
        .scenario.terms
        for url in Self.files("utterance") {
            let text = try String(contentsOf: url, encoding: .utf8)
            let utterance = Utterance.parse(text, terms: terms)
            if text.count > Utterance.maximumLength {
                #expect(utterance.problem == .tooLong(characters: text.count))
            } else {
                #expect(utterance.move != nil || utterance.problem != nil, "\(url.lastPathComponent)")
            }
        }
    }
}
