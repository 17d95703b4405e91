import Foundation

/// Self-contained HTML for reports sent to trainees: inline CSS and SVG, no scripts, nothing
/// loaded from the network.
enum HTMLPage {
    static func escape(_ text: String) -> String {
        text.replacingOccurrences(of: "&", with: "&amp;").replacingOccurrences(of: "<", with: "&lt;")
            .replacingOccurrences(of: ">", with: "&gt;").replacingOccurrences(of: "\"", with: "&quot;")
    }

    static func page(title: String, language: String, body: String) -> String {
        """
        <!DOCTYPE html>
        <html lang="\(language)">
        <head>
        <meta charset="utf-8">
        <title>\(escape(title))</title>
        <style>
        body { font-family: -apple-system, "Segoe UI", "Noto Sans CJK SC", "PingFang SC", sans-serif; margin: 2em auto; max-width: 980px; color: #222; }
        h1 { font-size: 1.5em; } h2 { font-size: 1.15em; margin-top: 1.8em; border-bottom: 1px solid #ddd; }
        table { border-collapse: collapse; } td, th { padding: 3px 10px; border-bottom: 1px solid #eee; text-align: left; }
        td.n { text-align: right; } .bad { color: #b3261e; } .good { color: #1b7f3b; } .dim { color: #777; }
        figure { margin: 1em 0; } figcaption { font-size: .9em; color: #555; }
        svg text { font-family: inherit; font-size: 11px; }
        </style>
        </head>
        <body>
        \(body)
        </body>
        </html>
        """
    }

    /// Horizontal bars, each with its value out of its maximum.
    static func bars(id: String, _ items: [(label: String, value: Double, maximum: Double)]) -> String {
        let width = 640.0
        let row = 26.0
        let labelWidth = 170.0
        var svg =
            "<svg id=\"\(id)\" class=\"chart\" xmlns=\"http://www.w3.org/2000/svg\" width=\"\(Int(width))\" height=\"\(Int(row * Double(items.count) + 10))\">"
        for (index, item) in items.enumerated() {
            let y = Double(index) * row + 5
            let share = item.maximum > 0 ? min(1, max(0, item.value / item.maximum)) : 1
            let length = (width - labelWidth - 90) * share
            let color = share >= 0.8 ? "#2e7d32" : share >= 0.5 ? "#f9a825" : "#c62828"
            svg += "<text x=\"0\" y=\"\(y + 15)\">\(escape(item.label))</text>"
            svg += "<rect x=\"\(labelWidth)\" y=\"\(y + 3)\" width=\"\(width - labelWidth - 90)\" height=\"16\" fill=\"#eee\"/>"
            svg +=
                "<rect class=\"bar\" x=\"\(labelWidth)\" y=\"\(y + 3)\" width=\"\(format(length))\" height=\"16\" fill=\"\(color)\"/>"
            svg += "<text x=\"\(width - 80)\" y=\"\(y + 15)\">\(format(item.value)) / \(format(item.maximum))</text>"
        }
        return svg + "</svg>"
    }

    /// Lines over rounds on one term's range: the trainee's offer and the buyer's demand.
    static func lines(
        id: String, low: Double, high: Double, series: [(name: String, color: String, values: [Double])], unit: String
    ) -> String {
        let width = 460.0
        let height = 150.0
        let left = 56.0
        let bottom = 22.0
        let count = max(2, series.map(\.values.count).max() ?? 2)
        func x(_ index: Int) -> Double { left + (width - left - 10) * Double(index) / Double(count - 1) }
        func y(_ value: Double) -> Double { 8 + (height - bottom - 8) * (1 - (value - low) / max(high - low, 1e-9)) }
        var svg =
            "<svg id=\"\(id)\" class=\"chart\" xmlns=\"http://www.w3.org/2000/svg\" width=\"\(Int(width))\" height=\"\(Int(height))\">"
        svg += "<line x1=\"\(left)\" y1=\"\(height - bottom)\" x2=\"\(width - 10)\" y2=\"\(height - bottom)\" stroke=\"#999\"/>"
        svg += "<line x1=\"\(left)\" y1=\"8\" x2=\"\(left)\" y2=\"\(height - bottom)\" stroke=\"#999\"/>"
        svg +=
            "<text x=\"2\" y=\"14\">\(escape(format(high) + unit))</text><text x=\"2\" y=\"\(height - bottom)\">\(escape(format(low) + unit))</text>"
        svg += "<text x=\"\(left)\" y=\"\(height - 4)\">0</text><text x=\"\(width - 30)\" y=\"\(height - 4)\">\(count - 1)</text>"
        for (position, line) in series.enumerated() {
            let points = line.values.enumerated().map { "\(format(x($0.offset))),\(format(y($0.element)))" }.joined(
                separator: " ")
            svg += "<polyline class=\"series\" fill=\"none\" stroke=\"\(line.color)\" stroke-width=\"2\" points=\"\(points)\"/>"
            svg += "<text x=\"\(left + 8 + Double(position) * 90)\" y=\"20\" fill=\"\(line.color)\">\(escape(line.name))</text>"
        }
        return svg + "</svg>"
    }

    /// Points on two axes with reference lines, for a team's deals.
    static func scatter(
        id: String, xLabel: String, yLabel: String, xRange: ClosedRange<Double>, yRange: ClosedRange<Double>,
        points: [(x: Double, y: Double, label: String, color: String)], horizontal: [(value: Double, label: String)]
    ) -> String {
        let width = 640.0
        let height = 360.0
        let left = 60.0
        let bottom = 40.0
        func x(_ value: Double) -> Double {
            left + (width - left - 20) * (value - xRange.lowerBound) / max(xRange.upperBound - xRange.lowerBound, 1e-9)
        }
        func y(_ value: Double) -> Double {
            10 + (height - bottom - 10) * (1 - (value - yRange.lowerBound) / max(yRange.upperBound - yRange.lowerBound, 1e-9))
        }
        var svg =
            "<svg id=\"\(id)\" class=\"chart\" xmlns=\"http://www.w3.org/2000/svg\" width=\"\(Int(width))\" height=\"\(Int(height))\">"
        svg += "<line x1=\"\(left)\" y1=\"\(height - bottom)\" x2=\"\(width - 20)\" y2=\"\(height - bottom)\" stroke=\"#999\"/>"
        svg += "<line x1=\"\(left)\" y1=\"10\" x2=\"\(left)\" y2=\"\(height - bottom)\" stroke=\"#999\"/>"
        svg +=
            "<text x=\"\(width / 2)\" y=\"\(height - 8)\">\(escape(xLabel))</text><text x=\"4\" y=\"16\">\(escape(yLabel))</text>"
        for line in horizontal {
            svg +=
                "<line x1=\"\(left)\" y1=\"\(format(y(line.value)))\" x2=\"\(width - 20)\" y2=\"\(format(y(line.value)))\" stroke=\"#bbb\" stroke-dasharray=\"4 3\"/>"
            svg += "<text x=\"\(width - 160)\" y=\"\(format(y(line.value) - 3))\" class=\"dim\">\(escape(line.label))</text>"
        }
        for point in points {
            svg +=
                "<circle class=\"point\" cx=\"\(format(x(point.x)))\" cy=\"\(format(y(point.y)))\" r=\"5\" fill=\"\(point.color)\"><title>\(escape(point.label))</title></circle>"
            svg += "<text x=\"\(format(x(point.x) + 7))\" y=\"\(format(y(point.y) + 4))\">\(escape(point.label))</text>"
        }
        return svg + "</svg>"
    }

    static func format(_ value: Double) -> String { String(format: "%.1f", value) }

    /// Writes `html` to `path`, or says why it cannot (exit 73).
    static func write(_ html: String, to path: String) throws {
        do {
            try Data(html.utf8).write(to: URL(fileURLWithPath: path))
        } catch {
            printError("error: cannot write \(path): \(error.localizedDescription)")
            throw ExitStatus.cannotCreate
        }
    }
}
