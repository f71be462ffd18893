package seeds_test

import (
	"bufio"
	"bytes"
	"encoding/json"
	"fmt"
	"io/fs"
	"net/url"
	"path"
	"slices"
	"strings"
	"testing"
	"unicode/utf8"

	"golang.org/x/net/html"

	"github.com/npswatch/npswatch"
	"github.com/npswatch/npswatch/seeds"
)

// demoPage is one parsed HTML page of the demo site.
type demoPage struct {
	name string // path inside DemoSite, e.g. "index.html"
	raw  []byte
	doc  *html.Node
}

// mustDemoPages parses every .html file of the demo site.
func mustDemoPages(tb testing.TB) []demoPage {
	tb.Helper()
	site := seeds.DemoSite()
	names, err := fs.Glob(site, "*.html")
	if err != nil {
		tb.Fatalf("glob: %v", err)
	}
	if len(names) < 10 {
		tb.Fatalf("demo site has %d pages, want at least 10", len(names))
	}
	var pages []demoPage
	for _, name := range names {
		raw, err := fs.ReadFile(site, name)
		if err != nil {
			tb.Fatalf("read %s: %v", name, err)
		}
		doc, err := html.Parse(bytes.NewReader(raw))
		if err != nil {
			tb.Fatalf("parse %s: %v", name, err)
		}
		pages = append(pages, demoPage{name: name, raw: raw, doc: doc})
	}
	return pages
}

// walk calls f for every node under n, in document order.
func walk(n *html.Node, f func(*html.Node)) {
	f(n)
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		walk(c, f)
	}
}

func attr(n *html.Node, key string) (string, bool) {
	for _, a := range n.Attr {
		if a.Key == key {
			return a.Val, true
		}
	}
	return "", false
}

// text returns all text of the page, script contents included (JSON-LD
// carries CAS numbers too), one text node per line.
func text(doc *html.Node) string {
	var b strings.Builder
	walk(doc, func(n *html.Node) {
		if n.Type == html.TextNode {
			b.WriteString(n.Data)
			b.WriteByte('\n')
		}
	})
	return b.String()
}

// links returns every href and src of the page, as written.
func links(doc *html.Node) []string {
	var out []string
	walk(doc, func(n *html.Node) {
		if n.Type != html.ElementNode {
			return
		}
		for _, key := range []string{"href", "src"} {
			if v, ok := attr(n, key); ok {
				out = append(out, v)
			}
		}
	})
	return out
}

// disallowed returns the Disallow prefixes of the demo robots.txt.
func disallowed(tb testing.TB) []string {
	tb.Helper()
	raw, err := fs.ReadFile(seeds.DemoSite(), strings.TrimPrefix(seeds.DemoRobots, "/"))
	if err != nil {
		tb.Fatalf("read robots.txt: %v", err)
	}
	var out []string
	sc := bufio.NewScanner(bytes.NewReader(raw))
	for sc.Scan() {
		if v, ok := strings.CutPrefix(strings.TrimSpace(sc.Text()), "Disallow:"); ok && strings.TrimSpace(v) != "" {
			out = append(out, strings.TrimSpace(v))
		}
	}
	return out
}

// resolve turns a link found on page into a site path ("/x.html"). It
// reports false for links that leave the page's document tree on purpose
// (mailto:, tel:) and an error for links to another host.
func resolve(page, link string) (string, bool, error) {
	u, err := url.Parse(link)
	if err != nil {
		return "", false, err
	}
	switch u.Scheme {
	case "mailto", "tel":
		return "", false, nil
	case "":
	default:
		return "", false, fmt.Errorf("absolute link %q would leave the demo site", link)
	}
	if u.Host != "" {
		return "", false, fmt.Errorf("link %q names a host", link)
	}
	if u.Path == "" { // fragment or query on the same page
		return "/" + page, true, nil
	}
	base := &url.URL{Path: "/" + page}
	return base.ResolveReference(&url.URL{Path: u.Path}).Path, true, nil
}

func TestDemoSiteOpens(t *testing.T) {
	site := seeds.DemoSite()
	for _, name := range []string{seeds.DemoStart, seeds.DemoRobots, "/EXPECTED.md"} {
		t.Run(name, func(t *testing.T) {
			if _, err := fs.Stat(site, strings.TrimPrefix(name, "/")); err != nil {
				t.Fatalf("stat: %v", err)
			}
		})
	}
	t.Run("robots disallows /account/", func(t *testing.T) {
		if got := disallowed(t); !slices.Contains(got, "/account/") {
			t.Fatalf("Disallow = %q, want /account/", got)
		}
	})
}

func TestDemoPagesWellFormed(t *testing.T) {
	for _, p := range mustDemoPages(t) {
		t.Run(p.name, func(t *testing.T) {
			if !utf8.Valid(p.raw) {
				t.Error("not valid UTF-8")
			}
			if !bytes.HasPrefix(p.raw, []byte("<!DOCTYPE html>")) {
				t.Error("no HTML5 doctype")
			}
			var title, charset, lang bool
			walk(p.doc, func(n *html.Node) {
				if n.Type != html.ElementNode {
					return
				}
				switch n.Data {
				case "title":
					title = n.FirstChild != nil && strings.TrimSpace(n.FirstChild.Data) != ""
				case "meta":
					v, _ := attr(n, "charset")
					charset = charset || strings.EqualFold(v, "utf-8")
				case "html":
					_, lang = attr(n, "lang")
				case "script":
					if typ, _ := attr(n, "type"); typ == "application/ld+json" {
						var v map[string]any
						if n.FirstChild == nil || json.Unmarshal([]byte(n.FirstChild.Data), &v) != nil {
							t.Error("JSON-LD block is not a JSON object")
						}
					}
				}
			})
			if !title || !charset || !lang {
				t.Errorf("title %v, meta charset utf-8 %v, html lang %v: want all true", title, charset, lang)
			}
			if err := balanced(p.raw); err != nil {
				t.Error(err)
			}
		})
	}
}

// voidElements have no end tag in HTML5.
var voidElements = map[string]bool{
	"area": true, "base": true, "br": true, "col": true, "embed": true, "hr": true, "img": true,
	"input": true, "link": true, "meta": true, "source": true, "track": true, "wbr": true,
}

// balanced reports the first start tag left open or end tag without its
// start tag. html.Parse repairs such mistakes silently; the demo pages
// should not need repairing.
func balanced(raw []byte) error {
	z := html.NewTokenizer(bytes.NewReader(raw))
	var open []string
	for {
		switch z.Next() {
		case html.ErrorToken:
			if len(open) > 0 {
				return fmt.Errorf("unclosed <%s>", open[len(open)-1])
			}
			return nil
		case html.StartTagToken:
			if name, _ := z.TagName(); !voidElements[string(name)] {
				open = append(open, string(name))
			}
		case html.EndTagToken:
			name, _ := z.TagName()
			if len(open) == 0 || open[len(open)-1] != string(name) {
				return fmt.Errorf("unexpected </%s> (open: %v)", name, open)
			}
			open = open[:len(open)-1]
		}
	}
}

func TestDemoLinks(t *testing.T) {
	site := seeds.DemoSite()
	deny := disallowed(t)
	for _, p := range mustDemoPages(t) {
		t.Run(p.name, func(t *testing.T) {
			for _, link := range links(p.doc) {
				target, ok, err := resolve(p.name, link)
				if err != nil {
					t.Errorf("link %q: %v", link, err)
					continue
				}
				if !ok || slices.ContainsFunc(deny, func(d string) bool { return strings.HasPrefix(target, d) }) {
					continue
				}
				if _, err := fs.Stat(site, strings.TrimPrefix(target, "/")); err != nil {
					t.Errorf("link %q: target %s does not exist", link, target)
				}
			}
		})
	}
}

// TestDemoReachable checks that a crawl from DemoStart that obeys robots.txt
// reaches every page, so `npswatch demo` sees the whole site.
func TestDemoReachable(t *testing.T) {
	pages := mustDemoPages(t)
	byPath := map[string]demoPage{}
	for _, p := range pages {
		byPath["/"+p.name] = p
	}
	deny := disallowed(t)
	seen := map[string]bool{seeds.DemoStart: true}
	queue := []string{seeds.DemoStart}
	for len(queue) > 0 {
		p, ok := byPath[queue[0]]
		queue = queue[1:]
		if !ok {
			continue
		}
		for _, link := range links(p.doc) {
			target, ok, err := resolve(p.name, link)
			if err != nil || !ok || seen[target] || slices.ContainsFunc(deny, func(d string) bool { return strings.HasPrefix(target, d) }) {
				continue
			}
			seen[target] = true
			queue = append(queue, target)
		}
	}
	for path := range byPath {
		if !seen[path] {
			t.Errorf("%s is not reachable from %s", path, seeds.DemoStart)
		}
	}
}

// TestDemoCAS checks that every CAS-shaped number on the pages passes the
// check digit and that EXPECTED.md lists, for each page, exactly the CAS
// numbers the page carries.
func TestDemoCAS(t *testing.T) {
	expected, err := fs.ReadFile(seeds.DemoSite(), "EXPECTED.md")
	if err != nil {
		t.Fatalf("read EXPECTED.md: %v", err)
	}
	rows := map[string]string{} // page name -> its table row in EXPECTED.md
	for line := range strings.Lines(string(expected)) {
		cells := strings.Split(line, "|")
		if len(cells) > 2 && strings.HasPrefix(line, "|") {
			name := strings.Trim(strings.TrimSpace(cells[1]), "`")
			rows[name] = line
		}
	}
	total := 0
	for _, p := range mustDemoPages(t) {
		t.Run(p.name, func(t *testing.T) {
			row, ok := rows[p.name]
			if !ok {
				t.Fatal("page has no row in EXPECTED.md")
			}
			var onPage []string
			for _, m := range npswatch.FindCAS(text(p.doc)) {
				if !m.Valid {
					t.Errorf("CAS %s fails the check digit", m.Number)
				}
				onPage = append(onPage, m.Number)
				if !strings.Contains(row, m.Number) {
					t.Errorf("CAS %s is on the page but not in its EXPECTED.md row", m.Number)
				}
			}
			total += len(onPage)
			for _, m := range npswatch.FindCAS(row) {
				if !slices.Contains(onPage, m.Number) {
					t.Errorf("EXPECTED.md row lists CAS %s, which the page does not carry", m.Number)
				}
			}
		})
	}
	if total == 0 {
		t.Error("no CAS numbers found on the demo site")
	}
}

func ExampleDemoSite() {
	site := seeds.DemoSite()
	robots, err := fs.ReadFile(site, strings.TrimPrefix(seeds.DemoRobots, "/"))
	if err != nil {
		fmt.Println(err)
		return
	}
	pages, _ := fs.Glob(site, "product-*.html")
	fmt.Print(strings.SplitAfterN(string(robots), "\n", 2)[1])
	fmt.Println(len(pages), "product detail pages, start at", path.Base(seeds.DemoStart))
	// Output:
	// User-agent: *
	// Disallow: /account/
	// 5 product detail pages, start at index.html
}
