package npswatch

import (
	"errors"
	"fmt"
	"slices"
)

// Substance classes used by class rules and by the watchlist.
const (
	ClassFentanyl = "fentanyl"
	ClassNitazene = "nitazene"
)

// Severity levels of watchlist entries, highest first.
const (
	SeverityCritical = "critical"
	SeverityHigh     = "high"
	SeverityMedium   = "medium"
	SeverityLow      = "low"
)

// Substance is one watchlist entry: a controlled substance, a precursor or a
// class entry. Sources and statuses are kept exactly as the reference list
// gives them, so every hit can say where its facts come from.
type Substance struct {
	ID       string   `json:"id"`
	Name     string   `json:"name"`
	Synonyms []string `json:"synonyms,omitempty"`
	CAS      string   `json:"cas,omitempty"`
	// SaltCAS are the CAS numbers of the entry's salts and hydrates
	// (fentanyl citrate 990-73-8): a listing that shows one offers the entry.
	SaltCAS    []string `json:"salt_cas,omitempty"`
	Category   string   `json:"category"`
	Class      string   `json:"class,omitempty"`
	Status     string   `json:"status"`
	IntlStatus string   `json:"intl_status,omitempty"`
	Severity   string   `json:"severity"`
	Sources    []string `json:"sources,omitempty"`
	Verified   string   `json:"verified,omitempty"`
}

// HasCAS reports whether c is the entry's CAS number or one of its salts'.
func (s *Substance) HasCAS(c string) bool {
	return c != "" && (c == s.CAS || slices.Contains(s.SaltCAS, c))
}

// Validate reports what is wrong with a watchlist entry.
func (s *Substance) Validate() error {
	var errs []error
	if s.ID == "" {
		errs = append(errs, errors.New("empty id"))
	}
	if s.Name == "" {
		errs = append(errs, errors.New("empty name"))
	}
	if s.CAS != "" && !ValidCAS(s.CAS) {
		errs = append(errs, fmt.Errorf("CAS %q fails the check digit", s.CAS))
	}
	for _, c := range s.SaltCAS {
		if !ValidCAS(c) {
			errs = append(errs, fmt.Errorf("salt CAS %q fails the check digit", c))
		}
	}
	switch s.Class {
	case "", ClassFentanyl, ClassNitazene:
	default:
		errs = append(errs, fmt.Errorf("unknown class %q", s.Class))
	}
	switch s.Severity {
	case SeverityCritical, SeverityHigh, SeverityMedium, SeverityLow:
	default:
		errs = append(errs, fmt.Errorf("unknown severity %q", s.Severity))
	}
	if err := errors.Join(errs...); err != nil {
		return fmt.Errorf("substance %q: %w", s.Name, err)
	}
	return nil
}
