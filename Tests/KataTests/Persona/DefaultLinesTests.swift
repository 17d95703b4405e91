@testable import KataPersona
@testable import KataScenario
@testable import KataTerms
import Testing

/// The contract of the built-in buyer lines: which placeholders each situation may use. A line may
/// use fewer, never others; `BuyerLines` fills exactly these.
private let allowedPlaceholders: [LineKey: Set<String>] = [
    .reply(.greet): ["buyer", "retailer", "product"],
    .reply(.counter): ["term", "value"],
    .reply(.accept): [],
    .reply(.walkOut): ["retailer"],
    .reply(.lastChance): ["rounds_left"],
    .reply(.probeAnswer): ["term"],
    .reply(.bluffCalled): ["term"],
    .reply(.claimBacked): ["term", "value"],
    .reply(.termAgreed): ["term", "value"],
    .reply(.dealClosed): ["retailer"],
    .reply(.lastPackage): ["term", "value"],
    .reply(.ruleCited): ["term", "value"],
    .reply(.finalDoubted): ["term", "value"],
    .reply(.finalDisbelieved): ["term", "value"],
    .reply(.colleagueReopens): ["term"],
    .reply(.colleagueAsks): ["term", "value"],
    .reply(.threatCarriedOut): ["term", "value"],
    .reply(.quoteConfirmed): ["other_retailer", "term", "value"],
    .reply(.quoteCorrected): ["other_retailer", "term", "value"],
    .tactic(.firstOfferFlinch): ["term", "value"],
    .tactic(.competitorClaim): ["competitor", "term", "value"],
    .tactic(.delistThreat): ["product", "retailer", "term", "value"],
    .tactic(.renamedFee): ["fee", "value", "term"],
    .tactic(.matchOtherRetailer): ["other_retailer", "term", "value"],
    .tactic(.higherAuthority): ["term", "value"],
    .tactic(.bossSqueeze): ["term", "value"],
    .tactic(.timePressure): ["deadline"],
    .tactic(.stall): [],
    .tactic(.repeatObjection): ["term"],
    .tactic(.volumePromise): ["term", "value", "volume"],
    .tactic(.ownCalculation): ["margin"],
    .tactic(.promotionPush): ["term", "value"],
    .tactic(.easyGiveProbe): ["term", "value"],
    .tactic(.finalNibble): ["term", "value"],
]

private let allKeys: [LineKey] =
    LineKey.Reply.allCases.map { .reply($0) } + TacticID.allCases.map { .tactic($0) }

/// Every situation in every language, as one test argument.
private struct Situation: Sendable, CustomTestStringConvertible {
    var key: LineKey
    var language: Language
    var testDescription: String { "\(key.name) (\(language.rawValue))" }
}

private let allSituations: [Situation] = allKeys.flatMap { key in
    Language.allCases.map { Situation(key: key, language: $0) }
}

/// Han ideographs (the basic block and extension A).
private func isIdeograph(_ scalar: Unicode.Scalar) -> Bool {
    (0x4E00...0x9FFF).contains(scalar.value) || (0x3400...0x4DBF).contains(scalar.value)
}

/// Anything an English line must not contain: ideographs, CJK punctuation, full-width forms.
private func isCJK(_ scalar: Unicode.Scalar) -> Bool {
    isIdeograph(scalar) || (0x3000...0x303F).contains(scalar.value) || (0xFF00...0xFFEF).contains(scalar.value)
}

@Suite("Default buyer lines")
struct DefaultLinesTests {
    @Test("every situation has a placeholder contract")
    func everyKeyHasAPlaceholderContract() {
        #expect(Set(allowedPlaceholders.keys) == Set(allKeys))
        #expect(allKeys.count == LineKey.allNames.count)
    }

    @Test("at least five distinct, non-empty lines", arguments: allSituations)
    fileprivate func atLeastFiveDistinctNonEmptyLines(_ situation: Situation) {
        let lines = DefaultLines.lines(for: situation.key, in: situation.language)
        #expect(lines.count >= 5)
        #expect(Set(lines).count == lines.count, "duplicate lines")
        for line in lines {
            #expect(!line.trimmingWhitespace.isEmpty, "empty line")
            #expect(line == line.trimmingWhitespace, "stray whitespace: \(line)")
        }
    }

    @Test("only the situation's placeholders, with balanced braces", arguments: allSituations)
    fileprivate func placeholdersAreAllowed(_ situation: Situation) {
        let allowed = allowedPlaceholders[situation.key] ?? []
        for line in DefaultLines.lines(for: situation.key, in: situation.language) {
            let used = BuyerLines.placeholders(in: line)
            for name in used {
                #expect(allowed.contains(name), "{\(name)} not allowed in \(situation.key.name): \(line)")
            }
            // Balanced braces: every `{` opens a placeholder that closes before the next one.
            #expect(line.filter { $0 == "{" }.count == used.count, "unbalanced braces: \(line)")
            #expect(line.filter { $0 == "}" }.count == used.count, "unbalanced braces: \(line)")
        }
    }

    /// Values render with their units ("5%", "8,000元", "60 days"), so no line adds one.
    @Test("no unit written after a rendered value", arguments: allSituations)
    fileprivate func valuesCarryNoExtraUnit(_ situation: Situation) {
        let units = ["%", "元", "天", "档", "块", "个点", " RMB", " yuan", " days", " percent", " points", " slots"]
        for line in DefaultLines.lines(for: situation.key, in: situation.language) {
            for name in ["value", "margin", "volume"] {
                for unit in units {
                    #expect(!line.contains("{\(name)}\(unit)"), "unit after {\(name)}: \(line)")
                }
            }
        }
    }

    @Test("Chinese lines are Chinese, English lines have no CJK", arguments: allSituations)
    fileprivate func lineLanguageMatches(_ situation: Situation) {
        for line in DefaultLines.lines(for: situation.key, in: situation.language) {
            switch situation.language {
            case .zh:
                #expect(line.unicodeScalars.contains(where: isIdeograph), "no Chinese: \(line)")
                #expect(!line.contains(where: { ",.!?;:".contains($0) }), "half-width punctuation: \(line)")
            case .en:
                #expect(!line.unicodeScalars.contains(where: isCJK), "CJK in English: \(line)")
            }
        }
    }

    @Test("no line is shared by two situations")
    func linesDoNotRepeatAcrossSituations() {
        for language in Language.allCases {
            let lines = allKeys.flatMap { DefaultLines.lines(for: $0, in: language) }
            #expect(Set(lines).count == lines.count, "a line is shared by two situations (\(language.rawValue))")
        }
    }
}

extension String {
    fileprivate var trimmingWhitespace: String {
        let scalars = unicodeScalars
        guard let first = scalars.firstIndex(where: { !$0.properties.isWhitespace }),
            let last = scalars.lastIndex(where: { !$0.properties.isWhitespace })
        else { return "" }
        return String(scalars[first...last])
    }
}

/// Issue 9: a tactic line names the term and the value its effect changes — never a fixed fee or
/// promotion of its own that the effect does not touch.
@Suite struct TacticLinesNameTheirEffectTests {
    static let changingTactics: [TacticID] = [
        .competitorClaim, .delistThreat, .matchOtherRetailer, .higherAuthority, .bossSqueeze, .volumePromise,
        .promotionPush, .easyGiveProbe, .finalNibble,
    ]

    @Test(arguments: changingTactics)
    func everyLineNamesTermAndValue(_ tactic: TacticID) {
        for language in [Language.zh, .en] {
            for line in DefaultLines.lines(for: .tactic(tactic), in: language) {
                #expect(line.contains("{term}") && line.contains("{value}"), "\(tactic.rawValue) \(language): \(line)")
            }
        }
    }
}
