package report

import (
	"bufio"
	"crypto/sha256"
	_ "embed"
	"encoding/base64"
	"fmt"
	"html/template"
	"io"
	"net/url"
	"strconv"
	"strings"
	"time"

	"github.com/npswatch/npswatch"
)

//go:embed report.css
var css string

//go:embed sort.js
var sortJS string

//go:embed report.html.tmpl
var htmlTemplate string

// csp allows the page nothing but its own inline style and script (by
// hash): no network, no other script, no plugin, no form, no base URL.
var csp = "default-src 'none'; style-src " + hashSource(css) + "; script-src " + hashSource(sortJS) +
	"; img-src 'none'; font-src 'none'; connect-src 'none'; object-src 'none'; base-uri 'none'; form-action 'none'"

func hashSource(s string) string {
	h := sha256.Sum256([]byte(s))
	return "'sha256-" + base64.StdEncoding.EncodeToString(h[:]) + "'"
}

var page = template.Must(template.New("report").Parse(
	strings.NewReplacer("{{/*CSS*/}}", css, "{{/*JS*/}}", sortJS).Replace(htmlTemplate)))

// Display limits: long site text is cut in cells (the full text is in the
// cell's title where it helps).
const (
	maxCell  = 160
	maxTitle = 400
	maxValue = 200
)

type htmlView struct {
	Title, Period, Generated, Software, CSP string
	Summary                                 summary
	Severities                              []htmlSev
	Changed                                 []htmlChange
	New, Gone                               []htmlListing
	Claims                                  []htmlClaimSeen
	Clusters                                []htmlCluster
	Health                                  []htmlHealth
	Chart                                   chart
	Dismissed                               int
}

type htmlSev struct {
	Severity string
	Count    int
	Groups   []htmlGroup
}

type htmlGroup struct {
	Substance, Class, Category string
	Open                       bool
	Hits                       []htmlHit
}

type htmlHit struct {
	ID, FirstSeen, FirstSeenISO         string
	Substance, Class, CAS, Status       string
	MatchKind, Term, MatchTitle         string
	Confidence                          string
	Product, ProductTitle, Site, Vendor string
	Claims                              []htmlClaim
	Triage, TriageClass                 string
	URL, URLText                        string // URL "" when it is not a link
	MorePages                           int    // other pages the offer's hit was seen on
	PagesTitle                          string // their URLs, one a line
	CaptureID, Export                   string
}

type htmlClaim struct {
	Kind, Class, Title string
	Vendor             bool
}

type htmlChange struct {
	Product, Site, URL, URLText string
	Fields                      []htmlField
}

type htmlField struct {
	Field, Before, BeforeTitle, After, AfterTitle string
}

type htmlListing struct {
	Fetched, FetchedISO, Product, ProductTitle, Site, Vendor, CAS, Price string
	Claims                                                               []htmlClaim
	URL, URLText                                                         string
}

type htmlClaimSeen struct {
	First, FirstISO, Kind, Class, Text, TextTitle, Site, ListingID, URL, URLText string
}

type htmlCluster struct {
	ID             string
	Contacts       []htmlContact
	Sites, Vendors []string
	Listings, Hits int
}

type htmlContact struct{ Text, Title string }

type htmlHealth struct {
	Target, LastSuccess, LastSuccessISO, LastError, LastErrorTitle string
	Runs, Pages, Failed, Blocked                                   int
	Flags                                                          []string
}

var claimClasses = map[string]bool{npswatch.ClaimReship: true, npswatch.ClaimCustoms: true,
	npswatch.ClaimStealth: true, npswatch.ClaimMislabel: true, npswatch.ClaimForwarding: true}

func claimClass(kind string) string {
	if claimClasses[kind] {
		return "k-" + kind
	}
	return "k-other"
}

var triageClasses = map[string]string{"new": "t-new", "confirmed": "t-confirmed", "escalated": "t-escalated"}

func htmlClaims(items []claimItem) []htmlClaim {
	out := make([]htmlClaim, 0, len(items))
	for _, c := range items {
		t := strings.Join(c.Texts, "\n")
		if c.Vendor {
			t = "vendor: " + t
		}
		out = append(out, htmlClaim{Kind: trunc(oneLine(c.Kind), 24), Class: claimClass(c.Kind), Title: trunc(t, maxTitle), Vendor: c.Vendor})
	}
	return out
}

// linkText is what a link to u shows: its path and query (the site has its
// own column), or, when u is no link, u itself.
func linkText(u string) string {
	if l := linkURL(u); l != "" {
		if p, err := url.Parse(l); err == nil {
			t := p.EscapedPath()
			if p.RawQuery != "" {
				t += "?" + p.RawQuery
			}
			if t == "" {
				t = "/"
			}
			return trunc(t, 48)
		}
	}
	return trunc(oneLine(u), 80)
}

// cell returns s shortened for a table cell and, when it was cut, the full
// text for the title.
func cell(s string, n int) (shown, title string) {
	s = oneLine(s)
	shown = trunc(s, n)
	if shown != s {
		title = trunc(s, maxTitle)
	}
	return shown, title
}

func buildHTMLView(d *Data) *htmlView {
	groups := groupHits(d.NewHits)
	health := healthRows(d)
	days, cats := normTrend(d)
	v := &htmlView{Title: title(d), Period: period(d), Generated: showTime(d.Generated) + " UTC",
		Software: oneLine(d.Software), CSP: csp, Summary: summarize(d, groups, health),
		Chart: buildChart(days, cats), Dismissed: d.Dismissed}
	if d.Generated.IsZero() {
		v.Generated = "—"
	}
	for _, sg := range groups {
		hs := htmlSev{Severity: sg.Severity, Count: sg.Count}
		for _, g := range sg.Groups {
			hg := htmlGroup{Substance: oneLine(g.Substance), Class: g.Class, Category: g.Category, Open: len(g.Hits) <= openLimit,
				Hits: make([]htmlHit, 0, len(g.Hits))}
			for _, h := range g.Hits {
				hg.Hits = append(hg.Hits, buildHTMLHit(d, h))
			}
			hs.Groups = append(hs.Groups, hg)
		}
		v.Severities = append(v.Severities, hs)
	}
	for _, c := range d.Changed {
		hc := htmlChange{Site: oneLine(c.Listing.Site), URL: linkURL(c.Listing.URL), URLText: linkText(c.Listing.URL)}
		hc.Product = trunc(oneLine(c.Listing.Product), maxCell)
		for _, f := range changeFields(&c) {
			b, bt := cell(c.Before[f], maxValue)
			a, at := cell(c.After[f], maxValue)
			hc.Fields = append(hc.Fields, htmlField{Field: oneLine(f), Before: b, BeforeTitle: bt, After: a, AfterTitle: at})
		}
		v.Changed = append(v.Changed, hc)
	}
	v.New = htmlListings(d.New)
	v.Gone = htmlListings(d.Gone)
	for _, c := range d.NewClaims {
		t, tt := cell(c.Claim.Text, 240)
		v.Claims = append(v.Claims, htmlClaimSeen{First: showTime(c.First), FirstISO: isoTime(c.First),
			Kind: oneLine(c.Claim.Kind), Class: claimClass(c.Claim.Kind), Text: t, TextTitle: tt,
			Site: oneLine(c.Site), ListingID: c.ListingID, URL: linkURL(c.URL), URLText: linkText(c.URL)})
	}
	for _, c := range d.Clusters {
		hc := htmlCluster{ID: c.ID, Sites: c.Sites, Vendors: c.Vendors, Listings: c.Listings, Hits: c.Hits}
		for _, ct := range c.Contacts {
			s, t := cell(contactText(ct), 72)
			hc.Contacts = append(hc.Contacts, htmlContact{Text: s, Title: t})
		}
		v.Clusters = append(v.Clusters, hc)
	}
	for _, h := range health {
		e, et := cell(h.LastError, 120)
		v.Health = append(v.Health, htmlHealth{Target: oneLine(h.Target), LastSuccess: showTime(h.LastSuccess),
			LastSuccessISO: isoTime(h.LastSuccess), LastError: e, LastErrorTitle: et,
			Runs: h.Runs, Pages: h.Pages, Failed: h.Failed, Blocked: h.Blocked, Flags: h.Flags})
	}
	return v
}

// changeFields is the fields of a change in order: Fields, then any other
// field of Before or After.
func changeFields(c *Change) []string {
	out := append([]string(nil), c.Fields...)
	seen := map[string]bool{}
	for _, f := range out {
		seen[f] = true
	}
	for _, m := range []map[string]string{c.Before, c.After} {
		for _, f := range sortedKeys(m) {
			if !seen[f] {
				seen[f] = true
				out = append(out, f)
			}
		}
	}
	return out
}

// isoTime is t in RFC 3339 UTC for sorting; "" for the zero time.
func isoTime(t time.Time) string {
	if t.IsZero() {
		return ""
	}
	return t.UTC().Format(time.RFC3339)
}

func buildHTMLHit(d *Data, h *npswatch.Hit) htmlHit {
	p, pt := cell(h.Product, maxCell)
	st := triageStatus(d, h.ID)
	hh := htmlHit{ID: h.ID, FirstSeen: showTime(h.FirstSeen), FirstSeenISO: isoTime(h.FirstSeen),
		Substance: oneLine(h.Substance.Name), Class: h.Substance.Class, CAS: h.Substance.CAS,
		Status:    trunc(oneLine(h.Substance.Status), maxTitle),
		MatchKind: oneLine(h.Match.Kind), Term: trunc(oneLine(h.Match.Term), 80),
		Confidence: strconv.FormatFloat(h.Match.Confidence, 'f', 2, 64),
		Product:    p, ProductTitle: pt, Site: oneLine(h.Site), Vendor: trunc(oneLine(h.Vendor), 80),
		Claims: htmlClaims(claimItems(h.Claims, h.VendorClaims)),
		Triage: trunc(oneLine(st), 24), TriageClass: triageClasses[st],
		URL: linkURL(h.URL), URLText: linkText(h.URL),
		CaptureID: h.CaptureID, Export: ExportCommand(h.ID, d.DB, d.SignKey)}
	for _, pg := range h.Pages {
		if pg.URL != h.URL {
			hh.MorePages++
			hh.PagesTitle += oneLine(pg.URL) + "\n"
		}
	}
	hh.PagesTitle = strings.TrimSpace(hh.PagesTitle)
	if hh.Substance == "" {
		hh.Substance = h.Substance.ID
	}
	var mt []string
	if h.Match.Span != "" {
		mt = append(mt, "span: "+oneLine(h.Match.Span))
	}
	if h.Match.Rule != "" {
		mt = append(mt, "rule: "+oneLine(h.Match.Rule))
	}
	if h.Match.Reason != "" {
		mt = append(mt, "reason: "+oneLine(h.Match.Reason))
	}
	hh.MatchTitle = trunc(strings.Join(mt, "\n"), maxTitle)
	if hh.TriageClass == "" {
		hh.TriageClass = "t-other"
	}
	return hh
}

func htmlListings(ls []npswatch.Listing) []htmlListing {
	out := make([]htmlListing, 0, len(ls))
	for i := range ls {
		l := &ls[i]
		p, pt := cell(l.Product, maxCell)
		out = append(out, htmlListing{Fetched: showTime(l.FetchedAt), FetchedISO: isoTime(l.FetchedAt),
			Product: p, ProductTitle: pt, Site: oneLine(l.Site), Vendor: trunc(oneLine(l.Vendor), 80),
			CAS: trunc(strings.Join(l.CAS, ", "), 80), Price: trunc(oneLine(l.Price), 60),
			Claims: htmlClaims(claimItems(l.Claims, l.VendorClaims)),
			URL:    linkURL(l.URL), URLText: linkText(l.URL)})
	}
	return out
}

// HTML writes the report as one self-contained HTML file.
func HTML(w io.Writer, d *Data) error {
	if d == nil {
		return errNilData
	}
	bw := bufio.NewWriterSize(w, 64<<10)
	if err := page.Execute(bw, buildHTMLView(d)); err != nil {
		return fmt.Errorf("report: %w", err)
	}
	return bw.Flush()
}
