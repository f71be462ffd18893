package seeds

import (
	"embed"
	"io/fs"
)

// demoFiles holds the demo marketplace; the files live under seeds/demo/.
//
//go:embed demo
var demoFiles embed.FS

// DemoStart is the path, on the demo site, that `npswatch demo` starts its
// crawl from. Every page of the site is reachable from it by links. Note
// that http.FileServerFS answers "/index.html" with a redirect to "/", which
// serves the same page; crawlers that follow redirects need nothing special.
const DemoStart = "/index.html"

// DemoRobots is the path of the demo site's robots.txt, which disallows
// /account/ so that a demo crawl shows robots rules being obeyed.
const DemoRobots = "/robots.txt"

// DemoSite returns the built-in demo marketplace as a read-only file system
// rooted at the site, so "index.html" and "robots.txt" open directly. Serve it
// with http.FileServerFS on 127.0.0.1 and crawl from DemoStart.
//
// The site is entirely invented: a fictional marketplace, "Larkfield Chem
// Mall", whose pages carry product cards, a stock-list table, detail pages
// with spec tables, a JSON-LD Product block, shipping claims, vendor contacts
// and negative pages (fentanyl test strips, a benign reagent, a news article)
// that must not produce hits. EXPECTED.md, served alongside the pages but
// linked from none of them, lists what a good extractor and matcher should
// find on each page.
func DemoSite() fs.FS {
	site, err := fs.Sub(demoFiles, "demo")
	if err != nil {
		// fs.Sub fails only for an invalid path, and "demo" is valid;
		// fall back to the raw embed rather than panic.
		return demoFiles
	}
	return site
}
