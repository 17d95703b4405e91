/// Text from a user or a file made safe to print on a terminal: control characters (an escape
/// sequence could move the cursor, recolour or retitle the terminal) are shown as `\u{1B}`-style
/// escapes, and a value too long to read is cut in the middle, saying how much was left out.
public enum PrintableText {
    /// `text` with every control character (C0, DEL, C1; line ends too) escaped.
    public static func escaped(_ text: String) -> String {
        guard text.unicodeScalars.contains(where: isControl) else { return text }
        var out = ""
        for scalar in text.unicodeScalars {
            if isControl(scalar) {
                out += "\\u{" + String(scalar.value, radix: 16, uppercase: true) + "}"
            } else {
                out.unicodeScalars.append(scalar)
            }
        }
        return out
    }

    /// `text` escaped and, past `limit` characters, cut to its start and end around a note of what
    /// was left out: an error message never echoes a 20 MB value.
    public static func short(_ text: String, limit: Int = 200) -> String {
        let count = text.count
        guard count > limit else { return escaped(text) }
        let head = limit * 2 / 3
        let tail = limit / 4
        let left = count - head - tail
        return escaped(String(text.prefix(head))) + "…(\(left) characters left out)…" + escaped(String(text.suffix(tail)))
    }

    private static func isControl(_ scalar: Unicode.Scalar) -> Bool {
        scalar.value < 0x20 || (0x7F...0x9F).contains(scalar.value)
    }
}
