/// One text in a table cell, with an optional style of its own (an overdue
/// date in `.bad`). Without one, the cell takes its row's style.
public struct TableCell: Hashable, Sendable, ExpressibleByStringLiteral {
    public var text: String
    public var style: Style?
    /// Where the text's distinguishing tail starts (a UTF-8 offset at a
    /// word start, `SharedPrefix.tails`); 0: none. A cell too narrow for
    /// its text then shows `…` and that tail rather than the text's start,
    /// which other rows share.
    public var tailFrom: Int
    /// Bytes at the start kept before the `…` (a tag such as `[PH] `).
    public var headKept: Int

    public init(_ text: String, style: Style? = nil, tailFrom: Int = 0, headKept: Int = 0) {
        self.text = text
        self.style = style
        self.tailFrom = tailFrom
        self.headKept = headKept
    }

    public init(stringLiteral value: String) { self.init(value) }
}

/// A row of cells, one per column (missing cells are blank), with an
/// optional style for the whole row (a finished task in `.dim`).
public struct TableRow: Hashable, Sendable, ExpressibleByArrayLiteral {
    public var cells: [TableCell]
    public var style: Style?

    public init(_ cells: [TableCell], style: Style? = nil) {
        self.cells = cells
        self.style = style
    }

    /// A row of plain texts, e.g. built from figures.
    public init(texts: [String], style: Style? = nil) {
        self.init(texts.map { TableCell($0) }, style: style)
    }

    public init(arrayLiteral elements: TableCell...) { self.init(elements) }
}

/// How wide a column wants to be.
public enum ColumnWidth: Hashable, Sendable {
    /// Exactly this many columns.
    case fixed(Int)
    /// At least `min`; shares the space left over with other flex columns
    /// in proportion to `weight`.
    case flex(min: Int, weight: Int)
    /// As wide as the widest cell or header, between `min` and `max`; gives
    /// way down to `min` (or its content, if narrower) when space is short.
    case fit(min: Int, max: Int)

    /// Fit to content, giving way down to 6 columns (`Cửa k…`).
    public static let content = ColumnWidth.fit(min: 6, max: Int.max)
}

/// A table column: header, width, alignment, and how much it matters.
public struct TableColumn: Hashable, Sendable {
    public var header: String
    public var width: ColumnWidth
    public var alignment: TextLayout.Alignment
    /// When the table is too narrow for every column's minimum, columns are
    /// dropped lowest priority first (rightmost first among equals), so the
    /// ones left stay readable.
    public var priority: Int

    public init(
        _ header: String, width: ColumnWidth = .content,
        alignment: TextLayout.Alignment = .left, priority: Int = 0
    ) {
        self.header = header
        self.width = width
        self.alignment = alignment
        self.priority = priority
    }
}

/// Where a column landed: its index in `Table.columns`, first canvas
/// column relative to the table's left edge, and width.
public struct ColumnSlot: Hashable, Sendable {
    public var column: Int
    public var x: Int
    public var width: Int

    public init(column: Int, x: Int, width: Int) {
        self.column = column
        self.x = x
        self.width = width
    }
}
