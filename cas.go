package npswatch

import (
	"strings"
	"unicode/utf8"
)

// ValidCAS reports whether s is a CAS Registry Number in canonical form
// (2–7 digits, 2 digits, 1 check digit, joined by hyphens, no leading zero)
// whose check digit is right.
func ValidCAS(s string) bool {
	p1, rest, ok := strings.Cut(s, "-")
	if !ok {
		return false
	}
	p2, p3, ok := strings.Cut(rest, "-")
	if !ok || len(p1) < 2 || len(p1) > 7 || len(p2) != 2 || len(p3) != 1 || p1[0] == '0' {
		return false
	}
	digits := p1 + p2
	sum := 0
	for i := 0; i < len(digits); i++ {
		c := digits[len(digits)-1-i]
		if c < '0' || c > '9' {
			return false
		}
		sum += int(c-'0') * (i + 1)
	}
	if p3[0] < '0' || p3[0] > '9' {
		return false
	}
	return sum%10 == int(p3[0]-'0')
}

// ParseCAS normalises one CAS number as vendors write it — fullwidth digits,
// en/em/fullwidth dashes, spaces around the dashes — to canonical form. It
// reports whether the result has CAS shape; call ValidCAS for the check digit.
func ParseCAS(s string) (string, bool) {
	var b strings.Builder
	for _, r := range strings.TrimSpace(s) {
		switch {
		case r >= '0' && r <= '9':
			b.WriteRune(r)
		case r >= '０' && r <= '９':
			b.WriteRune('0' + (r - '０'))
		case isDash(r):
			b.WriteByte('-')
		case r == ' ' || r == '\u00a0':
		default:
			return "", false
		}
	}
	out := b.String()
	p := strings.Split(out, "-")
	if len(p) != 3 || len(p[0]) < 2 || len(p[0]) > 7 || len(p[1]) != 2 || len(p[2]) != 1 || p[0][0] == '0' {
		return "", false
	}
	return out, true
}

func isDash(r rune) bool {
	switch r {
	case '-', '‐', '‑', '‒', '–', '—', '－', '−', '﹣':
		return true
	}
	return false
}

// CASMention is a CAS-shaped number found in text, with its byte offsets.
type CASMention struct {
	Number     string // canonical form
	Valid      bool   // check digit right
	Start, End int    // byte offsets of the mention in the scanned text
}

// FindCAS scans text for CAS-shaped numbers (ASCII or fullwidth digits, any
// dash) that stand alone: not part of a longer number, date or phone number.
// It is a hand-written scanner, not a regexp, because it runs over whole pages.
func FindCAS(text string) []CASMention {
	var out []CASMention
	i := 0
	for i < len(text) {
		r, w := utf8.DecodeRuneInString(text[i:])
		if !isDigitRune(r) || (i > 0 && precededByNumberish(text[:i])) {
			i += w
			continue
		}
		m, end, ok := scanCAS(text, i)
		if !ok {
			m, end, ok = scanBareCAS(text, i)
		}
		if ok {
			m.Start, m.End = i, end
			out = append(out, m)
			i = end
			continue
		}
		// skip the whole digit run so we never start inside a number
		for i < len(text) {
			r, w := utf8.DecodeRuneInString(text[i:])
			if !isDigitRune(r) {
				break
			}
			i += w
		}
	}
	return out
}

// skipKeycap steps over the marks that make a digit an emoji keycap ("1️⃣":
// the digit, U+FE0F, U+20E3), so "1️⃣4️⃣1️⃣8️⃣8️⃣-8️⃣1️⃣-9️⃣" reads as 14188-81-9.
func skipKeycap(text string, pos int) int {
	for pos < len(text) {
		r, w := utf8.DecodeRuneInString(text[pos:])
		if r != 0xFE0F && r != 0x20E3 {
			return pos
		}
		pos += w
	}
	return pos
}

func isDigitRune(r rune) bool { return (r >= '0' && r <= '9') || (r >= '０' && r <= '９') }

func digitVal(r rune) byte {
	if r >= '０' && r <= '９' {
		return byte('0' + (r - '０'))
	}
	return byte(r)
}

// precededByNumberish reports whether the text before a digit run would make
// it part of something longer: a digit, a dash after a digit, a decimal point
// or a letter glued to it ("A123-45-6" is a catalogue code, not a CAS).
func precededByNumberish(before string) bool {
	r, w := utf8.DecodeLastRuneInString(before)
	if isDigitRune(r) || r == '/' || r == '+' || r == '_' {
		return true
	}
	if isDash(r) || r == '.' || r == ',' {
		r2, _ := utf8.DecodeLastRuneInString(before[:len(before)-w])
		return isDigitRune(r2)
	}
	return isLetter(r) && !gluedCASLabel(before)
}

// gluedCASLabels are labels a page may glue to the number when a label
// element and the value are rendered side by side ("<span>CAS No</span>39742-60-4").
var gluedCASLabels = []string{"cas no", "casno", "cas number", "cas rn", "cas"}

// gluedCASLabel reports whether before ends with a CAS label itself.
func gluedCASLabel(before string) bool {
	tail := before[max(0, len(before)-16):]
	tail = strings.ToLower(tail)
	for _, l := range gluedCASLabels {
		if strings.HasSuffix(tail, l) {
			i := len(tail) - len(l)
			return i == 0 || !isLetter(rune(tail[i-1]))
		}
	}
	return false
}

func isLetter(r rune) bool { return r < 0x3000 && (('a' <= r && r <= 'z') || ('A' <= r && r <= 'Z')) }

// scanBareCAS reads a CAS number written without its dashes ("CAS
// 21409267", a way round filters that look for the dashed form) at
// text[i:]: 5 to 10 digits standing alone, right after a CAS label, whose
// check digit is right. Without the label a run of digits is a price, a
// phone number or a code, and it is not read.
func scanBareCAS(text string, i int) (CASMention, int, bool) {
	if !casLabelBefore(text[:i]) {
		return CASMention{}, 0, false
	}
	var digits []byte
	pos := i
	for pos < len(text) {
		r, w := utf8.DecodeRuneInString(text[pos:])
		if !isDigitRune(r) {
			break
		}
		digits = append(digits, digitVal(r))
		pos += w
		pos = skipKeycap(text, pos)
	}
	if len(digits) < 5 || len(digits) > 10 || digits[0] == '0' {
		return CASMention{}, 0, false
	}
	if pos < len(text) {
		r, w := utf8.DecodeRuneInString(text[pos:])
		if isLetter(r) || isDash(r) || ((r == '.' || r == ',' || r == ' ') && pos+w < len(text) && isDigitRune(rune(text[pos+w]))) {
			return CASMention{}, 0, false // "21409 26 7" is read (or not) as a spaced CAS number
		}
	}
	k := len(digits)
	n := string(digits[:k-3]) + "-" + string(digits[k-3:k-1]) + "-" + string(digits[k-1:])
	if !ValidCAS(n) {
		return CASMention{}, 0, false
	}
	return CASMention{Number: n, Valid: true}, pos, true
}

// casLabelBefore reports whether before ends with a CAS label: "CAS",
// "CAS No.", "CAS#", "CAS number:", "CAS 번호:".
func casLabelBefore(before string) bool {
	// the label is right before the number: look at a few dozen bytes, not
	// at all the text before (a page of numbers would be read quadratically)
	if len(before) > 48 {
		cut := len(before) - 48
		for cut < len(before) && !utf8.RuneStart(before[cut]) {
			cut++
		}
		before = before[cut:]
	}
	t := strings.ToLower(strings.TrimRight(before, " \u00a0\t:：#.-"))
	for _, suffix := range []string{"no", "nr", "number", "num", "rn", "번호", "号", "номер", "№"} {
		if strings.HasSuffix(t, suffix) {
			t = strings.TrimRight(strings.TrimSuffix(t, suffix), " \u00a0\t:：#.-")
			break
		}
	}
	if !strings.HasSuffix(t, "cas") {
		return false
	}
	r, _ := utf8.DecodeLastRuneInString(t[:len(t)-3])
	return !isLetter(r)
}

// scanCAS reads digits{2,7} dash digits{2} dash digit at text[i:].
func scanCAS(text string, i int) (CASMention, int, bool) {
	var groups [3][]byte
	want := [3][2]int{{2, 7}, {2, 2}, {1, 1}}
	pos := i
	for g := 0; g < 3; g++ {
		if g > 0 {
			r, w := utf8.DecodeRuneInString(text[pos:])
			if !isDash(r) {
				return CASMention{}, 0, false
			}
			pos += w
		}
		for pos < len(text) {
			r, w := utf8.DecodeRuneInString(text[pos:])
			if !isDigitRune(r) {
				break
			}
			groups[g] = append(groups[g], digitVal(r))
			pos += w
			pos = skipKeycap(text, pos)
		}
		if n := len(groups[g]); n < want[g][0] || n > want[g][1] {
			return CASMention{}, 0, false
		}
	}
	if groups[0][0] == '0' {
		return CASMention{}, 0, false
	}
	// the number must end here: no further digit, dash-digit or decimal
	if pos < len(text) {
		r, w := utf8.DecodeRuneInString(text[pos:])
		if isDigitRune(r) || isLetter(r) {
			return CASMention{}, 0, false
		}
		if isDash(r) || r == '.' || r == ',' {
			r2, _ := utf8.DecodeRuneInString(text[pos+w:])
			if isDigitRune(r2) {
				return CASMention{}, 0, false
			}
		}
	}
	n := string(groups[0]) + "-" + string(groups[1]) + "-" + string(groups[2])
	return CASMention{Number: n, Valid: ValidCAS(n)}, pos, true
}
