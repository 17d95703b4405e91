/// A plain-text table whose columns line up by display width, so Chinese cells align with Latin ones.
/// Cells may carry colour codes: widths are measured on the text without them.
struct TextTable {
    enum Alignment { case left, right }

    var header: [String]
    var alignments: [Alignment]
    var rows: [[Cell]] = []

    /// One cell: the text measured for width, and what is printed (the text, maybe coloured).
    struct Cell: ExpressibleByStringLiteral {
        var text: String
        var shown: String

        init(_ text: String, shown: String? = nil) {
            self.text = text
            self.shown = shown ?? text
        }

        init(stringLiteral value: String) { self.init(value) }
    }

    init(header: [String], alignments: [Alignment]? = nil) {
        self.header = header
        self.alignments = alignments ?? header.map { _ in .left }
    }

    mutating func add(_ cells: [Cell]) { rows.append(cells) }

    mutating func add(_ texts: String...) { rows.append(texts.map { Cell($0) }) }

    func render(style: Style) -> String {
        let columns = header.count
        var widths = header.map(DisplayWidth.of)
        for row in rows {
            for (index, cell) in row.enumerated() where index < columns {
                widths[index] = max(widths[index], DisplayWidth.of(cell.text))
            }
        }
        func line(_ cells: [Cell]) -> String {
            var parts: [String] = []
            for index in 0..<columns {
                let cell = index < cells.count ? cells[index] : Cell("")
                let padding = String(repeating: " ", count: max(0, widths[index] - DisplayWidth.of(cell.text)))
                parts.append(alignments[index] == .right ? padding + cell.shown : cell.shown + padding)
            }
            var text = parts.joined(separator: "  ")
            while text.hasSuffix(" ") { text.removeLast() }
            return text
        }
        var output = [style.bold(line(header.map { Cell($0) }))]
        output.append(widths.map { String(repeating: "─", count: $0) }.joined(separator: "  "))
        output += rows.map(line)
        return output.joined(separator: "\n")
    }
}
