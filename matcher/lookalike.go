package matcher

import (
	"strings"
	"sync"
	"unicode"

	"github.com/mtibben/confusables"
	"golang.org/x/text/unicode/norm"
	"golang.org/x/text/unicode/runenames"
)

// lookalike.go decides which letters of other scripts imitate a Latin
// letter, from Unicode's own data rather than a hand table:
//
//  1. the UTS #39 confusable skeleton (github.com/mtibben/confusables, built
//     from Unicode's confusables.txt) of the letter, its upper-case and its
//     lower-case form, compatibility-decomposed and stripped of combining
//     marks: Cyrillic "е" → e, Greek "η" → n, Cherokee "Ꮯ" → c, "ƒ" → f;
//  2. failing that, the letter's Unicode name when it names a Latin letter
//     in another shape: "LATIN LETTER SMALL CAPITAL L" (ʟ) → l,
//     "LATIN SMALL LETTER DOTLESS J" (ȷ) → j.
//
// Mathematical alphanumerics, fullwidth and circled letters need none of
// this: NFKD already folds them (see normalize). Only single letters
// a–z count; a skeleton of several letters ("m" is "rn") or of a digit is
// no look-alike for matching.

// lookalikes caches the answer per rune (0: none).
var lookalikes sync.Map // rune → byte

// lookalike returns the Latin letter (a–z) that r imitates, if any. r is
// a non-ASCII letter as written: case matters (Greek capital "Ν" imitates
// N, its small "ν" a v).
func lookalike(r rune) (byte, bool) {
	if v, ok := lookalikes.Load(r); ok {
		b := v.(byte)
		return b, b != 0
	}
	b := findLookalike(r)
	lookalikes.Store(r, b)
	return b, b != 0
}

func findLookalike(r rune) byte {
	if r < 0x80 || !unicode.IsLetter(r) || unicode.Is(unicode.Han, r) {
		return 0
	}
	for _, c := range []rune{r, unicode.ToUpper(r), unicode.ToLower(r)} {
		if b := singleLatin(confusables.Skeleton(string(c))); b != 0 {
			return b
		}
	}
	return latinByName(r)
}

// singleLatin returns the one ASCII letter s stands for after
// compatibility decomposition, with marks and case removed, or 0.
func singleLatin(s string) byte {
	var out byte
	for _, x := range norm.NFKD.String(s) {
		if unicode.Is(unicode.Mn, x) || unicode.Is(unicode.Me, x) {
			continue
		}
		x = unicode.ToLower(x)
		if out != 0 || x < 'a' || x > 'z' {
			return 0
		}
		out = byte(x)
	}
	return out
}

// latinShapes are the words of Unicode letter names that mean "a Latin
// letter drawn another way".
var latinShapes = []string{"SMALL CAPITAL ", "DOTLESS ", "MODIFIER LETTER SMALL ", "MODIFIER LETTER CAPITAL ",
	"SUBSCRIPT SMALL LETTER ", "LETTER ", "SMALL LETTER ", "CAPITAL LETTER "}

// latinByName reads a Latin letter from r's Unicode name: "LATIN LETTER
// SMALL CAPITAL L" is an l.
func latinByName(r rune) byte {
	name := runenames.Name(r)
	rest, ok := strings.CutPrefix(name, "LATIN ")
	if !ok {
		return 0
	}
	for _, shape := range latinShapes {
		if i := strings.Index(rest, shape); i >= 0 {
			tail := rest[i+len(shape):]
			if len(tail) == 1 && tail[0] >= 'A' && tail[0] <= 'Z' {
				return tail[0] - 'A' + 'a'
			}
		}
	}
	return 0
}
