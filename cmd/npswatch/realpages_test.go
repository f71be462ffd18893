package main

import (
	"bufio"
	"encoding/json"
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"sort"
	"strings"
	"testing"

	"github.com/npswatch/npswatch"
)

// The saved real pages (shops and darknet markets, see their MANIFEST) are
// the extract package's fixtures; this test runs them through `npswatch
// scan`, the way an analyst checks a saved page.
const realPagesDir = "../../extract/testdata/realpages"

var manifestCAS = regexp.MustCompile(`CAS\(visible, checksum-valid\)=([^;]*);`)

// offered names the watchlist substances each page offers, read off the
// pages by hand. Every other page offers none: a hit there is a false one.
var offered = map[string][]string{
	"site-07.html": {"sulfuric-acid"},     // Sulfuric Acid, ACS Reagent (DEA List II)
	"site-10.html": {"hydrochloric-acid"}, // Hydrochloric Acid 22 BE (DEA List II)
	"site-29.html": {"cocaine"},           // 1G of PURE UNCUT PERUVIAN COCAINE
	"site-30.html": {"cocaine", "mdma"},   // the vendor's cocaine and MDMA listings
}

type scanListing struct {
	CAS          []string         `json:"cas"`
	Claims       []npswatch.Claim `json:"claims"`
	Terms        []npswatch.Claim `json:"terms"`
	ShipsFrom    []string         `json:"ships_from"`
	ShipsTo      []string         `json:"ships_to"`
	VendorClaims []npswatch.Claim `json:"vendor_claims"`
}

func scanJSONL[T any](t *testing.T, args ...string) []T {
	t.Helper()
	out, stderr, code := runCLI(t, append([]string{"scan", "--format", "jsonl"}, args...)...)
	if code != 0 {
		t.Fatalf("scan %v: exit %d: %s", args, code, stderr)
	}
	var recs []T
	for _, line := range strings.Split(strings.TrimSpace(out), "\n") {
		if line == "" {
			continue
		}
		var r T
		if err := json.Unmarshal([]byte(line), &r); err != nil {
			t.Fatalf("scan %v: %v in %q", args, err, line)
		}
		recs = append(recs, r)
	}
	return recs
}

// TestScanRealPages checks, on every saved real page: each CAS number the
// MANIFEST lists as visible is extracted (on a listing, or as the page's
// own CAS when it is only the shop's search query); no hit names a
// substance the page does not offer; legitimate shops yield no shipping
// claims; the darknet pages yield their stealth, escrow and shipping terms.
func TestScanRealPages(t *testing.T) {
	f, err := os.Open(filepath.Join(realPagesDir, "MANIFEST.tsv"))
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	sc.Buffer(nil, 1<<20)
	pages := 0
	for sc.Scan() {
		cols := strings.Split(sc.Text(), "\t")
		if len(cols) < 7 || cols[0] == "file" {
			continue
		}
		pages++
		file, site, what := cols[0], cols[4], cols[6]
		t.Run(file, func(t *testing.T) {
			path := filepath.Join(realPagesDir, file)
			listings := scanJSONL[scanListing](t, "--show", "listings", path)
			page := scanJSONL[pageSummary](t, "--show", "page", path)
			if len(page) != 1 {
				t.Fatalf("--show page printed %d records", len(page))
			}
			got := map[string]bool{}
			for _, c := range page[0].CAS {
				got[c] = true
			}
			var claims, terms, from, to []string
			for _, l := range listings {
				for _, c := range l.CAS {
					got[c] = true
				}
				claims = append(claims, kinds(append(l.Claims, l.VendorClaims...))...)
				terms = append(terms, kinds(l.Terms)...)
				from, to = append(from, l.ShipsFrom...), append(to, l.ShipsTo...)
			}
			claims = append(claims, kinds(page[0].Claims)...)
			terms = append(terms, kinds(page[0].Terms)...)
			from, to = append(from, page[0].ShipsFrom...), append(to, page[0].ShipsTo...)
			if m := manifestCAS.FindStringSubmatch(what); m != nil && m[1] != "none" {
				for _, c := range strings.Split(m[1], ",") {
					if !got[c] {
						t.Errorf("visible CAS %s not extracted (got %v)", c, sortedKeys(got))
					}
				}
			}
			var hitSubs []string
			for _, h := range scanJSONL[npswatch.Hit](t, "--show", "hits", path) {
				if !slices.Contains(hitSubs, h.Substance.ID) {
					hitSubs = append(hitSubs, h.Substance.ID)
				}
			}
			sort.Strings(hitSubs)
			if want := offered[file]; !slices.Equal(hitSubs, want) {
				t.Errorf("hits for %v, want %v (the substances the page offers)", hitSubs, want)
			}
			if !strings.HasPrefix(site, "darknet market") && len(claims) > 0 {
				t.Errorf("a legitimate shop yields claims %v", claims)
			}
			want := darknetWant[file]
			for _, k := range want.claims {
				if !slices.Contains(claims, k) {
					t.Errorf("no %s claim (claims %v)", k, claims)
				}
			}
			for _, k := range want.terms {
				if !slices.Contains(terms, k) {
					t.Errorf("no %s term (terms %v)", k, terms)
				}
			}
			for _, p := range want.from {
				if !slices.Contains(from, p) {
					t.Errorf("ships from %v, want %s among them", from, p)
				}
			}
			for _, p := range want.to {
				if !slices.Contains(to, p) {
					t.Errorf("ships to %v, want %s among them", to, p)
				}
			}
		})
	}
	if err := sc.Err(); err != nil {
		t.Fatal(err)
	}
	if pages < 31 {
		t.Fatalf("MANIFEST lists %d pages, want 31", pages)
	}
}

// darknetWant is what the darknet pages state, read off them by hand.
var darknetWant = map[string]struct{ claims, terms, from, to []string }{
	// "ships from Germany", "ships to Worldwide", "WE REQUIRE EVERYONE TO
	// FINALIZE EARLY", buyers' reviews praising the stealth
	"site-29.html": {[]string{npswatch.ClaimStealth}, []string{npswatch.TermFinalizeEarly}, []string{"DE"}, []string{npswatch.PlaceWorldwide}},
	// the vendor's profile: "WE USE THE BEST POSSIBLE STEALTH ON EVERY
	// ORDER", "WE SHIP PRODUCTS FROM GERMANY AND THE NETHERLANDS"
	"site-30.html": {[]string{npswatch.ClaimStealth}, []string{npswatch.TermFinalizeEarly}, []string{"DE", "NL"}, []string{npswatch.PlaceWorldwide}},
	// "Escrow Type: Full escrow", "Ships From: Europe", "Ships to:
	// Worldwide", "if there are problems we try to send the same order twice"
	"site-31.html": {[]string{npswatch.ClaimReship}, []string{npswatch.TermEscrow}, []string{npswatch.PlaceEurope}, []string{npswatch.PlaceWorldwide, "US"}},
}

func kinds(cs []npswatch.Claim) []string {
	var out []string
	for _, c := range cs {
		out = append(out, c.Kind)
	}
	return out
}

func sortedKeys(m map[string]bool) []string {
	var out []string
	for k := range m {
		out = append(out, k)
	}
	sort.Strings(out)
	return out
}
