package matcher

// This file holds the character tables of normalisation. The word tables of
// matching (common words, street names, abbreviation conflicts) are in
// terms.go; the negative-context lexicon is in negative.go.

// greekNames spells out the Greek letters used as locants ("α-methylfentanyl",
// "β-hydroxy…", "γ-butyrolactone") when they start a word.
var greekNames = map[rune]string{'α': "alpha", 'β': "beta", 'γ': "gamma", 'δ': "delta"}

// leetLetters maps the digits and symbols of leetspeak to the letter they
// stand for. They are read as letters only inside words that mix them with
// letters (see finishWord), never in numbers, CAS numbers or codes.
var leetLetters = [128]byte{
	'0': 'o', '1': 'i', '3': 'e', '4': 'a', '5': 's', '7': 't', '8': 'b',
	'@': 'a', '$': 's', '!': 'i', '|': 'i',
}

// leetSymbols are the non-alphanumeric characters that can stand inside a
// word as leetspeak ("fent@nyl"). Elsewhere they separate tokens.
func isLeetSymbol(b byte) bool { return b == '@' || b == '$' || b == '!' || b == '|' }

// leetEdge reports whether c may be read as a letter at the start or end of
// a word, where digits usually mean digits ("4-ANPP", "KMnO4"): only "0" and
// the symbols, and "1" at the end ("fentany1").
func leetEdge(c byte, atEnd bool) bool {
	switch c {
	case '0', '@', '$', '!', '|':
		return true
	case '1':
		return atEnd
	}
	return false
}

// isIgnorable reports whether r is dropped without separating words: zero
// width characters, the soft hyphen, byte order mark, variation selectors,
// bidi controls and other invisible format characters.
func isIgnorable(r rune) bool {
	switch {
	case r == 0x00AD, r == 0x034F, r == 0x061C, r == 0x115F, r == 0x1160, r == 0x17B4, r == 0x17B5,
		r == 0x180E, r == 0x3164, r == 0xFEFF, r == 0xFFA0:
		return true
	case r >= 0x200B && r <= 0x200F, r >= 0x202A && r <= 0x202E, r >= 0x2060 && r <= 0x206F,
		r >= 0xFE00 && r <= 0xFE0F, r >= 0xE0000 && r <= 0xE0FFF:
		return true
	}
	return false
}

// isSentenceEnd reports whether separator r ends a sentence for the purpose
// of negative context: a new line, ";" and their CJK forms always, and ".",
// "!" and "?" when followed by a space or the end of the text (so "4-A.N.P.P"
// stays one sentence).
func isSentenceEnd(r rune, next rune) bool {
	switch r {
	case '\n', '\r', ';', '。', '！', '？', '；', '•', '|':
		return true
	case '.', '!', '?':
		return next == 0 || next == ' ' || next == '\t' || next == '\n' || next == '\r' || next == 0xA0
	}
	return false
}

// fold maps a normalised byte to its matching key: "l" and "i" are one
// letter for matching, because leetspeak "1" and "|" stand for either.
func fold(b byte) byte {
	if b == 'l' {
		return 'i'
	}
	return b
}

// foldKey turns normalised bytes into a matching key in place: fold on
// every byte, and the INN spelling "-fentanil" read as "-fentanyl" (the
// same suffix; "carfentanil" and "carfentanyl" are one name). Both rewrites
// keep the length, so key offsets are buffer offsets.
func foldKey(b []byte) []byte {
	for i, c := range b {
		b[i] = fold(c)
	}
	const inn, usan = "fentanii", "fentanyi" // "fentanil", "fentanyl" after fold
	for i := 0; i+len(inn) <= len(b); i++ {
		if b[i] == 'f' && string(b[i:i+len(inn)]) == inn {
			copy(b[i:], usan)
			i += len(inn) - 1
		}
	}
	return b
}
