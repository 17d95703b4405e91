import KataEngine
import KataTerms

/// The preparation plan as typed: `plan rebate 10/12/13, dm_slots 8/7/6` — per term the opening,
/// the target and the walk-away (seed 004: 洽谈前测算费用点位, 获取底限).
public enum PlanText {
    /// What a plan line says: its entries, or why it could not be read.
    public enum Reading: Sendable, Equatable {
        case entries([PlanEntry])
        case problem(Utterance.Problem)
    }

    /// The entries of `text` (without the leading `plan`), or why it could not be read.
    public static func parse(_ text: String, terms: [Term]) -> Reading {
        let vocabulary = TermVocabulary(terms)
        var entries: [PlanEntry] = []
        let chunks = Utterance.normalise(text).split { $0 == "," || $0 == ";" }
        for chunk in chunks {
            let characters = Array(chunk.replacingOccurrences(of: "/", with: " "))
            let mentions = vocabulary.mentions(in: characters)
            let numbers = Numerals.scan(characters).filter { number in !mentions.contains { $0.range.overlaps(number.range) } }
            guard let mention = mentions.first, mentions.count == 1 else {
                return .problem(.termMissing(value: String(chunk).trimmingCharacters(in: .whitespaces)))
            }
            let term = terms[mention.term]
            guard numbers.count == 3 else { return .problem(.valueMissing(term: term.name.all.first ?? term.id)) }
            entries.append(PlanEntry(term: term.id, opening: numbers[0].value, target: numbers[1].value, walkAway: numbers[2].value))
        }
        return entries.isEmpty ? .problem(.notUnderstood) : .entries(entries)
    }
}
