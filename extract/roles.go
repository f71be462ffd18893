package extract

import (
	"io"
	"slices"
	"strings"
)

// roles.go decides what a page, or a segment of one (a post, a row, a
// card), does with the substances it names: offers them, or only talks
// about them — a buyer's request, a news report, a warning, a regulation,
// a market's rules, a buyer's review, a reference entry. Only offers become listings. The
// words of each role come from a lexicon in the format of concepts.go
// (seeds/roles.tsv), in the five languages of the claims.

// Roles.
const (
	RoleOffer      = "offer"
	RoleRequest    = "request"
	RoleReport     = "report"
	RoleWarning    = "warning"
	RoleRegulation = "regulation"
	RoleRules      = "rules"
	RoleReview     = "review"
	RoleInventory  = "inventory" // holdings listed but not for sale ("these materials are not sold")
	RoleReference  = "reference" // an encyclopedia, a substance database, a monograph
	RoleQuestion   = "question"  // a question and its answers: a Q&A page, a row whose headline asks
)

// Roles lists every role; talkRoles are those that never offer.
var (
	Roles     = []string{RoleOffer, RoleRequest, RoleReport, RoleWarning, RoleRegulation, RoleRules, RoleReview, RoleInventory, RoleReference, RoleQuestion}
	talkRoles = []string{RoleRequest, RoleReport, RoleWarning, RoleRegulation, RoleRules, RoleReview, RoleInventory, RoleReference, RoleQuestion}
)

// ParseRoles reads a role lexicon (seeds/roles.tsv): concepts.go's format,
// whose rules make roles instead of claim kinds.
func ParseRoles(r io.Reader) (*ConceptLexicon, error) {
	return parseLexicon(r, "roles", func(k string) bool { return slices.Contains(Roles, k) })
}

// roleHits is what the role words of a text say: per role, how many
// distinct words and where the first one stands.
type roleHits struct {
	n     map[string]int
	first map[string]int
	words map[string][]string
}

// roleScan finds the role words of text.
func (m *conceptMatcher) roleScan(text string) roleHits {
	rh := roleHits{n: map[string]int{}, first: map[string]int{}, words: map[string][]string{}}
	if m == nil {
		return rh
	}
	offset := 0
	for _, line := range strings.Split(text, "\n") {
		hs := m.lineScan(line)
		for i, h := range hs {
			if insideLonger(hs, i) {
				continue // "не продаём": the negation, not the offer word inside it
			}
			role, word := m.names[h.concept], strings.ToLower(line[h.start:h.end])
			if role == RoleOffer && quoted(line, h.start) {
				continue // “we ship from our US warehouse”, quoted: someone else's words reported
			}
			if slices.Contains(rh.words[role], word) {
				continue
			}
			if _, ok := rh.first[role]; !ok {
				rh.first[role] = offset + h.start
			}
			rh.n[role]++
			rh.words[role] = append(rh.words[role], word)
		}
		offset += len(line) + 1
	}
	return rh
}

// insideLonger reports whether hs[i] lies inside a longer hit of hs.
func insideLonger(hs []conceptHit, i int) bool {
	for j, o := range hs {
		if j != i && o.start <= hs[i].start && hs[i].end <= o.end && o.end-o.start > hs[i].end-hs[i].start {
			return true
		}
	}
	return false
}

// before reports whether role a's first word comes before role b's (or b
// has none).
func (rh roleHits) before(a, b string) bool {
	fa, okA := rh.first[a]
	fb, okB := rh.first[b]
	return okA && (!okB || fa < fb)
}

// roleDecision is what a segment does, with the words that said so.
type roleDecision struct {
	role, why string
}

// decide weighs the role words of a segment with its price and call to
// action: a request that comes first is a request; talk with no price that
// outweighs offer words is talk; a price, a call to action or offer words
// make an offer; nothing at all decides nothing ("").
func (rh roleHits) decide(price, cta bool) roleDecision {
	quote := func(role string) string {
		w := rh.words[role]
		if len(w) > 3 {
			w = w[:3]
		}
		return role + " (" + strings.Join(w, ", ") + ")"
	}
	if rh.n[RoleRequest] > 0 && (rh.n[RoleOffer] == 0 || rh.before(RoleRequest, RoleOffer)) {
		return roleDecision{RoleRequest, quote(RoleRequest)}
	}
	best, n := "", 0
	for _, r := range []string{RoleInventory, RoleWarning, RoleReport, RoleRegulation, RoleRules, RoleReference} {
		if rh.n[r] > n {
			best, n = r, rh.n[r]
		}
	}
	if best != "" && !price && n > rh.n[RoleOffer] {
		return roleDecision{best, quote(best)}
	}
	if rh.n[RoleReview] > 0 && !price && !cta && rh.n[RoleOffer] == 0 {
		return roleDecision{RoleReview, quote(RoleReview)}
	}
	switch {
	case price:
		return roleDecision{RoleOffer, "a price"}
	case cta:
		return roleDecision{RoleOffer, "a call to action"}
	case rh.n[RoleOffer] > 0:
		return roleDecision{RoleOffer, quote(RoleOffer)}
	}
	return roleDecision{}
}

// talk reports whether a role only talks about what it names.
// questionTitle reports a headline that asks ("Is 4-AP a listed
// precursor?", "¿Es legal…?", "这个是什么？"): the page or row it heads is
// a question, whose text — a quoted spam mail, a price someone saw — is
// what is asked about, not offered.
func questionTitle(title string) bool {
	t := strings.TrimSpace(title)
	return strings.HasSuffix(t, "?") || strings.HasSuffix(t, "？")
}

func talk(role string) bool { return slices.Contains(talkRoles, role) }
