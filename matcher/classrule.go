package matcher

import (
	"fmt"
	"sort"
	"strings"
	"unicode/utf8"

	"github.com/npswatch/npswatch"
)

// classRule flags names that look like members of a class — fentanyl
// analogues, nitazenes — but are on no list. A stem may stand anywhere in a
// word ("valerylfentanyl", "meta-fluoro-valerylfentanyl", "fentanyls"); the
// class mention covers the whole compound name around it. A class mention
// counts only where no watchlist name matched, and a class hit is made only
// when no listed entry matched the listing at all.
type classRule struct {
	class string
	rule  string   // Match.Rule
	term  string   // Match.Term; empty: the stem that matched
	stems []string // normalised like listing text; matched inside words
	why   string   // for Match.Reason
}

// classRules follow reference/SOURCES.md §3 (name-based patterns): the
// -fentanyl/-fentanil suffixes and their common misspellings, 芬太尼 and 太尼
// (valerylfentanyl is written 戊酰太尼), the -nitazene/-nitazepyne/-nitazine
// suffixes and 尼秦.
var classRules = []classRule{
	{class: npswatch.ClassFentanyl, rule: "fentanyl-suffix", term: "-fentanyl",
		stems: []string{"fentany", "fentani", "fetany", "fenteny"},
		why:   "looks like a fentanyl analogue (-fentanyl/-fentanil)"},
	{class: npswatch.ClassFentanyl, rule: "fentanyl-zh", stems: []string{"芬太尼", "太尼"},
		why: "looks like a fentanyl analogue (芬太尼/太尼)"},
	{class: npswatch.ClassNitazene, rule: "nitazene-suffix", term: "-nitazene", stems: []string{"nitazen", "nitazep", "nitazin"},
		why: "looks like a nitazene (-nitazene/-nitazepyne)"},
	{class: npswatch.ClassNitazene, rule: "nitazene-zh", stems: []string{"尼秦"},
		why: "looks like a nitazene (尼秦)"},
	// the two rules below have no stems: systematic.go finds their cores
	{class: npswatch.ClassFentanyl, rule: "fentanyl-core", term: "4-anilidopiperidine core",
		why: "is a systematic name with the 4-anilidopiperidine core of fentanyl-related substances (an N-aryl amide of a piperidin-4-yl carrying a group at N1)"},
	{class: npswatch.ClassNitazene, rule: "nitazene-core", term: "2-benzylbenzimidazole core",
		why: "is a systematic name with the 2-benzylbenzimidazole core of the nitazenes (a 2-benzyl-1H-benzimidazole with an aminoalkyl group at N1)"},
}

// classRuleIndex returns the index of the class rule named rule.
func classRuleIndex(rule string) int {
	for i := range classRules {
		if classRules[i].rule == rule {
			return i
		}
	}
	panic("matcher: no class rule " + rule)
}

// classSpan extends a class stem found in tokens t0..t1 to the whole
// compound name: left over tokens joined by hyphens or brackets, and over
// chemical prefixes and locants separated by one space ("ortho-methyl
// cyclopentyl fentanyl"); for Chinese, over the ideographs of chemical
// prefixes ("戊酰太尼").
func classSpan(nt *normText, t0, t1 int) (int, int) {
	for n := 0; t0 > 0 && n < 10; n++ {
		prev := t0 - 1
		sep := nt.src[nt.toks[prev].oEnd:nt.toks[t0].oStart]
		pt := nt.text(prev)
		locant := isLocant(nt, prev)
		if nt.toks[t0].flags&flagHan != 0 {
			if nt.toks[prev].flags&flagHan != 0 {
				r, _ := utf8.DecodeRuneInString(pt)
				if sep != "" || !zhChem[r] {
					break
				}
			} else if (sep != "" && sep != "-") || !locant {
				break
			}
			t0 = prev
			continue
		}
		glued := sep != "" && len(sep) <= 3 && strings.Trim(sep, "-‐‑–—()[],'′") == ""
		switch {
		case glued && (locant || isChemPrefix(pt) || strings.ContainsAny(sep, "()[]")):
			t0 = prev
		case (sep == " " || sep == "- ") && (locant || isChemPrefix(pt)):
			t0 = prev
		default:
			return t0, t1
		}
	}
	return t0, t1
}

// isLocant reports whether token t is a locant or position word: digits,
// a single letter, "ortho", "alpha", "N" and the like.
func isLocant(nt *normText, t int) bool {
	tk := nt.toks[t]
	if tk.flags&flagHan != 0 {
		return false
	}
	w := nt.text(t)
	if tk.units <= 1 || positionWords[w] {
		return true
	}
	return strings.Trim(w, "0123456789") == ""
}

// classStems turns the class stems that no watchlist name covers into class
// mentions spanning the whole compound name. names must be sorted by start
// and not overlap (leftmostLongest output).
func (m *Matcher) classStems(nt *normText, stems, names []mention) []mention {
	var out []mention
	type spanKey struct {
		t0, t1 int
		class  string
	}
	seen := map[spanKey]bool{}
	for _, st := range stems {
		i := sort.Search(len(names), func(i int) bool { return names[i].e > st.s })
		if i < len(names) && names[i].s < st.e {
			continue // part of a name that matched: not a novel analogue
		}
		if freeWord(nt.text(st.t1)) {
			continue // "fentanylfrei", "fentanylfree": written as one word, it says the opposite
		}
		rule := &classRules[st.p.idx]
		t0, t1 := classSpan(nt, st.t0, st.t1)
		k := spanKey{t0, t1, rule.class}
		if seen[k] {
			continue
		}
		seen[k] = true
		st.t0, st.t1 = t0, t1
		out = append(out, st)
	}
	return out
}

// classHits makes at most one hit per class from class mentions (stems and
// class terms) that are not referred to by negative context.
func (e *evaluator) classHits(ms []mention) []*candidate {
	best := map[string]*candidate{}
	var order []string
	for _, x := range ms {
		if _, ok := referral(e.nt, e.negs, x.t0, x.t1, false); ok {
			continue
		}
		c := e.classCandidate(x)
		cls := c.ref.Class
		if old, ok := best[cls]; !ok || c.match.Confidence > old.match.Confidence {
			if !ok {
				order = append(order, cls)
			}
			best[cls] = c
		}
	}
	out := make([]*candidate, 0, len(order))
	for _, cls := range order {
		out = append(out, best[cls])
	}
	return out
}

func (e *evaluator) classCandidate(x mention) *candidate {
	span := e.span(x.t0, x.t1)
	where := "the product name"
	if !x.inProduct {
		where = "the listing text"
	}
	var cls, rule, term, why string
	var conf float64
	if x.p.kind == pClassTerm {
		cls, rule, term, conf = e.m.subs[x.p.sub].Class, "class-term", x.p.term, confClassTerm
		if x.p.weak {
			conf = confStreet
		}
		why = fmt.Sprintf("%s in %s names the class (%s)", quote(span), where, quote(x.p.term))
	} else {
		r := &classRules[x.p.idx]
		cls, rule, term, conf = r.class, r.rule, r.term, confClass
		if term == "" {
			term = x.p.term
			conf -= penaltyChineseCls
		}
		why = fmt.Sprintf("%s in %s %s and matches no watchlist entry", quote(span), where, r.why)
		if parent := e.m.closestParent(span, cls); parent != nil && normKey(parent.Name) != normKey(span) {
			why += fmt.Sprintf("; closest listed parent %s (%s): a modified analogue of it, not it", quote(parent.Name), parent.CAS)
		}
	}
	if !x.inProduct {
		conf -= confClass - confClassText
	}
	ref := e.m.classRef(cls)
	c := &candidate{ref: ref, match: npswatch.Match{Kind: npswatch.MatchClass, Term: term, Span: span, Rule: rule,
		Confidence: conf}}
	c.reasons = append(c.reasons, why, "class entry "+quote(ref.Name))
	if how := e.obfuscation(x); how != "" {
		c.reasons = append(c.reasons, "spelling disguised ("+how+")")
	}
	return c
}

// classRef returns the reference a class hit carries: the class entry of
// the watchlist, or, without one, a reference to the class itself (empty
// ID, so the hit's identity is "class:<class>").
func (m *Matcher) classRef(cls string) npswatch.SubstanceRef {
	if i, ok := m.classEntry[cls]; ok {
		r := m.subs[i].Ref()
		r.CAS = ""
		return r
	}
	ref := npswatch.SubstanceRef{Class: cls, Severity: npswatch.SeverityCritical}
	switch cls {
	case npswatch.ClassFentanyl:
		ref.Name, ref.Category = "fentanyl-related substance (class rule)", "fentanyl-analogue"
	default:
		ref.Name, ref.Category = cls+" class (class rule)", "opioid"
	}
	return ref
}

// closestParent returns the listed entry of class cls whose name the
// compound name span ends with ("para-fluoro acetylfentanyl" →
// acetylfentanyl, "对氟丁酰芬太尼" → butyrylfentanyl), the longest such
// name, or nil. A class hit on a modified analogue names it in its reason.
func (m *Matcher) closestParent(span, cls string) *npswatch.Substance {
	key := normalize(span).key
	var best *npswatch.Substance
	bestLen := 0
	for _, a := range m.autos {
		for _, x := range a.ac.FindAllOverlapping(key) {
			if x.End != len(key) || x.End-x.Start <= bestLen {
				continue
			}
			for _, p := range a.pats[x.PatternID] {
				if p.kind == pName && !p.weak && m.subs[p.sub].Class == cls && !isClassEntry(&m.subs[p.sub]) {
					best, bestLen = &m.subs[p.sub], x.End-x.Start
					break
				}
			}
		}
	}
	return best
}

// freeWords end a word that says its stem is absent: German and Dutch
// write "fentanylfrei", "fentanylvrij" as one word, as English sometimes
// writes "fentanylfree".
var freeWords = []string{"free", "frei", "freie", "freies", "freier", "vrij", "libre", "fri"}

func freeWord(w string) bool {
	for _, f := range freeWords {
		if strings.HasSuffix(w, f) && len(w) > len(f)+3 {
			return true
		}
	}
	return false
}
