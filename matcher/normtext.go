package matcher

import (
	"math/bits"
	"strings"
)

// Token flags.
const (
	flagObfuscated uint8 = 1 << iota // leetspeak, look-alikes, invisible characters or diacritics were undone
	flagHan                          // one CJK ideograph
)

// token is one normalised word (or one CJK ideograph) with where it came
// from. start/end index normText.buf; oStart/oEnd index the original text.
type token struct {
	start, end   int32
	oStart, oEnd int32
	units        int32 // characters in the word; 1 marks a single letter or digit
	sent         int32 // sentence number, for negative context
	flags        uint8
}

// normText is a text cut into normalised tokens. buf holds the token texts
// back to back with no separators; key is buf folded for matching. Matching
// runs over key and requires matches to start and end on token boundaries,
// so "acetyl-fentanyl", "acetyl fentanyl" and "acetylfentanyl" all read
// "acetylfentanyl", and "C-a-r-f-e-n-t-a-n-i-l" reads "carfentanil".
type normText struct {
	src  string
	buf  []byte
	key  []byte
	toks []token
	// Bit sets of the key offsets where a token starts and ends, with the
	// number of bits set before each 64-bit word: a token boundary test and
	// the index of the token at a boundary in constant time.
	starts, ends       []uint64
	startRank, endRank []int32
}

func bit(set []uint64, i int) bool { return set[i>>6]&(1<<(uint(i)&63)) != 0 }

// rank returns how many bits of set are set below i.
func rank(set []uint64, base []int32, i int) int {
	return int(base[i>>6]) + bits.OnesCount64(set[i>>6]&(1<<(uint(i)&63)-1))
}

// tokenStartingAt returns the index of the token that starts at key offset
// k, or -1.
func (nt *normText) tokenStartingAt(k int) int {
	if k < 0 || k >= len(nt.key) || !bit(nt.starts, k) {
		return -1
	}
	return rank(nt.starts, nt.startRank, k)
}

// tokenEndingAt returns the index of the token that ends at key offset k,
// or -1.
func (nt *normText) tokenEndingAt(k int) int {
	if k <= 0 || k > len(nt.key) || !bit(nt.ends, k) {
		return -1
	}
	return rank(nt.ends, nt.endRank, k)
}

// text returns the normalised text of token t.
func (nt *normText) text(t int) string { return string(nt.buf[nt.toks[t].start:nt.toks[t].end]) }

// glued reports whether tokens t-1 and t touch in the original text, with
// nothing between them (as the ideographs of a Chinese word do).
func (nt *normText) glued(t int) bool { return t > 0 && nt.toks[t-1].oEnd == nt.toks[t].oStart }

// Normalize returns the normal form of s that matching works on: words in
// lower case ASCII where they are Latin, look-alike letters and leetspeak
// undone, separated by single spaces. Punctuation, hyphens and brackets
// separate words; CJK ideographs that touch stay together.
//
//	Normalize("F3nt@nyl HCl, 99%")    == "fentanyl hcl 99"
//	Normalize("Аcetyl‐Fentanyl")      == "acetyl fentanyl" (Cyrillic А)
//	Normalize("α-methylfentanyl")     == "alpha methylfentanyl"
//	Normalize("４-ＡＮＰＰ")            == "4 anpp"
//
// Normalize(Normalize(s)) == Normalize(s).
func Normalize(s string) string {
	nt := normalize(s)
	var b strings.Builder
	b.Grow(len(nt.buf) + len(nt.toks))
	for t := range nt.toks {
		if t > 0 && !(nt.toks[t].flags&flagHan != 0 && nt.toks[t-1].flags&flagHan != 0 && nt.glued(t)) {
			b.WriteByte(' ')
		}
		b.Write(nt.buf[nt.toks[t].start:nt.toks[t].end])
	}
	return b.String()
}
