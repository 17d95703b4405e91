import KataScenario

/// One row of `kata scenario list`, also its JSON. No finding about the deal space: whether a deal
/// exists is the trainee's question to answer (authors see it in `kata scenario check`).
struct ScenarioListing: Encodable {
    var id: String
    var title: String
    var language: String
    var retailer: String
    var terms: Int
    var path: String
    var source: String

    init(_ scenario: Scenario, path: String, source: String) {
        id = scenario.id
        title = scenario.title.text(scenario.language)
        language = scenario.language.rawValue
        retailer = scenario.account.retailer
        terms = scenario.terms.count
        self.path = path
        self.source = source
    }
}

/// One file's result in `kata scenario check --json`.
struct CheckResult: Encodable {
    struct Item: Encodable {
        var severity: String
        var file: String
        var line: Int
        var column: Int
        var message: String

        init(_ diagnostic: Diagnostic) {
            severity = diagnostic.severity.rawValue
            file = diagnostic.location.file
            line = diagnostic.location.line
            column = diagnostic.location.column
            message = diagnostic.message
        }
    }

    var file: String
    var valid: Bool
    var diagnostics: [Item]
    /// Why the file could not be checked at all (missing, unreadable).
    var problem: String?
}
