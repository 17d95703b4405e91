import Yams

/// The optional `scoring:` section: points per scorecard part.
extension ScenarioDecoder {
    mutating func scoring(_ node: Node) -> [ScorePart: Double] {
        guard let entries = reader.entries(node, "scoring") else { return [:] }
        var result: [ScorePart: Double] = [:]
        for entry in entries {
            let names = ScorePart.allCases.map(\.rawValue)
            guard let part = ScorePart(rawValue: entry.key) else {
                reader.error(
                    entry.keyNode,
                    "scoring has no part '\(entry.key)'\(Spelling.hint(for: entry.key, among: names)); parts: \(names.joined(separator: ", "))"
                )
                continue
            }
            if let points = reader.number(entry.value, "scoring.\(entry.key)", in: 0...100) { result[part] = points }
        }
        if !entries.isEmpty && result.values.reduce(0, +) == 0 && result.count == entries.count {
            reader.error(node, "scoring gives no part any points")
        }
        return result
    }
}
