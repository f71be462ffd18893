package matcher

import (
	"errors"
	"fmt"
	"maps"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/coregx/ahocorasick"

	"github.com/npswatch/npswatch"
)

// Options tune a Matcher. A nil *Options means the defaults.
type Options struct {
	// MinConfidence drops hits whose confidence is below it. The default, 0,
	// keeps every hit; the confidence says how sure each one is.
	MinConfidence float64
	// NoClassRules turns off the fentanyl and nitazene class rules, so only
	// listed entries can hit.
	NoClassRules bool
}

// Matcher matches listings against a watchlist. It is safe for concurrent
// use: Match and Lookup only read it.
type Matcher struct {
	subs        []npswatch.Substance
	opts        Options
	autos       []*automaton      // ASCII keys; keys with other characters
	byCAS       map[string]int    // CAS → index in subs
	classEntry  map[string]int    // class → index in subs of its class entry
	conflicts   map[string]string // abbreviation key → group name in abbrevConflicts
	lookup      [][]string        // per substance: the keys of its id, name and synonyms
	skeletons   map[string]string // consonant skeleton → the Latin name it reads as (kana.go)
	arSkeletons map[string]string // the same, folded for Arabic script (arabic.go)
}

// payload kinds: what a pattern is.
const (
	pName      uint8 = iota + 1 // a name or synonym of a listed entry
	pClassTerm                  // a name of a class entry ("fentanyl analogues", 芬太尼类)
	pNeg                        // a negative-context term
	pStem                       // a class-rule stem, matched inside words
	pConflict                   // a word showing an abbreviation means another chemical
)

// payload is what one pattern key stands for; a key can stand for several.
type payload struct {
	kind       uint8
	sub        int     // pName, pClassTerm: index into subs
	idx        int     // pNeg: rule; pStem: class rule
	term       string  // the watchlist term (or lexicon term) as written
	group      string  // pConflict: the abbreviation; pName: its conflict group
	bounds     []int32 // token boundaries inside the key, of any spelling
	firm       []int32 // the boundaries every spelling has: only these must not be joined
	abbrev     bool    // an all-capitals abbreviation ("NPP", "4-AP")
	weak       bool    // a street name or common short code (weakTerms)
	trunc      bool    // a truncation of a listed name ("carfent" for carfentanil); weak too
	paired     bool    // a class stub ("iso", "meto"): counts only beside another name of its class in its sentence
	caseSens   bool    // must be written without lower-case letters (caseSensitiveAbbrevs)
	carbamates bool    // the entry's status covers its carbamates (a Boc or Cbz prefix still matches)
}

type automaton struct {
	ac   *ahocorasick.Automaton
	pats [][]payload
}

// ErrNoSubstances is returned by New for an empty watchlist.
var ErrNoSubstances = errors.New("matcher: empty watchlist")

// New builds a Matcher for the watchlist subs. Every substance must pass
// Validate and ids must be unique. A substance whose Class is set, whose CAS
// is empty and whose id ends in "-class" (or whose name says "class") is the
// class entry of its class: class-rule hits carry it, and its names are
// matched as class terms.
func New(subs []npswatch.Substance, opts *Options) (*Matcher, error) {
	if len(subs) == 0 {
		return nil, ErrNoSubstances
	}
	m := &Matcher{
		subs:       append([]npswatch.Substance(nil), subs...),
		byCAS:      map[string]int{},
		classEntry: map[string]int{},
		conflicts:  map[string]string{},
	}
	if opts != nil {
		m.opts = *opts
	}
	ids := map[string]bool{}
	for i := range m.subs {
		s := &m.subs[i]
		if err := s.Validate(); err != nil {
			return nil, fmt.Errorf("matcher: %w", err)
		}
		if ids[s.ID] {
			return nil, fmt.Errorf("matcher: duplicate id %q", s.ID)
		}
		ids[s.ID] = true
		for _, c := range append([]string{s.CAS}, s.SaltCAS...) {
			if _, dup := m.byCAS[c]; c != "" && !dup {
				m.byCAS[c] = i // a salt's CAS is its entry's
			}
		}
		if isClassEntry(s) {
			if _, dup := m.classEntry[s.Class]; !dup {
				m.classEntry[s.Class] = i
			}
		}
	}
	b := newBuilder()
	groups := slices.Sorted(maps.Keys(abbrevConflicts)) // a fixed pattern order
	for _, group := range groups {
		for _, k := range termKeys(group) {
			m.conflicts[string(k.key)] = group
		}
	}
	for i := range m.subs {
		m.indexSubstance(b, i)
	}
	for _, d := range prefixedNames(m.subs) {
		b.add(d.term, payload{kind: pName, sub: d.sub, term: d.term,
			carbamates: strings.Contains(strings.ToLower(m.subs[d.sub].Status), "carbamate")}, 3)
	}
	for ri, r := range negLexicon {
		for _, t := range r.terms {
			b.add(t, payload{kind: pNeg, idx: ri, term: t}, 2)
		}
	}
	for ci, r := range classRules {
		for _, t := range r.stems {
			b.add(t, payload{kind: pStem, idx: ci, term: t}, 3)
		}
	}
	for _, group := range groups {
		for _, w := range abbrevConflicts[group] {
			b.add(w, payload{kind: pConflict, group: group, term: w}, 3)
		}
	}
	autos, err := b.build()
	if err != nil {
		return nil, fmt.Errorf("matcher: %w", err)
	}
	m.autos = autos
	m.buildSkeletons()
	return m, nil
}

// isClassEntry reports whether s stands for a whole class rather than one
// substance.
func isClassEntry(s *npswatch.Substance) bool {
	if s.Class == "" || s.CAS != "" {
		return false
	}
	return strings.HasSuffix(s.ID, "-class") || strings.Contains(strings.ToLower(s.Name), "class")
}

// indexSubstance adds the name and synonyms of subs[i] to the builder.
func (m *Matcher) indexSubstance(b *builder, i int) {
	s := &m.subs[i]
	kind := pName
	if isClassEntry(s) {
		kind = pClassTerm
	}
	terms := append([]string{s.Name}, s.Synonyms...)
	keys := []string{normKey(s.ID)}
	for _, raw := range terms {
		t := stripAnnotation(raw)
		if t == "" || strings.HasPrefix(t, "-") {
			continue // "-fentanyl": a suffix pattern, covered by the class rules
		}
		for _, k := range termKeys(t) {
			keys = append(keys, string(k.key))
		}
		nk := normKey(t)
		if commonWord[nk] {
			continue
		}
		p := payload{kind: kind, sub: i, term: t, abbrev: isAbbrev(t)}
		p.weak = weakTerm[nk]
		p.carbamates = strings.Contains(strings.ToLower(s.Status), "carbamate")
		p.caseSens = caseSensitive[nk]
		if p.abbrev {
			p.group = m.conflicts[nk]
		}
		b.add(t, p, 3)
		if kind != pName {
			continue
		}
		if cyr, ok := cyrillicAbbrev(t); ok && p.abbrev {
			q := p
			q.term, q.caseSens = cyr, true // "нпп" is no abbreviation
			b.add(cyr, q, 3)
		}
		for _, rf := range slices.Concat(romanceForms(t), polishForm(t), centralForm(t), taiwanForm(t)) {
			q := p
			q.term = rf
			b.add(rf, q, 6)
		}
		for _, tr := range truncations(t) {
			q := p
			q.weak, q.trunc, q.abbrev = true, true, false
			b.add(tr, q, 4)
		}
		for _, st := range classStubs(t) {
			q := p
			q.weak, q.trunc, q.abbrev, q.paired = true, true, false, true
			b.add(st, q, 3)
		}
	}
	m.lookup = append(m.lookup, keys)
}

// isAbbrev reports whether a watchlist term is an abbreviation: Latin
// capitals (and digits), no lower-case or other letters, at most six
// characters once normalised ("NPP", "4-AP", "MT-45").
func isAbbrev(t string) bool {
	upper := false
	for _, r := range t {
		switch {
		case r >= 'A' && r <= 'Z':
			upper = true
		case unicode.IsLetter(r):
			return false
		}
	}
	return upper && len(normKey(t)) <= 6
}

// normKey returns the matching key of a term (its first variant).
func normKey(t string) string {
	nt := normalize(t)
	return string(nt.key)
}

var (
	commonWord    = keySet(commonWords)
	weakTerm      = keySet(weakTerms)
	caseSensitive = keySet(caseSensitiveAbbrevs)
)

func keySet(words []string) map[string]bool {
	m := make(map[string]bool, len(words))
	for _, w := range words {
		m[normKey(w)] = true
	}
	return m
}

// keyVariant is one way a term is spelled in the matching key.
type keyVariant struct {
	key    []byte
	bounds []int32
}

// termKeys returns the keys a term is indexed under: its normal form with
// token boundaries; the normal form of the term written without separators
// (which differs when joining changes how leetspeak reads, "boc4AP"); and,
// for "4-fluoro…"-style terms, the other spellings of the ring position.
func termKeys(term string) []keyVariant {
	var out []keyVariant
	seen := map[string]bool{}
	add := func(words []string) {
		var key []byte
		var bounds []int32
		for i, w := range words {
			if i > 0 {
				bounds = append(bounds, int32(len(key)))
			}
			key = append(key, w...)
		}
		key = foldKey(key)
		if len(key) == 0 || seen[string(key)] {
			return
		}
		seen[string(key)] = true
		out = append(out, keyVariant{key: key, bounds: bounds})
	}
	nt := normalize(term)
	words := make([]string, len(nt.toks))
	for i := range nt.toks {
		words[i] = nt.text(i)
	}
	add(words)
	joined := strings.Map(func(r rune) rune {
		if strings.ContainsRune(" -.,()[]'/", r) {
			return -1
		}
		return r
	}, term)
	jt := normalize(joined)
	jw := make([]string, len(jt.toks))
	for i := range jt.toks {
		jw[i] = jt.text(i)
	}
	add(jw)
	for i := 0; i+1 < len(words); i++ {
		group := positionGroup(words[i])
		if group == nil || !startsWithAny(words[i+1], positionSubstituents) {
			continue
		}
		for _, alt := range group {
			v := append([]string(nil), words...)
			v[i] = alt
			add(v)
		}
		break
	}
	return out
}

func positionGroup(w string) []string {
	for _, g := range positionGroups {
		for _, x := range g {
			if x == w {
				return g
			}
		}
	}
	return nil
}

func startsWithAny(w string, prefixes []string) bool {
	for _, p := range prefixes {
		if strings.HasPrefix(w, p) {
			return true
		}
	}
	return false
}

// builder collects pattern keys for the two automata.
type builder struct {
	keys [2][]string
	ids  [2]map[string]int
	pats [2][][]payload
}

func newBuilder() *builder {
	return &builder{ids: [2]map[string]int{{}, {}}}
}

// add indexes term under all its keys of at least minLen bytes (two
// ideographs for Chinese keys).
func (b *builder) add(term string, p payload, minLen int) {
	for _, v := range termKeys(term) {
		k := string(v.key)
		ascii := isASCII(k)
		if len(k) < minLen || (!ascii && utf8.RuneCountInString(k) < 2) {
			continue
		}
		a := 0
		if !ascii {
			a = 1
		}
		id, ok := b.ids[a][k]
		if !ok {
			id = len(b.keys[a])
			b.ids[a][k] = id
			b.keys[a] = append(b.keys[a], k)
			b.pats[a] = append(b.pats[a], nil)
		}
		q := p
		q.bounds, q.firm = v.bounds, slices.Clone(v.bounds)
		if j := payloadIndex(b.pats[a][id], q); j >= 0 {
			// the same entry under another spelling: its boundaries count
			// too, and a boundary it writes joined ("pFIBF" beside "p-FIBF")
			// may be joined
			ex := &b.pats[a][id][j]
			for _, x := range v.bounds {
				if !slices.Contains(ex.bounds, x) {
					ex.bounds = append(ex.bounds, x)
				}
			}
			ex.firm = slices.DeleteFunc(ex.firm, func(x int32) bool { return !slices.Contains(v.bounds, x) })
			continue
		}
		b.pats[a][id] = append(b.pats[a][id], q)
	}
}

// payloadIndex returns the index in ps of a payload that says what q says
// (the same entry, rule or group through the same kind of pattern), or -1.
func payloadIndex(ps []payload, q payload) int {
	for i, p := range ps {
		if p.kind == q.kind && p.sub == q.sub && p.idx == q.idx && p.group == q.group {
			return i
		}
	}
	return -1
}

func (b *builder) build() ([]*automaton, error) {
	var out []*automaton
	for a := range b.keys {
		if len(b.keys[a]) == 0 {
			continue
		}
		ac, err := ahocorasick.NewBuilder().AddStrings(b.keys[a]).Build()
		if err != nil {
			return nil, fmt.Errorf("build automaton: %w", err)
		}
		out = append(out, &automaton{ac: ac, pats: b.pats[a]})
	}
	return out, nil
}

func isASCII(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] >= utf8.RuneSelf {
			return false
		}
	}
	return true
}
