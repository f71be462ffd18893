package extract

import (
	"regexp/syntax"
	"sort"
	"strings"
	"unicode/utf8"
)

// triggers.go derives, from a claim pattern, a set of literal strings one
// of which every match must contain ("(?:re-?ship|resend)" → "ship",
// "resend"). A page that contains none of them cannot match the rule, so
// its regexp is never run there.

// minTrigger is the shortest literal worth a prefilter, in runes.
const minTrigger = 3

// maxSets bounds the literal sets kept per rule.
const maxSets = 3

// requiredLiterals returns sets of lower-cased literals such that every
// match contains one literal of each set, or nil when no literal is
// required (the rule then runs on every line). A rule like
// "(?:fake|false) (?:invoice|label)" gives two sets, and a line must hold
// a word of both before the regexp runs.
func requiredLiterals(pattern string) [][]string {
	re, err := syntax.Parse("(?i)"+pattern, syntax.Perl)
	if err != nil {
		return nil
	}
	re = re.Simplify()
	var sets [][]string
	if re.Op == syntax.OpConcat {
		sets = concatSets(re)
	} else if lits, ok := required(re); ok {
		sets = [][]string{lits}
	}
	if len(sets) > maxSets {
		sort.SliceStable(sets, func(i, j int) bool { return shortest(sets[i]) > shortest(sets[j]) })
		sets = sets[:maxSets]
	}
	for i, set := range sets {
		sets[i] = minimal(set)
	}
	return sets
}

// minimal drops literals that contain another literal of the set: a line
// holding "reshipment" holds "reship".
func minimal(lits []string) []string {
	sort.Slice(lits, func(i, j int) bool { return len(lits[i]) < len(lits[j]) })
	var out []string
	for _, l := range lits {
		covered := false
		for _, o := range out {
			if strings.Contains(l, o) {
				covered = true
				break
			}
		}
		if !covered {
			out = append(out, l)
		}
	}
	return out
}

// maxExact bounds the strings an exact sub-pattern may expand to.
const maxExact = 64

// required returns literals one of which every match of re contains.
func required(re *syntax.Regexp) ([]string, bool) {
	if set, ok := exact(re); ok {
		return set, usable(set)
	}
	switch re.Op {
	case syntax.OpCapture, syntax.OpPlus:
		return required(re.Sub[0])
	case syntax.OpRepeat:
		if re.Min >= 1 {
			return required(re.Sub[0])
		}
	case syntax.OpConcat:
		var best []string
		for _, set := range concatSets(re) {
			if best == nil || shortest(set) > shortest(best) {
				best = set
			}
		}
		return best, best != nil
	case syntax.OpAlternate:
		var all []string
		for _, sub := range re.Sub {
			lits, ok := required(sub)
			if !ok {
				return nil, false
			}
			all = append(all, lits...)
		}
		return all, len(all) > 0
	}
	return nil, false
}

// concatSets returns the usable literal sets of the parts of a
// concatenation: each run of exact parts, expanded ("re" "-?" "ship" →
// reship, re-ship), and the literals each other part requires.
func concatSets(re *syntax.Regexp) [][]string {
	var sets [][]string
	consider := func(set []string, ok bool) {
		if ok && usable(set) {
			sets = append(sets, set)
		}
	}
	var run []string
	inRun := false
	for _, sub := range re.Sub {
		if set, ok := exact(sub); ok {
			if !inRun {
				run, inRun = set, true
			} else if r, ok := product(run, set); ok {
				run = r
			} else {
				consider(run, true)
				run = set
			}
			continue
		}
		if inRun {
			consider(run, true)
			inRun = false
		}
		consider(required(sub))
	}
	if inRun {
		consider(run, true)
	}
	return sets
}

// exact returns every string re can match when that is a small finite
// set of literals (lower case), as in "re-?ship" or "pa(?:rcel|ckage)".
func exact(re *syntax.Regexp) ([]string, bool) {
	switch re.Op {
	case syntax.OpLiteral:
		return []string{strings.ToLower(string(re.Rune))}, true
	case syntax.OpEmptyMatch:
		return []string{""}, true
	case syntax.OpCapture:
		return exact(re.Sub[0])
	case syntax.OpQuest:
		set, ok := exact(re.Sub[0])
		if !ok || len(set) >= maxExact {
			return nil, false
		}
		return append([]string{""}, set...), true
	case syntax.OpCharClass:
		// a one-rune class such as [-\s] is not exact; [-_] is
		var set []string
		for i := 0; i+1 < len(re.Rune); i += 2 {
			if re.Rune[i+1]-re.Rune[i] > 4 {
				return nil, false
			}
			for r := re.Rune[i]; r <= re.Rune[i+1]; r++ {
				set = append(set, strings.ToLower(string(r)))
				if len(set) > 8 {
					return nil, false
				}
			}
		}
		return set, len(set) > 0
	case syntax.OpAlternate:
		var all []string
		for _, sub := range re.Sub {
			set, ok := exact(sub)
			if !ok || len(all)+len(set) > maxExact {
				return nil, false
			}
			all = append(all, set...)
		}
		return all, true
	case syntax.OpConcat:
		run := []string{""}
		for _, sub := range re.Sub {
			set, ok := exact(sub)
			if !ok {
				return nil, false
			}
			if run, ok = product(run, set); !ok {
				return nil, false
			}
		}
		return run, true
	}
	return nil, false
}

// product is the cross product of two string sets, or false when too big.
func product(a, b []string) ([]string, bool) {
	if len(a)*len(b) > maxExact {
		return nil, false
	}
	out := make([]string, 0, len(a)*len(b))
	for _, x := range a {
		for _, y := range b {
			out = append(out, x+y)
		}
	}
	return out, true
}

// usable reports whether every literal of set is specific enough.
func usable(set []string) bool {
	if len(set) == 0 {
		return false
	}
	for _, s := range set {
		if utf8.RuneCountInString(s) < minTrigger && !isWide(s) {
			return false
		}
	}
	return true
}

// shortest is the length in bytes of the shortest literal.
func shortest(lits []string) int {
	n := -1
	for _, l := range lits {
		if n < 0 || len(l) < n {
			n = len(l)
		}
	}
	return n
}

// isWide reports CJK literals, where two characters are already specific.
func isWide(s string) bool {
	r, _ := utf8.DecodeRuneInString(s)
	return r >= 0x2E80 && utf8.RuneCountInString(s) >= 2
}

// wordReach is what an unbounded repeat (\w*, \s+) counts for in
// matchReach: one long word.
const wordReach = 40

// matchReach returns how long, in bytes, a match of pattern can be, with
// unbounded repeats counted as wordReach, capped at triggerReach.
func matchReach(pattern string) int {
	re, err := syntax.Parse("(?i)"+pattern, syntax.Perl)
	if err != nil {
		return triggerReach
	}
	return min(maxLen(re.Simplify()), triggerReach)
}

// maxLen estimates the longest match of re in bytes (runes count 4).
func maxLen(re *syntax.Regexp) int {
	switch re.Op {
	case syntax.OpLiteral:
		return 4 * len(re.Rune)
	case syntax.OpCharClass, syntax.OpAnyChar, syntax.OpAnyCharNotNL:
		return 4
	case syntax.OpCapture:
		return maxLen(re.Sub[0])
	case syntax.OpQuest:
		return maxLen(re.Sub[0])
	case syntax.OpStar, syntax.OpPlus:
		return min(wordReach*maxLen(re.Sub[0])/4, triggerReach)
	case syntax.OpRepeat:
		if re.Max < 0 {
			return min(wordReach*maxLen(re.Sub[0])/4, triggerReach)
		}
		return min(re.Max*maxLen(re.Sub[0]), triggerReach)
	case syntax.OpConcat:
		n := 0
		for _, sub := range re.Sub {
			n += maxLen(sub)
		}
		return min(n, triggerReach)
	case syntax.OpAlternate:
		n := 0
		for _, sub := range re.Sub {
			n = max(n, maxLen(sub))
		}
		return n
	}
	return 0
}
