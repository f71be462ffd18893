package extract

import (
	"bytes"
	"fmt"
	"net/url"
	"os"
	"path/filepath"
	"strconv"
	"testing"

	"github.com/PuerkitoBio/goquery"
)

// BenchmarkPage measures Page over the real saved pages (parsing excluded:
// the crawler parses each page once and hands the document over).
func BenchmarkPage(b *testing.B) {
	e := mustExtractor(b)
	files, _ := filepath.Glob("testdata/realpages/" + benchGlob() + ".html")
	var docs []*goquery.Document
	size := 0
	for _, f := range files {
		raw, err := os.ReadFile(f)
		if err != nil {
			b.Fatal(err)
		}
		size += len(raw)
		doc, err := goquery.NewDocumentFromReader(bytes.NewReader(raw))
		if err != nil {
			b.Fatal(err)
		}
		docs = append(docs, doc)
	}
	u, _ := url.Parse("https://shop.example/p/1")
	b.SetBytes(int64(size))
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		for _, d := range docs {
			e.Page(d, u)
		}
	}
}

// benchGlob selects the pages BenchmarkPage runs over: NPSWATCH_BENCH_PAGES
// (a glob such as "site-2*"), or all of them.
func benchGlob() string {
	if g := os.Getenv("NPSWATCH_BENCH_PAGES"); g != "" {
		return g
	}
	return "*"
}

// BenchmarkBigTable measures Page over a generated catalogue table of
// about NPSWATCH_BENCH_TABLE_KB kilobytes (default 1000): extraction must
// stay linear in the number of rows.
func BenchmarkBigTable(b *testing.B) {
	kb := 1000
	if v, err := strconv.Atoi(os.Getenv("NPSWATCH_BENCH_TABLE_KB")); err == nil && v > 0 {
		kb = v
	}
	e := mustExtractor(b)
	raw := bigTable(kb << 10)
	doc, err := goquery.NewDocumentFromReader(bytes.NewReader(raw))
	if err != nil {
		b.Fatal(err)
	}
	u, _ := url.Parse("https://shop.example/catalogue")
	b.SetBytes(int64(len(raw)))
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		e.Page(doc, u)
	}
}

// bigTable renders a catalogue price list of about size bytes (numbers
// in every row: a bare-CAS label search must not look back over the page).
func bigTable(size int) []byte {
	cas := []string{"64-17-5", "67-56-1", "75-05-8", "67-63-0", "7647-14-5", "144-55-8", "77-92-9", "7757-82-6"}
	var buf bytes.Buffer
	buf.WriteString(`<html><head><title>Catalogue</title></head><body><h1>Price list</h1><table><tr><th>Item</th><th>CAS</th><th>Pack</th><th>Stock</th><th>Price</th></tr>`)
	for i := 0; buf.Len() < size; i++ {
		fmt.Fprintf(&buf, `<tr><td><a href="/p/%d">Reagent %d grade ACS</a></td><td>%s</td><td>500 g</td><td>%d units</td><td>$%d.00</td></tr>`, i, i, cas[i%len(cas)], 1000+i%9000, 10+i%90)
	}
	buf.WriteString(`</table></body></html>`)
	return buf.Bytes()
}
