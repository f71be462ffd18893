package matcher

import (
	"math/bits"
	"slices"
	"sync"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"

	"github.com/npswatch/npswatch/internal/hanfold"
)

// unit kinds inside a word being built.
const (
	uLatin = iota
	uDigit
	uLeet       // a leetspeak symbol such as '@'
	uConfusable // a look-alike of a Latin letter
	uGreek      // α β γ δ: a locant at the start of a word, a look-alike inside it
	uOther      // a letter of another script
)

type unit struct {
	kind         uint8
	b            byte   // the ASCII byte for Latin, digit, leet and confusable units
	r            rune   // the rune for Greek and other letters, lower-cased
	orig         rune   // the rune as written: Greek "Ν" imitates N, its "ν" a v
	oStart, oEnd int32  // original offsets
	spelled      string // set when the unit expands (Greek locant names)
}

// normalizer builds a normText. It is reused within one call only.
type normalizer struct {
	nt         normText
	word       []unit
	wordMarked bool // an invisible character or diacritic was removed inside the word
	sent       int32

	// The fast path: a word of plain ASCII letters and digits read straight
	// from the text is written to buf directly, without units. It spills
	// into units as soon as anything else joins it.
	fast             bool
	fStart, fO       int32 // where the fast word starts in buf and in the text
	fDigits, fLetter int32
}

// normalize cuts s into normalised tokens.
//
// Per character: NFKD compatibility decomposition (fullwidth → ASCII,
// ligatures split), combining marks and invisible characters dropped, case
// folded. Letters, digits and leetspeak symbols between them form words;
// everything else separates words. Each CJK ideograph is a token of its own;
// "±" becomes the token "rac". Per word (finishWord): look-alike letters of
// other scripts become Latin, Greek locants are spelled out, leetspeak is
// undone when the word mixes letters with digits or symbols.
func normalize(s string) normText {
	n := normalizer{nt: normText{src: s}}
	n.nt.buf = make([]byte, 0, len(s))
	n.nt.toks = make([]token, 0, len(s)/4+8)
	for i := 0; i < len(s); {
		c := s[i]
		if c < utf8.RuneSelf {
			if lc := lowerAlnum[c]; lc != 0 && len(n.word) == 0 {
				n.fastByte(lc, int32(i))
			} else {
				n.ascii(s, c, int32(i), int32(i+1))
			}
			i++
			continue
		}
		r, w := utf8.DecodeRuneInString(s[i:])
		n.nonASCII(s, i, r, w)
		i += w
	}
	n.finishWord()
	n.nt.key = foldKey(append([]byte(nil), n.nt.buf...))
	words := len(n.nt.key)/64 + 1
	n.nt.starts, n.nt.ends = make([]uint64, words), make([]uint64, words)
	for _, tk := range n.nt.toks {
		n.nt.starts[tk.start>>6] |= 1 << (uint(tk.start) & 63)
		n.nt.ends[tk.end>>6] |= 1 << (uint(tk.end) & 63)
	}
	n.nt.startRank, n.nt.endRank = make([]int32, words), make([]int32, words)
	for w := 1; w < words; w++ {
		n.nt.startRank[w] = n.nt.startRank[w-1] + int32(bits.OnesCount64(n.nt.starts[w-1]))
		n.nt.endRank[w] = n.nt.endRank[w-1] + int32(bits.OnesCount64(n.nt.ends[w-1]))
	}
	return n.nt
}

// lowerAlnum maps ASCII letters and digits to their lower-case form and
// everything else to 0.
var lowerAlnum = func() (t [128]byte) {
	for c := byte('0'); c <= '9'; c++ {
		t[c] = c
	}
	for c := byte('a'); c <= 'z'; c++ {
		t[c], t[c-'a'+'A'] = c, c
	}
	return t
}()

// fastByte appends the lower-cased ASCII letter or digit c, read at s[o],
// to the fast word.
func (n *normalizer) fastByte(c byte, o int32) {
	if !n.fast {
		n.fast, n.fStart, n.fO, n.fDigits, n.fLetter = true, int32(len(n.nt.buf)), o, 0, 0
	}
	n.nt.buf = append(n.nt.buf, c)
	if c <= '9' {
		n.fDigits++
	} else {
		n.fLetter++
	}
}

// spill turns the fast word into units, so that the slow path can go on.
func (n *normalizer) spill() {
	if !n.fast {
		return
	}
	for k := n.fStart; k < int32(len(n.nt.buf)); k++ {
		c, o := n.nt.buf[k], n.fO+k-n.fStart
		kind := uint8(uLatin)
		if c <= '9' {
			kind = uDigit
		}
		n.word = append(n.word, unit{kind: kind, b: c, oStart: o, oEnd: o + 1})
	}
	n.nt.buf = n.nt.buf[:n.fStart]
	n.fast = false
}

// inWord reports whether a word is being built.
func (n *normalizer) inWord() bool { return n.fast || len(n.word) > 0 }

// addUnit appends u to the word being built.
func (n *normalizer) addUnit(u unit) {
	n.spill()
	n.word = append(n.word, u)
}

// ascii handles one ASCII character c found at s[o0:o1] or produced by
// decomposing the rune there.
func (n *normalizer) ascii(s string, c byte, o0, o1 int32) {
	switch lc := lowerAlnum[c]; {
	case lc >= 'a':
		n.addUnit(unit{kind: uLatin, b: lc, oStart: o0, oEnd: o1})
	case lc != 0:
		n.addUnit(unit{kind: uDigit, b: lc, oStart: o0, oEnd: o1})
	case isLeetSymbol(c) && n.inWord() && nextIsAlnum(s, int(o1)):
		n.addUnit(unit{kind: uLeet, b: c, oStart: o0, oEnd: o1})
	default:
		n.separator(s, rune(c), o1)
	}
}

func nextIsAlnum(s string, i int) bool {
	if i >= len(s) {
		return false
	}
	r, _ := utf8.DecodeRuneInString(s[i:])
	return unicode.IsLetter(r) || unicode.IsDigit(r)
}

// nonASCII handles the rune r of width w at s[i].
func (n *normalizer) nonASCII(s string, i int, r rune, w int) {
	o0, o1 := int32(i), int32(i+w)
	switch {
	case r == utf8.RuneError && w <= 1:
		n.finishWord()
		return
	case isIgnorable(r) || unicode.Is(unicode.Mn, r) || unicode.Is(unicode.Me, r):
		if n.inWord() {
			n.spill() // the word's characters are no longer contiguous
			n.wordMarked = true
		}
		return
	case unicode.Is(unicode.Han, r):
		n.han(r, o0, o1)
		return
	case r == '±':
		n.finishWord()
		start := int32(len(n.nt.buf))
		n.nt.buf = append(n.nt.buf, "rac"...)
		n.nt.toks = append(n.nt.toks, token{start: start, end: int32(len(n.nt.buf)), oStart: o0, oEnd: o1,
			units: 1, sent: n.sent})
		return
	}
	dec := norm.NFKD.PropertiesString(s[i:]).Decomposition()
	if dec == nil {
		n.rune(s, r, o0, o1)
		return
	}
	// A character whose compatibility form holds a separator ("½" is
	// "1⁄2", "⑴" is "(1)") separates words as a whole, so that one
	// original character never ends up in two tokens.
	for d := dec; len(d) > 0; {
		r2, w2 := utf8.DecodeRune(d)
		d = d[w2:]
		if !unicode.IsLetter(r2) && !unicode.IsDigit(r2) && !unicode.Is(unicode.Mn, r2) {
			n.separator(s, r, o1)
			return
		}
	}
	for len(dec) > 0 {
		r2, w2 := utf8.DecodeRune(dec)
		dec = dec[w2:]
		switch {
		case r2 < utf8.RuneSelf:
			n.ascii(s, byte(r2), o0, o1)
		case unicode.Is(unicode.Mn, r2):
			n.spill()
			n.wordMarked = true // a diacritic removed
		case unicode.Is(unicode.Han, r2):
			n.han(r2, o0, o1)
		default:
			n.rune(s, r2, o0, o1)
		}
	}
}

// han makes ideograph r its own token.
func (n *normalizer) han(r rune, o0, o1 int32) {
	n.finishWord()
	start := int32(len(n.nt.buf))
	n.nt.buf = utf8.AppendRune(n.nt.buf, hanfold.Rune(r)) // 乙醯 is 乙酰
	n.nt.toks = append(n.nt.toks, token{start: start, end: int32(len(n.nt.buf)), oStart: o0, oEnd: o1,
		units: 1, sent: n.sent, flags: flagHan})
}

// separator ends the current word at separator r, whose next character
// starts at s[next].
func (n *normalizer) separator(s string, r rune, next int32) {
	n.finishWord()
	var nr rune
	if r == '.' || r == '!' || r == '?' {
		nr, _ = utf8.DecodeRuneInString(s[min(int(next), len(s)):])
		if nr == utf8.RuneError {
			nr = 0
		}
	}
	if isSentenceEnd(r, nr) {
		n.sent++
	}
}

// rune handles a non-ASCII rune that needs no further decomposition.
func (n *normalizer) rune(s string, r rune, o0, o1 int32) {
	lr := unicode.ToLower(r)
	switch {
	case greekNames[lr] != "":
		n.addUnit(unit{kind: uGreek, r: lr, orig: r, oStart: o0, oEnd: o1})
	case unicode.IsLetter(lr):
		if b, ok := lookalike(r); ok {
			n.addUnit(unit{kind: uConfusable, b: b, r: lr, oStart: o0, oEnd: o1})
			return
		}
		n.addUnit(unit{kind: uOther, r: lr, oStart: o0, oEnd: o1})
	default:
		n.separator(s, lr, o1)
	}
}

// finishWord turns the pending word into a token.
func (n *normalizer) finishWord() {
	if n.fast {
		if n.fDigits == 0 || n.fLetter < 2 {
			// plain letters, or digits with at most one letter: nothing to undo
			end := int32(len(n.nt.buf))
			n.nt.toks = append(n.nt.toks, token{start: n.fStart, end: end, oStart: n.fO,
				oEnd: n.fO + end - n.fStart, units: end - n.fStart, sent: n.sent})
			n.fast = false
			return
		}
		n.spill()
	}
	w := n.word
	if len(w) == 0 {
		n.wordMarked = false
		return
	}
	flags := uint8(0)
	if n.wordMarked {
		flags |= flagObfuscated
	}
	// Leetspeak first, so that digits read as letters count as Latin below
	// and a second normalisation finds the same word.
	if undoLeet(w) {
		flags |= flagObfuscated
	}
	// a leet symbol that was not read as a letter is dropped
	w = slices.DeleteFunc(w, func(u unit) bool { return u.kind == uLeet })
	if len(w) == 0 {
		n.word, n.wordMarked = w, false
		return
	}
	var latin, conf, other int
	for _, u := range w {
		switch u.kind {
		case uLatin:
			latin++
		case uConfusable, uGreek:
			conf++ // inside a word, α β γ δ are look-alikes
		case uOther:
			other++
		}
	}
	// A Cyrillic word with Latin look-alikes slipped in ("фeнтaнил", Latin
	// e and a): its Latin letters become the Cyrillic ones they imitate.
	if latin > 0 && other > 0 && cyrillicWithLatin(w) {
		for j := range w {
			switch w[j].kind {
			case uLatin:
				w[j].kind, w[j].r = uOther, latinToCyrillic()[w[j].b]
			case uConfusable:
				w[j].kind = uOther
			}
		}
		flags |= flagObfuscated
		latin, conf = 0, 0
	}
	// Look-alikes become Latin in mixed words and in words made of them alone.
	mapConf := conf > 0 && (latin > 0 || other == 0)
	for j := range w {
		switch w[j].kind {
		case uGreek:
			// a locant starts a word alone or before Latin letters ("α-methyl",
			// "αmethyl"); before more look-alikes it is one of them ("ΑΝΡΡ")
			if j == 0 && (len(w) == 1 || w[1].kind == uLatin) {
				w[j].spelled = greekNames[w[j].r]
				continue
			}
			if b, ok := lookalike(w[j].orig); ok && mapConf {
				w[j].kind, w[j].b = uLatin, b
				flags |= flagObfuscated // a Latin name spelled with other scripts' letters
			} else {
				w[j].kind = uOther
			}
		case uConfusable:
			if mapConf {
				w[j].kind = uLatin
				flags |= flagObfuscated // a Latin name spelled with other scripts' letters
			} else {
				w[j].kind = uOther
			}
		}
	}
	start := int32(len(n.nt.buf))
	units := int32(0)
	for _, u := range w {
		switch {
		case u.spelled != "":
			n.nt.buf = append(n.nt.buf, u.spelled...)
		case u.kind == uLatin || u.kind == uDigit:
			n.nt.buf = append(n.nt.buf, u.b)
		default:
			n.nt.buf = utf8.AppendRune(n.nt.buf, u.r)
		}
		units++
	}
	if int32(len(n.nt.buf)) > start {
		n.nt.toks = append(n.nt.toks, token{start: start, end: int32(len(n.nt.buf)), oStart: w[0].oStart,
			oEnd: w[len(w)-1].oEnd, units: units, sent: n.sent, flags: flags})
	}
	n.word = w[:0]
	n.wordMarked = false
}

// undoLeet reads digits and symbols as letters in a word that mixes them
// with at least two letters, when every one of them can be read so: inside
// the word between letters any of leetLetters, at its edges only what
// leetEdge allows. Words that keep a digit (4-ANPP's "4", KMnO4, CAS
// numbers, "99") are left alone. It reports whether it changed the word.
func undoLeet(w []unit) bool {
	letters, cands := 0, 0
	for _, u := range w {
		switch u.kind {
		case uLatin, uOther, uConfusable, uGreek:
			letters++
		case uDigit, uLeet:
			cands++
		}
	}
	if cands == 0 || letters < 2 {
		return false
	}
	first, last := -1, -1
	for j, u := range w {
		if u.kind != uDigit && u.kind != uLeet {
			if first < 0 {
				first = j
			}
			last = j
		}
	}
	inner := 0 // symbols between the first and the last letter
	for j := first + 1; j < last; j++ {
		if w[j].kind == uDigit || w[j].kind == uLeet {
			inner++
		}
	}
	for j, u := range w {
		if u.kind != uDigit && u.kind != uLeet {
			continue
		}
		if leetLetters[u.b] == 0 {
			return false
		}
		// a word leeted throughout ("m3t0n1t4z3n3": three symbols or more
		// inside it) may end in one too: the writer spells every e as 3
		if (j < first && !leetEdge(u.b, false)) || (j > last && !leetEdge(u.b, true) && !(j == last+1 && inner >= 3 && j == len(w)-1)) {
			return false
		}
	}
	for j := range w {
		if w[j].kind == uDigit || w[j].kind == uLeet {
			w[j].kind, w[j].b = uLatin, leetLetters[w[j].b]
		}
	}
	return true
}

// cyrillicWithLatin reports a word whose letters of other scripts are all
// Cyrillic, and whose Latin letters each imitate a Cyrillic letter.
func cyrillicWithLatin(w []unit) bool {
	m := latinToCyrillic()
	for _, u := range w {
		switch u.kind {
		case uLatin:
			if m[u.b] == 0 {
				return false
			}
		case uOther, uConfusable:
			if !unicode.Is(unicode.Cyrillic, u.r) {
				return false
			}
		}
	}
	return true
}

// latinToCyrillic maps a Latin letter to the small Cyrillic letter that
// imitates it (Unicode's confusables, as lookalike reads them: а→a, е→e,
// о→o, р→p, с→c, х→x…), built once.
var latinToCyrillic = sync.OnceValue(func() map[byte]rune {
	m := map[byte]rune{}
	for r := 'а'; r <= 'я'; r++ {
		if b, ok := lookalike(r); ok && m[b] == 0 {
			m[b] = r
		}
	}
	return m
})
