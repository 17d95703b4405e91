@testable import KataEngine
@testable import KataLanguage
import Foundation
import KataScenario
import KataTerms
import Testing

/// Issue 12 part 6: the phrase table (`Fixtures/phrases/phrases.tsv`), one line each: the scenario,
/// what a trainee typed, and the move it must mean (`offer rebate=12.5 dm_slots=8`, `if dm_slots=8
/// then rebate=12.5`, `offers … | …`, `final [TERM=V …]`, `agree TERM`, `cite TERM`, `accept`, `hold`,
/// `ask why`, `ask priorities`, `challenge`, `escalate`, `walk`, or `? REASON` for a line that must
/// not become a move). Each is read with the trainee's standing offer at last year's values and the
/// buyer's demand at its opening, as in round one. A wrong move is worse than a question: precision
/// (moves right / moves taken) must be 100 %; coverage (understood / tried) is reported per language.
@Suite struct PhraseTableTests {
    struct Row: Sendable, CustomTestStringConvertible {
        var line: Int
        var scenario: String
        var text: String
        var expected: String
        var testDescription: String { "phrases.tsv:\(line): \(text)" }
        var isChinese: Bool { text.unicodeScalars.contains { (0x4E00...0x9FFF).contains($0.value) } }
    }

    static let file = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Fixtures/phrases/phrases.tsv")

    static let rows: [Row] = {
        guard let text = try? String(contentsOf: file, encoding: .utf8) else { return [] }
        return text.split(separator: "\n", omittingEmptySubsequences: false).enumerated().compactMap { index, line in
            let cells = line.split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
            guard cells.count == 3 else { return nil }
            return Row(line: index + 1, scenario: cells[0], text: cells[1], expected: cells[2])
        }
    }()

    nonisolated(unsafe) static var scenarios: [String: Scenario] = [:]
    static func scenario(_ id: String) throws -> Scenario { try ShippedScenarioTests.load(id) }

    /// What the table says a row must give: a move, or a refusal with its reason.
    enum Expected: Equatable {
        case move(Move)
        case refused(String)
    }

    static func expected(_ text: String) -> Expected? {
        let words = text.split(separator: " ").map(String.init)
        guard let head = words.first else { return nil }
        func values(_ items: ArraySlice<String>) -> [TermValue]? {
            var result: [TermValue] = []
            for item in items {
                let parts = item.split(separator: "=")
                guard parts.count == 2, let value = Double(parts[1]) else { return nil }
                result.append(TermValue(String(parts[0]), value))
            }
            return result
        }
        switch head {
        case "?": return words.count == 2 ? .refused(words[1]) : nil
        case "offer": return values(words.dropFirst()).map { .move(.offer(terms: $0)) }
        case "final": return values(words.dropFirst()).map { .move(.final(terms: $0)) }
        case "if":
            guard let then = words.firstIndex(of: "then"), let get = values(words[1..<then]),
                let give = values(words[(then + 1)...])
            else { return nil }
            return .move(.conditional(give: give, get: get))
        case "offers":
            let options = words.dropFirst().split(separator: "|").map { values($0[...]) }
            guard options.allSatisfy({ $0 != nil }) else { return nil }
            return .move(.meso(options: options.compactMap { $0 }))
        case "agree": return words.count == 2 ? .move(.agree(term: words[1])) : nil
        case "cite": return words.count == 2 ? .move(.cite(term: words[1])) : nil
        case "accept": return .move(.accept)
        case "hold": return .move(.hold)
        case "challenge": return .move(.challenge)
        case "escalate": return .move(.escalate)
        case "walk": return .move(.walk)
        case "ask": return Question(rawValue: words.count == 2 ? words[1] : "").map { .move(.ask(question: $0)) }
        default: return nil
        }
    }

    /// Values compared as sets: the order a sentence names terms in is not part of the move.
    static func normalised(_ move: Move) -> Move {
        func sorted(_ items: [TermValue]) -> [TermValue] { items.sorted { $0.term < $1.term } }
        switch move {
        case .offer(let terms): return .offer(terms: sorted(terms))
        case .final(let terms): return .final(terms: sorted(terms))
        case .conditional(let give, let get): return .conditional(give: sorted(give), get: sorted(get))
        case .meso(let options): return .meso(options: options.map(sorted))
        default: return move
        }
    }

    static func read(_ row: Row) throws -> Utterance {
        let scenario = try scenario(row.scenario)
        let standing = Package(scenario.terms.map { $0.lastYear ?? $0.low })
        return Utterance.parse(
            row.text, terms: scenario.terms, standing: standing, demand: scenario.persona.opening,
            others: scenario.persona.thirdParties, account: scenario.account.retailer)
    }

    /// Every row's expected move is well formed and a valid move of its scenario.
    @Test func theTableIsWellFormed() throws {
        #expect(Self.rows.count >= 400)
        #expect(Self.rows.filter(\.isChinese).count >= 150)
        #expect(Self.rows.filter { !$0.isChinese }.count >= 150)
        for row in Self.rows {
            let expected = try #require(Self.expected(row.expected), "phrases.tsv:\(row.line): cannot read '\(row.expected)'")
            if case .move(let move) = expected {
                let scenario = try Self.scenario(row.scenario)
                for value in move.values {
                    let term = try #require(
                        scenario.terms.first { $0.id == value.term }, "phrases.tsv:\(row.line): \(value.term)")
                    #expect(term.problem(with: value.value) == nil, "phrases.tsv:\(row.line)")
                }
            }
        }
    }

    /// Precision 100 %: no row becomes a move other than its own; a refusal row becomes no move.
    @Test(arguments: rows) func neverTheWrongMove(_ row: Row) throws {
        let utterance = try Self.read(row)
        switch Self.expected(row.expected) {
        case .move(let move):
            if let read = utterance.move { #expect(Self.normalised(read) == Self.normalised(move)) }
        case .refused(let reason):
            #expect(utterance.move == nil, "read as \(String(describing: utterance.move)), must be refused (\(reason))")
        case nil:
            Issue.record("unreadable expectation")
        }
    }

    /// Coverage: how many rows were understood (the right move, or refused for the right reason).
    @Test func coverageIsReportedPerLanguage() throws {
        for chinese in [true, false] {
            let rows = Self.rows.filter { $0.isChinese == chinese }
            var understood = 0
            var taken = 0
            var right = 0
            for row in rows {
                let utterance = try Self.read(row)
                switch Self.expected(row.expected) {
                case .move(let move):
                    if let read = utterance.move {
                        taken += 1
                        if Self.normalised(read) == Self.normalised(move) {
                            right += 1
                            understood += 1
                        }
                    }
                case .refused:
                    if utterance.move == nil { understood += 1 }
                case nil:
                    break
                }
            }
            let coverage = Double(understood) / Double(max(1, rows.count))
            print(
                "phrase table \(chinese ? "zh" : "en"): \(rows.count) rows, precision \(right)/\(taken), coverage \(understood)/\(rows.count) (\(Int((coverage * 1000).rounded()) / 10)%)"
            )
            #expect(coverage >= 0.9)
        }
    }

    /// The echo a trainee sees reads back as the same move, in Chinese and in English.
    @Test(arguments: rows) func theEchoReadsBackAsTheSameMove(_ row: Row) throws {
        let utterance = try Self.read(row)
        guard let move = utterance.move else { return }
        let scenario = try Self.scenario(row.scenario)
        for language in Language.allCases {
            let echo = MoveText.echo(move, scenario: scenario, language: language)
            let again = Utterance.parse(echo, terms: scenario.terms)
            #expect(again.move.map(Self.normalised) == Self.normalised(move), "\(language): \(echo)")
        }
    }
}

extension Move {
    /// Every term value the move names.
    fileprivate var values: [TermValue] {
        switch self {
        case .offer(let terms), .final(let terms): terms
        case .conditional(let give, let get): give + get
        case .meso(let options): options.flatMap { $0 }
        default: []
        }
    }
}
