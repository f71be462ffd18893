package matcher_test

import (
	"slices"
	"testing"

	"github.com/npswatch/npswatch"
)

func TestLookup(t *testing.T) {
	m := mustMatcher(t)
	ids := func(subs []npswatch.Substance) []string {
		var out []string
		for _, s := range subs {
			out = append(out, s.ID)
		}
		return out
	}
	tests := []struct {
		name, term string
		first      string   // expected first result ("" for none)
		contains   []string // also expected somewhere in the results
		max        int      // at most this many results (0: no limit)
	}{
		{"id", "4-anpp", "4-anpp", nil, 1},
		{"id any case", "NPP", "npp", nil, 0},
		{"cas", "21409-26-7", "4-anpp", nil, 1},
		{"cas with odd dashes", "21409–26–7", "4-anpp", nil, 1},
		{"synonym", "despropionyl fentanyl", "4-anpp", nil, 1},
		{"normalised synonym", "Despropionyl-F3nt@nyl", "4-anpp", nil, 1},
		{"substring", "phenethyl", "", []string{"npp", "4-anpp"}, 0},
		{"exact name first", "fentanyl", "fentanyl", []string{"carfentanil", "acetylfentanyl"}, 0},
		{"chinese", "芬太尼", "fentanyl", []string{"carfentanil"}, 0},
		{"class entry", "fentanyl analogues", "fentanyl-class", nil, 0},
		{"nothing", "sodium bicarbonate", "", nil, 0},
		{"unknown cas", "144-55-8", "", nil, 0},
		{"empty", "  ", "", nil, 0},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := ids(m.Lookup(tt.term))
			if tt.first == "" && tt.contains == nil && len(got) != 0 {
				t.Fatalf("Lookup(%q) = %v, want nothing", tt.term, got)
			}
			if tt.first != "" && (len(got) == 0 || got[0] != tt.first) {
				t.Fatalf("Lookup(%q) = %v, want %s first", tt.term, got, tt.first)
			}
			for _, id := range tt.contains {
				if !slices.Contains(got, id) {
					t.Errorf("Lookup(%q) = %v, missing %s", tt.term, got, id)
				}
			}
			if tt.max > 0 && len(got) > tt.max {
				t.Errorf("Lookup(%q) = %v, want at most %d", tt.term, got, tt.max)
			}
		})
	}
}
