package extract

import (
	"bytes"
	"net/url"
	"os"
	"path/filepath"
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
