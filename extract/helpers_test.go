package extract

import (
	"os"
	"strings"
	"testing"
)

// mustRules parses the real claim lexicon of the seeds package. Tests read
// the file rather than import seeds: subpackages do not import each other.
func mustRules(tb testing.TB) []ClaimRule {
	tb.Helper()
	raw, err := os.ReadFile("../seeds/claims.tsv")
	if err != nil {
		tb.Fatal(err)
	}
	rules, err := ParseClaimRules(strings.NewReader(string(raw)))
	if err != nil {
		tb.Fatal(err)
	}
	return rules
}

// mustConcepts parses the real concept lexicon of the seeds package.
func mustConcepts(tb testing.TB) *ConceptLexicon {
	tb.Helper()
	raw, err := os.ReadFile("../seeds/concepts.tsv")
	if err != nil {
		tb.Fatal(err)
	}
	lx, err := ParseConcepts(strings.NewReader(string(raw)))
	if err != nil {
		tb.Fatal(err)
	}
	return lx
}

// mustRoles parses the real role lexicon of the seeds package.
func mustRoles(tb testing.TB) *ConceptLexicon {
	tb.Helper()
	raw, err := os.ReadFile("../seeds/roles.tsv")
	if err != nil {
		tb.Fatal(err)
	}
	lx, err := ParseRoles(strings.NewReader(string(raw)))
	if err != nil {
		tb.Fatal(err)
	}
	return lx
}

// mustExtractor builds an Extractor with the real claim, concept and role
// lexicons.
func mustExtractor(tb testing.TB) *Extractor {
	tb.Helper()
	e, err := New(&Options{Claims: mustRules(tb), Concepts: mustConcepts(tb), Roles: mustRoles(tb)})
	if err != nil {
		tb.Fatal(err)
	}
	return e
}
