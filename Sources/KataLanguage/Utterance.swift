import Foundation
import KataEngine
import KataPersona
import KataTerms

/// What the trainee typed, understood: a move for the reducer, or why it could not be understood.
/// Commands (`offer rebate 5%`, `if dm_slots 6 then rebate 5.5`, `offers … | …`, `agree rebate`,
/// `accept`, `hold`, `ask why`, `challenge`, `escalate`, `walk`) and free text in Chinese or English
/// (`返利最多给5个点`, `如果给我们6档DM,返利可以到5.5%`, `we can do 60 days if you add two DM slots`) both
/// land here.
public struct Utterance: Sendable, Equatable {
    /// The move, when the text was understood.
    public var move: Move?
    /// The trainee sounded eager (`我们非常希望尽快合作`, `we really need this deal`): the buyer reads it.
    public var eager: Bool
    /// Why the text was not understood, when it was not.
    public var problem: Problem?
    /// How the reading was made, for the echo: which end of a range was taken, what was refused.
    public var notes: [Note] = []

    /// Something the echo should say about how the text was read.
    public enum Note: Sendable, Equatable {
        /// A range (`3到3.5个点`) was read as its end better for the trainee.
        case rangeEnd(term: String, chosen: Double, other: Double)
        /// Values in a clause that refuses them were not offered.
        case refused
        /// A clause about a competitor, another account or the past was heard as an argument.
        case argument
        /// A value was said to settle a term, but the buyer asks another: offered, not agreed.
        case settleOffered(term: String)
        /// A value's term was not named; it was taken from the value's unit (`60天`) or from the
        /// option before (`… or 4% with 2 rollbacks`).
        case termInferred(term: String)
    }

    /// Whether the reading rests on a guess (a term inferred, a range's end chosen): the REPL asks
    /// before it sends such a move, and a script is refused with the command to write instead —
    /// a wrong move is worse than a question.
    public var unsure: Bool {
        notes.contains { note in
            switch note {
            case .rangeEnd, .termInferred: true
            case .refused, .argument, .settleOffered: false
            }
        }
    }

    /// Why a text could not become a move.
    public enum Problem: Sendable, Equatable {
        /// Nothing in it reads as a move.
        case notUnderstood
        /// A term is named without a value.
        case valueMissing(term: String)
        /// A value stands with no term it could belong to.
        case termMissing(value: String)
        /// A value's unit does not fit its term (`返利8千`).
        case unitMismatch(term: String, value: String)
        /// Longer than anything said across a table (`Utterance.maximumLength` characters): refused
        /// before reading, so no line can make the reader slow.
        case tooLong(characters: Int)
        /// The line takes itself back (`… no wait`, `说错了`): nothing is sent.
        case retracted
        /// A value written below zero (`-5%`): no term takes one.
        case negativeValue(value: String)
        /// A verb of direction that the number contradicts against the standing offer (`进场费降到8千`
        /// when it stands at 2,000): asked back rather than guessed.
        case contradicts(term: String, said: Double, standing: Double, lower: Bool)
        /// Asking the buyer's walk-away: no buyer names it.
        case bottomLine
        /// "Let's both give a step": a proposal with nothing in it yet.
        case splitTheDifference

        public func message(_ language: Language) -> String {
            switch (self, language) {
            case (.notUnderstood, .en): "not understood"
            case (.notUnderstood, .zh): "没有听懂"
            case (.valueMissing(let term), .en): "how much for \(term)?"
            case (.valueMissing(let term), .zh): "\(term)给多少?"
            case (.termMissing(let value), .en): "which term is \(value) for?"
            case (.termMissing(let value), .zh): "\(value)指的是哪个条款?"
            case (.unitMismatch(let term, let value), .en): "\(value) does not fit \(term)"
            case (.unitMismatch(let term, let value), .zh): "\(value)和\(term)的单位对不上"
            case (.tooLong(let count), .en):
                "too long (\(count) characters; at most \(Utterance.maximumLength)): say one move at a time"
            case (.tooLong(let count), .zh): "太长了(\(count)个字符,最多\(Utterance.maximumLength)个):一次说一个动作"
            case (.retracted, .en): "taken back: nothing sent"
            case (.retracted, .zh): "已收回:什么也没发出"
            case (.negativeValue(let value), .en): "\(value): a value cannot be below zero"
            case (.negativeValue(let value), .zh): "\(value):数值不能为负"
            case (.contradicts(let term, let said, let standing, let lower), .en):
                "\(term) \(Format.number(said)) is \(lower ? "higher" : "lower") than your \(Format.number(standing)) now, though you said \(lower ? "lower" : "raise") — did you mean another figure? Say it again with the value you mean"
            case (.contradicts(let term, let said, let standing, let lower), .zh):
                "\(term)\(Format.number(said))比你现在的\(Format.number(standing))还\(lower ? "高" : "低"),你却说“\(lower ? "降" : "加")”——是不是说错了数字?请重新说出你要的数值"
            case (.bottomLine, .en):
                "no buyer names its walk-away: probe with ask why or ask priorities, or test it with an offer"
            case (.bottomLine, .zh): "采购不会说出自己的底线:用“为什么”“你最看重什么”去探,或者用报价去试"
            case (.splitTheDifference, .en):
                "say what you give and what you want back: if you give us X, we can do Y"
            case (.splitTheDifference, .zh): "说清楚你让什么、要什么:如果你们给X,我们就给Y"
            }
        }
    }

    /// The longest line read as a move, in characters.
    public static let maximumLength = 500

    public init(move: Move?, eager: Bool = false, problem: Problem? = nil, notes: [Note] = []) {
        self.move = move
        self.eager = eager
        self.problem = problem
        self.notes = notes
    }

    /// Reads `text` against the scenario's terms.
    /// With `standing` (the trainee's standing offer), relative changes become values: `返利再让半个点`,
    /// `DM多给两档`, `账期少5天`, `two more slots`, `cut the fee by 1,000`. With `demand` (the buyer's),
    /// a value said to settle a term agrees to it when it is the buyer's figure, and a refused term
    /// whose demand breaks its rule is cited. `language` names terms in messages; `others` are the
    /// competitors and retailers the buyer names (`Persona.thirdParties`): quoting one is arguing;
    /// `account` is the retailer across the table, whose name is no argument (`今年先不做苏宁了`).
    public static func parse(
        _ text: String, terms: [Term], standing: Package? = nil, demand: Package? = nil, language: Language? = nil,
        others: [String] = [], account: String = ""
    ) -> Utterance {
        guard text.count <= maximumLength else { return Utterance(move: nil, problem: .tooLong(characters: text.count)) }
        let normal = normalise(text)
        let eager = Keywords.eager.contains { normal.contains($0) }
        guard !normal.isEmpty else { return Utterance(move: nil, problem: .notUnderstood) }
        var vocabulary = TermVocabulary(terms)
        vocabulary.standing = standing
        vocabulary.demand = demand
        vocabulary.language = language
        vocabulary.others = others
        vocabulary.account = account.lowercased()
        // The eager words themselves say nothing about the terms (`we really need this deal` is no `deal`).
        var plain = normal
        for phrase in Keywords.eager.sorted(by: { $0.count > $1.count }) {
            plain = plain.replacingOccurrences(of: phrase, with: " ")
        }
        var notes: [Note] = []
        let result = understand(plain.trimmingCharacters(in: .whitespaces), vocabulary, notes: &notes)
        switch result {
        case .success(let move): return Utterance(move: move, eager: eager, notes: notes)
        case .failure(let problem):
            // Eagerness alone is still something said.
            return eager ? Utterance(move: .hold, eager: true) : Utterance(move: nil, problem: problem.problem)
        }
    }

    struct Failure: Error { var problem: Problem }

    private static func understand(_ text: String, _ vocabulary: TermVocabulary, notes: inout [Note]) -> Result<Move, Failure> {
        let words = text.split(separator: " ").map(String.init)
        if has(text, Keywords.retraction) { return .failure(Failure(problem: .retracted)) }
        if let negative = negativeValue(text) { return .failure(Failure(problem: .negativeValue(value: negative))) }
        switch words.first {
        case "offers", "多方案":
            let options = text.dropFirst(words[0].count).split(separator: "|").map {
                pairs(String($0), vocabulary, notes: &notes)
            }
            var values: [[TermValue]] = []
            for option in options {
                switch option {
                case .success(let found) where !found.isEmpty: values.append(found)
                case .success: return .failure(Failure(problem: .notUnderstood))
                case .failure(let failure): return .failure(failure)
                }
            }
            return .success(.meso(options: values))
        case "agree", "agreed", "谈定":
            let rest = words.dropFirst().joined(separator: " ")
            let mentions = vocabulary.mentions(in: Array(rest))
            if mentions.count == 1, Numerals.scan(Array(rest)).isEmpty {
                return .success(.agree(term: vocabulary.terms[mentions[0].term].id))
            }
        case "ask":
            return .success(.ask(question: Keywords.why.contains { text.contains($0) } ? .why : .priorities))
        default:
            break
        }
        let clauses = Clauses(text, others: vocabulary.others, account: vocabulary.account)
        // Naming the rule a demand breaks (`店庆费是违规收费,我们不能付`, `cite barcode_fee`) refuses it.
        if has(text, Keywords.cite), let term = singleTerm(text, vocabulary) { return .success(.cite(term: term)) }
        // An ultimatum, with the values it puts on the table (`最后报价:返利12个点`, `final offer: rebate 11`).
        var finalNotes: [Note] = []
        if has(text, Keywords.finalWithValues), case .success(let found) = pairs(clauses.offered, vocabulary, notes: &finalNotes),
            !found.isEmpty
        {
            notes += finalNotes
            return .success(.final(terms: found))
        }
        if has(text, Keywords.final) {
            switch pairs(clauses.offered, vocabulary, notes: &notes) {
            case .success(let found): return .success(.final(terms: found))
            case .failure(let failure) where failure.problem != .notUnderstood && !clauses.refuses: return .failure(failure)
            case .failure: return .success(.final(terms: []))
            }
        }
        if has(text, Keywords.bottomLine)
            || has(text, ["最低", "lowest", "minimum"]) && has(text, ["多少", "what is", "what's", "how much", "how low"])
        {
            return .failure(Failure(problem: .bottomLine))
        }
        if has(text, Keywords.splitTheDifference) { return .failure(Failure(problem: .splitTheDifference)) }
        // A question stays a question even when it quotes values (`为什么要16个点?`, `why 8% off invoice?`).
        if let question = question(text) { return .success(question) }
        // What is refused or argued is not offered; the rest of the line may still be.
        let offered = clauses.offered
        if clauses.refuses { notes.append(.refused) }
        if clauses.argues { notes.append(.argument) }
        if let options = alternatives(offered, vocabulary, notes: &notes) { return .success(.meso(options: options)) }
        if let trade = giveAndTake(clauses, vocabulary, notes: &notes) { return .success(trade) }
        for (condition, consequence) in conditionalSplits(offered, vocabulary) {
            var scratch: [Note] = []
            if case .success(let get) = pairs(condition, vocabulary, notes: &scratch),
                case .success(let give) = pairs(consequence, vocabulary, notes: &scratch)
            {
                notes += scratch
                // Usually the if-clause is what the buyer gives; when, against the standing offer, it is
                // plainly the trainee's give and the other clause the ask (`如果返利13个点,DM要给8档`), swap.
                if leaning(get, vocabulary) > 0 && leaning(give, vocabulary) < 0 {
                    return .success(.conditional(give: get, get: give))
                }
                return .success(.conditional(give: give, get: get))
            }
        }
        // An if–then with no reading that names values on both sides is read as a whole: its values
        // are an offer (`what if we do 5%…`), or what is missing is said (`如果多给DM档期,返利可以商量`).
        // `We can't do 8% off invoice, but 4% we can live with`: a bare value after a refusal is for the
        // refused term.
        let refusedTerms = vocabulary.mentions(in: Array(clauses.refusedText)).map(\.term)
        // `DM费3500就3500吧`: the figure once is enough
        let said = repeatsItself(offered) ? String(offered[..<(offered.range(of: "就")?.lowerBound ?? offered.endIndex)]) : offered
        let reading =
            said.isEmpty
            ? .failure(Failure(problem: .notUnderstood)) : pairs(said, vocabulary, notes: &notes, defaults: refusedTerms)
        switch reading {
        case .success(let found) where !found.isEmpty:
            // `端架4个月就这么定了`, `let's settle payment days at 50`: the buyer's own figure is agreed.
            if found.count == 1, has(text, Keywords.settle + Keywords.fine) || has(text, Keywords.accept) || repeatsItself(text) {
                let item = found[0]
                if let index = vocabulary.terms.firstIndex(where: { $0.id == item.term }), let demand = vocabulary.demand,
                    abs(demand[index] - item.value) < 1e-9
                {
                    return .success(.agree(term: item.term))
                }
                notes.append(.settleOffered(term: item.term))
            }
            return .success(.offer(terms: found))
        case .failure(let failure) where failure.problem != .notUnderstood && !(clauses.refuses || clauses.argues):
            // A named term with an intent word (`返利就这么定`, `agree on rebate`) settles that term.
            if case .valueMissing = failure.problem, let term = agreedTerm(text, vocabulary) {
                return .success(.agree(term: term))
            }
            if let move = intent(text) { return .success(move) }
            return .failure(failure)
        default:
            if clauses.refuses { return .success(refusal(clauses, vocabulary)) }
            if clauses.argues { return .success(.hold) }
            if let move = intent(text) { return .success(move) }
            return .failure(Failure(problem: .notUnderstood))
        }
    }

    /// A give and its price in separate clauses, the price marked as the buyer's part (`返利13个点可以,
    /// DM要9档`, `返利给到12.5没问题,你们账期得降到50天`, `Our side: 4.5 off invoice. Your side: 4 rollbacks`,
    /// `Give us 3 rollbacks and you get 4%`): a conditional — when, against the standing offer, the
    /// give leans the buyer's way and the price the trainee's.
    private static func giveAndTake(_ clauses: Clauses, _ vocabulary: TermVocabulary, notes: inout [Note]) -> Move? {
        var pieces = clauses.plainTexts
        // `give us 3 rollbacks and you get 4%`, `two more slots and we'll give you 55 days`: one clause,
        // the price first and the give after the joint
        var priceFirst = false
        if pieces.count == 1,
            let joint = [
                " and you get ", " and we'll do ", " and we will do ", " and you'll get ", " and we'll give you ",
                " and we will give you ",
                " and we'll add ", " and we will add ", " and we'll go to ", " and we can do ",
            ].first(where: { pieces[0].contains($0) })
        {
            pieces = pieces[0].components(separatedBy: joint)
            priceFirst = pieces.count == 2
            // `… and we'll add half a point`: the verb stays with its amount
            if priceFirst, joint.hasSuffix(" add ") { pieces[1] = "add " + pieces[1] }
        }
        guard pieces.count >= 2 else { return nil }
        var give: [TermValue] = []
        var get: [TermValue] = []
        var scratch: [Note] = []
        // a clause is the price when it is marked as the buyer's part, or — once some clause is so
        // marked — when it asks the buyer for more against the standing offer (`档期给到5个`)
        let marked = pieces.contains { has($0, Keywords.ask + ["给到"]) }
        guard priceFirst || marked else { return nil }
        for (position, piece) in pieces.enumerated() {
            guard case .success(let values) = pairs(piece, vocabulary, notes: &scratch), !values.isEmpty else { continue }
            let lean = leaning(values, vocabulary)
            let isPrice = priceFirst ? position == 0 : lean == 0 ? has(piece, Keywords.ask) : lean < 0
            if isPrice { get += values } else { give += values }
        }
        guard !give.isEmpty, !get.isEmpty, leaning(give, vocabulary) >= 0, leaning(get, vocabulary) < 0 else { return nil }
        notes += scratch
        return .conditional(give: give, get: get)
    }

    /// `两档就两档`, `DM就DM吧`: a figure said twice around `就` settles it.
    private static func repeatsItself(_ text: String) -> Bool {
        guard let joint = text.range(of: "就") else { return false }
        let before = text[..<joint.lowerBound].trimmingCharacters(in: .whitespaces)
        let after = text[joint.upperBound...].trimmingCharacters(in: .whitespaces.union(CharacterSet(charactersIn: "吧了啊.!")))
        return before.count >= 2 && after.count >= 2 && before.hasSuffix(String(after.prefix(2)))
    }

    /// What a refusal with nothing offered beside it is: citing the rule when it names one or when the
    /// refused term's demand breaks its rule, else holding the line.
    private static func refusal(_ clauses: Clauses, _ vocabulary: TermVocabulary) -> Move {
        let refused = clauses.refusedText
        let mentioned = Set(vocabulary.mentions(in: Array(refused)).map(\.term))
        if mentioned.count == 1, let index = mentioned.first {
            let term = vocabulary.terms[index]
            let demandBreaks = vocabulary.demand.map { term.breaksRule($0[index]) } ?? false
            if demandBreaks || has(refused, Keywords.cite) { return .cite(term: term.id) }
        }
        return .hold
    }

    /// The one term a text names (by name, else by a value's unit: `收货60天内就得付款`), if it names
    /// exactly one.
    private static func singleTerm(_ text: String, _ vocabulary: TermVocabulary) -> String? {
        let mentions = vocabulary.mentions(in: Array(text))
        if let first = mentions.first {
            return mentions.allSatisfy({ $0.term == first.term }) ? vocabulary.terms[first.term].id : nil
        }
        var scratch: [Note] = []
        guard case .success(let values) = pairs(text, vocabulary, notes: &scratch), values.count == 1 else { return nil }
        return values[0].term
    }

    /// A value written with a minus sign (`-5%`, `返利-2`), which no term takes; a dash between two
    /// numbers is a range (`3-5`).
    private static func negativeValue(_ text: String) -> String? {
        let characters = Array(text)
        // `负500`, `负一个点`, `minus 0.5%`
        for word in ["负", "minus "] {
            for start in occurrences(of: word, in: characters[...]) {
                let rest = Array(characters[(start + word.count)...])
                if let number = Numerals.scan(rest).first, number.range.lowerBound == 0 {
                    return word + String(rest[number.range])
                }
            }
        }
        for (index, character) in characters.enumerated() where character == "-" || character == "−" {
            var next = index + 1
            while next < characters.count, characters[next] == " " { next += 1 }
            guard next < characters.count, characters[next].isASCII, characters[next].isNumber else { continue }
            var previous = index - 1
            while previous >= 0, characters[previous] == " " { previous -= 1 }
            if previous >= 0, characters[previous].isNumber { continue }
            var end = next
            while end < characters.count, characters[end].isNumber || characters[end] == "." || characters[end] == "%" {
                end += 1
            }
            return String(characters[index..<end])
        }
        return nil
    }

    /// Two or more packages put side by side (`要么12.5%返利加8档DM,要么12%返利加6档DM`, `either 5% off
    /// with 4 rollbacks or 4% with 2`): a MESO. A value with no term named in a later option belongs to
    /// the first option's term of its unit.
    private static func alternatives(_ text: String, _ vocabulary: TermVocabulary, notes: inout [Note]) -> [[TermValue]]? {
        let characters = Array(text)
        var cuts: [Range<Int>] = []
        for word in Keywords.alternatives {
            let found = occurrences(of: word, in: characters[...])
            cuts += found.map { $0..<($0 + word.count) }
        }
        // `三个选择:返利12.5;进场费3000;DM费2500`: the list after the announcement, one package each
        if let announced = Keywords.choices.lazy.compactMap({ word in
            occurrences(of: word, in: characters[...]).first.map { (start: $0, word: word) }
        }).first {
            let end = announced.start + announced.word.count
            cuts.append(0..<end)
            cuts += characters.indices.filter { $0 > end && characters[$0] == ";" }.map { $0..<($0 + 1) }
        }
        guard !cuts.isEmpty else { return nil }
        cuts.sort { $0.lowerBound < $1.lowerBound }
        var pieces: [String] = []
        var start = 0
        for cut in cuts where cut.lowerBound >= start {
            pieces.append(String(characters[start..<cut.lowerBound]))
            start = cut.upperBound
        }
        pieces.append(String(characters[start...]))
        let options = pieces.map { piece in
            // `一是…;二是…`, `第一…`: the option's number is not a value
            piece.trimmingCharacters(in: .whitespaces.union(.punctuationCharacters))
                .replacingOccurrences(of: #"^(第|其)?[一二三四](是|种|个|、)"#, with: "", options: .regularExpression)
                .trimmingCharacters(in: .whitespaces.union(.punctuationCharacters))
        }.filter { !$0.isEmpty }
        guard options.count >= 2 else { return nil }
        var result: [[TermValue]] = []
        var scratch: [Note] = []
        for option in options {
            let defaults =
                result.first.map { first in first.compactMap { item in vocabulary.terms.firstIndex { $0.id == item.term } } }
                ?? []
            guard case .success(let values) = pairs(option, vocabulary, notes: &scratch, defaults: defaults), !values.isEmpty
            else {
                return nil
            }
            result.append(values)
        }
        notes += scratch
        return result
    }

    private static func has(_ text: String, _ words: [String]) -> Bool { words.contains { Keywords.contains(text, $0) } }

    /// The single term of a text that agrees to settle it; a refusal (`返利不可以`) settles nothing.
    private static func agreedTerm(_ text: String, _ vocabulary: TermVocabulary) -> String? {
        let mentions = vocabulary.mentions(in: Array(text))
        guard mentions.count == 1, !has(text, Keywords.hold), has(text, Keywords.accept) || has(text, Keywords.settle) else {
            return nil
        }
        return vocabulary.terms[mentions[0].term].id
    }

    /// A probe of the buyer (why, what matters, prove it), whatever values it quotes; a suggestion put
    /// as a question (`why not 5%?`, `为什么不试试5个点`) is not one, and walking away outranks it.
    private static func question(_ text: String) -> Move? {
        if has(text, Keywords.suggestion) || has(text, Keywords.walk) { return nil }
        if has(text, Keywords.challenge) { return .challenge }
        if has(text, Keywords.why) { return .ask(question: .why) }
        if has(text, Keywords.priorities) { return .ask(question: .priorities) }
        return nil
    }

    /// A move with no values: accept, hold, ask, challenge, escalate, walk.
    private static func intent(_ text: String) -> Move? {
        // `walk` the command; the word inside a sentence (`walk you through`) is not walking away
        if text == "walk" || has(text, Keywords.walk) { return .walk }
        if has(text, Keywords.challenge) { return .challenge }
        if has(text, Keywords.escalate) { return .escalate }
        if has(text, Keywords.why) { return .ask(question: .why) }
        if has(text, Keywords.priorities) { return .ask(question: .priorities) }
        if has(text, Keywords.hold) { return .hold }
        // `no` alone, or opening the line (`no, that is too much`): a word inside other text is not one.
        if text.split(whereSeparator: { $0 == " " || $0 == "," || $0 == "." || $0 == "!" }).first == "no" { return .hold }
        if has(text, Keywords.accept) { return .accept }
        return nil
    }

    /// Words that open a condition: `如果 A 就 B`, `B, 前提是 A`, `if A then B`, `B if A`.
    private static let conditionOpeners = [
        "如果", "假如", "要是", "只要", "前提是", "条件是", "if", "as long as", "provided that", "provided", "on condition that",
        "so long as", "should you", "in case you", "contingent on", "conditional on", "subject to", "only with", "only if",
        "on condition",
    ]
    /// Words that end a condition and open its consequence, most telling first.
    private static let conditionJoints = ["的话", "那么", "就", "then", ",", ";", "我们", "我方", "we", "i"]

    /// The ways an if–then sentence may split into its condition (what the buyer gives) and its
    /// consequence (what the trainee gives), likeliest first; the caller keeps the first whose halves
    /// both name values, so `如果DM给到8档,返利就给13个点` splits at the comma, not at `就`. Empty
    /// when the text has no conditional word. A sentence has one or two conditions: only the first
    /// `openersRead` places of each opener and the first `cutsRead` cuts after each are tried, so a
    /// line of 500 repeated `如果，` costs no more than a real sentence (each split is read in linear
    /// time: the whole stays linear in the length).
    static func conditionalSplits(_ text: String, _ vocabulary: TermVocabulary) -> [(condition: String, consequence: String)] {
        let characters = Array(text)
        var splits: [(condition: String, consequence: String)] = []
        func add(_ condition: ArraySlice<Character>, _ consequence: [Character]) {
            let condition = String(condition).trimmingCharacters(in: .whitespaces)
            let consequence = String(consequence).trimmingCharacters(in: .whitespaces)
            if !condition.isEmpty, !consequence.isEmpty { splits.append((condition, consequence)) }
        }
        for opener in conditionOpeners {
            for start in occurrences(of: opener, in: characters[...]).prefix(Self.openersRead) {
                let lead = Array(characters[..<start])
                let rest = characters[(start + opener.count)...]
                // `B if A` / `B,前提是A`: what comes before the opener is the consequence, all that follows the condition.
                if !String(lead).trimmingCharacters(in: .whitespaces.union(.punctuationCharacters)).isEmpty { add(rest, lead) }
                // Or the condition ends at a joint word, or failing that just before a term or a value.
                var cuts: [(end: Int, next: Int)] = []
                for joint in conditionJoints {
                    cuts += occurrences(of: joint, in: rest).map { ($0, $0 + joint.count) }
                }
                cuts += valueStarts(Array(rest), vocabulary).map { (rest.startIndex + $0, rest.startIndex + $0) }
                for cut in cuts.prefix(Self.cutsRead) { add(rest[..<cut.end], lead + rest[cut.next...]) }
            }
        }
        // A give and its price without "if" (`返利可以到12.5%,但是DM要8档`, `12个点返利,换8档海报`,
        // `4.5% but we need 6 rollbacks in return`): what follows the joint is the ask.
        for joint in tradeJoints {
            for start in occurrences(of: joint, in: characters[...]).prefix(Self.openersRead) {
                add(characters[(start + joint.count)...], Array(characters[..<start]))
            }
        }
        // `A的话, B` needs no opener.
        for end in occurrences(of: "的话", in: characters[...]).prefix(Self.openersRead) {
            add(characters[..<end], Array(characters[(end + 2)...]))
        }
        return splits
    }

    /// Words between a give and what it must buy.
    private static let tradeJoints = [
        "但是", "不过", "换取", "换", "作为交换", "作为回报", "but", "in return for", "in exchange for", "in return", "in exchange", "for",
    ]

    static let openersRead = 2
    static let cutsRead = 16

    /// Offsets where `word` stands in `text`, left to right.
    private static func occurrences(of word: String, in text: ArraySlice<Character>) -> [Int] {
        let characters = Array(word)
        let length = characters.count
        guard let head = characters.first, length <= text.count else { return [] }
        func isLetter(_ index: Int) -> Bool { text.indices.contains(index) && text[index].isASCII && text[index].isLetter }
        return (text.startIndex...(text.endIndex - length)).filter { start in
            guard text[start] == head, text[start..<(start + length)].elementsEqual(characters) else { return false }
            // a Latin word must stand alone (`if` is not in `diff`); Chinese words and punctuation need not
            guard let first = word.first, first.isASCII, first.isLetter else { return true }
            return !isLetter(start - 1) && !isLetter(start + length)
        }
    }

    /// Offsets in `text` where a term's name or a value starts.
    private static func valueStarts(_ text: [Character], _ vocabulary: TermVocabulary) -> [Int] {
        let mentions = vocabulary.mentions(in: text)
        let numbers = Numerals.scan(text, nameEnds: Set(mentions.map(\.range.upperBound)))
        return Set(mentions.map(\.range.lowerBound) + numbers.map(\.range.lowerBound)).sorted()
    }

    /// Term–value pairs in a text: each value belongs to the nearest term named before it (or just
    /// after it, `5% rebate`, `6档DM`); with no term named, to the term of the value before it when a
    /// range word joins them (`返利从16降到13`, `from 8 to 5`), else to the one term its unit fits.
    /// `defaults` are terms a value with no term of its own may belong to, by unit, in order (a later
    /// MESO option: `… or 4% with 2 rollbacks`).
    static func pairs(_ text: String, _ vocabulary: TermVocabulary, notes: inout [Note], defaults: [Int] = [])
        -> Result<[TermValue], Failure>
    {
        let characters = Array(text)
        var mentions = vocabulary.mentions(in: characters)
        let found = Numerals.scan(characters, nameEnds: Set(mentions.map(\.range.upperBound)))
        // A term named by a value's own unit word (`60 days`, `6档期`) is that value's term only when no
        // other term stands by it (`dc fee 60 days` is a days value for the DC fee).
        var unitTerms: [Int: Int] = [:]
        var numbers: [FoundNumber] = []
        for var number in found {
            let overlapping = mentions.filter { $0.range.overlaps(number.range) }
            // Numbers inside a term's own name (`DM1`) are not values.
            if overlapping.contains(where: { $0.range.lowerBound < number.numeral.upperBound }) { continue }
            for mention in overlapping {
                unitTerms[number.range.lowerBound] = mention.term
                number.range = number.range.lowerBound..<max(number.range.upperBound, mention.range.upperBound)
            }
            mentions.removeAll { mention in overlapping.contains { $0.offset == mention.offset } }
            numbers.append(number)
        }
        numbers.removeAll { number in
            // a word-number with no unit only counts next to a term (`请示一下`, `no one` are not values),
            // or in a later MESO option (`… or 4% with three`); a Chinese numeral with a scale (`两千五`,
            // `十二`) is a number wherever it stands
            let scaled = characters[number.numeral].contains { "十百千万".contains($0) }
            let english = characters[number.numeral].allSatisfy { $0.isASCII }
            // `at least four`, `最多两档`: a cap or floor makes a number of a word-number too
            let limited = Keywords.limits.contains {
                String(characters[max(0, number.range.lowerBound - 12)..<number.range.lowerBound]).contains($0)
            }
            return
                (number.inWords && !scaled && !limited && (defaults.isEmpty || !english)
                && !mentions.contains { mention in
                    abs(mention.range.lowerBound - number.range.upperBound) <= 2
                        || abs(number.range.lowerBound - mention.range.upperBound) <= 2
                        // `two more slots`, `one extra flyer`: only a change word between the number and the term
                        || (mention.range.lowerBound > number.range.upperBound
                            && ["more", "fewer", "extra", "less"].contains(
                                String(characters[number.range.upperBound..<mention.range.lowerBound]).trimmingCharacters(
                                    in: .whitespaces)))
                })
                || isNegated(number, characters)
        }
        var used = Set<Int>()
        var result: [TermValue] = []
        var previousTerm: Int?
        for (position, number) in numbers.enumerated() {
            let previousEnd = position > 0 ? numbers[position - 1].range.upperBound : 0
            let nextStart = position + 1 < numbers.count ? numbers[position + 1].range.lowerBound : characters.count
            let before = mentions.last {
                $0.range.upperBound <= number.range.lowerBound && $0.range.lowerBound >= previousEnd && !used.contains($0.offset)
            }
            // a term after the value belongs to it only within the same clause (`6档DM`, not `13个点,账期`)
            let after = mentions.first { mention in
                mention.range.lowerBound >= number.range.upperBound && mention.range.upperBound <= nextStart
                    && !used.contains(mention.offset)
                    && !characters[number.range.upperBound..<mention.range.lowerBound].contains {
                        $0 == "," || $0 == ";" || $0 == "、"
                    }
            }
            let chosen: TermMention?
            if let before, let after {
                // the one the unit fits, else the closer one; a term before wins a tie (`返利5个点`)
                let fits = { (mention: TermMention) in number.fits(vocabulary.terms[mention.term]) }
                if fits(before) != fits(after) {
                    chosen = fits(before) ? before : after
                } else {
                    chosen =
                        (number.range.lowerBound - before.range.upperBound) <= (after.range.lowerBound - number.range.upperBound)
                        ? before : after
                }
            } else {
                chosen = before ?? after
            }
            let written = String(characters[number.range]).trimmingCharacters(in: .whitespaces)
            var termIndex = chosen?.term ?? unitTerms[number.range.lowerBound]
            var joinedByRange = false
            if termIndex == nil, let previousTerm, number.fits(vocabulary.terms[previousTerm]),
                has(String(characters[min(previousEnd, number.range.lowerBound)..<number.range.lowerBound]), Keywords.range)
            {
                termIndex = previousTerm
                joinedByRange = true
            }
            if termIndex == nil, let unit = number.unit {
                let fitting = vocabulary.terms.indices.filter { vocabulary.terms[$0].kind.unit == unit }
                if fitting.count == 1 {
                    termIndex = fitting[0]
                    notes.append(.termInferred(term: vocabulary.terms[fitting[0]].id))
                }
            }
            if termIndex == nil {
                termIndex = defaults.first { index in
                    number.fits(vocabulary.terms[index]) && !result.contains { $0.term == vocabulary.terms[index].id }
                }
                if let termIndex { notes.append(.termInferred(term: vocabulary.terms[termIndex].id)) }
            }
            guard let index = termIndex else { return .failure(Failure(problem: .termMissing(value: written))) }
            if let chosen { used.insert(chosen.offset) }
            let term = vocabulary.terms[index]
            guard var value = ValueText.value(of: number, for: term) else {
                return .failure(Failure(problem: .unitMismatch(term: vocabulary.name(of: index), value: written)))
            }
            // `返利加8档DM`: a `加` after another term's name joins two values ("plus"), it adds nothing.
            let joinsAnotherTerm =
                mentions.contains { mention in
                    mention.term != index && mention.range.lowerBound >= previousEnd
                        && mention.range.upperBound <= number.range.lowerBound
                }
                || (previousTerm.map { $0 != index } ?? false
                    && ["加", "和", "plus", "and"].contains(
                        String(characters[min(previousEnd, number.range.lowerBound)..<number.range.lowerBound])
                            .trimmingCharacters(
                                in: .whitespaces)))
            let sinceLastYear = Keywords.sinceLastYear.contains { Keywords.contains(text, $0) }
            // `比去年低1万`, `比去年多三档`: higher or lower than last year
            let comparedDirection: Double? = {
                guard sinceLastYear else { return nil }
                let near = String(characters[min(previousEnd, number.range.lowerBound)..<number.range.lowerBound])
                    .trimmingCharacters(in: .whitespaces)
                if ["低", "少", "短"].contains(where: { near.hasSuffix($0) }) { return -1 }
                if ["高", "多", "长"].contains(where: { near.hasSuffix($0) }) { return 1 }
                return nil
            }()
            if let standing = vocabulary.standing, !joinsAnotherTerm,
                let direction = comparedDirection ?? relativeDirection(number, characters, from: previousEnd, term: term)
            {
                // `比去年多三档`, `three more than last year`: against last year's figure, not the standing offer
                value = (sinceLastYear ? term.lastYear ?? standing[index] : standing[index]) + direction * value
            } else if let standing = vocabulary.standing,
                let lower = statedDirection(characters, before: number, from: previousEnd),
                lower ? value > standing[index] + 1e-9 : value < standing[index] - 1e-9
            {
                return .failure(
                    Failure(
                        problem: .contradicts(
                            term: vocabulary.name(of: index), said: value, standing: standing[index], lower: lower)))
            }
            if let earlier = result.firstIndex(where: { $0.term == term.id }) {
                // `返利从16降到13个点`, `from 8 down to 5`: the later value replaces the earlier one; a range
                // (`3到3.5个点`, `between 3 and 3.5`) is read as its end better for the trainee.
                let from = String(characters[..<number.range.lowerBound])
                let between = String(characters[min(previousEnd, number.range.lowerBound)..<number.range.lowerBound])
                let isRange =
                    (joinedByRange || has(between, Keywords.range))
                    && ((!from.contains("从") && !Keywords.contains(from, "from"))
                        || ["anywhere", "somewhere", "between", "之间", "range"].contains { Keywords.contains(text, $0) })
                if isRange {
                    let other = result[earlier].value
                    let better = BuyerEnd.defaultEnd(for: term.kind) == .high ? min(other, value) : max(other, value)
                    result[earlier].value = better
                    notes.append(.rangeEnd(term: term.id, chosen: better, other: better == value ? other : value))
                } else {
                    result[earlier].value = value
                }
            } else {
                result.append(TermValue(term.id, value))
            }
            previousTerm = index
        }
        for unpaired in mentions where !used.contains(unpaired.offset) {
            let term = vocabulary.terms[unpaired.term]
            guard !result.contains(where: { $0.term == term.id }) else { continue }
            // A fee waived (`店庆费免了`, `进场费不给`, `waive the listing fee`) is its range's low end.
            guard isWaived(unpaired, characters) else {
                return .failure(Failure(problem: .valueMissing(term: vocabulary.name(of: unpaired.term))))
            }
            result.append(TermValue(term.id, term.low))
        }
        if result.isEmpty { return .failure(Failure(problem: .notUnderstood)) }
        return .success(result)
    }

    /// Which way values lean against the standing offer: above 0 when they give the buyer more
    /// (towards each kind's default better end for the buyer), below 0 when they ask it for more;
    /// 0 without a standing offer.
    private static func leaning(_ values: [TermValue], _ vocabulary: TermVocabulary) -> Double {
        guard let standing = vocabulary.standing else { return 0 }
        return values.reduce(0.0) { sum, item in
            guard let index = vocabulary.terms.firstIndex(where: { $0.id == item.term }) else { return sum }
            let term = vocabulary.terms[index]
            let towardsBuyer: Double = BuyerEnd.defaultEnd(for: term.kind) == .high ? 1 : -1
            let change = (item.value - standing[index]) / (term.high - term.low)
            return sum + (change > 0 ? 1 : change < 0 ? -1 : 0) * towardsBuyer
        }
    }

    /// Whether a term named without a value is being waived: `免了`, `不给`, `不收`, `取消` right after it,
    /// or `waive`, `drop`, `no` right before it (`no anniversary fee`).
    private static func isWaived(_ mention: TermMention, _ characters: [Character]) -> Bool {
        let after = String(characters[mention.range.upperBound...].prefix(4))
        if ["免了", "免掉", "全免", "不给", "不收", "不交", "取消", "砍掉", "就免"].contains(where: {
            after.hasPrefix($0) || after.hasPrefix("也" + $0) || after.hasPrefix("就" + $0)
        }) {
            return true
        }
        let before = String(characters[..<mention.range.lowerBound]).trimmingCharacters(in: .whitespaces)
        let words = before.split(separator: " ").suffix(2).map(String.init)
        return ["waive", "drop", "no", "without"].contains { word in
            words.last == word || (words.last == "the" && words.first == word)
        }
    }

    /// +1 or −1 when the value is a change to the standing offer rather than a value (`再降一个点`,
    /// `多给两档`, `two more slots`, `reduce it by 1%`), nil when it is a value (`降到8千`, `to 5%`).
    private static func relativeDirection(_ number: FoundNumber, _ characters: [Character], from start: Int, term: Term)
        -> Double?
    {
        let before = String(characters[min(start, number.range.lowerBound)..<number.range.lowerBound])
        let after = String(characters[number.range.upperBound...].prefix(12))
        // a target, a cap or a floor just before the number is a value: `降到8千`, `最多给11个点`, `至少6档`,
        // `to 5%` — but `最多再给半个点`, `最多加一个点` still add
        let near = String(before.suffix(6))
        let addsNear =
            ["再给", "再加", "再让", "多给", "加", "再降", "再减", "减"].contains { near.hasSuffix($0) }
            && !["最多给", "最少给", "最多加到", "最多减"].contains { near.hasSuffix($0) }
        if !addsNear,
            ["到", "至", "最多", "最少", "不超过", "不低于"].contains(where: { near.contains($0) })
                || Keywords.contains(String(before.suffix(12)), "to")
        {
            return nil
        }
        let towardsBuyer: Double = BuyerEnd.defaultEnd(for: term.kind) == .high ? 1 : -1
        // `多给我们两档`, `多给您一档`: the one it is given to stands between the verb and the number
        var trimmed = before.trimmingCharacters(in: .whitespaces)
        for pronoun in ["我们", "咱们", "你们", "您", "你", "我"] where trimmed.hasSuffix(pronoun) {
            trimmed = String(trimmed.dropLast(pronoun.count))
            break
        }
        let nearBefore = String(trimmed.suffix(4))
        if ["再让", "让"].contains(where: { nearBefore.hasSuffix($0) }) { return towardsBuyer }
        if ["再降", "再减", "降", "减", "少给", "少要", "少", "下调", "砍", "缩短", "降低", "减少"].contains(where: { nearBefore.hasSuffix($0) }) {
            return -1
        }
        if ["再加", "再给", "多给", "多要", "加", "多", "提高", "增加", "上调", "涨", "再涨", "提", "升", "延长"].contains(where: {
            nearBefore.hasSuffix($0)
        }) {
            return 1
        }
        let afterWords = after.trimmingCharacters(in: .whitespaces)
        if ["more", "extra", "longer", "higher"].contains(where: { afterWords.hasPrefix($0) }) { return 1 }
        if ["fewer", "less", "shorter", "lower"].contains(where: { afterWords.hasPrefix($0) }) { return -1 }
        let beforeWords = before.trimmingCharacters(in: .whitespaces)
        if ["another", "add", "add another", "up", "go up", "up by", "raise by", "increase by", "raise it by", "increase it by"]
            .contains(
                where: { beforeWords.hasSuffix($0) })
        {
            return 1
        }
        if Keywords.contains(String(beforeWords.suffix(3)), "by") {
            if ["reduce", "cut", "lower", "down", "decrease", "shorten", "less"].contains(where: { Keywords.contains(before, $0) }
            ) {
                return -1
            }
            if ["raise", "increase", "add", "up", "extend", "lengthen", "more", "bump"].contains(where: {
                Keywords.contains(before, $0)
            }) {
                return 1
            }
        }
        return nil
    }

    /// Whether the words just before a value say it is lower (`降到`, `lower to`) or higher (`提高到`,
    /// `raise to`) than the standing offer; nil when they say neither.
    private static func statedDirection(_ characters: [Character], before number: FoundNumber, from start: Int) -> Bool? {
        let before = String(characters[min(start, number.range.lowerBound)..<number.range.lowerBound])
        let near = String(before.suffix(8))
        let endsWithTo =
            before.trimmingCharacters(in: .whitespaces).hasSuffix(" to") || before.trimmingCharacters(in: .whitespaces) == "to"
        let lowered = before.lowercased()
        if ["降到", "降至", "减到", "减至", "降低到", "下调到", "砍到", "压到", "缩短到", "缩短至"].contains(where: { near.contains($0) })
            || (endsWithTo && ["cut", "lower", "reduc", "decreas", "shorten", "down", "drop"].contains { lowered.contains($0) })
        {
            return true
        }
        if ["提高到", "提到", "加到", "涨到", "升到", "上调到", "增加到", "延长到", "延长至"].contains(where: { near.contains($0) })
            || (endsWithTo && ["raise", "increas", "extend", "lengthen", "go up"].contains { lowered.contains($0) })
        {
            return false
        }
        return nil
    }

    /// Whether a value is named only to be refused: `一个点都不能加`, `5个点也不行`, `not even 1%`.
    private static func isNegated(_ number: FoundNumber, _ characters: [Character]) -> Bool {
        let after = String(characters[number.range.upperBound...]).trimmingCharacters(in: .whitespaces)
        let before = String(characters[..<number.range.lowerBound]).trimmingCharacters(in: .whitespaces)
        if Keywords.doubleNegatives.contains(where: { after.hasPrefix($0) }) { return false }
        return Keywords.negatedAfter.contains { after.hasPrefix($0) } || Keywords.negatedBefore.contains { before.hasSuffix($0) }
    }

    /// Lowercased, full-width punctuation and digits made half-width, `=` and `:` spaced out, runs
    /// of spaces squeezed.
    static func normalise(_ text: String) -> String {
        var result = ""
        // a terminal escape sequence (`ESC[2J`) is no text: dropped whole, its digits included
        var inEscape = false
        var escapeStarted = false
        for scalar in text.lowercased().unicodeScalars {
            if inEscape {
                if !escapeStarted, scalar == "[" || scalar == "]" || scalar == "(" {
                    escapeStarted = true
                    continue
                }
                inEscape = escapeStarted && !(0x40...0x7E).contains(scalar.value)
                continue
            }
            switch scalar.value {
            case 0x1B:
                inEscape = true
                escapeStarted = false
            case 0x00...0x1F, 0x7F...0x9F: result.append(" ")
            case 0xFF01...0xFF5E:
                result.unicodeScalars.append(Unicode.Scalar(scalar.value - 0xFEE0) ?? scalar)
            case 0x3001: result.append("、")
            case 0x3002: result.append(".")
            default: result.unicodeScalars.append(scalar)
            }
        }
        result = result.replacingOccurrences(of: "=", with: " ").replacingOccurrences(of: ":", with: " ")
        // `fifty-five`, `60-day`: a hyphen inside a number or before its unit joins nothing
        for tens in ["twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"] {
            result = result.replacingOccurrences(of: tens + "-", with: tens + " ")
        }
        result = result.replacingOccurrences(of: #"(\d)-([a-z])"#, with: "$1 $2", options: .regularExpression)
        // shopping festivals are names, not numbers
        for festival in ["双十一", "双11", "双十二", "双12", "618"] { result = result.replacingOccurrences(of: festival, with: "大促") }
        // `一点点`, `一点儿`: a little, not one point
        for little in ["一点点", "一点儿", "一丁点"] { result = result.replacingOccurrences(of: little, with: "少许") }
        // `再让一点`: a little, unless a number follows (`让一点五个点`)
        result = result.replacingOccurrences(
            of: #"(让|给|加|降|减|多|少)一点(?![0-9一二三四五六七八九半个])"#, with: "$1少许", options: .regularExpression)
        // `half a point`, `a point`: English amounts with no digit
        for (phrase, amount) in [
            ("half a percentage point", "0.5 percentage points"), ("half a point", "0.5 point"),
            ("half a percent", "0.5 percent"),
            ("a percentage point", "1 percentage point"), ("a point", "1 point"),
        ] {
            result = result.replacingOccurrences(of: phrase, with: amount)
        }
        while result.contains("  ") { result = result.replacingOccurrences(of: "  ", with: " ") }
        return result.trimmingCharacters(in: .whitespacesAndNewlines)
    }
}
