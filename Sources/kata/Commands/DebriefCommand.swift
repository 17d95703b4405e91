import ArgumentParser
import KataCore

/// `kata debrief`: a recorded session scored and explained, turn by turn.
struct DebriefCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "debrief",
        abstract: "Score a recorded session and explain it turn by turn.")

    @Argument(help: "The transcript to debrief.") var transcript: String
    @Flag(help: "Print JSON for machines.") var json = false
    @Option(help: "Also write the report as one self-contained HTML file (SVG charts, no scripts).") var html: String?
    @OptionGroup var language: LanguageOption

    func run() throws {
        let file = try readTranscript(transcript)
        let (scenario, _) = try loadRecordedScenario(file)
        let report = DebriefReport(file: file, scenario: scenario)
        let text = language.lang.map(UIText.init) ?? UIText(language: file.header.language)
        if let html {
            try HTMLPage.write(report.html(text: text), to: html)
        }
        if json {
            try printJSON(report)
        } else {
            print(report.render(text: text, style: .current))
        }
    }
}
