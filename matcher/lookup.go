package matcher

import (
	"strings"

	"github.com/npswatch/npswatch"
)

// Lookup finds watchlist entries for `npswatch watchlist search TERM`: by
// id, by CAS number, or by a name or synonym that contains the term once
// both are normalised ("anpp", "4-ANPP", "phenethyl piperid" and "芬太尼"
// all find entries). Exact matches come first, then the others in
// watchlist order. An empty term finds nothing.
func (m *Matcher) Lookup(term string) []npswatch.Substance {
	term = strings.TrimSpace(term)
	if term == "" {
		return nil
	}
	if c, ok := npswatch.ParseCAS(term); ok {
		var out []npswatch.Substance
		for _, s := range m.subs {
			if s.HasCAS(c) {
				out = append(out, s)
			}
		}
		return out
	}
	q := normKey(term)
	if q == "" {
		return nil
	}
	var exact, partial []npswatch.Substance
	id := strings.ToLower(term)
	for i, s := range m.subs {
		if strings.ToLower(s.ID) == id {
			exact = append(exact, s)
			continue
		}
		match := 0
		for _, k := range m.lookup[i] {
			if k == q {
				match = 2
				break
			}
			if strings.Contains(k, q) {
				match = 1
			}
		}
		switch match {
		case 2:
			exact = append(exact, s)
		case 1:
			partial = append(partial, s)
		}
	}
	return append(exact, partial...)
}
