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
        if wrapByRuns(text, into: &wrapper) { return wrapper.lines }
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

    /// The fast path: whole runs of letters and of ASCII spaces are fed to
    /// the wrapper at once, measured by `width`, instead of one grapheme at
    /// a time. Only for text whose breaks are all ASCII (space, tab, LF,
    /// CR): false, having done nothing, for anything else (the Unicode
    /// spaces and line separators of `isBreakingSpace`/`isLineBreak`).
    private static func wrapByRuns(_ text: String, into w: inout Wrapper) -> Bool {
        let utf8 = text.utf8
        var previous: (UInt8, UInt8) = (0, 0)
        for b in utf8 {
            // U+1680 (E1 9A 80), U+2000–U+205F (E2 80 xx, E2 81 xx), U+3000 (E3 80 80).
            if (previous.1 == 0xE2 && (b == 0x80 || b == 0x81)) || (previous.1 == 0xE1 && b == 0x9A)
                || (previous.0 == 0xE3 && previous.1 == 0x80 && b == 0x80)
            {
                return false
            }
            previous = (previous.1, b)
        }
        var i = utf8.startIndex
        while i < utf8.endIndex {
            let b = utf8[i]
            if b == 0x0A || b == 0x0D {
                w.endParagraph()
                let next = utf8.index(after: i)
                i = (b == 0x0D && next < utf8.endIndex && utf8[next] == 0x0A) ? utf8.index(after: next) : next
                continue
            }
            let isSpace = b == 0x20 || b == 0x09
            var j = utf8.index(after: i)
            while j < utf8.endIndex {
                let c = utf8[j]
                if c == 0x0A || c == 0x0D || (c == 0x20 || c == 0x09) != isSpace { break }
                j = utf8.index(after: j)
            }
            let run = String(text[i..<j])
            if isSpace {
                w.spaces(run, width(run, charset: w.charset))
            } else {
                w.word(run, width(run, charset: w.charset))
            }
            i = j
        }
        w.endParagraph()
        return true
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

        /// A run of spaces, already measured.
        mutating func spaces(_ run: String, _ w: Int) {
            if !word.isEmpty { placeWord() }
            spaces += run
            spacesWidth += w
        }

        /// A run of letters, already measured.
        mutating func word(_ run: String, _ w: Int) {
            word += run
            wordWidth += w
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
