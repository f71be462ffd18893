package main

import (
	"cmp"
	"context"
	"fmt"
	"io"
	"net/url"
	"slices"
	"strings"
	"time"
	"unicode"

	"github.com/npswatch/npswatch"
	"github.com/npswatch/npswatch/storage"
)

// demoOffer is one row of the demo's table: a substance in one offer (one
// hit id), with the pages that show the offer (a catalogue card and its
// detail page are one offer seen twice).
type demoOffer struct {
	sev, substance, why, product string
	claims, pages                []string
	rank                         int
}

// demoWidth is the width the demo's table fits in.
const demoWidth = 100

// printDemo writes what the demo found for a newcomer: a count, the claims
// every listing inherits from the site (once, not on every row), one row
// per offer, ordered by severity, in demoWidth columns.
func printDemo(ctx context.Context, w io.Writer, d *storage.DB) error {
	vendors, err := loadVendorIndex(ctx, d)
	if err != nil {
		return err
	}
	var hits []npswatch.Hit
	if err := d.ForEachHit(ctx, time.Time{}, func(h *npswatch.Hit) error {
		vendors.inheritHit(h)
		hits = append(hits, *h)
		return nil
	}); err != nil {
		return fmt.Errorf("read hits: %w", err)
	}
	hits = npswatch.MergeHits(hits) // one hit per offer and substance, with every page it was seen on
	// claims every hit inherits are the site's: said once
	var siteWide []string
	for i, h := range hits {
		kinds := claimKindList(h.VendorClaims)
		if i == 0 {
			siteWide = kinds
		} else {
			siteWide = slices.DeleteFunc(siteWide, func(k string) bool { return !slices.Contains(kinds, k) })
		}
	}
	byKey := map[string]*demoOffer{}
	var offers []*demoOffer
	pages, substances := map[string]bool{}, map[string]bool{}
	for _, h := range hits {
		sub := h.Substance.Name
		if h.Match.Kind == npswatch.MatchClass || sub == "" {
			sub = h.Substance.Class + " class"
		}
		o := byKey[h.ID]
		if o == nil {
			o = &demoOffer{sev: cmp.Or(h.Substance.Severity, "unrated"), substance: sub, why: matchWhy(h.Match),
				product: h.Product, rank: severityRank(h.Substance.Severity)}
			byKey[h.ID] = o
			offers = append(offers, o)
		}
		for _, k := range claimKindList(h.Claims) {
			if !slices.Contains(o.claims, k) {
				o.claims = append(o.claims, k)
			}
		}
		for _, k := range claimKindList(h.VendorClaims) {
			if !slices.Contains(siteWide, k) && !slices.Contains(o.claims, k) {
				o.claims = append(o.claims, k)
			}
		}
		for _, seen := range h.Pages {
			if p := pageName(seen.URL); !slices.Contains(o.pages, p) {
				o.pages = append(o.pages, p)
			}
			pages[seen.URL] = true
		}
		substances[sub] = true
	}
	for _, o := range offers {
		slices.Sort(o.pages)
	}
	slices.SortStableFunc(offers, func(a, b *demoOffer) int {
		return cmp.Or(cmp.Compare(a.rank, b.rank), cmp.Compare(a.substance, b.substance))
	})
	fmt.Fprintf(w, "Found %d substances in %d offers on %d pages.\n", len(substances), len(offers), len(pages))
	if len(siteWide) > 0 {
		fmt.Fprintf(w, "Every listing also carries the site's own claim (banner, FAQ): %s.\n", strings.Join(siteWide, ", "))
	}
	fmt.Fprintln(w)
	rows := [][]string{{"SEVERITY", "SUBSTANCE", "MATCHED ON", "OFFERED AS", "OWN CLAIMS"}}
	for _, o := range offers {
		rows = append(rows, []string{o.sev, o.substance, o.why, o.product, cmp.Or(strings.Join(o.claims, ", "), "-")})
	}
	// columns as wide as their longest cell, up to a cap, in demoWidth;
	// the pages an offer was seen on go on a line of their own below it
	caps := []int{8, 20, 16, 26, demoWidth}
	widths := make([]int, len(caps))
	for _, r := range rows {
		for i, c := range r {
			widths[i] = min(max(widths[i], len([]rune(c))), caps[i])
		}
	}
	for i, r := range rows {
		var b strings.Builder
		for j, c := range r {
			if j == len(r)-1 {
				b.WriteString(c)
			} else {
				fmt.Fprintf(&b, "%-*s  ", widths[j], clip(c, widths[j]))
			}
		}
		fmt.Fprintln(w, clip(strings.TrimRightFunc(b.String(), unicode.IsSpace), demoWidth))
		if i > 0 {
			fmt.Fprintln(w, clip(strings.Repeat(" ", widths[0]+2)+"seen on "+strings.Join(offers[i-1].pages, ", "), demoWidth))
		}
	}
	return nil
}

// matchWhy says in a few words why a hit fired.
func matchWhy(m npswatch.Match) string {
	switch m.Kind {
	case npswatch.MatchCAS:
		return "CAS " + m.Term
	case npswatch.MatchClass:
		return "class rule"
	default:
		return "name " + m.Term
	}
}

// pageName is a page's path without its extension ("catalog-1").
func pageName(raw string) string {
	u, err := url.Parse(raw)
	if err != nil {
		return raw
	}
	p := strings.TrimSuffix(strings.TrimPrefix(u.Path, "/"), ".html")
	return cmp.Or(p, "/")
}

func severityRank(s string) int {
	if i := slices.Index([]string{npswatch.SeverityCritical, npswatch.SeverityHigh, npswatch.SeverityMedium, npswatch.SeverityLow}, s); i >= 0 {
		return i
	}
	return 4
}
