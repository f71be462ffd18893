package matcher_test

import (
	"fmt"
	"sort"
	"strings"
	"sync"
	"testing"

	"github.com/npswatch/npswatch"
	"github.com/npswatch/npswatch/matcher"
	"github.com/npswatch/npswatch/seeds"
)

var (
	fullOnce    sync.Once
	fullMatcher *matcher.Matcher
	fullErr     error
)

// mustMatcher returns a Matcher over the full embedded watchlist, built once.
func mustMatcher(tb testing.TB) *matcher.Matcher {
	tb.Helper()
	fullOnce.Do(func() {
		subs, err := seeds.Watchlist()
		if err != nil {
			fullErr = err
			return
		}
		fullMatcher, fullErr = matcher.New(subs, nil)
	})
	if fullErr != nil {
		tb.Fatalf("build matcher: %v", fullErr)
	}
	return fullMatcher
}

// listing returns a listing with a URL and the given product and text.
func listing(product, text string, cas ...string) *npswatch.Listing {
	return &npswatch.Listing{URL: "https://shop.example/p/1", Site: "shop.example", Product: product, Text: text, CAS: cas}
}

// card makes l a catalogue card's listing.
func card(l *npswatch.Listing) *npswatch.Listing {
	l.Source = "card"
	return l
}

// priced sets l's price.
func priced(l *npswatch.Listing, price string) *npswatch.Listing {
	l.Price = price
	return l
}

// summary renders hits as sorted "id:kind" strings ("class:fentanyl" for a
// class hit without an id).
func summary(hits []npswatch.Hit) []string {
	out := make([]string, 0, len(hits))
	for _, h := range hits {
		id := h.Substance.ID
		if id == "" {
			id = "class:" + h.Substance.Class
		}
		out = append(out, id+":"+h.Match.Kind)
	}
	sort.Strings(out)
	return out
}

type matchCase struct {
	name string
	l    *npswatch.Listing
	want []string // sorted "id:kind"; nil means no hit
}

// runMatchCases checks the set of hits of each case, and that every hit is
// well formed.
func runMatchCases(t *testing.T, m *matcher.Matcher, cases []matchCase) {
	t.Helper()
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			hits := m.Match(tc.l)
			got := summary(hits)
			want := append([]string(nil), tc.want...)
			sort.Strings(want)
			if strings.Join(got, ",") != strings.Join(want, ",") {
				t.Errorf("product %q text %q:\n got  %v\n want %v%s", tc.l.Product, tc.l.Text, got, want, describe(hits))
			}
			checkHits(t, tc.l, hits)
		})
	}
}

func describe(hits []npswatch.Hit) string {
	var b strings.Builder
	for _, h := range hits {
		fmt.Fprintf(&b, "\n   %s %s %.2f span=%q: %s", h.Substance.ID, h.Match.Kind, h.Match.Confidence, h.Match.Span, h.Match.Reason)
	}
	return b.String()
}

// checkHits verifies the invariants every hit of l must satisfy.
func checkHits(tb testing.TB, l *npswatch.Listing, hits []npswatch.Hit) {
	tb.Helper()
	seen := map[string]bool{}
	text := l.Product + "\n" + l.Text
	for _, h := range hits {
		if err := h.Validate(); err != nil {
			tb.Errorf("invalid hit %+v: %v", h, err)
		}
		if seen[h.ID] {
			tb.Errorf("two hits with id %s", h.ID)
		}
		seen[h.ID] = true
		if h.URL != l.URL || h.Site != l.Site || h.Product != l.Product || h.RunID != l.RunID || h.CaptureID != l.CaptureID {
			tb.Errorf("hit does not carry the listing's fields: %+v", h)
		}
		if h.Match.Span == "" || (!strings.Contains(text, h.Match.Span) && h.Match.Kind != npswatch.MatchCAS) {
			tb.Errorf("span %q is not a substring of the listing", h.Match.Span)
		}
		if h.Match.Reason == "" || h.Match.Rule == "" || h.Match.Term == "" {
			tb.Errorf("hit without term, rule or reason: %+v", h.Match)
		}
		if !h.FirstSeen.IsZero() || !h.LastSeen.IsZero() {
			tb.Errorf("FirstSeen/LastSeen set by the matcher")
		}
	}
}
