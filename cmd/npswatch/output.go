package main

import (
	"cmp"
	"encoding/csv"
	"encoding/json"
	"fmt"
	"io"
	"slices"
	"strconv"
	"strings"
	"text/tabwriter"
	"time"

	"github.com/npswatch/npswatch"
)

// Output formats. jsonl and csv are stable contracts documented in the README;
// table is for people and may change.
const (
	formatTable = "table"
	formatJSONL = "jsonl"
	formatCSV   = "csv"
)

func checkFormat(f string) error {
	switch f {
	case formatTable, formatJSONL, formatCSV:
		return nil
	}
	return usageError("--format %q: want table, jsonl or csv", f)
}

// writer writes records of one kind in one format.
type writer struct {
	format string
	out    io.Writer
	tw     *tabwriter.Writer
	cw     *csv.Writer
	enc    *json.Encoder
	n      int
}

func newWriter(out io.Writer, format string, header []string) *writer {
	w := &writer{format: format, out: out}
	switch format {
	case formatJSONL:
		w.enc = json.NewEncoder(out)
		w.enc.SetEscapeHTML(false)
	case formatCSV:
		w.cw = csv.NewWriter(out)
		w.cw.Write(header)
	default:
		w.tw = tabwriter.NewWriter(out, 0, 0, 2, ' ', 0)
		fmt.Fprintln(w.tw, strings.ToUpper(strings.Join(header, "\t")))
	}
	return w
}

func (w *writer) record(v any, row []string) error {
	w.n++
	switch w.format {
	case formatJSONL:
		return w.enc.Encode(v)
	case formatCSV:
		for i, c := range row {
			row[i] = csvSafe(c)
		}
		return w.cw.Write(row)
	default:
		for i, c := range row {
			row[i] = clip(strings.Join(strings.Fields(stripControl(c)), " "), 60)
		}
		_, err := fmt.Fprintln(w.tw, strings.Join(row, "\t"))
		return err
	}
}

func (w *writer) close() error {
	switch w.format {
	case formatCSV:
		w.cw.Flush()
		return w.cw.Error()
	case formatTable:
		return w.tw.Flush()
	}
	return nil
}

// csvSafe defuses cells a spreadsheet would run as a formula: site text is
// hostile input. A leading quote is what spreadsheets themselves use.
func csvSafe(s string) string {
	if s != "" && strings.ContainsRune("=+-@\t\r", rune(s[0])) {
		if _, err := strconv.ParseFloat(s, 64); err != nil {
			return "'" + s
		}
	}
	return s
}

func clip(s string, n int) string {
	if r := []rune(s); len(r) > n {
		return string(r[:n-1]) + "…"
	}
	return s
}

// Column lists of the CSV formats (stable; documented in the README).
var (
	hitColumns = []string{"id", "first_seen", "url", "product", "substance_id", "substance", "cas", "class",
		"category", "status", "match_kind", "match_term", "confidence", "claims", "listing_id", "vendor", "vendor_claims", "severity", "triage", "offer_url"}
	hitTableColumns = []string{"id", "first_seen", "severity", "triage", "substance", "cas", "match", "conf", "product", "claims", "pages", "url"}
	listingColumns  = []string{"id", "fetched_at", "url", "site", "product", "cas", "invalid_cas", "claims",
		"contacts", "price", "vendor", "ships_from", "ships_to", "terms", "vendor_claims", "offer_url"}
	listingTableColumns = []string{"fetched_at", "site", "product", "cas", "claims", "price", "vendor", "url"}
)

// normaliseHit makes empty lists [] rather than null in JSON.
func normaliseHit(h *npswatch.Hit) {
	if h.Claims == nil {
		h.Claims = []npswatch.Claim{}
	}
}

func normaliseListing(l *npswatch.Listing) {
	if l.CAS == nil {
		l.CAS = []string{}
	}
	if l.Claims == nil {
		l.Claims = []npswatch.Claim{}
	}
	if l.Contacts == nil {
		l.Contacts = []npswatch.Contact{}
	}
}

func claimKinds(cs []npswatch.Claim) string { return strings.Join(claimKindList(cs), ";") }

// claimKindList is the kinds of cs, each once, in order.
func claimKindList(cs []npswatch.Claim) []string {
	var out []string
	for _, c := range cs {
		if !slices.Contains(out, c.Kind) {
			out = append(out, c.Kind)
		}
	}
	return out
}

// tableClaims shows a listing's own claim kinds, then those it inherits
// from its vendor: "reship; vendor: customs".
func tableClaims(own, inherited []npswatch.Claim) string {
	s := claimKinds(own)
	if v := claimKinds(inherited); v != "" {
		if s != "" {
			s += "; "
		}
		s += "vendor: " + v
	}
	return s
}

func stamp(t time.Time) string {
	if t.IsZero() {
		return ""
	}
	return t.UTC().Format(time.RFC3339)
}

// triagedHit is a hit as hits prints it: with its triage status (new when
// nobody triaged it).
type triagedHit struct {
	*npswatch.Hit
	Triage string `json:"triage"`
}

// writeHit prints a hit with its triage status; a class hit, whose
// substance reference carries no severity, shows "unrated".
func writeHit(w *writer, h *npswatch.Hit, triage string) error {
	normaliseHit(h)
	if triage == "" {
		triage = npswatch.TriageNew
	}
	sev := cmp.Or(h.Substance.Severity, "unrated")
	conf := strconv.FormatFloat(h.Match.Confidence, 'f', 2, 64)
	v := triagedHit{h, triage}
	if w.format == formatTable {
		name := cmp.Or(h.Substance.Name, "class:"+h.Substance.Class)
		return w.record(v, []string{h.ID, stamp(h.FirstSeen), sev, triage, name, h.Substance.CAS,
			h.Match.Kind + ":" + h.Match.Term, conf, h.Product, tableClaims(h.Claims, h.VendorClaims),
			strconv.Itoa(max(len(h.Pages), 1)), h.URL})
	}
	return w.record(v, []string{h.ID, stamp(h.FirstSeen), h.URL, h.Product, h.Substance.ID, h.Substance.Name,
		h.Substance.CAS, h.Substance.Class, h.Substance.Category, h.Substance.Status, h.Match.Kind, h.Match.Term, conf,
		claimKinds(h.Claims), h.ListingID, h.Vendor, claimKinds(h.VendorClaims), sev, triage, h.OfferURL})
}

func writeListing(w *writer, l *npswatch.Listing) error {
	normaliseListing(l)
	if w.format == formatTable {
		return w.record(l, []string{stamp(l.FetchedAt), l.Site, l.Product, strings.Join(l.CAS, ";"),
			tableClaims(l.Claims, l.VendorClaims), l.Price, l.Vendor, l.URL})
	}
	var contacts []string
	for _, c := range l.Contacts {
		contacts = append(contacts, c.Kind+":"+c.Value)
	}
	return w.record(l, []string{l.ID, stamp(l.FetchedAt), l.URL, l.Site, l.Product, strings.Join(l.CAS, ";"),
		strings.Join(l.InvalidCAS, ";"), claimKinds(l.Claims), strings.Join(contacts, ";"), l.Price, l.Vendor,
		strings.Join(l.ShipsFrom, ";"), strings.Join(l.ShipsTo, ";"), claimKinds(l.Terms), claimKinds(l.VendorClaims), l.OfferURL})
}

func hitHeader(format string) []string {
	if format == formatTable {
		return hitTableColumns
	}
	return hitColumns
}

func listingHeader(format string) []string {
	if format == formatTable {
		return listingTableColumns
	}
	return listingColumns
}

// stripControl removes control characters (terminal escape sequences in
// site text) from table cells.
func stripControl(s string) string {
	return strings.Map(func(r rune) rune {
		if r < 0x20 && r != '\t' && r != '\n' || r == 0x7f || (r >= 0x80 && r < 0xa0) {
			return -1
		}
		return r
	}, s)
}
