package extract

import (
	"bufio"
	"errors"
	"fmt"
	"io"
	"regexp"
	"slices"
	"strings"

	"github.com/npswatch/npswatch"
)

// rules.go reads the claim lexicon: a TSV of kind, language and pattern.

// ClaimRule is one claim pattern: a Go regular expression, matched case
// insensitively, that marks a shipping claim of the given kind.
type ClaimRule struct {
	Kind    string // one of npswatch.ClaimKinds, or npswatch.TermKinds (escrow …)
	Lang    string // language of the pattern ("en", "zh", …), informative
	Pattern string // Go regexp syntax
}

// ErrBadRule is wrapped by every error about a claim rule.
var ErrBadRule = errors.New("bad claim rule")

// maxRuleLine bounds one line of the lexicon.
const maxRuleLine = 64 << 10

// ParseClaimRules reads claim rules in the TSV format of seeds/claims.tsv:
// one rule per line as kind<TAB>lang<TAB>pattern; blank lines and lines
// starting with # are ignored, and so is a "kind lang pattern" header.
// Errors name the line and wrap ErrBadRule.
func ParseClaimRules(r io.Reader) ([]ClaimRule, error) {
	var rules []ClaimRule
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 0, 4096), maxRuleLine)
	line := 0
	for sc.Scan() {
		line++
		text := strings.TrimRight(sc.Text(), "\r")
		if strings.TrimSpace(text) == "" || strings.HasPrefix(strings.TrimSpace(text), "#") {
			continue
		}
		cols := strings.Split(text, "\t")
		if len(cols) != 3 {
			return nil, fmt.Errorf("claims line %d: %d columns, want 3 (kind, lang, pattern): %w", line, len(cols), ErrBadRule)
		}
		rule := ClaimRule{Kind: strings.TrimSpace(cols[0]), Lang: strings.TrimSpace(cols[1]), Pattern: strings.TrimSpace(cols[2])}
		if rule.Kind == "kind" && rule.Lang == "lang" && len(rules) == 0 {
			continue
		}
		if err := rule.validate(); err != nil {
			return nil, fmt.Errorf("claims line %d: %w", line, err)
		}
		rules = append(rules, rule)
	}
	if err := sc.Err(); err != nil {
		return nil, fmt.Errorf("claims line %d: %w", line+1, err)
	}
	return rules, nil
}

// validate checks the kind and that the pattern compiles and cannot match
// the empty string (it would match every sentence).
func (r ClaimRule) validate() error {
	if !slices.Contains(npswatch.ClaimKinds, r.Kind) && !slices.Contains(npswatch.TermKinds, r.Kind) {
		return fmt.Errorf("unknown kind %q (want one of %s, %s): %w", r.Kind, strings.Join(npswatch.ClaimKinds, ", "),
			strings.Join(npswatch.TermKinds, ", "), ErrBadRule)
	}
	if r.Pattern == "" {
		return fmt.Errorf("empty pattern: %w", ErrBadRule)
	}
	re, err := regexp.Compile("(?i)" + r.Pattern)
	if err != nil {
		return fmt.Errorf("pattern %q: %w: %w", r.Pattern, ErrBadRule, err)
	}
	if re.MatchString("") {
		return fmt.Errorf("pattern %q matches the empty string: %w", r.Pattern, ErrBadRule)
	}
	return nil
}
