package matcher

import (
	"slices"
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"
)

// longKey is the key length from which a name may be split anywhere in the
// text ("fen tanyl", "carfent anil"): long names do not arise by chance.
// Shorter keys may be split only where the name itself has a boundary
// ("4-AP" as "4 AP") or into single letters ("n p p", "4-A.N.P.P").
const longKey = 8

// mention is one place a substance or class is named in a listing.
type mention struct {
	p         *payload
	s, e      int // key offsets
	t0, t1    int // token range
	spaced    bool
	inProduct bool
}

// scanResult is what one pass of the automata over a listing finds.
type scanResult struct {
	names     []mention         // names and class terms, before leftmost-longest selection
	stems     []mention         // class-rule stems
	negs      []negHit          // negative-context terms, sorted by token
	conflicts map[string]string // abbreviation → a word showing it means another chemical
}

// scan runs the automata over nt and keeps the pattern hits that stand on
// token boundaries and pass the boundary rules.
func (m *Matcher) scan(nt *normText, prodEnd int32) scanResult {
	var r scanResult
	for _, a := range m.autos {
		for _, x := range a.ac.FindAllOverlapping(nt.key) {
			ps := a.pats[x.PatternID]
			for i := range ps {
				p := &ps[i]
				if p.kind == pStem {
					t0, t1 := tokenAt(nt, x.Start), tokenAt(nt, x.End-1)
					r.stems = append(r.stems, mention{p: p, s: x.Start, e: x.End, t0: t0, t1: t1,
						inProduct: nt.toks[t0].oStart < prodEnd})
					continue
				}
				t0, t1, spaced, ok := aligned(nt, x.Start, x.End, p.bounds, p.firm)
				if !ok {
					continue
				}
				inProduct := nt.toks[t0].oStart < prodEnd
				switch p.kind {
				case pNeg:
					r.negs = append(r.negs, negHit{rule: p.idx, t0: t0, t1: t1, inProduct: inProduct,
						span: nt.src[nt.toks[t0].oStart:nt.toks[t1].oEnd]})
				case pConflict:
					if r.conflicts == nil {
						r.conflicts = map[string]string{}
					}
					r.conflicts[p.group] = p.term
				case pName, pClassTerm:
					if g := leftGlued(nt, t0); g != "" && !(p.carbamates && carbamateGroups[g]) {
						continue
					}
					if rightGlued(nt, t1) || continuedName(nt, t1) {
						continue
					}
					if p.caseSens && hasLower(nt.src[nt.toks[t0].oStart:nt.toks[t1].oEnd]) {
						continue
					}
					r.names = append(r.names, mention{p: p, s: x.Start, e: x.End, t0: t0, t1: t1,
						spaced: spaced, inProduct: inProduct})
				}
			}
		}
	}
	slices.SortFunc(r.negs, func(a, b negHit) int { return a.t0 - b.t0 })
	return r
}

// tokenAt returns the index of the token holding key offset k.
func tokenAt(nt *normText, k int) int {
	return sort.Search(len(nt.toks), func(i int) bool { return int(nt.toks[i].end) > k })
}

// aligned checks that key range [s,e) starts and ends on token boundaries,
// stays in one sentence, and — for keys shorter than longKey — is split only
// at the pattern's own boundaries or into single characters, and joined
// only where some spelling of it is (firm: the boundaries every spelling
// has, see joinable). spaced reports
// a split the pattern does not have (letter-spacing).
func aligned(nt *normText, s, e int, bounds, firm []int32) (t0, t1 int, spaced, ok bool) {
	t0, t1 = nt.tokenStartingAt(s), nt.tokenEndingAt(e)
	if t0 >= 0 && t1 < 0 {
		t1 = saltTail(nt, e)
	}
	if t0 < 0 || t1 < t0 || nt.toks[t0].sent != nt.toks[t1].sent {
		return 0, 0, false, false
	}
	short := e-s < longKey
	if short && !joinable(nt, s, firm) {
		return 0, 0, false, false
	}
	for t := t0 + 1; t <= t1; t++ {
		if slices.Contains(bounds, nt.toks[t].start-int32(s)) {
			continue
		}
		spaced = true
		// a short name may be split where it is not only into single
		// characters: "n p p", "4-A.N.P.P", but not "me k" (MEK)
		if short && (nt.toks[t-1].units > 1 || nt.toks[t].units > 1) {
			return 0, 0, false, false
		}
	}
	return t0, t1, spaced, true
}

// saltTail returns the token holding key offset e-1 when the rest of that
// token is a salt or form written onto the name ("FentanylHCl",
// "codeinephosphate"), or -1.
func saltTail(nt *normText, e int) int {
	t := tokenAt(nt, e-1)
	if t >= len(nt.toks) {
		return -1
	}
	if saltSuffix[string(nt.key[e:nt.toks[t].end])] {
		return t
	}
	return -1
}

// joinable reports whether a short pattern's own boundaries may be written
// joined: only between a digit and a letter ("4-AP" as "4AP", "MT-45" as
// "MT45"), not between two letters ("o-FF" is not "off").
func joinable(nt *normText, s int, bounds []int32) bool {
	for _, b := range bounds {
		k := s + int(b)
		if bit(nt.starts, k) {
			continue // written apart, as in the pattern
		}
		if isDigitByte(nt.key[k-1]) == isDigitByte(nt.key[k]) && !camelLocant(nt, k) {
			return false
		}
	}
	return true
}

// camelLocant reports whether key offset k, inside a word, follows a
// lower-case ortho/meta/para letter written right before a capital
// ("pFBF", "oFIBF"): a locant glued to an abbreviation, which case sets
// apart where "off" does not.
func camelLocant(nt *normText, k int) bool {
	t := tokenAt(nt, k)
	if t >= len(nt.toks) {
		return false
	}
	tk := nt.toks[t]
	if int(tk.oEnd-tk.oStart) != int(tk.end-tk.start) || k <= int(tk.start) {
		return false // not written one byte per key byte: offsets do not map
	}
	o := int(tk.oStart) + k - int(tk.start)
	if o < 1 || o >= len(nt.src) {
		return false
	}
	l, c := nt.src[o-1], nt.src[o]
	return (l == 'o' || l == 'm' || l == 'p') && c >= 'A' && c <= 'Z' && (o == 1 || !isLetterByte(nt.src[o-2]))
}

func isLetterByte(c byte) bool { return c|0x20 >= 'a' && c|0x20 <= 'z' }

// leftGlued reports whether the name starting at token t is the tail of a
// longer chemical name: right after a closing bracket ("4-(phenylamino)
// piperidine"), after a chemical prefix joined by a hyphen or one space,
// possibly through locants ("methyl fentanyl", "1-boc-piperidine",
// "3-hydroxy-2-butanone"), or, in Chinese, right after an ideograph of a
// chemical prefix ("丁酰芬太尼").
//
// It returns what glues the name ("" if nothing): the prefix word, or the
// bracket or ideograph.
func leftGlued(nt *normText, t int) string {
	tk := nt.toks[t]
	if tk.oStart > 0 {
		if c := nt.src[tk.oStart-1]; c == ')' || c == ']' || c == '}' {
			return string(c)
		}
	}
	if t == 0 {
		return ""
	}
	if tk.flags&flagHan != 0 {
		// a locant between a substituent and the name ("1-苄基-4-哌啶酮" is
		// 1-benzyl-4-piperidone, not 4-piperidone): look past it
		start := int(tk.oStart)
		if i := strings.LastIndexFunc(nt.src[:start], func(r rune) bool {
			return !(r == '-' || r == '‐' || r == ',' || r == '\'' || r >= '0' && r <= '9')
		}); i >= 0 && i+1 < start && strings.ContainsAny(nt.src[i+1:start], "0123456789") {
			if r, _ := utf8.DecodeLastRuneInString(nt.src[:i+1]); zhGlue[r] {
				return string(r)
			}
		}
		prev := nt.toks[t-1]
		if prev.flags&flagHan == 0 || prev.oEnd != tk.oStart {
			return ""
		}
		if r, _ := utf8.DecodeRuneInString(nt.text(t - 1)); zhGlue[r] {
			return string(r)
		}
		return ""
	}
	for cur, n := t, 0; cur > 0 && n < 6; n++ {
		prev := cur - 1
		sep := nt.src[nt.toks[prev].oEnd:nt.toks[cur].oStart]
		glued := sep != "" && len(sep) <= 4 && strings.Trim(sep, "-‐‑–,'′()[]") == ""
		spaced := cur == t && (sep == " " || sep == "- ")
		switch {
		case glued && strings.ContainsAny(sep, ")]"):
			return ")"
		case (glued || spaced) && isChemPrefix(nt.text(prev)), glued && isRomancePrefix(nt.text(prev)), glued && zhGlueEnd(nt.text(prev)):
			return nt.text(prev)
		case glued && isLocant(nt, prev):
			cur = prev // "hydroxy-2-butanone": look past the locant
		default:
			return ""
		}
	}
	return ""
}

// rightGlued reports whether the name ending at token t is followed by a
// locant that continues a systematic name: "piperidine-1-carboxylate",
// "piperidin-4-yl", "…-2,6-dione".
func rightGlued(nt *normText, t int) bool {
	rest := nt.src[nt.toks[t].oEnd:]
	i := dashAt(rest)
	if i == 0 {
		return false
	}
	j := i
	for j < len(rest) && (isDigitByte(rest[j]) || rest[j] == ',' || rest[j] == '\'') {
		j++
	}
	if j == i {
		if j >= len(rest) || !strings.ContainsRune("NOSHnosh", rune(rest[j])) {
			return false
		}
		j++
	}
	k := dashAt(rest[j:])
	if k == 0 {
		return false
	}
	j += k
	return j < len(rest) && ((rest[j] >= 'a' && rest[j] <= 'z') || (rest[j] >= 'A' && rest[j] <= 'Z'))
}

// continuations are word stems that, right after a name (past one
// chemical prefix such as "methyl"), make it the head of a longer name:
// "BMK glycidate", "P2P methyl glycidic acid" are glycidates, not P2P.
var continuations = []string{"glycid", "carboxyl", "carboxamid", "nitril", "oxim", "glicid", "carboxil", "глицид", "нитрил"} // English, German, Spanish, Russian

// continuedName reports whether the name ending at token t is followed,
// in its sentence, by a continuation word.
func continuedName(nt *normText, t int) bool {
	for next, n := t+1, 0; next < len(nt.toks) && n < 2 && nt.toks[next].sent == nt.toks[t].sent; next, n = next+1, n+1 {
		w := nt.text(next)
		for _, c := range continuations {
			if strings.HasPrefix(w, c) {
				return true
			}
		}
		if !isChemPrefix(w) {
			return false
		}
	}
	return false
}

// dashAt returns the byte length of a dash at the start of s, or 0.
func dashAt(s string) int {
	r, w := utf8.DecodeRuneInString(s)
	switch r {
	case '-', '‐', '‑', '‒', '–', '—', '－', '−':
		return w
	}
	return 0
}

func isDigitByte(c byte) bool { return c >= '0' && c <= '9' }

func hasLower(s string) bool {
	for _, r := range s {
		if unicode.IsLower(r) {
			return true
		}
	}
	return false
}

// leftmostLongest keeps, of overlapping name mentions, the one that starts
// first and, among those, the longest ("acetyl fentanyl" is acetylfentanyl,
// not fentanyl). Mentions with the same span are all kept.
func leftmostLongest(ms []mention) []mention {
	slices.SortStableFunc(ms, func(a, b mention) int {
		if a.s != b.s {
			return a.s - b.s
		}
		return b.e - a.e
	})
	out := ms[:0]
	end, lastS, lastE := -1, -1, -1
	for _, x := range ms {
		if x.s == lastS && x.e == lastE {
			out = append(out, x)
			continue
		}
		if x.s < end {
			continue
		}
		out = append(out, x)
		end, lastS, lastE = x.e, x.s, x.e
	}
	return out
}

// zhGlueEnd reports a Chinese substituent word ("苄基", benzyl) glued to a
// name by a locant's hyphen: "1-苄基-4-哌啶酮" names another compound.
func zhGlueEnd(w string) bool {
	r, _ := utf8.DecodeLastRuneInString(w)
	return zhGlue[r]
}
