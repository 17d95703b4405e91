import KataEngine
import KataTerms

/// The preparation plan as typed: `plan rebate 10/12/13, dm_slots 8/7/6` — per term the opening,
/// the target and the walk-away (seed 004: 洽谈前测算费用点位, 获取底限); values are read as `ValueText`
/// reads them (`账期 两个月/75天/三个月`).
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
            var values: [Double] = []
            for number in numbers {
                guard let value = ValueText.value(of: number, for: term) else {
                    let written = String(characters[number.range]).trimmingCharacters(in: .whitespaces)
                    return .problem(.unitMismatch(term: term.name.all.first ?? term.id, value: written))
                }
                values.append(value)
            }
            entries.append(PlanEntry(term: term.id, opening: values[0], target: values[1], walkAway: values[2]))
        }
        return entries.isEmpty ? .problem(.notUnderstood) : .entries(entries)
    }
}
