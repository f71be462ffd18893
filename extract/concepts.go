package extract

import (
	"bufio"
	"fmt"
	"io"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/npswatch/npswatch"
)

// concepts.go reads the concept lexicon (seeds/concepts.tsv). Phrase lists
// do not generalise: a vendor who writes "if customs keep your parcel we
// send a new one at our cost" uses none of the phrases of the next. A claim
// is therefore a combination of concepts in one sentence — an adverse event
// (seized, lost, 被扣, incautado, изъят, beschlagnahmt) with a remedy
// (resend, refund, 重发, reenvío, переотправка, Nachversand) is a reship
// claim — and each concept is a list of words in every language the
// lexicon covers. The lexicon file says which combinations make which
// claim kind; conceptmatch.go finds them.

// ConceptRule is one way a claim of Kind is made: every concept of All in
// one sentence, none of None. After[i] says where All[i] must stand
// relative to the concept before it in the rule: anywhere in the sentence
// (0), right after it, at most one word between (Near, "via Mexico"), or
// within six words after it (Far, "declared on the form as detergent").
// A negation right before the head All[0] ("we do not reship") cancels the
// claim.
type ConceptRule struct {
	Kind  string
	All   []string
	After []int
	None  []string
	Line  int // where it was read, for error messages
}

// Positions of a rule's concept relative to its head.
const (
	Anywhere = 0
	Near     = 1
	Far      = 2
)

// ConceptLexicon is a parsed concept lexicon: the words of each concept and
// the rules that combine them. Blockers are concepts that cancel every
// claim of a sentence (a report of what "some vendors" do, a denial).
type ConceptLexicon struct {
	Terms    map[string][]string // concept → terms, lower case; "word*" matches any ending
	Rules    []ConceptRule
	Blockers []string // cancel every claim of their sentence: it is somebody else's
	Deniers  []string // turn the claims of their sentence into denials ("no reships")
	Carriers []string // open a sentence that continues the one before ("From there …", "После …")
}

// ParseConcepts reads a concept lexicon. Lines (tab-separated; blank lines
// and # comments are skipped):
//
//	term   <concept> <lang> <term>;<term>;…
//	rule   <kind>    <expr>
//	block  <concept>     (a sentence that holds it makes no claim)
//	deny   <concept>     (a sentence that holds it denies its claims)
//
// An expr joins concepts with "+" (in one sentence), ">" (the next one
// after the first within a few words) and "+!" (not in the sentence):
// "remedy+adverse", "transit>place", "guarantee+clearance+!buyer_pays".
// Errors name the line and wrap ErrBadRule.
func ParseConcepts(r io.Reader) (*ConceptLexicon, error) {
	return parseLexicon(r, "concepts", func(kind string) bool {
		return slices.Contains(npswatch.ClaimKinds, kind) || slices.Contains(npswatch.TermKinds, kind)
	})
}

// parseLexicon reads a concept lexicon whose rules make the kinds known
// accepts; name prefixes error messages.
func parseLexicon(r io.Reader, name string, known func(string) bool) (*ConceptLexicon, error) {
	lx := &ConceptLexicon{Terms: map[string][]string{}}
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 0, 4096), maxRuleLine)
	line := 0
	used := map[string]int{}
	for sc.Scan() {
		line++
		text := strings.TrimRight(sc.Text(), "\r")
		if t := strings.TrimSpace(text); t == "" || strings.HasPrefix(t, "#") {
			continue
		}
		cols := strings.Split(text, "\t")
		bad := func(format string, a ...any) error {
			return fmt.Errorf("%s line %d: "+format+": %w", append(append([]any{name, line}, a...), ErrBadRule)...)
		}
		switch strings.TrimSpace(cols[0]) {
		case "term":
			if len(cols) != 4 {
				return nil, bad("%d columns, want 4 (term, concept, lang, terms)", len(cols))
			}
			concept := strings.TrimSpace(cols[1])
			if !conceptName(concept) {
				return nil, bad("concept name %q: lower-case letters and _ only", concept)
			}
			for _, t := range strings.Split(cols[3], ";") {
				t = strings.ToLower(strings.TrimSpace(t))
				if t == "" {
					continue
				}
				if err := checkTerm(t); err != nil {
					return nil, bad("%s", err)
				}
				lx.Terms[concept] = append(lx.Terms[concept], t)
			}
		case "rule":
			if len(cols) != 3 {
				return nil, bad("%d columns, want 3 (rule, kind, expr)", len(cols))
			}
			kind := strings.TrimSpace(cols[1])
			if !known(kind) {
				return nil, bad("unknown kind %q", kind)
			}
			rule, err := parseExpr(kind, strings.TrimSpace(cols[2]))
			if err != nil {
				return nil, bad("%s", err)
			}
			rule.Line = line
			for _, c := range append(slices.Clone(rule.All), rule.None...) {
				used[c] = line
			}
			lx.Rules = append(lx.Rules, rule)
		case "block", "deny", "carry":
			kind := strings.TrimSpace(cols[0])
			if len(cols) != 2 || !conceptName(strings.TrimSpace(cols[1])) {
				return nil, bad("want: %s <TAB> concept", kind)
			}
			c := strings.TrimSpace(cols[1])
			used[c] = line
			switch kind {
			case "block":
				lx.Blockers = append(lx.Blockers, c)
			case "deny":
				lx.Deniers = append(lx.Deniers, c)
			default:
				lx.Carriers = append(lx.Carriers, c)
			}
		default:
			return nil, bad("unknown line kind %q (want term, rule, block, deny or carry)", cols[0])
		}
	}
	if err := sc.Err(); err != nil {
		return nil, fmt.Errorf("%s line %d: %w", name, line+1, err)
	}
	for c, at := range used {
		if len(lx.Terms[c]) == 0 && !builtinConcept(c) {
			return nil, fmt.Errorf("%s line %d: concept %q has no terms: %w", name, at, c, ErrBadRule)
		}
	}
	return lx, nil
}

// builtinConcept reports concepts the matcher fills in itself: place is
// every country and region name of places.go and every flag emoji; quote
// is a short quoted phrase (“plastic additive sample”).
func builtinConcept(c string) bool { return c == conceptPlace || c == conceptQuote }

const (
	conceptPlace = "place"
	conceptQuote = "quote"
)

func conceptName(s string) bool {
	if s == "" {
		return false
	}
	for _, r := range s {
		if !(r >= 'a' && r <= 'z' || r == '_') {
			return false
		}
	}
	return true
}

// checkTerm rejects terms that would match almost anything: fewer than
// three letters (two for CJK), or nothing but a wildcard.
func checkTerm(t string) error {
	body := strings.TrimSuffix(t, "*")
	n := utf8.RuneCountInString(body)
	wide := strings.ContainsFunc(body, func(r rune) bool { return r >= 0x2E80 })
	if n < 2 || (n < 3 && !wide) {
		return fmt.Errorf("term %q is too short (3 letters, or 2 CJK characters)", t)
	}
	if strings.ContainsAny(body, "*\t") {
		return fmt.Errorf("term %q: * may only end a term", t)
	}
	return nil
}

// parseExpr reads "a+b>c>>d+!e".
func parseExpr(kind, expr string) (ConceptRule, error) {
	r := ConceptRule{Kind: kind}
	if strings.TrimSpace(expr) == "" {
		return r, fmt.Errorf("empty rule for %s", kind)
	}
	pos := Anywhere
	for len(expr) > 0 {
		part, next, op := expr, "", Anywhere
		if i := strings.IndexAny(expr, "+>"); i >= 0 {
			part, next = expr[:i], expr[i:]
			switch {
			case strings.HasPrefix(next, ">>"):
				op, next = Far, next[2:]
			case next[0] == '>':
				op, next = Near, next[1:]
			default:
				next = next[1:]
			}
			if next == "" {
				return r, fmt.Errorf("rule %q ends with an operator", expr)
			}
		}
		expr = next
		part = strings.TrimSpace(part)
		not := strings.HasPrefix(part, "!")
		part = strings.TrimPrefix(part, "!")
		if !conceptName(part) {
			return r, fmt.Errorf("concept name %q in rule", part)
		}
		switch {
		case not && pos != Anywhere:
			return r, fmt.Errorf("!%s cannot follow > or >>", part)
		case not:
			r.None = append(r.None, part)
		default:
			r.All = append(r.All, part)
			r.After = append(r.After, pos)
		}
		pos = op
	}
	if len(r.All) == 0 {
		return r, fmt.Errorf("rule for %s needs a concept that must be present", kind)
	}
	return r, nil
}

// isWordRune reports letters and digits: a term must not start or end
// inside a word (CJK terms need no boundary).
func isWordRune(r rune) bool { return unicode.IsLetter(r) || unicode.IsDigit(r) }
