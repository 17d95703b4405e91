@testable import KataLanguage
@testable import KataTerms
import Testing

@Suite struct TermAssignmentTests {
    let scenario = EconomicsFixture.scenario

    /// What the number grammar refuses as a value (what it reads is in `ValueTextTests`).
    @Test(arguments: ["", "abc", "5%%", "1.2.3", "-5", "5 6"])
    func notValues(text: String) throws {
        let term = try #require(scenario.terms.first { $0.id == "rebate" })
        #expect(throws: ValueText.Problem.self) { try ValueText.read(text, for: term) }
    }

    @Test func namesByIdChineseNameAndAlias() throws {
        #expect(try TermAssignment.parse("rebate=5", in: scenario) == TermAssignment(term: 1, value: 5))
        #expect(try TermAssignment.parse("返利=5.5%", in: scenario) == TermAssignment(term: 1, value: 5.5))
        #expect(try TermAssignment.parse("年返 = 4个点", in: scenario) == TermAssignment(term: 1, value: 4))
        #expect(try TermAssignment.parse("进场费=1.5万", in: scenario) == TermAssignment(term: 3, value: 15_000))
        #expect(try TermAssignment.parse("账期＝60天", in: scenario) == TermAssignment(term: 9, value: 60))
    }

    @Test(arguments: [
        ("rebat=5", "'rebat' is not a term of all-kinds (did you mean 'rebate'?)"),
        ("rebate=5.3", "'rebate=5.3': rebate 5.3 is off the step 0.5: nearest 5 or 5.5"),
        ("rebate=12", "'rebate=12': rebate 12 is outside the range 0…10"),
        ("rebate=5天", "'rebate=5天': rebate is counted in percent, not days"),
        ("rebate", "'rebate': write TERM=VALUE, e.g. rebate=5 or 返利=5"),
        ("rebate=lots", "'rebate=lots': 'lots' is not a number (e.g. 5, 5%, 8000, 8千, 1.5万, 60天)"),
        ("rebate=5%%", "'rebate=5%%': '5%%' is not one number: cannot read '%'"),
        ("rebate=两个月", "'rebate=两个月': rebate is counted in percent, not months"),
    ])
    func refusals(text: String, message: String) {
        #expect {
            _ = try TermAssignment.parse(text, in: scenario)
        } throws: { error in
            (error as? TermAssignment.Problem)?.description.hasPrefix(message) == true
        }
    }
}
