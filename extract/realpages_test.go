package extract

import (
	"bufio"
	"os"
	"regexp"
	"slices"
	"strings"
	"testing"

	"github.com/npswatch/npswatch"
)

// manifestPage is one line of testdata/realpages/MANIFEST.tsv.
type manifestPage struct {
	file, site, kind string
	cas              []string // visible, checksum-valid CAS numbers
	claimWords       []string // shipping/claim words seen on the page
}

var (
	manifestCASRe   = regexp.MustCompile(`CAS\(visible, checksum-valid\)=([^;]*);`)
	manifestWordsRe = regexp.MustCompile(`shipping/claim words=([^;]*);`)
)

// readManifest parses the MANIFEST of the saved real pages.
func readManifest(tb testing.TB) []manifestPage {
	tb.Helper()
	f, err := os.Open("testdata/realpages/MANIFEST.tsv")
	if err != nil {
		tb.Fatal(err)
	}
	defer f.Close()
	var pages []manifestPage
	sc := bufio.NewScanner(f)
	sc.Buffer(nil, 1<<20)
	for sc.Scan() {
		cols := strings.Split(sc.Text(), "\t")
		if len(cols) < 7 || cols[0] == "file" {
			continue
		}
		p := manifestPage{file: cols[0], site: cols[4], kind: cols[5]}
		if m := manifestCASRe.FindStringSubmatch(cols[6]); m != nil && m[1] != "none" {
			p.cas = strings.Split(m[1], ",")
		}
		if m := manifestWordsRe.FindStringSubmatch(cols[6]); m != nil && m[1] != "none" {
			p.claimWords = strings.Split(m[1], ",")
		}
		pages = append(pages, p)
	}
	if err := sc.Err(); err != nil {
		tb.Fatal(err)
	}
	if len(pages) < 31 {
		tb.Fatalf("manifest has %d pages", len(pages))
	}
	return pages
}

// queryOnly lists CAS numbers the manifest counts as visible that appear
// on the page only as the shop's search query (title, h1, search box),
// on no product: no listing can carry them, the page does (PageCAS).
var queryOnly = map[string][]string{
	"site-17.html": {"532-32-1"}, // "Search - 532-32-1"; the results show no CAS
}

// TestRealPagesCAS checks that every CAS number visible on the saved real
// shop pages is extracted onto a listing of that page, and only valid
// numbers are in CAS.
func TestRealPagesCAS(t *testing.T) {
	e := mustExtractor(t)
	for _, mp := range readManifest(t) {
		t.Run(mp.file, func(t *testing.T) {
			res := mustPage(t, e, "testdata/realpages/"+mp.file, "https://shop.example/page")
			got := map[string]bool{}
			for _, l := range res.Listings {
				for _, c := range l.CAS {
					if !npswatch.ValidCAS(c) {
						t.Errorf("listing %q: invalid %s in CAS", l.Product, c)
					}
					got[c] = true
				}
				if err := l.Validate(); err != nil {
					t.Errorf("listing %q: %v", l.Product, err)
				}
			}
			for _, c := range mp.cas {
				switch {
				case slices.Contains(queryOnly[mp.file], c):
					if !slices.Contains(res.PageCAS, c) || got[c] {
						t.Errorf("searched-for CAS %s: want it in PageCAS %v and on no listing", c, res.PageCAS)
					}
				case !got[c]:
					t.Errorf("visible CAS %s is on no listing (have %v)", c, got)
				}
			}
			if mp.kind == "product" && len(res.Listings) == 0 {
				t.Errorf("product page without listing")
			}
		})
	}
}

// TestRealPagesKinds checks page kinds on pages that must not be offers.
func TestRealPagesKinds(t *testing.T) {
	e := mustExtractor(t)
	for _, tc := range []struct{ file, why string }{
		{"site-27.html", "a Cloudflare challenge"},
		{"site-26.html", "a JSON price fragment"},
	} {
		t.Run(tc.file, func(t *testing.T) {
			res := mustPage(t, e, "testdata/realpages/"+tc.file, "https://shop.example/x")
			if len(res.Listings) != 0 || res.Kind != KindOther {
				t.Errorf("%s: kind %s with %d listings", tc.why, res.Kind, len(res.Listings))
			}
		})
	}
}

// TestRealPagesClaims checks that the darknet pages whose manifest line
// says "stealth" yield stealth claims, and that legitimate shops whose
// pages say "free shipping", "tracking", "guarantee" or "refund" yield
// none.
func TestRealPagesClaims(t *testing.T) {
	e := mustExtractor(t)
	for _, mp := range readManifest(t) {
		t.Run(mp.file, func(t *testing.T) {
			res := mustPage(t, e, "testdata/realpages/"+mp.file, "http://market.example/item")
			all := slices.Clone(res.SiteClaims)
			for _, l := range res.Listings {
				all = append(all, l.Claims...)
			}
			darknet := strings.HasPrefix(mp.site, "darknet market")
			if slices.Contains(mp.claimWords, "stealth") && !slices.Contains(claimKinds(all), npswatch.ClaimStealth) {
				t.Errorf("manifest says stealth; claims %v", all)
			}
			if !darknet && len(all) > 0 {
				t.Errorf("legitimate shop page yields claims %v", all)
			}
		})
	}
}
