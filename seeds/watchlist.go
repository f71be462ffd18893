package seeds

import (
	"bufio"
	"bytes"
	"crypto/sha256"
	_ "embed"
	"encoding/hex"
	"errors"
	"fmt"
	"io"
	"strings"
	"unicode/utf8"

	"github.com/npswatch/npswatch"
)

// watchlistTSV is the built-in watchlist; SOURCES.md beside it says where
// every row comes from and which synonyms were added.
//
//go:embed watchlist.tsv
var watchlistTSV []byte

// WatchlistVersion returns a short identity of the embedded watchlist: the
// first 12 hex digits of the SHA-256 of watchlist.tsv. Hits record it so an
// analyst can tell which watchlist produced them.
func WatchlistVersion() string { return FileVersion(watchlistTSV) }

// FileVersion returns the short SHA-256 identity (12 hex digits) of a
// watchlist file's bytes, the same identity WatchlistVersion gives the
// embedded one. Use it for analysts' own watchlist files.
func FileVersion(b []byte) string {
	h := sha256.Sum256(b)
	return hex.EncodeToString(h[:6])
}

// Watchlist parses the embedded watchlist. Every entry has passed
// Substance.Validate and ids and CAS numbers are unique.
func Watchlist() ([]npswatch.Substance, error) {
	subs, err := ParseWatchlist(bytes.NewReader(watchlistTSV))
	if err != nil {
		return nil, fmt.Errorf("embedded watchlist: %w", err)
	}
	return subs, nil
}

// ErrNoHeader is returned by ParseWatchlist for input without a header line.
var ErrNoHeader = errors.New("watchlist has no header line")

// maxLine bounds one watchlist line; longer lines are an error, not a panic.
const maxLine = 1 << 20

// ParseWatchlist reads a tab-separated watchlist. The first line that is not
// blank and not a "#" comment is the header; columns are found by name, in
// any order, and unknown columns are ignored:
//
//	id           stable slug; derived from name when the column or cell is empty
//	name         required
//	synonyms     ";"-separated (a ";" inside brackets does not split)
//	chinese      ";"-separated Chinese names, appended to the synonyms
//	cas          CAS Registry Number (fullwidth digits and odd dashes are accepted)
//	category     e.g. fentanyl-analogue, precursor-fentanyl, opioid
//	class        "", "fentanyl" or "nitazene"
//	severity     critical, high, medium or low; DefaultSeverity when empty
//	us_status    kept as Substance.Status ("status" is accepted too)
//	intl_status  kept as Substance.IntlStatus
//	source       ";"-separated sources ("sources" is accepted too)
//	verified     yes, no or empty
//	salt_cas     ";"-separated CAS numbers of the entry's salts and hydrates
//
// Every entry is validated; an error names the line. Duplicate ids and
// duplicate CAS numbers are errors.
func ParseWatchlist(r io.Reader) ([]npswatch.Substance, error) {
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 0, 64*1024), maxLine)
	var (
		cols    map[string]int
		width   int // fields in the header
		out     []npswatch.Substance
		lineNo  int
		idLine  = map[string]int{}
		casLine = map[string]int{}
	)
	for sc.Scan() {
		lineNo++
		line := strings.TrimRight(sc.Text(), "\r")
		if strings.TrimSpace(line) == "" || strings.HasPrefix(strings.TrimSpace(line), "#") {
			continue
		}
		if !utf8.ValidString(line) {
			return nil, fmt.Errorf("line %d: not valid UTF-8", lineNo)
		}
		fields := strings.Split(line, "\t")
		if cols == nil {
			c, err := headerColumns(fields)
			if err != nil {
				return nil, fmt.Errorf("line %d: %w", lineNo, err)
			}
			cols, width = c, len(fields)
			continue
		}
		if len(fields) > width && strings.TrimSpace(strings.Join(fields[width:], "")) != "" {
			return nil, fmt.Errorf("line %d: %d fields, header has %d", lineNo, len(fields), width)
		}
		s := rowSubstance(fields, cols)
		if err := s.Validate(); err != nil {
			return nil, fmt.Errorf("line %d: %w", lineNo, err)
		}
		if first, dup := idLine[s.ID]; dup {
			return nil, fmt.Errorf("line %d: duplicate id %q (first on line %d)", lineNo, s.ID, first)
		}
		idLine[s.ID] = lineNo
		for _, c := range append([]string{s.CAS}, s.SaltCAS...) {
			if c == "" {
				continue
			}
			if first, dup := casLine[c]; dup {
				return nil, fmt.Errorf("line %d: duplicate CAS %s (first on line %d)", lineNo, c, first)
			}
			casLine[c] = lineNo
		}
		out = append(out, s)
	}
	if err := sc.Err(); err != nil {
		return nil, fmt.Errorf("after line %d: %w", lineNo, err)
	}
	if cols == nil {
		return nil, ErrNoHeader
	}
	return out, nil
}

// columnAliases maps accepted header names to the canonical column name.
var columnAliases = map[string]string{
	"id": "id", "name": "name", "synonyms": "synonyms", "chinese": "chinese", "cas": "cas",
	"category": "category", "class": "class", "severity": "severity",
	"us_status": "us_status", "status": "us_status", "intl_status": "intl_status",
	"source": "source", "sources": "source", "verified": "verified", "salt_cas": "salt_cas",
}

func headerColumns(fields []string) (map[string]int, error) {
	cols := make(map[string]int, len(fields))
	for i, f := range fields {
		key := strings.ToLower(strings.TrimSpace(f))
		canon, ok := columnAliases[key]
		if !ok {
			continue // unknown columns are allowed and ignored
		}
		if _, dup := cols[canon]; dup {
			return nil, fmt.Errorf("header names column %q twice", canon)
		}
		cols[canon] = i
	}
	if _, ok := cols["name"]; !ok {
		return nil, errors.New(`header has no "name" column`)
	}
	return cols, nil
}

func rowSubstance(fields []string, cols map[string]int) npswatch.Substance {
	get := func(col string) string {
		i, ok := cols[col]
		if !ok || i >= len(fields) {
			return ""
		}
		return strings.TrimSpace(fields[i])
	}
	s := npswatch.Substance{
		ID:         get("id"),
		Name:       get("name"),
		Category:   get("category"),
		Class:      strings.ToLower(get("class")),
		Status:     get("us_status"),
		IntlStatus: get("intl_status"),
		Severity:   strings.ToLower(get("severity")),
		Sources:    SplitList(get("source")),
		Verified:   get("verified"),
	}
	if cas := get("cas"); cas != "" {
		if c, ok := npswatch.ParseCAS(cas); ok {
			cas = c
		}
		s.CAS = cas // Validate reports a CAS that is still wrong
	}
	for _, c := range SplitList(get("salt_cas")) {
		if p, ok := npswatch.ParseCAS(c); ok {
			c = p
		}
		s.SaltCAS = append(s.SaltCAS, c)
	}
	if s.ID == "" {
		s.ID = Slug(s.Name)
	}
	if s.Severity == "" {
		s.Severity = DefaultSeverity(s.Category, s.Class, s.Status)
	}
	seen := map[string]bool{strings.ToLower(s.Name): true}
	for _, syn := range append(SplitList(get("synonyms")), SplitList(get("chinese"))...) {
		if k := strings.ToLower(syn); !seen[k] {
			seen[k] = true
			s.Synonyms = append(s.Synonyms, syn)
		}
	}
	return s
}

// SplitList splits a ";"-separated cell into trimmed, non-empty items. A ";"
// inside round or square brackets does not split, so a source such as
// "82 FR 58575 (thefederalregister.org/82-FR/58575; strtrade.com)" stays whole.
func SplitList(cell string) []string {
	var out []string
	depth, start := 0, 0
	add := func(s string) {
		if s = strings.TrimSpace(s); s != "" {
			out = append(out, s)
		}
	}
	for i := 0; i < len(cell); i++ {
		switch cell[i] {
		case '(', '[':
			depth++
		case ')', ']':
			if depth > 0 {
				depth--
			}
		case ';':
			if depth == 0 {
				add(cell[start:i])
				start = i + 1
			}
		}
	}
	add(cell[start:])
	return out
}

// DefaultSeverity is the severity rule of the built-in watchlist (see
// seeds/SOURCES.md), used when a row leaves severity empty:
//
//   - critical: class entries and members (fentanyl analogues, nitazenes);
//   - high: fentanyl precursors and other opioids;
//   - low: other precursors that are on DEA List II (solvents and general
//     reagents such as acetone, toluene, hydrochloric acid);
//   - medium: everything else (stimulants, other controlled substances and
//     other precursors).
func DefaultSeverity(category, class, usStatus string) string {
	switch {
	case class != "":
		return npswatch.SeverityCritical
	case category == "precursor-fentanyl" || category == "opioid":
		return npswatch.SeverityHigh
	case category == "precursor-other" && strings.HasPrefix(usStatus, "DEA List II"):
		return npswatch.SeverityLow
	default:
		return npswatch.SeverityMedium
	}
}

// greekSlug spells out the Greek letters that begin many substance names.
var greekSlug = strings.NewReplacer("α", "alpha", "β", "beta", "γ", "gamma", "δ", "delta", "'", "-prime", "′", "-prime")

// Slug turns a substance name into an id: lower case ASCII letters and
// digits joined by single hyphens ("alpha-Methylfentanyl" →
// "alpha-methylfentanyl"). A name with no ASCII letters or digits gets
// "substance-" and a short hash of the name.
func Slug(name string) string {
	s := greekSlug.Replace(strings.ToLower(name))
	var b strings.Builder
	dash := false
	for _, r := range s {
		if (r >= 'a' && r <= 'z') || (r >= '0' && r <= '9') {
			if dash && b.Len() > 0 {
				b.WriteByte('-')
			}
			dash = false
			b.WriteRune(r)
			continue
		}
		dash = true
	}
	if b.Len() == 0 {
		return "substance-" + FileVersion([]byte(name))
	}
	return b.String()
}
