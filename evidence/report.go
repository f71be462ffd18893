package evidence

import (
	"bytes"
	"fmt"
	"html/template"
	"strings"
	"time"

	"github.com/npswatch/npswatch"
)

// report.go writes evidence/report.html and evidence/report.md, the
// human-readable account of the package. Every string that came from a
// crawled site is escaped: html/template escapes the HTML report, and
// the Markdown report puts site text in code spans or backslash-escapes it.

const (
	reportHTMLPath = "evidence/report.html"
	reportMDPath   = "evidence/report.md"
)

// proves is the paragraph both reports carry.
const proves = `A valid signature in datapackage-digest.json proves that the holder of the signing key packaged exactly ` +
	`these files, and an RFC 3161 timestamp proves that the signature existed at the stamped time. Neither proves that ` +
	`the marketplace served these bytes: npswatch recorded them, and whoever controls the crawling machine could have ` +
	`altered them before packaging. The best evidence of what was served is the raw exchange in archive/data.warc.gz ` +
	`(request and response exactly as read from the connection, chunking and compression included) together with the ` +
	`TLS certificate digests, the remote address and the capture's place in the database's hash chain. Responses marked ` +
	`"reconstructed" were not recorded at the wire level and were rebuilt from stored headers and body; they carry less ` +
	`weight. Times come from the exporting machine's clock (see clock source) unless a timestamp says otherwise. Behind ` +
	`a proxy the remote address is the proxy's. A hit is a lead for review, not a legal finding: legal status depends ` +
	`on structure and must be checked against the official lists.`

type reportView struct {
	Case, Operator, Host, Software, Created, ClockSource, ChainHead string
	Runs                                                            []npswatch.Run
	Listings                                                        []listingView
	Other                                                           []npswatch.Hit // hits whose listing is not in the package
	Reconstructed                                                   []*captureRecords
	Proves                                                          string
	Records, Captures, Hits                                         int
}

type listingView struct {
	L    *npswatch.Listing
	Cap  *captureRecords // nil when the capture is not in the package
	Hits []npswatch.Hit
}

func buildReportView(p *prepared, a *archive) *reportView {
	v := &reportView{Case: p.Case, Operator: p.Operator, Host: p.Host, Software: p.software,
		Created: p.Created.UTC().Format(time.RFC3339), ClockSource: p.ClockSource, ChainHead: p.ChainHead,
		Runs: p.Runs, Proves: proves, Records: len(a.records), Captures: len(a.order), Hits: len(p.hits)}
	for i := range p.listings {
		l := &p.listings[i]
		lv := listingView{L: l, Cap: a.captures[l.CaptureID]}
		for _, h := range p.hits {
			if h.ListingID == l.ID {
				lv.Hits = append(lv.Hits, h)
			}
		}
		v.Listings = append(v.Listings, lv)
	}
	for _, h := range p.hits {
		if p.listing[h.ListingID] == nil {
			v.Other = append(v.Other, h)
		}
	}
	for _, cr := range a.order {
		if cr.Reconstructed != "" || cr.RequestReconstructed {
			v.Reconstructed = append(v.Reconstructed, cr)
		}
	}
	return v
}

var reportFuncs = template.FuncMap{
	"ts": func(t time.Time) string {
		if t.IsZero() {
			return "unknown"
		}
		return t.UTC().Format(time.RFC3339Nano)
	},
	"ip":    remoteIP,
	"join":  strings.Join,
	"pct":   func(f float64) string { return fmt.Sprintf("%.2f", f) },
	"noTLS": noTLS,
}

var reportTmpl = template.Must(template.New("report").Funcs(reportFuncs).Parse(`<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">
<title>npswatch evidence{{with .Case}}: {{.}}{{end}}</title>
<style>body{font-family:sans-serif;max-width:60em;margin:2em auto;line-height:1.4}code{word-break:break-all}
table{border-collapse:collapse}td,th{border:1px solid #ccc;padding:.2em .4em;text-align:left;vertical-align:top}</style>
</head><body>
<h1>npswatch evidence package</h1>
<table>
<tr><th>Case</th><td>{{.Case}}</td></tr>
<tr><th>Operator</th><td>{{.Operator}}</td></tr>
<tr><th>Exported</th><td>{{.Created}} on {{.Host}} with {{.Software}}</td></tr>
<tr><th>Clock source</th><td>{{.ClockSource}}</td></tr>
<tr><th>Hash-chain head at export</th><td><code>{{.ChainHead}}</code></td></tr>
<tr><th>Contents</th><td>{{len .Listings}} listings, {{.Hits}} hits, {{.Captures}} captures, {{.Records}} WARC records</td></tr>
</table>
<h2>What this proves and what it does not</h2>
<p>{{.Proves}}</p>
{{with .Reconstructed}}<h2>Reconstructed captures</h2><ul>
{{range .}}<li><code>{{.C.ID}}</code> {{.Target}}: {{if .Reconstructed}}response reconstructed ({{.Reconstructed}}){{end}}{{if .RequestReconstructed}} request reconstructed{{end}}</li>
{{end}}</ul>{{end}}
<h2>Runs</h2><ul>
{{range .Runs}}<li><code>{{.ID}}</code>: {{ts .Started}} to {{ts .Ended}}, {{.State}}, npswatch {{.Version}}, watchlist <code>{{.Watchlist}}</code>{{if .IgnoredRobots}}, robots.txt overridden{{end}}
<ul>{{range .Targets}}<li>{{join .StartURLs " "}}{{if .Proxy}} via proxy {{.Proxy}}{{else}} (direct){{end}}</li>{{end}}</ul></li>
{{end}}</ul>
<h2>Listings</h2>
{{range .Listings}}{{$c := .Cap}}<section>
<h3>{{.L.Product}}</h3>
<table>
<tr><th>URL</th><td>{{.L.URL}}</td></tr>
<tr><th>Site / vendor / price</th><td>{{.L.Site}} / {{.L.Vendor}} / {{.L.Price}}</td></tr>
<tr><th>Listing id</th><td><code>{{.L.ID}}</code></td></tr>
<tr><th>CAS</th><td>{{join .L.CAS ", "}}{{with .L.InvalidCAS}} (failing the check digit: {{join . ", "}}){{end}}</td></tr>
{{with .L.ShipsFrom}}<tr><th>Ships from</th><td>{{join . ", "}}</td></tr>{{end}}
{{with .L.ShipsTo}}<tr><th>Ships to</th><td>{{join . ", "}}</td></tr>{{end}}
{{if $c}}{{with $c.C}}
<tr><th>Captured</th><td>{{ts .FetchedAt}} from {{.FinalURL}} (status {{.Status}}, {{.Size}} bytes{{if .Truncated}}, truncated{{end}})</td></tr>
<tr><th>Remote address</th><td>{{.RemoteAddr}}{{with .Proxy}} (the proxy {{.}}){{end}}</td></tr>
<tr><th>TLS</th><td>{{with .TLS}}{{.Version}} {{.CipherSuite}}, SNI {{.ServerName}}<br>certificates (SHA-256, leaf first): {{range .CertSHA256}}<code>{{.}}</code> {{end}}<br>chain <code>{{.ChainSHA256}}</code>{{else}}{{noTLS .}}{{end}}</td></tr>
<tr><th>Body SHA-256</th><td><code>{{.SHA256}}</code></td></tr>
<tr><th>Raw response SHA-256</th><td><code>{{.RawResponseSHA256}}</code></td></tr>
<tr><th>Chain record</th><td>seq {{.Seq}}, hash <code>{{.RecordHash}}</code>, previous <code>{{.PrevHash}}</code></td></tr>
{{end}}
<tr><th>WARC response record</th><td><code>{{$c.ResponseID}}</code><br>block <code>{{$c.BlockDigest}}</code><br>payload <code>{{$c.PayloadDigest}}</code>{{with $c.Reconstructed}}<br><strong>reconstructed: {{.}}</strong>{{end}}</td></tr>
{{else}}<tr><th>Capture</th><td>not in this package ({{.L.CaptureID}})</td></tr>{{end}}
</table>
{{with .L.Claims}}<p>Claims:</p><ul>{{range .}}<li>{{.Kind}}: {{.Text}}</li>{{end}}</ul>{{end}}
{{with .L.VendorClaims}}<p>Vendor claims:</p><ul>{{range .}}<li>{{.Kind}}: {{.Text}} (read on {{.URL}})</li>{{end}}</ul>{{end}}
{{with .L.Terms}}<p>Trade terms:</p><ul>{{range .}}<li>{{.Kind}}: {{.Text}}</li>{{end}}</ul>{{end}}
{{with .L.Contacts}}<p>Contacts:</p><ul>{{range .}}<li>{{.Kind}}: {{.Value}}</li>{{end}}</ul>{{end}}
{{range .Hits}}{{template "hit" .}}{{end}}
</section>
{{end}}
{{with .Other}}<h2>Hits whose listing is not in the package</h2>{{range .}}{{template "hit" .}}{{end}}{{end}}
</body></html>
{{define "hit"}}<div><h4>Hit: {{.Substance.Name}}{{with .Substance.CAS}} (CAS {{.}}){{end}}</h4>
<table>
<tr><th>Hit id</th><td><code>{{.ID}}</code></td></tr>
<tr><th>Substance</th><td>{{.Substance.Category}}{{with .Substance.Class}}, class {{.}}{{end}}; status: {{.Substance.Status}}{{with .Substance.Severity}}; severity {{.}}{{end}}</td></tr>
<tr><th>Match</th><td>{{.Match.Kind}}: term “{{.Match.Term}}”, span “{{.Match.Span}}”, rule {{.Match.Rule}}, confidence {{pct .Match.Confidence}}</td></tr>
<tr><th>Reason</th><td>{{.Match.Reason}}</td></tr>
<tr><th>Seen</th><td>{{ts .FirstSeen}} to {{ts .LastSeen}}</td></tr>
{{with .Substance.Sources}}<tr><th>Sources</th><td><ul>{{range .}}<li>{{.}}</li>{{end}}</ul></td></tr>{{end}}
</table></div>
{{end}}`))

func reportHTML(v *reportView) ([]byte, error) {
	var b bytes.Buffer
	if err := reportTmpl.Execute(&b, v); err != nil {
		return nil, fmt.Errorf("report.html: %w", err)
	}
	return b.Bytes(), nil
}

// md escapes text for Markdown: the characters that make inline markup or
// HTML are backslash-escaped (CommonMark then shows them literally), and
// so is what would make an autolink an analyst might click by mistake
// ("://", an e-mail address's "@", "www."); line breaks become spaces.
// Other punctuation — parentheses, a port's colon — is left as written.
// Text never starts a line, so block markup cannot arise.
func md(s string) string {
	rs := []rune(strings.ToValidUTF8(s, "\uFFFD"))
	var b strings.Builder
	for i, r := range rs {
		switch {
		case r == '\n' || r == '\r' || r == '\t':
			b.WriteByte(' ')
			continue
		case r < 0x20 || r == 0x7f:
			continue
		case r < 0x80 && strings.ContainsRune("\\`*_[]<>|~&", r),
			r == ':' && i+2 < len(rs) && rs[i+1] == '/' && rs[i+2] == '/',
			r == '@' && i > 0 && i+1 < len(rs) && emailRune(rs[i-1]) && emailRune(rs[i+1]),
			r == '.' && i >= 3 && strings.EqualFold(string(rs[i-3:i]), "www") && (i == 3 || !emailRune(rs[i-4])):
			b.WriteByte('\\')
		}
		b.WriteRune(r)
	}
	return b.String()
}

// emailRune reports whether r can stand next to an e-mail address's "@".
func emailRune(r rune) bool {
	return r < 0x80 && (r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z' || r >= '0' && r <= '9' || strings.ContainsRune(".-_+", r))
}

// code puts text in a code span long enough not to be closed by it.
func code(s string) string {
	s = strings.Map(func(r rune) rune {
		if r < 0x20 || r == 0x7f {
			return ' '
		}
		return r
	}, strings.ToValidUTF8(s, "\uFFFD"))
	if s == "" {
		return "none"
	}
	fence := "`"
	for strings.Contains(s, fence) {
		fence += "`"
	}
	return fence + " " + s + " " + fence
}

func tsMD(t time.Time) string {
	if t.IsZero() {
		return "unknown"
	}
	return t.UTC().Format(time.RFC3339Nano)
}

func reportMD(v *reportView) []byte {
	var b strings.Builder
	w := func(format string, args ...any) { fmt.Fprintf(&b, format, args...) }
	w("# npswatch evidence package\n\n")
	w("- Case: %s\n- Operator: %s\n- Exported: %s on %s with %s\n- Clock source: %s\n- Hash-chain head at export: %s\n",
		md(v.Case), md(v.Operator), v.Created, md(v.Host), md(v.Software), md(v.ClockSource), code(v.ChainHead))
	w("- Contents: %d listings, %d hits, %d captures, %d WARC records\n\n", len(v.Listings), v.Hits, v.Captures, v.Records)
	w("## What this proves and what it does not\n\n%s\n\n", md(v.Proves))
	if len(v.Reconstructed) > 0 {
		w("## Reconstructed captures\n\n")
		for _, cr := range v.Reconstructed {
			w("- %s %s: response %s, request reconstructed: %t\n", code(cr.C.ID), code(cr.Target), md(orNone(cr.Reconstructed)), cr.RequestReconstructed)
		}
		w("\n")
	}
	w("## Runs\n\n")
	for _, r := range v.Runs {
		w("- %s: %s to %s, %s, npswatch %s, watchlist %s, robots.txt overridden: %t\n", code(r.ID), tsMD(r.Started),
			tsMD(r.Ended), md(r.State), md(r.Version), code(r.Watchlist), r.IgnoredRobots)
		for _, t := range r.Targets {
			w("  - %s via %s\n", code(strings.Join(t.StartURLs, " ")), code(orNone(t.Proxy)))
		}
	}
	w("\n## Listings\n")
	for _, lv := range v.Listings {
		l := lv.L
		w("\n### %s\n\n", md(l.Product))
		w("- URL: %s\n- Site / vendor / price: %s / %s / %s\n- Listing id: %s\n- CAS: %s\n", code(l.URL), md(l.Site),
			md(l.Vendor), md(l.Price), code(l.ID), md(orNone(strings.Join(l.CAS, ", "))))
		if len(l.InvalidCAS) > 0 {
			w("- CAS failing the check digit: %s\n", md(strings.Join(l.InvalidCAS, ", ")))
		}
		if c := lv.Cap; c != nil {
			cp := c.C
			w("- Captured: %s from %s (status %d, %d bytes, truncated: %t)\n", tsMD(cp.FetchedAt), code(cp.FinalURL), cp.Status, cp.Size, cp.Truncated)
			w("- Remote address: %s%s\n", code(cp.RemoteAddr), opt(cp.Proxy != "", " (the proxy "+code(cp.Proxy)+")"))
			if t := cp.TLS; t != nil {
				w("- TLS: %s %s, SNI %s; certificates (SHA-256, leaf first): %s; chain %s\n", md(t.Version), md(t.CipherSuite),
					code(t.ServerName), code(strings.Join(t.CertSHA256, " ")), code(t.ChainSHA256))
			} else {
				w("- TLS: %s\n", noTLS(cp))
			}
			w("- Body SHA-256: %s; raw response SHA-256: %s\n", code(cp.SHA256), code(cp.RawResponseSHA256))
			w("- Chain record: seq %d, hash %s, previous %s\n", cp.Seq, code(cp.RecordHash), code(cp.PrevHash))
			w("- WARC response record %s, block %s, payload %s\n", code(c.ResponseID), code(c.BlockDigest), code(c.PayloadDigest))
			if c.Reconstructed != "" {
				w("- **Reconstructed response**: %s\n", md(c.Reconstructed))
			}
		} else {
			w("- Capture: not in this package (%s)\n", code(l.CaptureID))
		}
		claims := func(title string, cs []npswatch.Claim) {
			for _, c := range cs {
				w("- %s: %s: %s%s\n", title, md(c.Kind), md(c.Text), opt(c.URL != "", " (read on "+code(c.URL)+")"))
			}
		}
		claims("Claim", l.Claims)
		claims("Vendor claim", l.VendorClaims)
		claims("Trade term", l.Terms)
		for _, c := range l.Contacts {
			w("- Contact: %s: %s\n", md(c.Kind), code(c.Value))
		}
		for _, h := range lv.Hits {
			hitMD(&b, h)
		}
	}
	if len(v.Other) > 0 {
		w("\n## Hits whose listing is not in the package\n")
		for _, h := range v.Other {
			hitMD(&b, h)
		}
	}
	return []byte(b.String())
}

func hitMD(b *strings.Builder, h npswatch.Hit) {
	s := h.Substance
	fmt.Fprintf(b, "\n#### Hit: %s (CAS %s)\n\n", md(s.Name), md(orNone(s.CAS)))
	fmt.Fprintf(b, "- Hit id: %s\n- Substance: %s, class %s; status: %s; severity %s\n", code(h.ID), md(s.Category),
		md(orNone(s.Class)), md(s.Status), md(orNone(s.Severity)))
	fmt.Fprintf(b, "- Match: %s: term %s, span %s, rule %s, confidence %.2f\n- Reason: %s\n- Seen: %s to %s\n",
		md(h.Match.Kind), code(h.Match.Term), code(h.Match.Span), md(orNone(h.Match.Rule)), h.Match.Confidence, md(h.Match.Reason),
		tsMD(h.FirstSeen), tsMD(h.LastSeen))
	for _, src := range s.Sources {
		fmt.Fprintf(b, "- Source: %s\n", md(src))
	}
}

// noTLS says why a capture has no TLS details.
func noTLS(c *npswatch.Capture) string {
	u := strings.ToLower(c.FinalURL + " " + c.URL)
	if strings.HasPrefix(u, "https:") {
		return "not recorded (HTTPS" + opt(c.Proxy != "", " through a proxy tunnel") + ")"
	}
	return "none (plain HTTP)"
}

func opt(cond bool, s string) string {
	if cond {
		return s
	}
	return ""
}

func orNone(s string) string {
	if s == "" {
		return "none"
	}
	return s
}
