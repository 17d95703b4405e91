import CYaml

/// What a scenario file may cost to read, checked before the YAML is composed into a tree: a file of
/// a few hundred bytes can otherwise stand for billions of nodes (aliases of aliases, "billion laughs"),
/// and an alias used as a mapping key makes the composer compare whole expanded subtrees. Real
/// scenarios are a few kilobytes with a few hundred nodes; the limits are far above that.
public enum DocumentBounds {
    /// The largest scenario file read, in bytes.
    public static let maximumBytes = 1 << 20
    /// The longest line, in bytes.
    public static let maximumLineBytes = 16_384
    /// How many nodes the document may stand for once every alias is expanded.
    public static let maximumNodes = 100_000

    /// The first way `yaml` breaks the bounds, located in `file`; `nil` when it keeps them (or when its
    /// YAML is malformed: the composer reports that with its own location).
    public static func problem(in yaml: String, file: String) -> Diagnostic? {
        let bytes = yaml.utf8.count
        if bytes > maximumBytes { return tooLarge(bytes, file: file) }
        if let line = firstLongLine(in: yaml) {
            return Diagnostic(
                .error, at: SourceLocation(file: file, line: line, column: 1),
                "this line has more than \(maximumLineBytes) bytes, the most a scenario line may have")
        }
        var copy = yaml
        return copy.withUTF8 { buffer in events(buffer, file: file) }
    }

    /// A file of `bytes` bytes is too large to read.
    public static func tooLarge(_ bytes: Int, file: String) -> Diagnostic {
        Diagnostic(
            .error, at: SourceLocation(file: file, line: 1, column: 1),
            "the file has \(bytes) bytes; a scenario may have at most \(maximumBytes) (1 MiB)")
    }

    private static func firstLongLine(in yaml: String) -> Int? {
        var line = 1
        var length = 0
        for byte in yaml.utf8 {
            if byte == 0x0A {
                line += 1
                length = 0
            } else {
                length += 1
                if length > maximumLineBytes { return line }
            }
        }
        return nil
    }

    /// Walks the parser's events: each collection open on a stack with its size so far and whether the
    /// next node is a mapping key; each anchor remembers the size of its node.
    private static func events(_ buffer: UnsafeBufferPointer<UInt8>, file: String) -> Diagnostic? {
        var parser = yaml_parser_t()
        guard yaml_parser_initialize(&parser) == 1 else { return nil }
        defer { yaml_parser_delete(&parser) }
        yaml_parser_set_encoding(&parser, YAML_UTF8_ENCODING)
        yaml_parser_set_input_string(&parser, buffer.baseAddress, buffer.count)

        struct Open {
            var mapping: Bool
            var anchor: String?
            var nodes = 1
            var keyNext = true
        }
        var stack: [Open] = []
        var anchors: [String: Int] = [:]
        var total = 0
        func location(_ mark: yaml_mark_t) -> SourceLocation {
            SourceLocation(file: file, line: mark.line + 1, column: mark.column + 1)
        }
        func name(_ pointer: UnsafeMutablePointer<yaml_char_t>?) -> String? {
            pointer.map { String(cString: $0) }
        }
        /// Counts a finished node of `nodes` nodes into its parent; whether the bound still holds.
        func add(_ nodes: Int) -> Bool {
            if stack.isEmpty {
                total += nodes
            } else {
                stack[stack.count - 1].nodes += nodes
                if stack[stack.count - 1].mapping { stack[stack.count - 1].keyNext.toggle() }
            }
            return total + stack.reduce(0) { $0 + $1.nodes } <= maximumNodes
        }
        let tooMany = "the document stands for more than \(maximumNodes) nodes once its aliases are expanded"
        while true {
            var event = yaml_event_t()
            guard yaml_parser_parse(&parser, &event) == 1 else { return nil }
            defer { yaml_event_delete(&event) }
            let at = location(event.start_mark)
            let inKey = stack.last.map { $0.mapping && $0.keyNext } ?? false
            switch event.type {
            case YAML_STREAM_END_EVENT:
                return nil
            case YAML_ALIAS_EVENT:
                if inKey {
                    return Diagnostic(.error, at: at, "an alias cannot be a mapping key (it would compare whole subtrees)")
                }
                let size = name(event.data.alias.anchor).flatMap { anchors[$0] } ?? 1
                guard add(size) else { return Diagnostic(.error, at: at, tooMany) }
            case YAML_SCALAR_EVENT:
                if let anchor = name(event.data.scalar.anchor) { anchors[anchor] = 1 }
                guard add(1) else { return Diagnostic(.error, at: at, tooMany) }
            case YAML_SEQUENCE_START_EVENT:
                stack.append(Open(mapping: false, anchor: name(event.data.sequence_start.anchor)))
            case YAML_MAPPING_START_EVENT:
                stack.append(Open(mapping: true, anchor: name(event.data.mapping_start.anchor)))
            case YAML_SEQUENCE_END_EVENT, YAML_MAPPING_END_EVENT:
                guard let closed = stack.popLast() else { return nil }
                if let anchor = closed.anchor { anchors[anchor] = closed.nodes }
                guard add(closed.nodes) else { return Diagnostic(.error, at: at, tooMany) }
            default:
                continue
            }
        }
    }
}
