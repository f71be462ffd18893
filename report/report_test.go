package report

import (
	"bytes"
	"encoding/json"
	"flag"
	"net/url"
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/npswatch/npswatch"
	"golang.org/x/net/html"
)

var update = flag.Bool("update", false, "rewrite testdata/golden and testdata/sample-report.html")

var formats = []struct {
	ext    string
	render func(w *bytes.Buffer, d *Data) error
}{
	{"html", func(w *bytes.Buffer, d *Data) error { return HTML(w, d) }},
	{"md", func(w *bytes.Buffer, d *Data) error { return Markdown(w, d) }},
	{"json", func(w *bytes.Buffer, d *Data) error { return JSON(w, d) }},
}

func render(t testing.TB, ext string, d *Data) []byte {
	t.Helper()
	for _, f := range formats {
		if f.ext == ext {
			var b bytes.Buffer
			if err := f.render(&b, d); err != nil {
				t.Fatalf("%s: %v", ext, err)
			}
			return b.Bytes()
		}
	}
	t.Fatalf("no format %s", ext)
	return nil
}

// checkGolden compares got with the file, or rewrites it under -update.
func checkGolden(t *testing.T, path string, got []byte) {
	t.Helper()
	if *update {
		if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(path, got, 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	want, err := os.ReadFile(path)
	if err != nil {
		t.Fatalf("%v (run go test ./report -update)", err)
	}
	if !bytes.Equal(got, want) {
		gl, wl := strings.Split(string(got), "\n"), strings.Split(string(want), "\n")
		for i := range max(len(gl), len(wl)) {
			var g, w string
			if i < len(gl) {
				g = gl[i]
			}
			if i < len(wl) {
				w = wl[i]
			}
			if g != w {
				t.Fatalf("%s differs at line %d (run go test ./report -update and review the diff):\n got: %.300s\nwant: %.300s", path, i+1, g, w)
			}
		}
	}
}

func TestGolden(t *testing.T) {
	for _, f := range formats {
		t.Run(f.ext, func(t *testing.T) {
			checkGolden(t, filepath.Join("testdata", "golden", "report."+f.ext), render(t, f.ext, goldenData()))
		})
	}
}

// TestSampleReport keeps testdata/sample-report.html (the page of
// docs/report.png, rendered by scripts/report-screenshot.sh) up to date.
func TestSampleReport(t *testing.T) {
	d := sampleData()
	if n := len(d.NewHits); n < 35 || n > 45 {
		t.Fatalf("sample has %d hits, want about 40", n)
	}
	out := render(t, "html", d)
	checkGolden(t, filepath.Join("testdata", "sample-report.html"), out)
	checkOffline(t, out, d)
}

func TestDeterministic(t *testing.T) {
	for _, f := range formats {
		a, b := render(t, f.ext, sampleData()), render(t, f.ext, sampleData())
		if !bytes.Equal(a, b) {
			t.Errorf("%s: two renderings of the same Data differ", f.ext)
		}
	}
}

func TestNilAndEmpty(t *testing.T) {
	for _, f := range formats {
		var b bytes.Buffer
		if err := f.render(&b, nil); err == nil {
			t.Errorf("%s: nil Data gave no error", f.ext)
		}
		out := render(t, f.ext, &Data{})
		if len(out) == 0 {
			t.Errorf("%s: empty Data rendered nothing", f.ext)
		}
	}
	h := string(render(t, "html", &Data{}))
	for _, want := range []string{"No new hits in this period.", "0 dismissed hits left out", defaultTitle, "No period to chart."} {
		if !strings.Contains(h, want) {
			t.Errorf("empty HTML report lacks %q", want)
		}
	}
	var j map[string]any
	if err := json.Unmarshal(render(t, "json", &Data{}), &j); err != nil {
		t.Fatal(err)
	}
	for _, k := range []string{"new_hits", "changed", "new_listings", "gone_listings", "new_claims", "clusters", "health", "trend"} {
		if v, ok := j[k].([]any); !ok || v == nil {
			t.Errorf("empty JSON: %s is %v, want []", k, j[k])
		}
	}
}

// parseHTML parses a report and returns every element node.
func parseHTML(t *testing.T, b []byte) (*html.Node, []*html.Node) {
	t.Helper()
	doc, err := html.Parse(bytes.NewReader(b))
	if err != nil {
		t.Fatal(err)
	}
	var els []*html.Node
	for n := range doc.Descendants() {
		if n.Type == html.ElementNode {
			els = append(els, n)
		}
	}
	return doc, els
}

func attr(n *html.Node, key string) (string, bool) {
	for _, a := range n.Attr {
		if strings.EqualFold(a.Key, key) {
			return a.Val, true
		}
	}
	return "", false
}

func text(n *html.Node) string {
	var b strings.Builder
	for c := range n.Descendants() {
		if c.Type == html.TextNode {
			b.WriteString(c.Data)
		}
	}
	return b.String()
}

// dataURLs is every URL of the Data the report may link to: the listings'
// own pages.
func dataURLs(d *Data) map[string]bool {
	m := map[string]bool{}
	for _, h := range d.NewHits {
		m[h.URL] = true
	}
	for _, ls := range [][]npswatch.Listing{d.New, d.Gone} {
		for _, l := range ls {
			m[l.URL] = true
		}
	}
	for _, c := range d.Changed {
		m[c.Listing.URL] = true
	}
	for _, c := range d.NewClaims {
		m[c.URL] = true
	}
	return m
}

var (
	resourceAttrs = []string{"src", "srcset", "href", "xlink:href", "action", "formaction", "poster", "data",
		"background", "cite", "longdesc", "manifest", "ping", "lowsrc", "dynsrc", "icon"}
	allowedTags = map[string]bool{"html": true, "head": true, "meta": true, "title": true, "style": true, "body": true,
		"header": true, "nav": true, "main": true, "section": true, "footer": true, "h1": true, "h2": true, "h3": true,
		"p": true, "div": true, "span": true, "b": true, "small": true, "br": true, "code": true, "del": true, "ins": true,
		"a": true, "details": true, "summary": true, "table": true, "thead": true, "tbody": true, "tr": true, "th": true,
		"td": true, "ul": true, "li": true, "svg": true, "g": true, "rect": true, "line": true, "text": true, "script": true}
	cssURL = regexp.MustCompile(`(?i)url\s*\(|@import|https?:|//[a-z0-9]`)
)

// checkOffline asserts the report loads nothing: no element but <a> has a
// URL attribute, every link is one of the Data's listing URLs with
// rel="noreferrer noopener" and target _blank, the style has no url() or
// @import, there is exactly one script (ours, inline), and the CSP allows
// nothing else.
func checkOffline(t *testing.T, out []byte, d *Data) {
	t.Helper()
	allowed := dataURLs(d)
	_, els := parseHTML(t, out)
	scripts := 0
	for _, n := range els {
		if !allowedTags[n.Data] {
			t.Errorf("unexpected element <%s>", n.Data)
		}
		for _, a := range n.Attr {
			if strings.HasPrefix(strings.ToLower(a.Key), "on") {
				t.Errorf("<%s> has event handler %s=%q", n.Data, a.Key, a.Val)
			}
			if a.Key == "style" {
				t.Errorf("<%s> has a style attribute (the CSP blocks it)", n.Data)
			}
		}
		for _, k := range resourceAttrs {
			v, ok := attr(n, k)
			if !ok {
				continue
			}
			if n.Data != "a" || k != "href" {
				t.Errorf("<%s %s=%q>: only links may carry a URL", n.Data, k, v)
				continue
			}
			if strings.HasPrefix(v, "#") {
				continue
			}
			u, err := url.Parse(v)
			if err != nil || (u.Scheme != "http" && u.Scheme != "https") || u.Host == "" {
				t.Errorf("link to %q: only absolute http(s) URLs may be links", v)
			}
			if !allowed[v] {
				t.Errorf("link to %q, which is no listing URL of the report", v)
			}
			if rel, _ := attr(n, "rel"); rel != "noreferrer noopener" {
				t.Errorf("link to %q has rel=%q", v, rel)
			}
			if tg, _ := attr(n, "target"); tg != "_blank" {
				t.Errorf("link to %q has target=%q", v, tg)
			}
		}
		switch n.Data {
		case "style":
			if loc := cssURL.FindStringIndex(text(n)); loc != nil {
				t.Errorf("style loads something: %q", text(n)[loc[0]:min(loc[1]+40, len(text(n)))])
			}
		case "script":
			scripts++
			if _, ok := attr(n, "src"); ok {
				t.Error("external script")
			}
			if text(n) != sortJS {
				t.Errorf("script is not the sort script: %.200q", text(n))
			}
		case "meta":
			if v, _ := attr(n, "http-equiv"); strings.EqualFold(v, "Content-Security-Policy") {
				c, _ := attr(n, "content")
				if !strings.HasPrefix(c, "default-src 'none';") {
					t.Errorf("CSP %q does not start with default-src 'none'", c)
				}
			}
		}
	}
	if scripts != 1 {
		t.Errorf("%d script elements, want 1", scripts)
	}
	if m := regexp.MustCompile(`(?i)url\(\s*['"]?\s*(https?:)?//|@import`).Find(out); m != nil {
		t.Errorf("report loads a URL: %q", m)
	}
}

func TestNoExternalResources(t *testing.T) {
	for name, d := range map[string]*Data{"golden": goldenData(), "sample": sampleData(), "hostile": hostileData(),
		"1000": manyHits(1000)} {
		t.Run(name, func(t *testing.T) { checkOffline(t, render(t, "html", d), d) })
	}
}

// TestCSPAllowsOwnCode checks that the hashes in the Content-Security-Policy
// are those of the inline style and script as written (or the browser would
// run the page unstyled).
func TestCSPAllowsOwnCode(t *testing.T) {
	_, els := parseHTML(t, render(t, "html", goldenData()))
	var policy, style, script string
	for _, n := range els {
		switch n.Data {
		case "meta":
			if v, _ := attr(n, "http-equiv"); v == "Content-Security-Policy" {
				policy, _ = attr(n, "content")
			}
		case "style":
			style = text(n)
		case "script":
			script = text(n)
		}
	}
	if policy == "" {
		t.Fatal("no Content-Security-Policy")
	}
	for _, want := range []string{"style-src " + hashSource(style) + ";", "script-src " + hashSource(script) + ";"} {
		if !strings.Contains(policy, want) {
			t.Errorf("CSP %q lacks %q", policy, want)
		}
	}
}

// hostileData is the golden Data with site text trying to break out of
// every place it is shown.
func hostileData() *Data {
	d := goldenData()
	const x = `<script>alert(1)</script><img src=x onerror=alert(2)>"'><svg onload=alert(3)>`
	d.Title = `</title><script>alert("title")</script>`
	d.Software = `<script>alert("sw")</script>`
	h := &d.NewHits[0]
	h.Product = x
	h.Site = `"><a href="javascript:alert(4)">`
	h.Vendor = x
	h.URL = "javascript:alert(document.cookie)"
	h.Claims = []npswatch.Claim{{Kind: `<b onmouseover=alert(5)>`, Text: x}}
	h.VendorClaims = []npswatch.Claim{{Kind: "customs", Text: x, URL: "javascript:alert(6)"}}
	h.Match.Term, h.Match.Reason, h.Match.Span = x, x, x
	h.Substance.Name, h.Substance.Class, h.Substance.Category = x, x, x
	h.CaptureID = x
	d.NewHits[1].URL = " JaVaScRiPt:alert(7)"
	d.NewHits[2].URL = "data:text/html;base64,PHNjcmlwdD5hbGVydCg4KTwvc2NyaXB0Pg=="
	d.NewHits[3].URL = "//evil.example/relative"
	d.NewHits[4].ID = `x"; rm -rf / #<script>`
	d.Triage[d.NewHits[4].ID] = `<b>escalated</b>`
	d.Changed[0].Listing.URL = "vbscript:msgbox(9)"
	d.Changed[0].Listing.Product = x
	d.Changed[0].Fields = append(d.Changed[0].Fields, x)
	d.Changed[0].Before[x], d.Changed[0].After[x] = x, x
	d.New[0].URL = "data:image/svg+xml,<svg onload=alert(10)>"
	d.New[0].Product, d.New[0].Price, d.New[0].CAS = x, x, []string{x}
	d.Gone[0].Vendor = x
	d.NewClaims[0].URL = "javascript:alert(11)"
	d.NewClaims[0].Claim.Text, d.NewClaims[0].Site, d.NewClaims[0].ListingID = x, x, x
	d.Clusters[0].ID = x
	d.Clusters[0].Contacts = append(d.Clusters[0].Contacts, npswatch.Contact{Kind: x, Value: x})
	d.Clusters[0].Sites = append(d.Clusters[0].Sites, x)
	d.Health[0].Target, d.Health[1].LastError = x, `</td></tr></table>`+x
	d.Trend = append(d.Trend, DayCount{Day: tSince, ByCategory: map[string]int{x: 2, `" onload="alert(12)`: 1}})
	return d
}

func TestHostileTextEscaped(t *testing.T) {
	d := hostileData()
	out := render(t, "html", d)
	s := string(out)
	for _, bad := range []string{"<script>alert", "<img", "<svg onload", "onerror=alert(2)>", `href="javascript:`,
		`href="data:`, `href="vbscript:`, `href=" JaVaScRiPt:`, "<b>escalated", "<b onmouseover"} {
		if i := strings.Index(s, bad); i >= 0 {
			t.Errorf("unescaped %q in HTML: …%s…", bad, s[max(0, i-80):min(len(s), i+80)])
		}
	}
	for _, want := range []string{"&lt;script&gt;alert(1)&lt;/script&gt;", "javascript:alert(document.cookie)",
		"data:text/html;base64,", "//evil.example/relative"} {
		if !strings.Contains(s, want) {
			t.Errorf("HTML lacks %q shown as text", want)
		}
	}
	_, els := parseHTML(t, out)
	for _, n := range els {
		if v, ok := attr(n, "href"); ok && !strings.HasPrefix(v, "https://") && !strings.HasPrefix(v, "http://") && !strings.HasPrefix(v, "#") {
			t.Errorf("link %q", v)
		}
	}
	// The hit whose id is hostile: its export command is quoted for the shell.
	if want := ExportCommand(d.NewHits[4].ID, d.DB, d.SignKey); !strings.Contains(want, `'x"; rm -rf / #<script>'`) {
		t.Errorf("export command %q does not quote the id", want)
	}

	m := string(render(t, "md", d))
	// Outside code spans (whose text Markdown shows as it is), every angle
	// bracket is escaped.
	m = regexp.MustCompile("`[^`\n]*`").ReplaceAllString(m, "CODE")
	for i := 0; i < len(m); i++ {
		if (m[i] == '<' || m[i] == '>') && (i == 0 || m[i-1] != '\\') {
			t.Fatalf("unescaped %q in Markdown: …%s…", m[i], m[max(0, i-60):min(len(m), i+60)])
		}
	}
	for _, l := range regexp.MustCompile(`\]\(([^)]*)\)`).FindAllStringSubmatch(m, -1) {
		if !strings.HasPrefix(l[1], "https://") && !strings.HasPrefix(l[1], "http://") {
			t.Errorf("Markdown link to %q", l[1])
		}
	}
	for _, line := range strings.Split(m, "\n") {
		if strings.HasPrefix(line, "| ") && strings.Count(strings.ReplaceAll(line, `\|`, ""), "|") < 3 {
			t.Errorf("broken table row %q", line)
		}
	}
	checkTableShapes(t, m)

	var j map[string]any
	if err := json.Unmarshal(render(t, "json", d), &j); err != nil {
		t.Fatalf("JSON: %v", err)
	}
	found := false
	for _, h := range j["new_hits"].([]any) {
		found = found || h.(map[string]any)["url"] == "javascript:alert(document.cookie)"
	}
	if !found {
		t.Error("JSON lost the hostile URL (it keeps the data as it is)")
	}
}

// checkTableShapes asserts every row of every Markdown table has as many
// cells as its header (an unescaped pipe in site text would add one).
func checkTableShapes(t *testing.T, m string) {
	t.Helper()
	cells := func(line string) int { return strings.Count(strings.ReplaceAll(line, `\|`, ""), "|") - 1 }
	want := -1
	for _, line := range strings.Split(m, "\n") {
		if !strings.HasPrefix(line, "|") {
			want = -1
			continue
		}
		if want < 0 {
			want = cells(line)
			continue
		}
		if got := cells(line); got != want {
			t.Errorf("table row with %d cells, header has %d: %.200s", got, want, line)
		}
	}
}

func TestMarkdownTables(t *testing.T) {
	for name, d := range map[string]*Data{"golden": goldenData(), "sample": sampleData()} {
		t.Run(name, func(t *testing.T) { checkTableShapes(t, string(render(t, "md", d))) })
	}
}

func TestThousandHits(t *testing.T) {
	d := manyHits(1000)
	var b bytes.Buffer
	start := time.Now()
	if err := HTML(&b, d); err != nil {
		t.Fatal(err)
	}
	took := time.Since(start)
	t.Logf("1,000 hits: HTML %d bytes in %v", b.Len(), took)
	if took > time.Second {
		t.Errorf("rendering 1,000 hits took %v, want well under a second", took)
	}
	if b.Len() > 3<<20 {
		t.Errorf("1,000 hits make %d bytes of HTML, want under 3 MiB", b.Len())
	}
	_, els := parseHTML(t, b.Bytes())
	rows, closed := 0, 0
	for _, n := range els {
		if n.Data == "tr" && strings.HasPrefix(func() string { v, _ := attr(n, "id"); return v }(), "hit-") {
			rows++
		}
		if n.Data == "details" {
			if _, open := attr(n, "open"); !open {
				closed++
			}
		}
	}
	if rows != 1000 {
		t.Errorf("%d hit rows, want 1000", rows)
	}
	if closed == 0 {
		t.Error("no group starts collapsed, though the fentanyl group holds 334 hits")
	}
	for _, f := range formats[1:] {
		b.Reset()
		start := time.Now()
		if err := f.render(&b, d); err != nil {
			t.Fatal(err)
		}
		t.Logf("1,000 hits: %s %d bytes in %v", f.ext, b.Len(), time.Since(start))
	}
}

func TestGrouping(t *testing.T) {
	d := manyHits(100)
	d.NewHits = append(d.NewHits, npswatch.Hit{ID: "odd", Substance: npswatch.SubstanceRef{ID: "x", Name: "X", Severity: "weird"}})
	groups := groupHits(d.NewHits)
	var sevs []string
	for _, g := range groups {
		sevs = append(sevs, g.Severity)
		for i := 1; i < len(g.Groups); i++ {
			if len(g.Groups[i-1].Hits) < len(g.Groups[i].Hits) {
				t.Errorf("%s: group %s (%d) before %s (%d)", g.Severity, g.Groups[i-1].Substance, len(g.Groups[i-1].Hits),
					g.Groups[i].Substance, len(g.Groups[i].Hits))
			}
			for _, gr := range g.Groups {
				if !slices.IsSortedFunc(gr.Hits, func(a, b *npswatch.Hit) int { return a.FirstSeen.Compare(b.FirstSeen) }) {
					t.Errorf("group %s not oldest first", gr.Substance)
				}
			}
		}
	}
	if want := []string{"critical", "high", "medium", "low", "unrated"}; !slices.Equal(sevs, want) {
		t.Errorf("severities %v, want %v", sevs, want)
	}
	// JSON lists the hits in the same order.
	var j struct {
		NewHits []struct {
			ID string `json:"id"`
		} `json:"new_hits"`
	}
	if err := json.Unmarshal(render(t, "json", d), &j); err != nil {
		t.Fatal(err)
	}
	ordered := orderedHits(groups)
	if len(j.NewHits) != len(ordered) {
		t.Fatalf("JSON has %d hits, want %d", len(j.NewHits), len(ordered))
	}
	for i := range ordered {
		if j.NewHits[i].ID != ordered[i].ID {
			t.Fatalf("JSON hit %d is %s, want %s", i, j.NewHits[i].ID, ordered[i].ID)
		}
	}
}

func TestTrendWindow(t *testing.T) {
	cet := time.FixedZone("CET", 3600)
	d := &Data{
		Until: time.Date(2026, 11, 27, 0, 0, 0, 0, time.UTC), // midnight: the last day is the 26th
		Trend: []DayCount{
			{Day: time.Date(2026, 11, 26, 0, 0, 0, 0, cet), ByCategory: map[string]int{"opioid": 2}}, // the 26th, though 25th 23:00 UTC
			{Day: time.Date(2026, 11, 26, 12, 0, 0, 0, time.UTC), ByCategory: map[string]int{"opioid": 1, "zeta": 1}},
			{Day: time.Date(2026, 10, 28, 0, 0, 0, 0, time.UTC), ByCategory: map[string]int{"opioid": 1}},  // first day
			{Day: time.Date(2026, 10, 27, 0, 0, 0, 0, time.UTC), ByCategory: map[string]int{"opioid": 50}}, // too old
			{Day: time.Date(2026, 11, 27, 0, 0, 0, 0, time.UTC), ByCategory: map[string]int{"opioid": 50}}, // after the period
			{Day: time.Date(2026, 11, 1, 0, 0, 0, 0, time.UTC), ByCategory: map[string]int{"fentanyl-analogue": 4, "alpha": 0}},
		},
	}
	days, cats := normTrend(d)
	if len(days) != 30 {
		t.Fatalf("%d days", len(days))
	}
	if first, last := days[0].Day.Format(dayLayout), days[29].Day.Format(dayLayout); first != "2026-10-28" || last != "2026-11-26" {
		t.Errorf("window %s..%s, want 2026-10-28..2026-11-26", first, last)
	}
	if days[29].Total != 4 || days[29].ByCategory["opioid"] != 3 || days[0].Total != 1 {
		t.Errorf("last day %+v, first day %+v", days[29], days[0])
	}
	if want := []string{"fentanyl-analogue", "opioid", "zeta"}; !slices.Equal(cats, want) {
		t.Errorf("categories %v, want %v", cats, want)
	}
	c := buildChart(days, cats)
	if c.Total != 9 || c.Max != 4 || len(c.Bars) != 30 || len(c.Legend) != 3 {
		t.Errorf("chart total %d max %d bars %d legend %d", c.Total, c.Max, len(c.Bars), len(c.Legend))
	}
	// Bars stay inside the plot.
	for _, b := range c.Bars {
		for _, s := range b.Segs {
			if s.Y < float64(c.PlotTop)-0.5 || s.Y+s.H > float64(c.PlotBottom)+0.5 {
				t.Errorf("segment %+v outside the plot", s)
			}
		}
	}
	if days, _ := normTrend(&Data{}); len(days) != 0 {
		t.Error("a Data without times has a trend")
	}
}

func TestNiceCeil(t *testing.T) {
	for _, c := range []struct{ v, max, step int }{{0, 4, 1}, {3, 4, 1}, {5, 5, 1}, {6, 6, 2}, {9, 10, 2}, {11, 15, 5}, {22, 25, 5}, {41, 50, 10}, {150, 150, 50}, {151, 200, 50}, {999, 1000, 200}} {
		if m, s := niceCeil(c.v); m != c.max || s != c.step {
			t.Errorf("niceCeil(%d) = %d, %d; want %d, %d", c.v, m, s, c.max, c.step)
		}
	}
}

func TestHealthFlags(t *testing.T) {
	d := &Data{Generated: tGen, Health: []TargetHealth{
		{Target: "ok", LastSuccess: tGen.Add(-47 * time.Hour)},
		{Target: "stale", LastSuccess: tGen.Add(-49 * time.Hour)},
		{Target: "never"},
		{Target: "failing", Failed: 2, Blocked: 1, LastSuccess: tGen},
	}}
	got := map[string]string{}
	for _, h := range healthRows(d) {
		got[h.Target] = strings.Join(h.Flags, ", ")
	}
	want := map[string]string{"ok": "", "stale": "no success in 48h", "never": "never succeeded", "failing": "2 failed, 1 blocked"}
	for k, v := range want {
		if got[k] != v {
			t.Errorf("%s flagged %q, want %q", k, got[k], v)
		}
	}
	if s := summarize(d, nil, healthRows(d)); s.TargetsFlagged != 3 {
		t.Errorf("%d targets flagged, want 3", s.TargetsFlagged)
	}
}

func TestExportCommand(t *testing.T) {
	for _, tt := range []struct{ id, db, key, want string }{
		{"5c0d1e2f3a4b5c6d", "/srv/cases/np.db", "", "npswatch export --db /srv/cases/np.db --hit 5c0d1e2f3a4b5c6d --out 5c0d1e2f3a4b5c6d.wacz"},
		{"a b", "/home/a/my cases/x.db", "/keys/case 7.pem",
			"npswatch export --db '/home/a/my cases/x.db' --hit 'a b' --out a_b.wacz --sign-key '/keys/case 7.pem'"},
		{"it's", "", "", `npswatch export --hit 'it'\''s' --out it_s.wacz`},
		{"../../etc/x", "", "", "npswatch export --hit ../../etc/x --out _.._etc_x.wacz"},
		{"-rf", "", "", "npswatch export --hit -rf --out rf.wacz"},
		{"x;rm", "/db$(id)", "", "npswatch export --db '/db$(id)' --hit 'x;rm' --out x_rm.wacz"},
	} {
		if got := ExportCommand(tt.id, tt.db, tt.key); got != tt.want {
			t.Errorf("ExportCommand(%q, %q, %q) = %q, want %q", tt.id, tt.db, tt.key, got, tt.want)
		}
	}
}

func TestLinkURL(t *testing.T) {
	for u, ok := range map[string]bool{
		"https://a.example/x?y=1": true, "http://a.example": true, "HTTPS://A.example/": true,
		"javascript:alert(1)": false, " javascript:alert(1)": false, "JaVaScRiPt:alert(1)": false,
		"data:text/html,x": false, "vbscript:x": false, "//a.example/x": false, "/x": false, "": false,
		"https:/x": false, "http:%2F%2Fa.example": false, "java\tscript:alert(1)": false,
	} {
		if got := linkURL(u) != ""; got != ok {
			t.Errorf("linkURL(%q) links: %v, want %v", u, got, ok)
		}
	}
}
