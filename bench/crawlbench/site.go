package main

import (
	"fmt"
	"html"
	"math/big"
	"math/rand/v2"
	"net/http"
	"strconv"
	"strings"
	"sync"
	"sync/atomic"
)

// site is a generated chemical marketplace: a home page, catalogue pages
// /catalog?page=K (K = 1..Pages) with Cards product cards each, and product
// pages /product/ID. Every product is listed on Repeat catalogue pages (spread
// over the catalogue, as on real sites). Pages are generated on each request
// from a PCG seeded with (Seed, page), so the same site config always serves
// the same bytes and the server holds no page in memory.
//
// The server counts what it serves: HTML pages (home, catalogue, product),
// robots.txt and everything else, and how many distinct URLs of each were
// asked for, so a crawler's duplicate fetches show.
type site struct {
	Pages, Cards int
	PageBytes    int    // approximate size of a catalogue or product page
	Seed         uint64 // everything generated derives from it
	Products     int    // distinct products: Pages*Cards/Repeat, at least Cards
	stride       int    // slot → product permutation (coprime to Products)

	html, robots, other atomic.Int64
	seen                atomic.Pointer[sync.Map] // RequestURI → struct{} since the last reset
	distinct            atomic.Int64
}

// repeat is how many catalogue pages list each product.
const repeat = 3

// siteName is the marketplace's invented name.
const siteName = "Northgate Chemical Exchange"

func newSite(pages, cards, pageKB int, seed uint64) *site {
	pages, cards = max(pages, 1), max(cards, 1)
	s := &site{Pages: pages, Cards: cards, PageBytes: max(pageKB, 1) * 1024, Seed: seed}
	s.Products = max((pages*cards+repeat-1)/repeat, cards)
	s.stride = 7919 // a prime; any number coprime to Products spreads the slots
	for new(big.Int).GCD(nil, nil, big.NewInt(int64(s.stride)), big.NewInt(int64(s.Products))).Int64() != 1 {
		s.stride++
	}
	s.seen.Store(new(sync.Map))
	return s
}

// TotalPages is the number of HTML pages a crawl from "/" can reach.
func (s *site) TotalPages() int { return 1 + s.Pages + s.Products }

// counts is what the server served since the last reset.
type counts struct {
	HTML, Robots, Other int64 // requests answered
	Distinct            int64 // distinct URLs among all of them
}

// reset returns the counts so far and starts new ones.
func (s *site) reset() counts {
	s.seen.Store(new(sync.Map))
	return counts{HTML: s.html.Swap(0), Robots: s.robots.Swap(0), Other: s.other.Swap(0), Distinct: s.distinct.Swap(0)}
}

// ServeHTTP serves robots.txt (allowing everything), the home page, the
// catalogue and product pages; anything else is a 404.
func (s *site) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	if _, dup := s.seen.Load().LoadOrStore(r.URL.RequestURI(), struct{}{}); !dup {
		s.distinct.Add(1)
	}
	var body string
	switch {
	case r.URL.Path == "/robots.txt":
		s.robots.Add(1)
		w.Header().Set("Content-Type", "text/plain; charset=utf-8")
		fmt.Fprint(w, "User-agent: *\nAllow: /\n")
		return
	case r.URL.Path == "/" && r.URL.RawQuery == "":
		body = s.home()
	case r.URL.Path == "/catalog":
		k, err := strconv.Atoi(r.URL.Query().Get("page"))
		if err != nil || k < 1 || k > s.Pages || len(r.URL.Query()) != 1 {
			break
		}
		body = s.catalog(k)
	case strings.HasPrefix(r.URL.Path, "/product/"):
		id, err := strconv.Atoi(strings.TrimPrefix(r.URL.Path, "/product/"))
		if err != nil || id < firstID || id >= firstID+s.Products || r.URL.RawQuery != "" {
			break
		}
		body = s.productPage(id - firstID)
	}
	if body == "" {
		s.other.Add(1)
		http.NotFound(w, r)
		return
	}
	s.html.Add(1)
	w.Header().Set("Content-Type", "text/html; charset=utf-8")
	w.Header().Set("Content-Length", strconv.Itoa(len(body)))
	fmt.Fprint(w, body)
}

// firstID is the id of product 0 in URLs (/product/100000).
const firstID = 100000

// slotProduct is the product shown in card j of catalogue page k.
func (s *site) slotProduct(k, j int) int {
	slot := (k-1)*s.Cards + j
	return (slot % s.Products) * s.stride % s.Products
}

// product is one generated offer.
type product struct {
	N                                    int // 0..Products-1
	Name, CAS, Grade, Seller, Price, MOQ string
	Watch                                bool // a watchlisted precursor
	Desc                                 []string
}

func (p product) URL() string { return "/product/" + strconv.Itoa(firstID+p.N) }

// product generates product n: a benign chemical, or for one in
// twenty-five (n = 12, 37, 62, ...) a watchlisted fentanyl precursor with a
// shipping promise.
func (s *site) product(n int) product {
	r := rand.New(rand.NewPCG(s.Seed, uint64(n)<<8|1))
	p := product{N: n, Grade: pick(r, grades), Seller: pick(r, sellers), MOQ: pick(r, moqs)}
	var c chemical
	if n%25 == 12 {
		c, p.Watch = precursors[n/25%len(precursors)], true
	} else {
		c = pick(r, benign)
	}
	p.Name, p.CAS = c.name+", "+p.Grade, c.cas
	p.Price = fmt.Sprintf("US $%d.%02d / kg", 5+r.IntN(900), r.IntN(100))
	for range 40 {
		p.Desc = append(p.Desc, pick(r, sentences))
	}
	if p.Watch {
		p.Desc[3] = pick(r, promises)
	}
	return p
}

func pick[T any](r *rand.Rand, xs []T) T { return xs[r.IntN(len(xs))] }

// page writes the head, header and footer around main.
func (s *site) page(b *strings.Builder, title string, main func(b *strings.Builder)) string {
	b.WriteString("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\"/>\n<title>")
	b.WriteString(html.EscapeString(title))
	b.WriteString(" | " + siteName + "</title>\n</head>\n<body>\n<header>\n<div class=\"logo\">" + siteName + "</div>\n")
	b.WriteString("<nav><a href=\"/\">Home</a> | <a href=\"/catalog?page=1\">Catalogue</a></nav>\n</header>\n<main>\n")
	main(b)
	b.WriteString("</main>\n<footer><p>" + siteName + " is a generated site for the npswatch crawl benchmark. Every seller, price and offer on it is invented.</p></footer>\n</body>\n</html>\n")
	return b.String()
}

// text appends sentences from ss, starting at from and wrapping round,
// until about n bytes are written.
func text(b *strings.Builder, ss []string, from, n int) {
	start := b.Len()
	for i := from; b.Len()-start < n; i++ {
		if b.Len() > start {
			b.WriteByte(' ')
		}
		b.WriteString(html.EscapeString(ss[i%len(ss)]))
	}
}

func (s *site) home() string {
	var b strings.Builder
	return s.page(&b, "Home", func(b *strings.Builder) {
		fmt.Fprintf(b, "<h1>%s</h1>\n<p>%d products from %d sellers. <a href=\"/catalog?page=1\">Browse the catalogue</a>.</p>\n", siteName, s.Products, len(sellers))
		b.WriteString("<h2>Featured products</h2>\n<ul class=\"featured\">\n")
		for n := range min(10, s.Products) {
			p := s.product(n)
			fmt.Fprintf(b, "<li><a href=\"%s\">%s</a></li>\n", p.URL(), html.EscapeString(p.Name))
		}
		b.WriteString("</ul>\n")
	})
}

// cardMarkup is about what a card takes besides its description.
const cardMarkup = 520

func (s *site) catalog(k int) string {
	var b strings.Builder
	b.Grow(s.PageBytes + 4096)
	descBytes := max(60, (s.PageBytes-1500)/s.Cards-cardMarkup)
	return s.page(&b, fmt.Sprintf("Chemicals catalogue - page %d of %d", k, s.Pages), func(b *strings.Builder) {
		fmt.Fprintf(b, "<h1>Chemicals catalogue</h1>\n<p class=\"count\">Page %d of %d</p>\n<div class=\"product-list\">\n", k, s.Pages)
		for j := range s.Cards {
			p := s.product(s.slotProduct(k, j))
			fmt.Fprintf(b, "<div class=\"product-card\" id=\"p%d\">\n<h3 class=\"product-title\"><a href=\"%s\">%s</a></h3>\n", firstID+p.N, p.URL(), html.EscapeString(p.Name))
			fmt.Fprintf(b, "<p class=\"cas\">CAS: %s</p>\n<p class=\"price\">%s</p>\n<p class=\"seller\">Seller: %s</p>\n", p.CAS, p.Price, html.EscapeString(p.Seller))
			fmt.Fprintf(b, "<ul class=\"specs\"><li>Grade: %s</li><li>MOQ: %s</li><li>Stock: in stock</li></ul>\n<p class=\"desc\">", html.EscapeString(p.Grade), p.MOQ)
			text(b, p.Desc, 0, descBytes)
			b.WriteString("</p>\n</div>\n")
		}
		b.WriteString("</div>\n")
		s.pagination(b, k)
	})
}

// pagination links the first and last pages, the three pages either side,
// previous and next, and jumps of 10 and 100 pages (all in range).
func (s *site) pagination(b *strings.Builder, k int) {
	b.WriteString("<div class=\"pagination\">")
	link := func(n int, label string) {
		if n >= 1 && n <= s.Pages && n != k {
			fmt.Fprintf(b, " <a href=\"/catalog?page=%d\">%s</a>", n, label)
		}
	}
	link(k-1, "&#8249; Prev")
	link(1, "1")
	for n := max(2, k-3); n <= min(s.Pages-1, k+3); n++ {
		if n == k {
			fmt.Fprintf(b, " <span class=\"current\">%d</span>", k)
			continue
		}
		link(n, strconv.Itoa(n))
	}
	for _, d := range []int{10, 100} {
		if k+d < s.Pages {
			link(k+d, strconv.Itoa(k+d))
		}
	}
	if s.Pages > 1 {
		link(s.Pages, strconv.Itoa(s.Pages))
	}
	link(k+1, "Next &#8250;")
	b.WriteString(" </div>\n")
}

func (s *site) productPage(n int) string {
	p := s.product(n)
	var b strings.Builder
	b.Grow(s.PageBytes + 4096)
	r := rand.New(rand.NewPCG(s.Seed, uint64(n)<<8|2))
	return s.page(&b, p.Name, func(b *strings.Builder) {
		fmt.Fprintf(b, "<p class=\"breadcrumb\"><a href=\"/\">Home</a> &#8250; <a href=\"/catalog?page=1\">Catalogue</a> &#8250; %s</p>\n", html.EscapeString(p.Name))
		fmt.Fprintf(b, "<div class=\"product-detail\">\n<h1 class=\"product-title\">%s</h1>\n<table class=\"specs\">\n", html.EscapeString(p.Name))
		for _, row := range [][2]string{{"CAS No.", p.CAS}, {"Grade", p.Grade}, {"Price", p.Price}, {"Minimum order", p.MOQ},
			{"Package", pick(r, packages)}, {"Seller", p.Seller}} {
			fmt.Fprintf(b, "<tr><th>%s</th><td>%s</td></tr>\n", row[0], html.EscapeString(row[1]))
		}
		b.WriteString("</table>\n<div class=\"description\">\n")
		per := max(200, (s.PageBytes-2600)/4)
		for i := range 4 {
			b.WriteString("<p>")
			text(b, p.Desc, i*10, per)
			b.WriteString("</p>\n")
		}
		b.WriteString("</div>\n</div>\n<div class=\"related\"><h2>Related products</h2>\n<ul>\n")
		for range 6 {
			q := s.product(r.IntN(s.Products))
			fmt.Fprintf(b, "<li><a href=\"%s\">%s</a></li>\n", q.URL(), html.EscapeString(q.Name))
		}
		b.WriteString("</ul>\n</div>\n")
	})
}
