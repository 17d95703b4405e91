import Foundation
import Testing

/// Issue 10 part 7: the fuzzer in `Benchmarks/fuzz` runs on each entry point from its seed corpus (the
/// crashers found so far among the seeds) and reports no crash and no slow input. The long runs are
/// made by hand (`swift run -c release kata-fuzz ENTRY --runs 1000000`); this keeps the harness working.
@Suite struct FuzzHarnessTests {
    @Test(arguments: ["scenario", "transcript", "utterance"])
    func aShortRunOfEachEntryPointFindsNothing(entry: String) throws {
        let result = try KataBinary.run([entry, "--runs", "300", "--seed", "7"], executable: KataBinary.fuzzer)
        #expect(result.status == 0, "\(result.output)\(result.error)")
        #expect(result.output.hasPrefix("\(entry): 300 executions") && result.output.contains("0 crashes"), "\(result.output)")
    }

    @Test func anUnknownEntryPointIsAUsageError() throws {
        let result = try KataBinary.run(["yaml"], executable: KataBinary.fuzzer)
        #expect(result.status == 64 && result.error.contains("usage: kata-fuzz"))
    }
}
