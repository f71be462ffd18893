package extract

import (
	"fmt"
	"regexp"
	"slices"
	"sort"
	"strings"
	"unicode/utf8"

	"github.com/coregx/ahocorasick"

	"github.com/npswatch/npswatch"
	"github.com/npswatch/npswatch/internal/hanfold"
)

// claims.go finds shipping claims. Every rule has required literals
// (derived from its regexp, see triggers.go); one Aho-Corasick pass over
// the lower-cased text tells which lines can match which rules, so the
// regexps only run on those lines. Sentences are cut with prose only for
// the lines that matched, in one batch per page, because prose costs
// milliseconds per document.

// compiledRule is a ClaimRule ready to match.
type compiledRule struct {
	kind string
	re   *regexp.Regexp
}

// claimMatcher runs a compiled lexicon.
type claimMatcher struct {
	rules     []compiledRule
	ac        *ahocorasick.Automaton
	trigRules [][]ruleSet // trigger id → the rule literal sets it belongs to
	nsets     []int       // rule → number of literal sets
	reach     []int       // rule → how far a match may reach from a literal
	always    []int       // rules without a usable trigger: run on every line
	concepts  *conceptMatcher
}

// ruleSet names one literal set of one rule.
type ruleSet struct{ rule, set int }

// compileClaims compiles the phrase rules and the concept lexicon; neither
// yields a matcher that finds nothing.
func compileClaims(rules []ClaimRule, concepts *ConceptLexicon) (*claimMatcher, error) {
	cm, err := compileConcepts(concepts)
	if err != nil {
		return nil, err
	}
	m := &claimMatcher{concepts: cm}
	trigID := map[string]int{}
	var trigs []string
	for i, r := range rules {
		if err := r.validate(); err != nil {
			return nil, fmt.Errorf("rule %d: %w", i+1, err)
		}
		re := regexp.MustCompile("(?i)" + r.Pattern) // validate compiled it
		m.rules = append(m.rules, compiledRule{kind: r.Kind, re: re})
		sets := requiredLiterals(r.Pattern)
		m.nsets = append(m.nsets, len(sets))
		m.reach = append(m.reach, matchReach(r.Pattern))
		if len(sets) == 0 {
			m.always = append(m.always, i)
			continue
		}
		for si, set := range sets {
			for _, l := range set {
				id, ok := trigID[l]
				if !ok {
					id = len(trigs)
					trigID[l] = id
					trigs = append(trigs, l)
					m.trigRules = append(m.trigRules, nil)
				}
				m.trigRules[id] = append(m.trigRules[id], ruleSet{i, si})
			}
		}
	}
	if len(trigs) > 0 {
		ac, err := ahocorasick.NewBuilder().AddStrings(trigs).Build()
		if err != nil {
			return nil, fmt.Errorf("build claim triggers: %w", err)
		}
		m.ac = ac
	}
	return m, nil
}

// rawClaim is one regexp match before its sentence is known.
type rawClaim struct {
	kind       string
	text, line int  // which text and which line of it
	start, end int  // byte offsets in the line
	denied     bool // the text says the opposite: "we do not reship", "no reships"
}

// triggerReach caps how far, in bytes, a match may reach from one of its
// literals. The regexps run on windows around the literals, not on whole
// lines: page text can hold lines of 100 KB (JSON, minified markup).
const triggerReach = 400

// match returns the raw claims of each text; lines[i] are the lines of
// texts[i]. Rules run on the text with traditional Chinese folded to
// simplified (包清關 is 包清关); the fold keeps byte offsets, so the
// claims' sentences come from the original lines.
func (m *claimMatcher) match(texts []string) (raws []rawClaim, _ [][]string) {
	lines := make([][]string, len(texts))
	orig := make([][]string, len(texts))
	for ti, text := range texts {
		orig[ti] = strings.Split(text, "\n")
		text = hanfold.String(text)
		lines[ti] = strings.Split(text, "\n")
		if m == nil || len(m.rules) == 0 {
			continue
		}
		// candidate (line, rule) pairs, with the literal spans per set
		type key struct{ line, rule int }
		type hits struct {
			bits  uint32
			spans [maxSets][][2]int
		}
		cand := map[key]*hits{}
		if m.ac != nil {
			lower := strings.ToLower(text)
			starts := lineStarts(lower)
			for _, hit := range m.ac.FindAllOverlapping([]byte(lower)) {
				li := sort.Search(len(starts), func(i int) bool { return starts[i] > hit.Start }) - 1
				span := [2]int{hit.Start - starts[li], hit.End - starts[li]}
				for _, rs := range m.trigRules[hit.PatternID] {
					k := key{li, rs.rule}
					h := cand[k]
					if h == nil {
						h = &hits{}
						cand[k] = h
					}
					h.bits |= 1 << rs.set
					h.spans[rs.set] = append(h.spans[rs.set], span)
				}
			}
			for k, h := range cand {
				if h.bits != 1<<m.nsets[k.rule]-1 {
					delete(cand, k) // a literal set is missing from the line
				}
			}
		}
		// every match holds a literal of each set: windows around the
		// literals of the rarest set suffice
		spansOf := func(k key, text string) [][2]int {
			h := cand[k]
			if h == nil {
				return nil
			}
			// lower-casing may change byte lengths (rare runes): then the
			// spans do not fit the original line and the whole line is used
			if len(strings.ToLower(text)) != len(text) {
				return nil
			}
			best := h.spans[0]
			for i := 1; i < m.nsets[k.rule]; i++ {
				if len(h.spans[i]) < len(best) {
					best = h.spans[i]
				}
			}
			return best
		}
		for li := range lines[ti] {
			for _, ri := range m.always {
				cand[key{li, ri}] = nil // nil hits: the whole line
			}
		}
		keys := make([]key, 0, len(cand))
		for k := range cand {
			keys = append(keys, k)
		}
		sort.Slice(keys, func(i, j int) bool {
			if keys[i].line != keys[j].line {
				return keys[i].line < keys[j].line
			}
			return keys[i].rule < keys[j].rule
		})
		for _, k := range keys {
			if k.line < 0 || k.line >= len(lines[ti]) {
				continue
			}
			line := lines[ti][k.line]
			for _, w := range windows(line, spansOf(k, line), m.reach[k.rule]) {

				for _, loc := range m.rules[k.rule].re.FindAllStringIndex(line[w[0]:w[1]], 8) {
					start, end := w[0]+loc[0], w[0]+loc[1]
					raws = append(raws, rawClaim{kind: m.rules[k.rule].kind, text: ti, line: k.line, start: start, end: end,
						denied: negated(line[:start])})
				}
			}
		}
	}
	return dedupeRaw(raws), orig // sentences come from the unfolded lines
}

// windows returns the parts of line to run a rule on: the whole line when
// it is short or no literal spans are known, else merged windows of reach
// bytes around each span, cut at spaces.
func windows(line string, spans [][2]int, reach int) [][2]int {
	if len(spans) == 0 || len(line) <= 2*reach {
		return [][2]int{{0, len(line)}}
	}
	sort.Slice(spans, func(i, j int) bool { return spans[i][0] < spans[j][0] })
	var out [][2]int
	for _, sp := range spans {
		a, b := max(0, sp[0]-reach), min(len(line), sp[1]+reach)
		a, b = snapBack(line, a), snapForward(line, b)
		if n := len(out); n > 0 && a <= out[n-1][1] {
			out[n-1][1] = max(out[n-1][1], b)
			continue
		}
		out = append(out, [2]int{a, b})
	}
	return out
}

// snapBack moves i back to a word start (at most 40 bytes) or at least
// to a rune start.
func snapBack(s string, i int) int {
	for j := i; j > 0 && i-j < 40; j-- {
		if s[j-1] == ' ' {
			return j
		}
	}
	for i > 0 && !utf8.RuneStart(s[i]) {
		i--
	}
	return i
}

// snapForward moves i on to a word end (at most 40 bytes) or at least to
// a rune start.
func snapForward(s string, i int) int {
	for j := i; j < len(s) && j-i < 40; j++ {
		if s[j] == ' ' {
			return j
		}
	}
	for i < len(s) && !utf8.RuneStart(s[i]) {
		i++
	}
	return i
}

// dedupeRaw drops repeated matches (overlapping windows find them twice).
func dedupeRaw(raws []rawClaim) []rawClaim {
	seen := map[rawClaim]bool{}
	out := raws[:0]
	for _, r := range raws {
		if !seen[r] {
			seen[r] = true
			out = append(out, r)
		}
	}
	return out
}

// lineStarts returns the byte offset where each line of s starts.
func lineStarts(s string) []int {
	starts := []int{0}
	for i := 0; i < len(s); i++ {
		if s[i] == '\n' {
			starts = append(starts, i+1)
		}
	}
	return starts
}

// negRe matches a negation right before a claim: "we do not reship",
// "no reshipment", "不包清关".
var negRe = regexp.MustCompile(`(?i)(?:\b(?:not|no|never|don'?t|doesn'?t|won'?t|cannot|can'?t|nor|non)\b[\s-]+(?:\w+\s+){0,2}(?:\w+\s+(?:or|nor)\s+){0,2}|(?:不|没有|无法|不能|不会|不提供)\s*)$`)

// notNegRe matches negation words that do not negate: "not only", "no
// matter", "not just".
var notNegRe = regexp.MustCompile(`(?i)\b(?:not\s+only|not\s+just|no\s+matter|never\s+fails?\s+to|no\s+problem|no\s+worries` +
	// and a negation that is the adverse event a remedy answers: "if it
	// doesn't arrive, we reship"
	`|(?:not|never|n't)\s+(?:arrives?|arrived|arriving|delivered|received|reach(?:es|ed)?|come|comes|show\s+up|shows\s+up|make\s+it|clear(?:s|ed)?(?:\s+customs)?|get\s+(?:there|through)|gets\s+(?:there|through)))\b`)

// negOtherRe matches a negation before a claim in Spanish, Russian and
// German (words that \b cannot bound): "sin reenvío", "не отправляем
// повторно", "kein Nachversand".
var negOtherRe = regexp.MustCompile(`(?i)(?:^|[\s(,;:])(?:sin|nunca|jamás|не|нет|без|никогда|nicht|kein|keine|keinen|keiner|nie|niemals|ohne)\s+(?:\S+\s+){0,2}$`)

// negated reports whether the text before a match negates it.
func negated(before string) bool {
	if len(before) > 60 {
		before = before[len(before)-60:]
		for len(before) > 0 && !utf8.RuneStart(before[0]) {
			before = before[1:]
		}
	}
	if m := negRe.FindString(before); m != "" && !notNegRe.MatchString(m) {
		return true
	}
	return negOtherRe.MatchString(before)
}

// find returns the claims of each text, each with its sentence, deduped
// by (kind, sentence) within a text, and the kinds each text denies ("no
// reships", "we do not use forwarders").
func (m *claimMatcher) find(texts []string) (out [][]npswatch.Claim, denied [][]string) {
	out = make([][]npswatch.Claim, len(texts))
	denied = make([][]string, len(texts))
	raws, lines := m.match(texts)
	var found []lineHits
	if m != nil {
		found = m.concepts.scan(lines)
	}
	if len(raws) == 0 && len(found) == 0 {
		return out, denied
	}
	sort.SliceStable(raws, func(i, j int) bool {
		a, b := raws[i], raws[j]
		if a.text != b.text {
			return a.text < b.text
		}
		if a.line != b.line {
			return a.line < b.line
		}
		return a.start < b.start
	})
	seg := newSegmenter()
	for _, r := range raws {
		seg.add(lines[r.text][r.line])
	}
	for _, lh := range found {
		seg.add(lines[lh.text][lh.line])
	}
	seg.run()
	raws = m.concepts.filter(raws, found, lines, seg)
	if cr := m.concepts.claims(found, lines, seg, raws); len(cr) > 0 {
		raws = append(raws, cr...)
		sort.SliceStable(raws, func(i, j int) bool {
			a, b := raws[i], raws[j]
			if a.text != b.text {
				return a.text < b.text
			}
			if a.line != b.line {
				return a.line < b.line
			}
			return a.start < b.start
		})
	}
	seen := make([]map[npswatch.Claim]bool, len(texts))
	for _, r := range raws {
		if r.denied {
			if !slices.Contains(denied[r.text], r.kind) {
				denied[r.text] = append(denied[r.text], r.kind)
			}
			continue
		}
		c := npswatch.Claim{Kind: r.kind, Text: seg.sentence(lines[r.text][r.line], r.start, r.end)}
		if c.Text == "" {
			continue
		}
		if seen[r.text] == nil {
			seen[r.text] = map[npswatch.Claim]bool{}
		}
		if !seen[r.text][c] {
			seen[r.text][c] = true
			out[r.text] = append(out[r.text], c)
		}
	}
	// "reship guaranteed if seized … we do not reship to a wrong address":
	// a kind the text also claims is not denied
	for i := range denied {
		denied[i] = slices.DeleteFunc(denied[i], func(k string) bool {
			return slices.ContainsFunc(out[i], func(c npswatch.Claim) bool { return c.Kind == k })
		})
	}
	return out, denied
}

// Claims returns the shipping claims in text, each with the sentence it
// was found in, deduped by (kind, sentence), in text order.
func (e *Extractor) Claims(text string) []npswatch.Claim {
	if e == nil {
		return nil
	}
	out, _ := e.claims.find([]string{text})
	return out[0]
}

// isTerm reports the kinds that are trade terms, not shipping claims.
func isTerm(kind string) bool { return slices.Contains(npswatch.TermKinds, kind) }

// splitTerms separates trade terms from shipping claims.
func splitTerms(all []npswatch.Claim) (claims, terms []npswatch.Claim) {
	for _, c := range all {
		if isTerm(c.Kind) {
			terms = append(terms, c)
		} else {
			claims = append(claims, c)
		}
	}
	return claims, terms
}

// any reports whether text makes a shipping claim or states a trade term.
func (m *claimMatcher) any(text string) bool {
	if m == nil {
		return false
	}
	out, _ := m.find([]string{text})
	return len(out[0]) > 0
}
