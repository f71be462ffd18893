package main

import (
	"bytes"
	"encoding/xml"
	"io"
	"net/http"
	"net/http/httptest"
	"net/url"
	"os"
	"regexp"
	"strings"
	"testing"

	"github.com/PuerkitoBio/goquery"
)

// fetch gets path from srv and returns the status and body.
func fetch(t *testing.T, srv *httptest.Server, path string) (int, []byte) {
	t.Helper()
	resp, err := http.Get(srv.URL + path)
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	body, err := io.ReadAll(resp.Body)
	if err != nil {
		t.Fatal(err)
	}
	return resp.StatusCode, body
}

// wellFormed reports an error when body's tags do not nest and close (the
// generator writes XHTML-compatible markup, so a strict XML reader checks it).
func wellFormed(body []byte) error {
	d := xml.NewDecoder(bytes.NewReader(body))
	d.Entity = map[string]string{}
	for {
		_, err := d.Token()
		if err == io.EOF {
			return nil
		}
		if err != nil {
			return err
		}
	}
}

// casValid checks a CAS number's check digit.
func casValid(cas string) bool {
	digits := strings.ReplaceAll(cas, "-", "")
	if len(digits) < 5 {
		return false
	}
	sum := 0
	for i := 0; i < len(digits)-1; i++ {
		sum += int(digits[len(digits)-2-i]-'0') * (i + 1)
	}
	return sum%10 == int(digits[len(digits)-1]-'0')
}

var casRe = regexp.MustCompile(`^CAS: (\d{2,7}-\d{2}-\d)$`)

// TestChemicals checks the generator's chemicals: valid CAS numbers, the
// precursors on the watchlist and the benign ones not.
func TestChemicals(t *testing.T) {
	list, err := os.ReadFile("../../seeds/watchlist.tsv")
	if err != nil {
		t.Fatal(err)
	}
	onList := map[string]bool{}
	for _, f := range regexp.MustCompile(`\b\d{2,7}-\d{2}-\d\b`).FindAllString(string(list), -1) {
		onList[f] = true
	}
	for _, c := range append(append([]chemical{}, benign...), precursors...) {
		if !casValid(c.cas) {
			t.Errorf("%s: CAS %s has a wrong check digit", c.name, c.cas)
		}
	}
	for _, c := range benign {
		if onList[c.cas] {
			t.Errorf("benign %s (%s) is in seeds/watchlist.tsv", c.name, c.cas)
		}
	}
	for _, c := range precursors {
		if !onList[c.cas] {
			t.Errorf("precursor %s (%s) is not in seeds/watchlist.tsv", c.name, c.cas)
		}
	}
}

// TestSiteCrawl walks the whole generated site from "/" and checks every
// page: well formed, every link answered with a page, the catalogue's cards
// complete, every product on several catalogue pages, the watchlisted
// precursors present, pages about the size asked for.
func TestSiteCrawl(t *testing.T) {
	s := newSite(40, 6, 12, 7)
	srv := httptest.NewServer(s)
	defer srv.Close()

	if code, body := fetch(t, srv, "/robots.txt"); code != 200 || !strings.Contains(string(body), "Allow: /") {
		t.Fatalf("robots.txt: %d %q", code, body)
	}
	listedOn := map[string]map[string]bool{} // product path → catalogue pages listing it
	cas := map[string]bool{}
	seen := map[string]bool{"/": true}
	queue := []string{"/"}
	for len(queue) > 0 {
		path := queue[0]
		queue = queue[1:]
		code, body := fetch(t, srv, path)
		if code != 200 {
			t.Fatalf("%s: HTTP %d (linked from the site)", path, code)
		}
		if err := wellFormed(body); err != nil {
			t.Fatalf("%s: not well formed: %v", path, err)
		}
		doc, err := goquery.NewDocumentFromReader(bytes.NewReader(body))
		if err != nil {
			t.Fatal(err)
		}
		if doc.Find("title").Text() == "" || doc.Find("main").Length() != 1 {
			t.Errorf("%s: no title or main", path)
		}
		if strings.HasPrefix(path, "/catalog") || strings.HasPrefix(path, "/product/") {
			if n := len(body); n < s.PageBytes*3/4 || n > s.PageBytes*5/4 {
				t.Errorf("%s: %d bytes, want about %d", path, n, s.PageBytes)
			}
		}
		if strings.HasPrefix(path, "/catalog") {
			cards := doc.Find("div.product-card")
			if cards.Length() != s.Cards {
				t.Errorf("%s: %d cards, want %d", path, cards.Length(), s.Cards)
			}
			cards.Each(func(_ int, c *goquery.Selection) {
				href, _ := c.Find("h3.product-title a").Attr("href")
				m := casRe.FindStringSubmatch(c.Find("p.cas").Text())
				if !strings.HasPrefix(href, "/product/") || m == nil || !casValid(m[1]) ||
					!strings.HasPrefix(c.Find("p.price").Text(), "US $") || !strings.HasPrefix(c.Find("p.seller").Text(), "Seller: ") ||
					len(c.Find("p.desc").Text()) < 60 {
					t.Errorf("%s: incomplete card %q", path, c.Text())
					return
				}
				cas[m[1]] = true
				if listedOn[href] == nil {
					listedOn[href] = map[string]bool{}
				}
				listedOn[href][path] = true
			})
			if doc.Find("div.pagination a").Length() < 2 {
				t.Errorf("%s: no pagination", path)
			}
		}
		doc.Find("a[href]").Each(func(_ int, a *goquery.Selection) {
			href, _ := a.Attr("href")
			u, err := url.Parse(href)
			if err != nil || u.IsAbs() || !strings.HasPrefix(href, "/") {
				t.Errorf("%s: link %q is not a path on the site", path, href)
				return
			}
			if !seen[href] {
				seen[href] = true
				queue = append(queue, href)
			}
		})
	}
	if len(seen) != s.TotalPages() {
		t.Errorf("reached %d pages, want %d (home, %d catalogue, %d products)", len(seen), s.TotalPages(), s.Pages, s.Products)
	}
	if len(listedOn) != s.Products {
		t.Errorf("%d products on the catalogue, want %d", len(listedOn), s.Products)
	}
	for p, pages := range listedOn {
		if len(pages) < 2 {
			t.Errorf("%s is listed on %d catalogue page(s), want several", p, len(pages))
		}
	}
	for _, want := range []string{"39742-60-4", "21409-26-7"} {
		if !cas[want] {
			t.Errorf("no card with CAS %s", want)
		}
	}
	if len(cas) < 15 {
		t.Errorf("%d distinct CAS numbers on the catalogue, want a mix of at least 15", len(cas))
	}
	c := s.reset()
	if want := int64(s.TotalPages()); c.HTML != want || c.Robots != 1 || c.Other != 0 || c.Distinct != want+1 {
		t.Errorf("server counts %+v, want %d HTML pages, 1 robots.txt, all distinct", c, want)
	}
	if code, _ := fetch(t, srv, "/catalog?page=0"); code != 404 {
		t.Errorf("/catalog?page=0: HTTP %d, want 404", code)
	}
	if c := s.reset(); c.Other != 1 || c.HTML != 0 {
		t.Errorf("after a 404: counts %+v", c)
	}
}

func TestSiteDeterministic(t *testing.T) {
	a, b := newSite(30, 5, 8, 3), newSite(30, 5, 8, 3)
	other := newSite(30, 5, 8, 4)
	for _, path := range []string{"/", "/catalog?page=1", "/catalog?page=17", "/product/100011"} {
		get := func(s *site) string {
			w := httptest.NewRecorder()
			s.ServeHTTP(w, httptest.NewRequest("GET", path, nil))
			return w.Body.String()
		}
		if get(a) != get(b) {
			t.Errorf("%s: differs between two sites of one seed", path)
		}
		if path != "/" && get(a) == get(other) {
			t.Errorf("%s: the same under another seed", path)
		}
	}
}

// TestCollyNoDuplicates runs the bare Colly crawler on a small site: every
// page fetched once, none twice.
func TestCollyNoDuplicates(t *testing.T) {
	s := newSite(15, 5, 4, 1)
	srv := httptest.NewServer(s)
	defer srv.Close()
	st, err := crawlColly(srv.URL+"/", 8)
	if err != nil {
		t.Fatal(err)
	}
	c := s.reset()
	if want := int64(s.TotalPages()); c.HTML != want || st.Responses != want || st.Errors != 0 || c.Distinct != c.HTML+c.Robots+c.Other {
		t.Errorf("colly: server counts %+v, colly %+v; want %d pages each fetched once", c, st, want)
	}
}

func TestMedian(t *testing.T) {
	for _, tc := range []struct {
		in   []float64
		want float64
	}{{nil, 0}, {[]float64{3}, 3}, {[]float64{5, 1, 3}, 3}, {[]float64{4, 1, 3, 2}, 2.5}} {
		if got := median(tc.in); got != tc.want {
			t.Errorf("median(%v) = %g, want %g", tc.in, got, tc.want)
		}
	}
}
