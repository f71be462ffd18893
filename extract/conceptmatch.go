package extract

import (
	"fmt"
	"slices"
	"sort"
	"strings"
	"unicode/utf8"

	"github.com/coregx/ahocorasick"

	"github.com/npswatch/npswatch"
	"github.com/npswatch/npswatch/internal/hanfold"
)

// conceptmatch.go finds claims made of concepts (concepts.go): one
// Aho-Corasick pass over the lower-cased, simplified-Chinese text finds
// every concept word; the words that stand on word boundaries are grouped
// by sentence, and a sentence that holds every concept of a rule, none of
// its excluded ones and no blocker makes a claim — unless it is a question
// or the rule's head is negated ("we do not reship", "sin reenvío").

// afterWords is how many words may stand between the head of a rule and a
// concept that must follow it ("via our partner in Mexico"); CJK text
// counts afterRunes characters instead.
const (
	nearWords = 1
	farWords  = 6
	nearRunes = 4
	farRunes  = 12
)

type conceptPat struct {
	concept int
	prefix  bool   // "word*": any ending
	exact   string // compare with the original text, case and all ("US", "EU")
}

type compiledConceptRule struct {
	kind  string
	all   []int
	after []int
	none  []int
}

// conceptMatcher runs a compiled concept lexicon; nil finds nothing.
type conceptMatcher struct {
	ac       *ahocorasick.Automaton
	pats     [][]conceptPat // pattern id → what it stands for
	names    []string       // concept id → name
	rules    []compiledConceptRule
	blockers []int // concepts that cancel every claim of their sentence
	deniers  []int // concepts that turn them into denials ("no reships")
	carriers []int // concepts that, opening a sentence, continue the one before
	place    int   // the concept id of places, or -1
	quote    int   // the concept id of quoted names, or -1
}

// compileConcepts builds the matcher; places are added to the concept
// "place" when a rule uses it.
func compileConcepts(lx *ConceptLexicon) (*conceptMatcher, error) {
	if lx == nil || len(lx.Rules) == 0 {
		return nil, nil
	}
	m := &conceptMatcher{place: -1, quote: -1}
	ids := map[string]int{}
	id := func(c string) int {
		if i, ok := ids[c]; ok {
			return i
		}
		ids[c] = len(m.names)
		m.names = append(m.names, c)
		return ids[c]
	}
	for _, r := range lx.Rules {
		cr := compiledConceptRule{kind: r.Kind, after: r.After}
		for _, c := range r.All {
			cr.all = append(cr.all, id(c))
		}
		for _, c := range r.None {
			cr.none = append(cr.none, id(c))
		}
		m.rules = append(m.rules, cr)
	}
	for _, c := range lx.Blockers {
		m.blockers = append(m.blockers, id(c))
	}
	for _, c := range lx.Deniers {
		m.deniers = append(m.deniers, id(c))
	}
	for _, c := range lx.Carriers {
		m.carriers = append(m.carriers, id(c))
	}
	patID := map[string]int{}
	var keys []string
	addKey := func(key string, p conceptPat) {
		i, ok := patID[key]
		if !ok {
			i = len(keys)
			patID[key] = i
			keys = append(keys, key)
			m.pats = append(m.pats, nil)
		}
		m.pats[i] = append(m.pats[i], p)
	}
	for c, terms := range lx.Terms {
		ci, ok := ids[c]
		if !ok {
			continue // a concept no rule uses
		}
		for _, t := range terms {
			body, prefix := strings.CutSuffix(t, "*")
			addKey(dehyphen(hanfold.String(body)), conceptPat{concept: ci, prefix: prefix})
		}
	}
	if pi, ok := ids[conceptPlace]; ok {
		m.place = pi
		for _, pn := range placeNames {
			if pn.code == npswatch.PlaceWorldwide {
				continue // "we ship worldwide" names no country a parcel passes through
			}
			p := conceptPat{concept: pi}
			if pn.exact {
				p.exact = pn.name
			}
			addKey(dehyphen(asciiLower(hanfold.String(pn.name))), p)
		}
	}
	if qi, ok := ids[conceptQuote]; ok {
		m.quote = qi
	}
	ac, err := ahocorasick.NewBuilder().AddStrings(keys).Build()
	if err != nil {
		return nil, fmt.Errorf("build concept automaton: %w", err)
	}
	m.ac = ac
	return m, nil
}

// conceptHit is one concept word found in a line: byte offsets.
type conceptHit struct {
	concept    int
	start, end int
}

// lineHits are the concept hits of one line of one text.
type lineHits struct {
	text, line int
	hits       []conceptHit
}

// scan finds the concept words of every line of every text. lines are the
// texts' lines as claimMatcher.match returns them.
func (m *conceptMatcher) scan(lines [][]string) []lineHits {
	if m == nil {
		return nil
	}
	var out []lineHits
	for ti, ls := range lines {
		for li, line := range ls {
			if hs := m.lineScan(line); len(hs) > 0 {
				out = append(out, lineHits{text: ti, line: li, hits: hs})
			}
		}
	}
	return out
}

func (m *conceptMatcher) lineScan(line string) []conceptHit {
	if strings.TrimSpace(line) == "" {
		return nil
	}
	low := dehyphen(asciiLower(hanfold.String(line))) // same byte offsets as line
	var hs []conceptHit
	for _, x := range m.ac.FindAllOverlapping([]byte(low)) {
		for _, p := range m.pats[x.PatternID] {
			if p.exact != "" && line[x.Start:x.End] != p.exact {
				continue
			}
			if !wordStart(low, x.Start) || (!p.prefix && !wordEnd(low, x.End)) {
				continue
			}
			hs = append(hs, conceptHit{concept: p.concept, start: x.Start, end: x.End})
		}
	}
	if m.place >= 0 {
		for _, f := range flagSpans(line) {
			hs = append(hs, conceptHit{concept: m.place, start: f[0], end: f[1]})
		}
	}
	if m.quote >= 0 {
		for _, q := range quoteSpans(line) {
			hs = append(hs, conceptHit{concept: m.quote, start: q[0], end: q[1]})
		}
	}
	sort.Slice(hs, func(i, j int) bool { return hs[i].start < hs[j].start })
	return hs
}

// wordStart reports whether a term starting at byte i of s starts a word:
// a CJK character always does, a letter only after a non-letter.
func wordStart(s string, i int) bool {
	r, _ := utf8.DecodeRuneInString(s[i:])
	if r >= 0x2E80 || !isWordRune(r) || i == 0 {
		return true
	}
	p, _ := utf8.DecodeLastRuneInString(s[:i])
	return !isWordRune(p) || p >= 0x2E80
}

// wordEnd reports whether a term ending at byte i of s ends a word.
func wordEnd(s string, i int) bool {
	if i >= len(s) {
		return true
	}
	p, _ := utf8.DecodeLastRuneInString(s[:i])
	if p >= 0x2E80 || !isWordRune(p) {
		return true
	}
	r, _ := utf8.DecodeRuneInString(s[i:])
	return !isWordRune(r) || r >= 0x2E80
}

// claims evaluates the rules on the sentences of the lines with hits and
// returns one raw claim per (sentence, kind): the span from its first to
// its last concept word.
func (m *conceptMatcher) claims(found []lineHits, lines [][]string, seg *segmenter, phrases []rawClaim) []rawClaim {
	// a kind a phrase rule found in a sentence is not found again there
	type at struct {
		text, line, pos int
		kind            string
	}
	had := map[at]bool{}
	for _, r := range phrases {
		for _, sp := range seg.spans(lines[r.text][r.line]) {
			if r.start >= sp[0] && r.start < sp[1] {
				had[at{r.text, r.line, sp[1], r.kind}] = true
			}
		}
	}
	var out []rawClaim
	for _, lh := range found {
		line := lines[lh.text][lh.line]
		var carry []conceptHit // a question's words: "Seized? We reship."
		var prev []conceptHit  // the words of the sentence before, when it made no claim
		for _, sp := range seg.spans(line) {
			if strings.TrimSpace(line[sp[0]:sp[1]]) == "" {
				continue
			}
			in := carry
			carry = nil
			var own []conceptHit
			for _, h := range lh.hits {
				if h.start >= sp[0] && h.end <= sp[1] {
					own = append(own, h)
				}
			}
			if m.opens(own, line, sp[0]) {
				// "Ships from our warehouse in Almaty. From there it goes by
				// domestic post": the second sentence continues the first
				in = append(in, prev...)
			}
			in = append(in, own...)
			prev = own
			if len(in) == 0 || m.has(in, m.blockers) {
				prev = nil
				continue
			}
			if question(line[sp[0]:sp[1]]) {
				carry = in
				continue
			}
			denial := m.has(in, m.deniers) // "no reships", "at your own risk"
			from := sp[0]
			if len(in) > 0 && in[0].start < from {
				from = in[0].start
			}
			sp[0] = from
			done := map[string]bool{}
			negs := map[int]bool{} // whether the head starting at a byte is negated, for every rule
			for _, r := range m.rules {
				if done[r.kind] || had[at{lh.text, lh.line, sp[1], r.kind}] {
					continue
				}
				a, b, ok, denied := m.fire(r, in, line, sp[0], negs)
				if ok || denied {
					prev = nil // a sentence that made its claim lends nothing to the next
					done[r.kind] = true
					out = append(out, rawClaim{kind: r.kind, text: lh.text, line: lh.line, start: a, end: b, denied: denied || denial})
				}
			}
		}
	}
	return out
}

// filter drops the phrase-rule claims whose sentence is a question or holds
// a blocker concept (a report of what "some vendors" do, a denial): the
// phrase rules and the concept rules share those tests.
func (m *conceptMatcher) filter(raws []rawClaim, found []lineHits, lines [][]string, seg *segmenter) []rawClaim {
	hits := map[[2]int][]conceptHit{}
	for _, lh := range found {
		hits[[2]int{lh.text, lh.line}] = lh.hits
	}
	out := raws[:0]
	for _, r := range raws {
		line := lines[r.text][r.line]
		keep := true
		for _, sp := range seg.spans(line) {
			if r.start < sp[0] || r.start >= sp[1] {
				continue
			}
			if question(line[sp[0]:sp[1]]) {
				keep = false
				break
			}
			var in []conceptHit
			for _, h := range hits[[2]int{r.text, r.line}] {
				if h.start >= sp[0] && h.end <= sp[1] {
					in = append(in, h)
				}
			}
			keep = m == nil || !m.has(in, m.blockers)
			if keep && m != nil && m.has(in, m.deniers) {
				r.denied = true
			}
			break
		}
		if keep {
			out = append(out, r)
		}
	}
	return out
}

// has reports whether one of the concepts cs is among the hits of a
// sentence.
// opens reports whether a carrier word opens the sentence that starts at
// byte from of line (within its first few words).
func (m *conceptMatcher) opens(hits []conceptHit, line string, from int) bool {
	for _, h := range hits {
		if slices.Contains(m.carriers, h.concept) && len(strings.Fields(line[from:h.start])) <= 1 {
			return true
		}
	}
	return false
}

func (m *conceptMatcher) has(in []conceptHit, cs []int) bool {
	for _, h := range in {
		if slices.Contains(cs, h.concept) {
			return true
		}
	}
	return false
}

// fire reports whether rule r holds for the hits of one sentence starting
// at byte from of line, with the span of the words that made it.
// A rule that holds only with a negated head ("we do not reship") is
// reported as denied.
func (m *conceptMatcher) fire(r compiledConceptRule, in []conceptHit, line string, from int, negs map[int]bool) (a, b int, ok, denied bool) {
	for _, h := range in {
		for _, n := range r.none {
			if h.concept == n {
				return 0, 0, false, false
			}
		}
	}
	if a, b, ok := m.fireHeads(r, in, line, from, false, negs); ok {
		return a, b, true, false
	}
	a, b, denied = m.fireHeads(r, in, line, from, true, negs)
	return a, b, false, denied
}

// fireHeads tries the rule from each head that is (negated) or is not
// negated.
func (m *conceptMatcher) fireHeads(r compiledConceptRule, in []conceptHit, line string, from int, negatedHeads bool, negs map[int]bool) (int, int, bool) {
	for _, head := range in {
		if head.concept != r.all[0] {
			continue
		}
		neg, known := negs[head.start]
		if !known {
			neg = headNegated(in, head, line, from)
			negs[head.start] = neg
		}
		if neg != negatedHeads {
			continue
		}
		a, b := head.start, head.end
		ok := true
		prev := head
		for i := 1; i < len(r.all) && ok; i++ {
			ok = false
			for _, h := range in {
				if h.concept != r.all[i] || overlaps(h, head) || overlaps(h, prev) {
					continue
				}
				if r.after[i] != Anywhere && !follows(line, prev, h, r.after[i]) {
					continue
				}
				a, b, ok = min(a, h.start), max(b, h.end), true
				prev = h
				break
			}
		}
		if ok {
			return a, b, true
		}
	}
	return 0, 0, false
}

func overlaps(a, b conceptHit) bool { return a.start < b.end && b.start < a.end }

// headNegated reports whether the text before head negates it, leaving
// out the words of the concepts before it (negationFrom); the cheap test
// on the whole text comes first, as most heads are not negated at all.
func headNegated(in []conceptHit, head conceptHit, line string, from int) bool {
	return negated(line[from:head.start]) && negated(line[negationFrom(in, head, from):head.start])
}

// negationFrom is where the text that may negate head starts: after the
// last other concept before it, whose own words hold their negation ("if
// your parcel doesn't arrive, we reship": the "doesn't" is the adverse
// event's, not the remedy's).
func negationFrom(in []conceptHit, head conceptHit, from int) int {
	for _, h := range in {
		if h.end <= head.start && h.end > from && !overlaps(h, head) {
			from = h.end
		}
	}
	return from
}

// follows reports whether hit h comes after head, with at most one word
// (Near) or six words (Far) between them; CJK text counts characters.
func follows(line string, head, h conceptHit, how int) bool {
	if h.start < head.end {
		return false
	}
	words, runes := nearWords, nearRunes
	if how == Far {
		words, runes = farWords, farRunes
	}
	gap := line[head.end:h.start]
	if !strings.Contains(strings.TrimSpace(gap), " ") && utf8.RuneCountInString(gap) <= runes {
		return true
	}
	return len(strings.Fields(gap)) <= words
}

// question reports a sentence that asks: a buyer's "do you reship?" is no
// promise.
func question(s string) bool {
	s = strings.TrimRight(s, " \t\n\"'”’)")
	return strings.HasSuffix(s, "?") || strings.HasSuffix(s, "？")
}

// flagSpans returns the byte spans of flag emoji (two regional indicator
// symbols) in s.
func flagSpans(s string) [][2]int {
	var out [][2]int
	for i := 0; i < len(s); {
		r, w := utf8.DecodeRuneInString(s[i:])
		if isRegional(r) {
			if r2, w2 := utf8.DecodeRuneInString(s[i+w:]); isRegional(r2) {
				out = append(out, [2]int{i, i + w + w2})
				i += w + w2
				continue
			}
		}
		i += w
	}
	return out
}

func isRegional(r rune) bool { return r >= 0x1F1E6 && r <= 0x1F1FF }

// flagCode returns the ISO 3166-1 code of a flag emoji ("🇲🇽" → "MX").
func flagCode(flag string) string {
	var b []byte
	for _, r := range flag {
		if !isRegional(r) {
			return ""
		}
		b = append(b, byte('A'+r-0x1F1E6))
	}
	if len(b) != 2 {
		return ""
	}
	return string(b)
}

// maxQuote is the longest quoted name, in runes.
const maxQuote = 60

// quoteSpans returns the spans of short quoted phrases in s: “plastic
// additive sample”, "gift", «подарок», 「礼品」.
func quoteSpans(s string) [][2]int {
	var out [][2]int
	pairs := map[rune]rune{'“': '”', '"': '"', '«': '»', '„': '“', '「': '」', '『': '』', '‘': '’'}
	for i := 0; i < len(s); {
		r, w := utf8.DecodeRuneInString(s[i:])
		closer, ok := pairs[r]
		if r == '\'' && (i == 0 || s[i-1] == ' ' || s[i-1] == '(') {
			closer, ok = '\'', true // 'resin additive', not the apostrophe of "don't"
		}
		if !ok {
			i += w
			continue
		}
		j := strings.IndexRune(s[i+w:], closer)
		if closer == '\'' {
			for j >= 0 && i+w+j+1 < len(s) && isWordRune(rune(s[i+w+j+1])) {
				k := strings.IndexRune(s[i+w+j+1:], closer)
				if k < 0 {
					j = -1
					break
				}
				j += 1 + k
			}
		}
		if j < 0 {
			i += w
			continue
		}
		inner := s[i+w : i+w+j]
		end := i + w + j + utf8.RuneLen(closer)
		if n := utf8.RuneCountInString(strings.TrimSpace(inner)); n >= 2 && n <= maxQuote {
			out = append(out, [2]int{i, end})
		}
		i = end
	}
	return out
}

// dehyphen reads hyphens as spaces, so "protein-powder" is the term
// "protein powder" and "re-ship" is "re ship"; byte offsets are kept.
func dehyphen(s string) string {
	if !strings.Contains(s, "-") {
		return s
	}
	return strings.ReplaceAll(s, "-", " ")
}
