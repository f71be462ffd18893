package main

import (
	"encoding/json"
	"fmt"
	"net/url"
	"strconv"
	"strings"

	"github.com/npswatch/npswatch"
	"github.com/npswatch/npswatch/crawler"
	"github.com/npswatch/npswatch/extract"
)

// pageSummary is what `scan --show page` prints: how extraction read the
// page as a whole. Its JSON form is part of the output contract.
type pageSummary struct {
	URL       string             `json:"url"`
	Kind      string             `json:"kind"` // listing, article or other
	Title     string             `json:"title"`
	Vendor    string             `json:"vendor"` // the vendor whose profile this is, or ""
	Listings  int                `json:"listings"`
	Hits      int                `json:"hits"`
	CAS       []string           `json:"cas"` // valid CAS numbers outside the listings
	Claims    []npswatch.Claim   `json:"claims"`
	Terms     []npswatch.Claim   `json:"terms"`
	ShipsFrom []string           `json:"ships_from"`
	ShipsTo   []string           `json:"ships_to"`
	Contacts  []npswatch.Contact `json:"contacts"`
	// Role is what the page as a whole does, when its title says (request,
	// report, warning, regulation, rules), and RoleWhy the words that said
	// it; Segments are the units it was read as, each with its role, why,
	// and whether it became a listing.
	Role     string            `json:"role,omitempty"`
	RoleWhy  string            `json:"role_why,omitempty"`
	Segments []extract.Segment `json:"segments,omitempty"`
	// TemplateChrome counts the blocks the site's template took for chrome
	// (0 for a page read alone).
	TemplateChrome int `json:"template_chrome,omitempty"`
}

var pageColumns = []string{"url", "kind", "title", "vendor", "listings", "hits", "cas", "claims", "terms",
	"ships_from", "ships_to", "contacts"}

func summarisePage(u *url.URL, res *extract.Result, out *crawler.Extracted) pageSummary {
	s := pageSummary{URL: u.String(), Kind: string(res.Kind), Title: res.Title, Vendor: res.PageVendor,
		Listings: len(out.Listings), Hits: len(out.Hits), CAS: res.PageCAS, Claims: res.SiteClaims,
		Terms: res.SiteTerms, ShipsFrom: res.SiteShipsFrom, ShipsTo: res.SiteShipsTo, Contacts: res.Contacts,
		Role: res.Role, RoleWhy: res.RoleWhy, Segments: res.Segments, TemplateChrome: res.TemplateChrome}
	for _, p := range []*[]string{&s.CAS, &s.ShipsFrom, &s.ShipsTo} {
		if *p == nil {
			*p = []string{}
		}
	}
	for _, p := range []*[]npswatch.Claim{&s.Claims, &s.Terms} {
		if *p == nil {
			*p = []npswatch.Claim{}
		}
	}
	if s.Contacts == nil {
		s.Contacts = []npswatch.Contact{}
	}
	return s
}

func (s *pageSummary) cells() []string {
	var contacts []string
	for _, c := range s.Contacts {
		contacts = append(contacts, c.Kind+":"+c.Value)
	}
	return []string{s.URL, s.Kind, s.Title, s.Vendor, strconv.Itoa(s.Listings), strconv.Itoa(s.Hits),
		strings.Join(s.CAS, ";"), claimKinds(s.Claims), claimKinds(s.Terms), strings.Join(s.ShipsFrom, ";"),
		strings.Join(s.ShipsTo, ";"), strings.Join(contacts, ";")}
}

// writePageSummary prints one page summary: a "field  value" block as a
// table, one JSON object, or a CSV header and row.
func writePageSummary(e *env, format string, s pageSummary) error {
	if format == formatJSONL {
		b, err := json.Marshal(s)
		if err != nil {
			return fmt.Errorf("encode page summary: %w", err)
		}
		_, err = fmt.Fprintf(e.stdout, "%s\n", b)
		return err
	}
	if format == formatCSV {
		w := newWriter(e.stdout, format, pageColumns)
		if err := w.record(s, s.cells()); err != nil {
			return err
		}
		return w.close()
	}
	for i, v := range s.cells() {
		if _, err := fmt.Fprintf(e.stdout, "%-11s %s\n", pageColumns[i], stripControl(v)); err != nil {
			return err
		}
	}
	for _, c := range append(s.Claims, s.Terms...) {
		if _, err := fmt.Fprintf(e.stdout, "%-11s %s: %s\n", "", c.Kind, stripControl(c.Text)); err != nil {
			return err
		}
	}
	return nil
}
