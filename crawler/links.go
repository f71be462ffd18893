package crawler

import (
	"fmt"
	"hash"
	"hash/fnv"
	"net/url"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/PuerkitoBio/goquery"
)

// pageLinks returns the hrefs a page links to, resolved against its <base>
// (or the page URL), and its rel=canonical URL if it declares one.
func pageLinks(doc *goquery.Document, pageURL *url.URL) (base *url.URL, hrefs []string, canonical string) {
	base = pageURL
	if h, ok := doc.Find("base[href]").First().Attr("href"); ok {
		if b, err := url.Parse(strings.TrimSpace(h)); err == nil {
			base = pageURL.ResolveReference(b)
		}
	}
	doc.Find("a[href], area[href], link[rel~=next][href], link[rel~=prev][href]").Each(func(_ int, s *goquery.Selection) {
		if h, ok := s.Attr("href"); ok && h != "" && !strings.HasPrefix(h, "#") {
			hrefs = append(hrefs, h)
		}
	})
	if h, ok := doc.Find("link[rel~=canonical][href]").First().Attr("href"); ok {
		canonical = strings.TrimSpace(h)
	}
	return base, hrefs, canonical
}

// Trap detection.
//
// A crawl trap is a sequence of pages a site generates without end: calendars
// with a "next month" link, ever longer query strings, paths that repeat. The
// rules below are generic (they know no site):
//   - a URL longer than maxURLLen, with more than maxParams query parameters,
//     more than maxSegments path segments, or a path segment repeated
//     maxRepeats times, is dropped;
//   - a link whose shape (the URL with digit runs replaced) equals the shape of
//     the page it was found on continues a chain. The chain grows when the
//     link is date-like (a calendar) or when the page is a template twin of its
//     own parent (same text once digits are removed); it resets otherwise.
//     Links deeper than maxChain in a chain are dropped.
const (
	maxURLLen   = 1024
	maxParams   = 16
	maxSegments = 24
	maxRepeats  = 3
	maxChain    = 2
)

// urlShape is the URL with every digit run replaced by '#': /calendar/2026-11
// and /calendar/2026-12 share the shape /calendar/#-#.
func urlShape(u *url.URL) string {
	var b strings.Builder
	b.WriteString(u.Host)
	writeShape(&b, u.Path)
	if u.RawQuery != "" {
		b.WriteByte('?')
		writeShape(&b, u.RawQuery)
	}
	return b.String()
}

func writeShape(b *strings.Builder, s string) {
	inDigits := false
	for _, r := range s {
		if r >= '0' && r <= '9' {
			if !inDigits {
				b.WriteByte('#')
			}
			inDigits = true
			continue
		}
		inDigits = false
		b.WriteRune(r)
	}
}

// dateLike reports whether a URL carries a date: a year 1990–2099 next to a
// month, or a date-ish query parameter.
func dateLike(u *url.URL) bool {
	s := u.Path + "?" + u.RawQuery
	for i := 0; i+4 <= len(s); i++ {
		if (i > 0 && isDigit(s[i-1])) || !allDigits(s[i:i+4]) || (i+4 < len(s) && isDigit(s[i+4])) {
			continue
		}
		y, _ := strconv.Atoi(s[i : i+4])
		if y < 1990 || y > 2099 {
			continue
		}
		rest := s[i+4:]
		if len(rest) >= 3 && (rest[0] == '-' || rest[0] == '/' || rest[0] == '.' || rest[0] == '_') && isDigit(rest[1]) {
			return true
		}
	}
	q := strings.ToLower(u.RawQuery)
	for _, k := range []string{"date=", "month=", "year=", "day=", "week=", "cal=", "calendar="} {
		if strings.Contains(q, k) {
			return true
		}
	}
	return false
}

func isDigit(c byte) bool { return c >= '0' && c <= '9' }

func allDigits(s string) bool {
	for i := 0; i < len(s); i++ {
		if !isDigit(s[i]) {
			return false
		}
	}
	return s != ""
}

// oversized reports URLs no real listing page has.
func oversized(u *url.URL) bool { return oversizeReason(u) != "" }

// oversizeReason says why u is oversized, or "".
func oversizeReason(u *url.URL) string {
	s := u.String()
	if len(s) > maxURLLen {
		return fmt.Sprintf("URL of %d bytes, over %d", len(s), maxURLLen)
	}
	if u.RawQuery != "" && strings.Count(u.RawQuery, "&")+1 > maxParams {
		return fmt.Sprintf("more than %d query parameters", maxParams)
	}
	segs := strings.Split(strings.Trim(u.Path, "/"), "/")
	if len(segs) > maxSegments {
		return fmt.Sprintf("more than %d path segments", maxSegments)
	}
	count := map[string]int{}
	for _, s := range segs {
		if s == "" {
			continue
		}
		count[s]++
		if count[s] >= maxRepeats {
			return fmt.Sprintf("path segment %.40q repeated %d times", s, maxRepeats)
		}
	}
	return ""
}

// pagePrints fingerprints a page's visible text in one pass: print has
// digits removed, so generated pages that differ only in their numbers get
// the same print (trap detection); text keeps them (the same page under
// two URLs, session.go).
func pagePrints(doc *goquery.Document) (print string, text uint64) {
	var p printer
	p.add(doc)
	return p.sums()
}

// printer computes pagePrints over a page read in parts (each part's body
// text in turn).
type printer struct {
	hp, ht   hash.Hash64
	buf, all []byte
	space    bool
}

func (p *printer) add(doc *goquery.Document) {
	if p.hp == nil {
		p.hp, p.ht = fnv.New64a(), fnv.New64a()
	}
	for _, r := range doc.Find("body").Text() {
		if unicode.IsSpace(r) {
			p.space = true
			continue
		}
		if p.space {
			p.buf, p.all = append(p.buf, ' '), append(p.all, ' ')
			p.space = false
		}
		p.all = utf8.AppendRune(p.all, r)
		if !unicode.IsDigit(r) {
			p.buf = utf8.AppendRune(p.buf, r)
		}
	}
	// hash as it goes: a big page's text is not held whole
	p.hp.Write(p.buf)
	p.ht.Write(p.all)
	p.buf, p.all = p.buf[:0], p.all[:0]
}

func (p *printer) sums() (print string, text uint64) {
	if p.hp == nil {
		p.hp, p.ht = fnv.New64a(), fnv.New64a()
	}
	return strconv.FormatUint(p.hp.Sum64(), 36), p.ht.Sum64()
}

// chainOf returns the trap-chain length of a link found on page (whose own
// queue item is parent, with shape parentShape and template print
// pagePrint), and whether the link must be dropped.
func chainOf(link *url.URL, parentShape string, parentChain int, parentPrint, pagePrint string) (chain int, drop bool) {
	if oversized(link) {
		return 0, true
	}
	if urlShape(link) != parentShape {
		return 0, false
	}
	twin := parentPrint != "" && parentPrint == pagePrint
	if !dateLike(link) && !twin {
		return 0, false
	}
	chain = parentChain + 1
	return chain, chain > maxChain
}

// maxPageHops bounds the pagination hops that keep a list's depth: past
// it, further pages count as links like any other.
const maxPageHops = 200

// pageParams are the query parameters that page through a list.
var pageParams = map[string]bool{"page": true, "p": true, "pg": true, "pn": true, "paged": true, "pagenum": true,
	"pageno": true, "page_no": true, "pagenumber": true, "currentpage": true, "start": true, "offset": true,
	"skip": true, "from": true, "before": true, "after": true, "cursor": true, "max_id": true, "since_id": true}

// nextPage reports whether link is another page of the list page shows:
// the same host and path with only a paging parameter added or changed
// ("?page=3", "?before=1043", "?start=40"), or a path that differs only in
// a trailing "/page/N" (WordPress) — not another list or a product.
func nextPage(page, link *url.URL) bool {
	if page.Host != link.Host {
		return false
	}
	if page.Path != link.Path {
		a, b := strings.TrimSuffix(page.Path, "/"), strings.TrimSuffix(link.Path, "/")
		return page.RawQuery == link.RawQuery && strings.TrimSuffix(pathWithoutPage(a), "/") == strings.TrimSuffix(pathWithoutPage(b), "/") &&
			(a != pathWithoutPage(a) || b != pathWithoutPage(b))
	}
	pq, lq := page.Query(), link.Query()
	changed := 0
	for k, v := range lq {
		if pv, ok := pq[k]; !ok || strings.Join(pv, "\x00") != strings.Join(v, "\x00") {
			if !pageParams[strings.ToLower(k)] {
				return false
			}
			changed++
		}
	}
	for k := range pq {
		if _, ok := lq[k]; !ok {
			if !pageParams[strings.ToLower(k)] {
				return false
			}
			changed++
		}
	}
	return changed == 1
}

// pathWithoutPage strips a trailing "/page/N" from a path.
func pathWithoutPage(p string) string {
	i := strings.LastIndex(p, "/page/")
	if i < 0 || !allDigits(p[i+len("/page/"):]) {
		return p
	}
	return p[:i]
}
