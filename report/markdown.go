package report

import (
	"bufio"
	"fmt"
	"io"
	"strconv"
	"strings"

	"github.com/npswatch/npswatch"
)

// mdEscaper backslash-escapes what Markdown would read as markup in a table
// cell: pipes end the cell, brackets make links, angle brackets make HTML or
// autolinks, backticks code, asterisks emphasis, ampersands entities.
var mdEscaper = strings.NewReplacer(`\`, `\\`, `|`, `\|`, `[`, `\[`, `]`, `\]`, `<`, `\<`, `>`, `\>`,
	"`", "\\`", `*`, `\*`, `&`, `\&`)

// md makes site text safe for a Markdown table cell: one line, escaped, cut.
func md(s string, n int) string {
	s = oneLine(s)
	if n > 0 {
		s = trunc(s, n)
	}
	return mdEscaper.Replace(s)
}

// mdCode puts s in a code span for a table cell (no backticks, pipes
// escaped as GFM tables need).
func mdCode(s string) string {
	s = oneLine(strings.ReplaceAll(s, "`", "'"))
	if s == "" {
		return ""
	}
	return "`" + strings.ReplaceAll(s, "|", `\|`) + "`"
}

// mdURLEscaper percent-encodes what would end a link destination or a cell.
var mdURLEscaper = strings.NewReplacer(" ", "%20", "(", "%28", ")", "%29", "<", "%3C", ">", "%3E", "|", "%7C",
	`\`, "%5C", "[", "%5B", "]", "%5D", "`", "%60", `"`, "%22", "'", "%27")

// mdLink links text to u when u is an http or https URL; otherwise it shows
// the (escaped) URL as text, not a link.
func mdLink(text, u string) string {
	if l := linkURL(u); l != "" {
		return "[" + md(text, 80) + "](" + mdURLEscaper.Replace(l) + ")"
	}
	if u == "" {
		return md(text, 80)
	}
	return md(u, 80) + " (not linked)"
}

type mdWriter struct {
	w   *bufio.Writer
	err error
}

func (m *mdWriter) p(format string, a ...any) {
	if m.err == nil {
		_, m.err = fmt.Fprintf(m.w, format, a...)
	}
}

func (m *mdWriter) row(cells ...string) {
	for i, c := range cells {
		if c == "" {
			cells[i] = " "
		}
	}
	m.p("| %s |\n", strings.Join(cells, " | "))
}

// head writes a table header; a column name ending in ":" is right-aligned.
func (m *mdWriter) head(cols ...string) {
	seps := make([]string, len(cols))
	for i, c := range cols {
		if strings.HasSuffix(c, ":") {
			cols[i] = strings.TrimSuffix(c, ":")
			seps[i] = "---:"
		} else {
			seps[i] = "---"
		}
	}
	m.row(cols...)
	m.row(seps...)
}

// Markdown writes the report as GitHub-flavoured Markdown: the same sections
// as the HTML report, as plain tables.
func Markdown(w io.Writer, d *Data) error {
	if d == nil {
		return errNilData
	}
	m := &mdWriter{w: bufio.NewWriterSize(w, 64<<10)}
	groups := groupHits(d.NewHits)
	health := healthRows(d)
	s := summarize(d, groups, health)
	days, cats := normTrend(d)

	m.p("# %s\n\n", md(title(d), 0))
	meta := []string{"Period: " + period(d)}
	if !d.Generated.IsZero() {
		meta = append(meta, "generated "+showTime(d.Generated)+" UTC")
	}
	if sw := oneLine(d.Software); sw != "" {
		meta = append(meta, md(sw, 80))
	}
	m.p("%s\n\n", strings.Join(meta, " · "))

	m.p("## Summary\n\n")
	m.head("", "count:")
	sev := fmt.Sprintf("%d critical, %d high, %d medium, %d low", s.BySeverity[npswatch.SeverityCritical],
		s.BySeverity[npswatch.SeverityHigh], s.BySeverity[npswatch.SeverityMedium], s.BySeverity[npswatch.SeverityLow])
	if n := s.BySeverity[unrated]; n > 0 {
		sev += fmt.Sprintf(", %d unrated", n)
	}
	m.row("New hits ("+sev+")", strconv.Itoa(s.NewHits))
	m.row("Escalated", strconv.Itoa(s.ByTriage["escalated"]))
	m.row("Confirmed", strconv.Itoa(s.ByTriage["confirmed"]))
	m.row("Dismissed (left out)", strconv.Itoa(s.Dismissed))
	m.row("Changed listings", strconv.Itoa(s.Changed))
	m.row("New listings", strconv.Itoa(s.NewListings))
	m.row("Gone listings", strconv.Itoa(s.GoneListings))
	m.row("New shipping claims", strconv.Itoa(s.NewClaims))
	m.row("Vendor clusters across sites", strconv.Itoa(s.Clusters))
	m.row(fmt.Sprintf("Targets with crawl problems (of %d)", s.Targets), strconv.Itoa(s.TargetsFlagged))
	m.p("\n")

	m.p("## New hits (%d)\n\n", s.NewHits)
	if len(groups) == 0 {
		m.p("No new hits in this period.\n\n")
	}
	for _, sg := range groups {
		m.p("### %s (%d)\n\n", sg.Severity, sg.Count)
		m.head("First seen (UTC)", "Substance", "Class", "Match", "Conf.:", "Product", "Site", "Claims", "Triage", "Listing", "Capture", "Export evidence")
		for _, g := range sg.Groups {
			for _, h := range g.Hits {
				name := h.Substance.Name
				if name == "" {
					name = h.Substance.ID
				}
				m.row(showTime(h.FirstSeen), md(name, 80), md(h.Substance.Class, 40),
					md(h.Match.Kind, 16)+": "+md(h.Match.Term, 80),
					strconv.FormatFloat(h.Match.Confidence, 'f', 2, 64), md(h.Product, maxCell), md(h.Site, 80),
					md(claimsText(claimItems(h.Claims, h.VendorClaims)), 0), md(triageStatus(d, h.ID), 24),
					mdLink("listing", h.URL)+morePages(h), mdCode(h.CaptureID), mdCode(ExportCommand(h.ID, d.DB, d.SignKey)))
			}
		}
		m.p("\n")
	}

	m.p("## Changed listings (%d)\n\n", len(d.Changed))
	if len(d.Changed) == 0 {
		m.p("No listing changed.\n\n")
	} else {
		m.head("Listing", "Site", "Field", "Before", "After")
		for i := range d.Changed {
			c := &d.Changed[i]
			for _, f := range changeFields(c) {
				m.row(mdLink(c.Listing.Product, c.Listing.URL), md(c.Listing.Site, 80), md(f, 40),
					md(c.Before[f], maxValue), md(c.After[f], maxValue))
			}
		}
		m.p("\n")
	}

	listings := func(name, none string, ls []npswatch.Listing) {
		m.p("## %s (%d)\n\n", name, len(ls))
		if len(ls) == 0 {
			m.p("%s\n\n", none)
			return
		}
		m.head("Fetched (UTC)", "Product", "Site", "Vendor", "CAS", "Price", "Claims", "Listing")
		for i := range ls {
			l := &ls[i]
			m.row(showTime(l.FetchedAt), md(l.Product, maxCell), md(l.Site, 80), md(l.Vendor, 80),
				md(strings.Join(l.CAS, ", "), 80), md(l.Price, 60), md(claimsText(claimItems(l.Claims, l.VendorClaims)), 0),
				mdLink("listing", l.URL))
		}
		m.p("\n")
	}
	listings("New listings", "No new listing.", d.New)
	listings("Gone listings", "No listing gone.", d.Gone)

	m.p("## New shipping claims (%d)\n\n", len(d.NewClaims))
	if len(d.NewClaims) == 0 {
		m.p("No new shipping claim.\n\n")
	} else {
		m.head("First seen (UTC)", "Kind", "Claim", "Site", "Listing")
		for _, c := range d.NewClaims {
			l := mdLink("listing", c.URL)
			if c.ListingID != "" {
				l += " " + mdCode(c.ListingID)
			}
			m.row(showTime(c.First), md(c.Claim.Kind, 24), md(c.Claim.Text, 240), md(c.Site, 80), l)
		}
		m.p("\n")
	}

	m.p("## Vendor clusters across sites (%d)\n\n", len(d.Clusters))
	if len(d.Clusters) == 0 {
		m.p("No vendor cluster spans more than one site.\n\n")
	} else {
		m.head("Cluster", "Linked by", "Sites", "Vendors", "Listings:", "Hits:")
		for _, c := range d.Clusters {
			contacts := make([]string, 0, len(c.Contacts))
			for _, ct := range c.Contacts {
				contacts = append(contacts, md(contactText(ct), 72))
			}
			sites := make([]string, 0, len(c.Sites))
			for _, x := range c.Sites {
				sites = append(sites, md(x, 80))
			}
			vendors := make([]string, 0, len(c.Vendors))
			for _, x := range c.Vendors {
				vendors = append(vendors, md(x, 80))
			}
			m.row(mdCode(c.ID), strings.Join(contacts, "; "), strings.Join(sites, ", "), strings.Join(vendors, ", "),
				strconv.Itoa(c.Listings), strconv.Itoa(c.Hits))
		}
		m.p("\n")
	}

	m.p("## Crawl health (%d of %d targets flagged)\n\n", s.TargetsFlagged, len(health))
	if len(health) == 0 {
		m.p("No crawl in this period.\n\n")
	} else {
		m.head("Target", "Runs:", "Pages:", "Failed:", "Blocked:", "Last success (UTC)", "Last error", "Flag")
		for _, h := range health {
			flag := "ok"
			if len(h.Flags) > 0 {
				flag = "**⚠ " + strings.Join(h.Flags, ", ") + "**"
			}
			m.row(md(h.Target, 80), strconv.Itoa(h.Runs), strconv.Itoa(h.Pages), strconv.Itoa(h.Failed),
				strconv.Itoa(h.Blocked), showTime(h.LastSuccess), md(h.LastError, 120), flag)
		}
		m.p("\n")
	}

	m.p("## Trend: hits per day by category\n\n")
	if len(days) == 0 {
		m.p("No period to chart.\n\n")
	} else {
		cols := []string{"Day", "Total:"}
		for _, c := range cats {
			cols = append(cols, md(c, 40)+":")
		}
		m.head(cols...)
		for _, day := range days {
			cells := []string{day.Day.Format(dayLayout), strconv.Itoa(day.Total)}
			for _, c := range cats {
				cells = append(cells, strconv.Itoa(day.ByCategory[c]))
			}
			m.row(cells...)
		}
		m.p("\n")
	}

	m.p("---\n\n%d dismissed hit%s left out. Generated %s", d.Dismissed, plural(d.Dismissed), showTime(d.Generated))
	if !d.Generated.IsZero() {
		m.p(" UTC")
	}
	if sw := oneLine(d.Software); sw != "" {
		m.p(" by %s", md(sw, 80))
	}
	m.p(". A hit is a lead for review, not a legal finding.\n")
	if m.err != nil {
		return fmt.Errorf("report: %w", m.err)
	}
	return m.w.Flush()
}

func plural(n int) string {
	if n == 1 {
		return ""
	}
	return "s"
}

// morePages says on how many other pages an offer's hit was seen (" (+2
// pages)"), or "".
func morePages(h *npswatch.Hit) string {
	n := 0
	for _, pg := range h.Pages {
		if pg.URL != h.URL {
			n++
		}
	}
	switch n {
	case 0:
		return ""
	case 1:
		return " (+1 page)"
	}
	return fmt.Sprintf(" (+%d pages)", n)
}
