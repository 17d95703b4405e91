/// A horizontal bar of block characters for a share 0…1 (clamped): score parts, team averages,
/// progress.
enum Bar {
    static func text(_ share: Double, width: Int = 20) -> String {
        let filled = Int((min(1, max(0, share.isFinite ? share : 0)) * Double(width)).rounded())
        return String(repeating: "█", count: filled) + String(repeating: "░", count: width - filled)
    }
}
