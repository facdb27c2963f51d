extension TextLayout {
    /// Word-wraps text to lines of at most `width` columns.
    ///
    /// - Line breaks (LF, CRLF, CR, U+2028, U+2029) end a paragraph; every
    ///   paragraph gives at least one line, so `""` gives `[""]` and
    ///   `"a\n\nb"` keeps its blank line.
    /// - Lines break at spaces (and tabs, ideographic space, ZWSP; never at
    ///   a no-break space); the spaces at a break are dropped, spaces
    ///   between words on one line are kept, and indentation is kept on a
    ///   paragraph's first line when it fits.
    /// - A word wider than `width` is cut into pieces of `width` columns
    ///   (at grapheme boundaries, never halving a wide character); one
    ///   cluster wider than the whole line (a CJK character at width 1)
    ///   becomes an ellipsis.
    /// - Widths are display widths in the given charset, so no returned
    ///   line is ever wider than `width` once drawn. Lines are the original
    ///   text (not yet made safe): `Canvas.draw` makes them safe as it draws.
    ///
    /// A `width` below 1 gives no lines.
    public static func wrap(_ text: String, width: Int, charset: Charset = .unicode) -> [String] {
        guard width > 0 else { return [] }
        var wrapper = Wrapper(width: width, charset: charset)
        for ch in text {
            if isLineBreak(ch) {
                wrapper.endParagraph()
            } else if isBreakingSpace(ch) {
                wrapper.space(ch)
            } else {
                wrapper.letter(ch)
            }
        }
        wrapper.endParagraph()
        return wrapper.lines
    }

    /// Spaces a line may break at (no-break spaces excluded on purpose).
    static func isBreakingSpace(_ ch: Character) -> Bool {
        if let a = ch.asciiValue { return a == 0x20 || a == 0x09 }
        var it = ch.unicodeScalars.makeIterator()
        guard let s = it.next(), it.next() == nil else { return false }
        switch s.value {
        case 0x1680, 0x2000...0x2006, 0x2008...0x200B, 0x205F, 0x3000: return true
        default: return false
        }
    }

    /// Greedy line filling, one cluster at a time.
    private struct Wrapper {
        let width: Int
        let charset: Charset
        var lines: [String] = []
        var line = ""
        var lineWidth = 0
        /// Nothing placed on the current line yet.
        var lineEmpty = true
        /// The current line is a paragraph's first (indentation kept).
        var firstLineOfParagraph = true
        var spaces = ""
        var spacesWidth = 0
        var word = ""
        var wordWidth = 0

        init(width: Int, charset: Charset) {
            self.width = width
            self.charset = charset
        }

        mutating func space(_ ch: Character) {
            if !word.isEmpty { placeWord() }
            spaces.append(ch)
            spacesWidth += TextLayout.clusterWidth(ch, charset: charset)
        }

        mutating func letter(_ ch: Character) {
            word.append(ch)
            wordWidth += TextLayout.clusterWidth(ch, charset: charset)
        }

        mutating func endParagraph() {
            if !word.isEmpty { placeWord() }
            emitLine()
            spaces = ""
            spacesWidth = 0
            firstLineOfParagraph = true
        }

        private mutating func emitLine() {
            lines.append(line)
            line = ""
            lineWidth = 0
            lineEmpty = true
            firstLineOfParagraph = false
        }

        private mutating func placeWord() {
            defer {
                word = ""
                wordWidth = 0
                spaces = ""
                spacesWidth = 0
            }
            if lineEmpty {
                if firstLineOfParagraph, spacesWidth + wordWidth <= width {
                    append(spaces, spacesWidth)
                }
            } else if lineWidth + spacesWidth + wordWidth <= width {
                append(spaces, spacesWidth)
            } else {
                emitLine()
            }
            if lineWidth + wordWidth <= width {
                append(word, wordWidth)
            } else {
                breakWord()
            }
        }

        /// Cuts a word wider than a line into line-wide pieces; the last
        /// piece stays on the current line for the next word to follow.
        private mutating func breakWord() {
            if !lineEmpty { emitLine() }
            for ch in word {
                let w = TextLayout.clusterWidth(ch, charset: charset)
                if lineWidth + w > width, !lineEmpty { emitLine() }
                if w > width {
                    let e = TextLayout.ellipsis(charset)
                    append(e.text, e.width)
                } else {
                    append(String(ch), w)
                }
            }
        }

        private mutating func append(_ s: String, _ w: Int) {
            line += s
            lineWidth += w
            lineEmpty = false
        }
    }
}
