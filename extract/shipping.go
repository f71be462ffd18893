package extract

import (
	"regexp"
	"slices"
	"strings"
	"unicode/utf8"

	"github.com/npswatch/npswatch/internal/hanfold"
)

// shipping.go reads where a vendor ships from and to: "Ships from: China",
// "We ship to USA, Canada and Mexico", a "Ships to | Worldwide" spec row,
// "发货地：湖北". Places come back as ISO 3166-1 alpha-2 codes or region
// words (worldwide, europe …), see places.go.

var (
	// shipFromRe ends where the places of a ships-from statement start.
	shipFromRe = regexp.MustCompile(`(?i)(?:\b(?:ships?|shipped|shipping|dispatch(?:es|ed|ing)?|sent|send(?:s|ing)?|deliver(?:s|ed|ing|y)?|post(?:s|ed)?|mail(?:s|ed)?)\s+(?:\pL+\s+){0,2}?from\b|\bships?\s+out\s+of\b|发货地(?:址|点)?|发货仓库?|发货城市|出货地|\benv(?:[ií]os?|iamos|iado)\s+desde\b|\benviado\s+desde\b|(?:отправк\S*|отправляем|доставк\S*)\s+из)\s*[:：|]?\s*`)
	// shipToRe ends where the places of a ships-to statement start.
	shipToRe = regexp.MustCompile(`(?i)(?:\b(?:ships?|shipped|shipping|deliver(?:s|ed|ing|y)?|send(?:s|ing)?|dispatch(?:es|ed|ing)?|export(?:s|ed|ing)?|post(?:s|ed|age)?|DDP|door[-\s]to[-\s]door)\s+(?:\pL+\s+){0,3}?to\b|\bdestinations?\s*[:：|]|发往|运往|寄往|送往|可发|可寄送|寄送|配送至|出口到|\benv(?:[ií]os?|iamos)\s+a\b(?:\s+todo)?|(?:отправк\S*|отправляем|доставк\S*|доставляем)\s+(?:в|по)\s)\s*[:：|]?\s*`)
	// shipLabelRe is a line that is only a shipping label; its places are
	// on the next line (a two-cell spec row rendered as two lines).
	shipLabelRe = regexp.MustCompile(`(?i)^(?:(ships?|shipping|dispatch(?:ed|es)?|delivery)\s+(from|to)|(ship\s+to\s+countries|destinations?)|(发货地(?:址|点)?|发货仓库?)|(发往|配送地区|配送范围))\s*[:：]?$`)
	// zhFromRe finds "<place>出货/发货" (the place before the verb), not
	// the 发货地 label.
	zhFromRe = regexp.MustCompile(`(\p{Han}{1,12}?)(?:出货|发货)(?:[^地仓城]|$)`)
	// negatedRe ends a prefix that negates the statement after it.
	negatedRe = regexp.MustCompile(`(?i)(?:\b(?:not|never|cannot|can't|won't|don't|doesn't|no\s+longer|unable\s+to)\s+(?:\pL+\s+)?|不|不能|无法|暂不)$`)
	// exceptRe starts the part of a value that names excluded places.
	exceptRe = regexp.MustCompile(`(?i)\b(?:except|excluding|excl\.|but\s+not|not\s+to|no\s+shipping)\b|除了|除外|不发`)
)

// maxPlaceValue caps how far after "ships to" places are read, in bytes.
const maxPlaceValue = 160

// Shipping returns the places text says goods ship from and to. Negated
// statements ("we do not ship to the USA") and excluded places ("worldwide
// except Australia") are left out.
func Shipping(text string) (from, to []string) {
	lines := strings.Split(hanfold.String(text), "\n")
	for i, line := range lines {
		if len(line) > 4*maxPlaceValue*8 {
			line = line[:4*maxPlaceValue*8]
		}
		if !mayShip(line) {
			continue // most lines of a page: the expressions below need one of its words
		}
		trimmed := strings.TrimSpace(collapse(line))
		if m := shipLabelRe.FindStringSubmatch(trimmed); m != nil {
			next := nextNonEmpty(lines, i+1)
			if next != "" && shipLabelRe.FindStringSubmatch(strings.TrimSpace(collapse(next))) == nil {
				if a, b, ok := splitArrow(next); ok && !strings.EqualFold(m[2], "to") {
					from, to = appendNew(from, findPlaces(placeValue(a))), appendNew(to, findPlaces(placeValue(b)))
					continue
				}
				places := findPlaces(placeValue(next))
				toSide := strings.EqualFold(m[2], "to") || m[3] != "" || m[5] != ""
				if toSide {
					to = appendNew(to, places)
				} else {
					from = appendNew(from, places)
				}
			}
			continue
		}
		if loc := shipFromRe.FindStringIndex(line); loc != nil {
			// "Ships from: NL → Worldwide": origin, then destination
			if a, b, ok := splitArrow(line[loc[1]:]); ok && !negatedRe.MatchString(line[:loc[0]]) {
				from, to = appendNew(from, findPlaces(placeValue(a))), appendNew(to, findPlaces(placeValue(b)))
				continue
			}
		}
		from = appendNew(from, statementPlaces(line, shipFromRe))
		for _, m := range zhFromRe.FindAllStringSubmatch(line, 8) {
			from = appendNew(from, findPlaces(m[1])) // 台湾本岛出货: the place stands before the verb
		}
		to = appendNew(to, statementPlaces(line, shipToRe))
	}
	return from, to
}

// shipStems are the words, lower case, of which every shipping expression
// above needs one; mayShip tests for them before any expression runs.
var shipStems = []string{"ship", "dispatch", "sent", "send", "deliver", "post", "mail", "export", "ddp", "door",
	"destination", "env", "отправ", "достав", "发", "出货", "运往", "寄", "送往", "配送", "出口"}

// mayShip reports whether line holds a shipping word: a cheap filter before
// the regular expressions, which dominate extraction time on long pages.
func mayShip(line string) bool {
	low := strings.ToLower(line)
	for _, st := range shipStems {
		if strings.Contains(low, st) {
			return true
		}
	}
	return false
}

// statementPlaces returns the places after every match of re in line.
func statementPlaces(line string, re *regexp.Regexp) []string {
	var out []string
	for _, loc := range re.FindAllStringIndex(line, 8) {
		if negatedRe.MatchString(line[:loc[0]]) {
			continue
		}
		out = appendNew(out, findPlaces(placeValue(line[loc[1]:])))
	}
	return out
}

// placeValue cuts the text after a shipping verb at the end of its
// sentence, at "except …", and at maxPlaceValue bytes.
func placeValue(s string) string {
	if len(s) > maxPlaceValue {
		cut := maxPlaceValue
		for cut > 0 && !utf8.RuneStart(s[cut]) {
			cut--
		}
		s = s[:cut]
	}
	if loc := exceptRe.FindStringIndex(s); loc != nil {
		s = s[:loc[0]]
	}
	s = s[:sentenceEnd(s)]
	if i := strings.IndexAny(s, "。！？；（·•|"); i >= 0 {
		s = s[:i]
	}
	// "Ships from: Hong Kong, we ship to USA": the next statement starts
	if loc := nextShipRe.FindStringIndex(s); loc != nil && loc[0] > 0 {
		s = s[:loc[0]]
	}
	return s
}

// nextShipRe finds a second shipping statement inside a value.
var nextShipRe = regexp.MustCompile(`(?i)\b(?:we\s+)?(?:ship|ships|shipping|deliver|delivery|dispatch|enviamos|env[ií]os?)\b|(?:доставк|доставля|отправк|отправля)`)

// sentenceEnd is where the first sentence of s ends. "U.S." and "p.r.
// china" keep their dots: a full stop ends the sentence when a space or the
// end follows a word of two or more letters.
func sentenceEnd(s string) int {
	for i := 0; i < len(s); i++ {
		switch s[i] {
		case '!', '?', ';', '(', '[', '|':
			return i
		case '.':
			if (i+1 == len(s) || s[i+1] == ' ') && i >= 2 && isLetter(s[i-1]) && isLetter(s[i-2]) {
				return i
			}
		}
	}
	return len(s)
}

func isLetter(c byte) bool { return 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' }

func nextNonEmpty(lines []string, from int) string {
	for j := from; j < len(lines) && j < from+3; j++ {
		if t := strings.TrimSpace(lines[j]); t != "" {
			return t
		}
	}
	return ""
}

// appendNew appends the elements of add that dst lacks.
func appendNew(dst, add []string) []string {
	for _, s := range add {
		if !slices.Contains(dst, s) {
			dst = append(dst, s)
		}
	}
	return dst
}

// splitArrow splits "NL → Worldwide" (→, ->, ⇒, ➔) into its two sides.
func splitArrow(s string) (before, after string, ok bool) {
	for _, a := range []string{"→", "->", "⇒", "➔", "⟶"} {
		if i := strings.Index(s, a); i >= 0 {
			return s[:i], s[i+len(a):], true
		}
	}
	return "", "", false
}
