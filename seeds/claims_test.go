package seeds_test

import (
	"bufio"
	"bytes"
	"regexp"
	"slices"
	"strings"
	"testing"

	"github.com/npswatch/npswatch"
	"github.com/npswatch/npswatch/seeds"
)

// TestClaimRules checks the embedded lexicon line by line: three columns,
// a known kind, a pattern that compiles and cannot match the empty string,
// and English and Chinese rules for every kind. (extract.ParseClaimRules
// applies the same rules; seeds does not import extract.)
func TestClaimRules(t *testing.T) {
	raw := seeds.ClaimRules()
	if len(raw) == 0 {
		t.Fatal("empty lexicon")
	}
	langs := map[string]map[string]bool{}
	sc := bufio.NewScanner(bytes.NewReader(raw))
	line, rules := 0, 0
	for sc.Scan() {
		line++
		text := sc.Text()
		if strings.TrimSpace(text) == "" || strings.HasPrefix(text, "#") || text == "kind\tlang\tpattern" {
			continue
		}
		cols := strings.Split(text, "\t")
		if len(cols) != 3 {
			t.Errorf("line %d: %d columns", line, len(cols))
			continue
		}
		kind, lang, pattern := cols[0], cols[1], cols[2]
		if !slices.Contains(npswatch.ClaimKinds, kind) && !slices.Contains(npswatch.TermKinds, kind) {
			t.Errorf("line %d: unknown kind %q", line, kind)
		}
		re, err := regexp.Compile("(?i)" + pattern)
		if err != nil {
			t.Errorf("line %d: %v", line, err)
			continue
		}
		if re.MatchString("") || re.MatchString("free shipping worldwide, tracking number included") {
			t.Errorf("line %d: %q matches ordinary shop text", line, pattern)
		}
		if langs[kind] == nil {
			langs[kind] = map[string]bool{}
		}
		langs[kind][lang] = true
		rules++
	}
	if err := sc.Err(); err != nil {
		t.Fatal(err)
	}
	for _, k := range npswatch.ClaimKinds {
		if !langs[k]["en"] || !langs[k]["zh"] {
			t.Errorf("kind %s: languages %v, want en and zh", k, langs[k])
		}
	}
	if rules < 20 {
		t.Errorf("only %d rules", rules)
	}
}

func TestClaimRulesCopy(t *testing.T) {
	a := seeds.ClaimRules()
	a[0] = 'X'
	if seeds.ClaimRules()[0] == 'X' {
		t.Error("ClaimRules returns the embedded slice itself")
	}
}
