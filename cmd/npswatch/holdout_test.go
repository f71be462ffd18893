package main

import (
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"sort"
	"strings"
	"testing"

	"golang.org/x/text/unicode/norm"

	"github.com/npswatch/npswatch"
)

// The holdout pages (testdata/holdout) are hand-written vendor, forum, news
// and harm-reduction pages that detection was never tuned on; truth.json
// says, per page, which listings, hits, CAS numbers, claim kinds and
// shipping places `npswatch scan` must find (its "_doc" key explains the
// format). TestHoldoutPages scores the scan output the way the holdout's
// score.py does and fails on regressions.
const holdoutDir = "testdata/holdout"

// holdoutMinPrecision is the lowest acceptable hit precision over the whole
// holdout set (strict: hits on related-product boxes and boilerplate
// listings are false).
const holdoutMinPrecision = 0.95

// holdoutGap names one hard requirement on one page.
type holdoutGap struct{ page, req string }

// knownGaps are the hard requirements that fail today, with why. A listed
// failure is logged as "known gap" instead of failing the test, so every
// other requirement keeps running; the general assertion is not weakened.
// When a listed requirement passes again, the test logs it: remove the
// entry then, so the requirement is enforced from that point on.
//
// The requirement names are those the test prints: "hit ID on KEY",
// "forbid ID", "no_listings", "no hit on KEY", "cas N on KEY",
// "claim KIND on KEY", "no claim KIND on KEY", "ships_from on KEY",
// "ships_to on KEY", "site_claim KIND", "page ships_from", "page ships_to"
// (KEY is the expected listing's key regex in truth.json).
var knownGaps = map[holdoutGap]string{}

// holdoutTruth is one page of truth.json.
type holdoutTruth struct {
	Path       string            `json:"path"`
	Mode       string            `json:"mode"` // listings or text
	NoListings bool              `json:"no_listings"`
	Listings   []holdoutExpected `json:"listings"`
	Related    []string          `json:"related"`
	ForbidHits []string          `json:"forbid_hits"`
	SiteClaims *[]string         `json:"site_claims"` // nil: not scored
	ShipsFrom  *[]string         `json:"ships_from"`
	ShipsTo    *[]string         `json:"ships_to"`
	Contacts   *[]string         `json:"contacts"`
}

// holdoutExpected is one expected listing.
type holdoutExpected struct {
	Key        string     `json:"key"`
	Hits       [][]string `json:"hits"` // each: the acceptable ids for one expected substance
	CAS        []string   `json:"cas"`
	InvalidCAS []string   `json:"invalid_cas"`
	Claims     []string   `json:"claims"`
	Vendor     string     `json:"vendor"`
	Optional   bool       `json:"optional"`
	ShipsFrom  *[]string  `json:"ships_from"`
	ShipsTo    *[]string  `json:"ships_to"`
}

// holdoutTally counts true and false positives and false negatives.
type holdoutTally struct{ tp, fp, fn int }

func (c *holdoutTally) add(tp, fp, fn int) { c.tp += tp; c.fp += fp; c.fn += fn }

func (c holdoutTally) precision() float64 {
	if c.tp+c.fp == 0 {
		return 1
	}
	return float64(c.tp) / float64(c.tp+c.fp)
}

func (c holdoutTally) recall() float64 {
	if c.tp+c.fn == 0 {
		return 1
	}
	return float64(c.tp) / float64(c.tp+c.fn)
}

func (c holdoutTally) String() string {
	p, r := c.precision(), c.recall()
	f := 0.0
	if p+r > 0 {
		f = 2 * p * r / (p + r)
	}
	return fmt.Sprintf("P %.3f  R %.3f  F1 %.3f  (tp %d, fp %d, fn %d)", p, r, f, c.tp, c.fp, c.fn)
}

// holdoutZeroWidth removes the characters score.py drops after NFKC.
var holdoutZeroWidth = strings.NewReplacer("\u200b", "", "\u200c", "", "\u200d", "", "\u2060", "", "\ufeff", "", "\u00ad", "")

// holdoutNorm is score.py's norm: NFKC, then zero-width characters and
// soft hyphens removed.
func holdoutNorm(s string) string {
	return holdoutZeroWidth.Replace(norm.NFKC.String(s))
}

// holdoutLabel is the id a hit is scored under: the watchlist id, or
// class:fentanyl / class:nitazene for a class hit.
func holdoutLabel(h *npswatch.Hit) string {
	id := h.Substance.ID
	if h.Match.Kind == npswatch.MatchClass || id == "fentanyl-class" || id == "nitazene-class" {
		cls := h.Substance.Class
		if cls == "" {
			cls = strings.TrimSuffix(id, "-class")
		}
		return "class:" + cls
	}
	return id
}

// holdoutCanon maps truth.json's class entry ids to the class labels.
func holdoutCanon(id string) string {
	switch id {
	case "fentanyl-class":
		return "class:fentanyl"
	case "nitazene-class":
		return "class:nitazene"
	}
	return id
}

// holdoutRegexp compiles a truth.json regex case-insensitively, as score.py
// searches with re.I.
func holdoutRegexp(t *testing.T, expr string) *regexp.Regexp {
	t.Helper()
	re, err := regexp.Compile("(?i)" + expr)
	if err != nil {
		t.Fatalf("truth.json regex %q: %v", expr, err)
	}
	return re
}

// holdoutSet is the set of the strings in lists.
func holdoutSet(lists ...[]string) map[string]bool {
	s := map[string]bool{}
	for _, l := range lists {
		for _, v := range l {
			s[v] = true
		}
	}
	return s
}

// holdoutMinus lists, sorted, the members of a that are not in b.
func holdoutMinus(a, b map[string]bool) []string {
	var d []string
	for k := range a {
		if !b[k] {
			d = append(d, k)
		}
	}
	sort.Strings(d)
	return d
}

// holdoutKinds is the set of claim kinds.
func holdoutKinds(cs []npswatch.Claim) map[string]bool {
	s := map[string]bool{}
	for _, c := range cs {
		s[c.Kind] = true
	}
	return s
}

func loadHoldoutTruth(t *testing.T) (map[string]holdoutTruth, []string) {
	t.Helper()
	b, err := os.ReadFile(filepath.Join(holdoutDir, "truth.json"))
	if err != nil {
		t.Fatal(err)
	}
	var raw map[string]json.RawMessage
	if err := json.Unmarshal(b, &raw); err != nil {
		t.Fatalf("truth.json: %v", err)
	}
	truth := map[string]holdoutTruth{}
	var pages []string
	for name, msg := range raw {
		if strings.HasPrefix(name, "_") {
			continue
		}
		var p holdoutTruth
		if err := json.Unmarshal(msg, &p); err != nil {
			t.Fatalf("truth.json %s: %v", name, err)
		}
		if p.Mode != "listings" && p.Mode != "text" {
			t.Fatalf("truth.json %s: unknown mode %q", name, p.Mode)
		}
		truth[name] = p
		pages = append(pages, name)
	}
	sort.Strings(pages)
	// Every page has its truth and every truth its page.
	files, err := filepath.Glob(filepath.Join(holdoutDir, "pages", "*.html"))
	if err != nil {
		t.Fatal(err)
	}
	var names []string
	for _, f := range files {
		names = append(names, filepath.Base(f))
	}
	sort.Strings(names)
	if !slices.Equal(names, pages) {
		t.Fatalf("holdout pages %v do not match truth.json pages %v", names, pages)
	}
	return truth, pages
}

// TestHoldoutPages scans every holdout page in-process (`scan --format
// jsonl --show listings|hits|page`) and scores it against truth.json with
// score.py's rules. Hard requirements, per page: every expected hit found;
// no hit of a forbidden substance; no listing on a no_listings page; no hit
// on a listing that must have none; every expected CAS number extracted;
// exactly the expected claim kinds on each expected listing; the expected
// site claims on the page summary; the expected ships_from / ships_to.
// Over the whole set, hit precision must stay at or above
// holdoutMinPrecision. Soft findings (boilerplate listings, vendors,
// contacts, product names) are logged, not enforced.
func TestHoldoutPages(t *testing.T) {
	truth, pages := loadHoldoutTruth(t)
	var hitsT, casT, claimsT, listingsT, siteT, shipsT holdoutTally
	pagesScored := 0
	for _, page := range pages {
		tp := truth[page]
		t.Run(page, func(t *testing.T) {
			failed := map[string]bool{}
			// require enforces one hard requirement, unless knownGaps
			// lists it for this page.
			require := func(req string, ok bool, format string, args ...any) {
				t.Helper()
				if ok {
					return
				}
				failed[req] = true
				msg := fmt.Sprintf(format, args...)
				if why, known := knownGaps[holdoutGap{page, req}]; known {
					t.Logf("known gap: [%s] %s (%s)", req, msg, why)
					return
				}
				t.Errorf("[%s] %s", req, msg)
			}

			file := filepath.Join(holdoutDir, "pages", page)
			base := "http://127.0.0.1:8000" + tp.Path
			listings := scanJSONL[npswatch.Listing](t, "--show", "listings", "--base-url", base, file)
			hits := scanJSONL[npswatch.Hit](t, "--show", "hits", "--base-url", base, file)
			summaries := scanJSONL[pageSummary](t, "--show", "page", "--base-url", base, file)
			if len(summaries) != 1 {
				t.Fatalf("scan --show page printed %d records, want 1", len(summaries))
			}
			summary := summaries[0]
			pagesScored++

			exp := tp.Listings
			keys := make([]*regexp.Regexp, len(exp))
			for i, e := range exp {
				keys[i] = holdoutRegexp(t, e.Key)
			}
			var related []*regexp.Regexp
			for _, r := range tp.Related {
				related = append(related, holdoutRegexp(t, r))
			}

			// Assign each listing to an expected one (by key, then by
			// its CAS numbers), a related box, or boilerplate (-1).
			const relatedBox, boilerplate = -2, -1
			assign := map[string]int{}
			byExp := map[int][]npswatch.Listing{}
			for _, l := range listings {
				prod := holdoutNorm(l.Product)
				idx := boilerplate
				if tp.Mode == "text" && len(exp) > 0 {
					idx = 0
				} else {
					for i := range exp {
						if keys[i].MatchString(prod) {
							idx = i
							break
						}
					}
				}
				if idx == boilerplate && len(l.CAS) > 0 {
					lc := holdoutSet(l.CAS)
					for i, e := range exp {
						if ec := holdoutSet(e.CAS); len(holdoutMinus(lc, ec)) == 0 && len(holdoutMinus(ec, lc)) == 0 {
							idx = i
							t.Logf("info: product name wrong: %q for %q (matched by CAS)", l.Product, e.Key)
							break
						}
					}
				}
				if idx == boilerplate && slices.ContainsFunc(related, func(re *regexp.Regexp) bool { return re.MatchString(prod) }) {
					idx = relatedBox
				}
				assign[l.ID] = idx
				if l.Vendor != "" && holdoutNorm(l.Vendor) == prod {
					t.Logf("info: vendor is the product name on %q", l.Product)
				}
				if idx >= 0 {
					byExp[idx] = append(byExp[idx], l)
				}
			}

			require("no_listings", !tp.NoListings || len(listings) == 0,
				"%d listings on a page that must have none: %v", len(listings), holdoutProducts(listings))

			// Listings (soft).
			for i, e := range exp {
				if e.Optional {
					continue
				}
				if ls := byExp[i]; len(ls) > 0 {
					listingsT.add(1, 0, 0)
					if len(ls) > 1 && tp.Mode != "text" {
						t.Logf("info: duplicate listings for %q: %v", e.Key, holdoutProducts(ls))
					}
				} else {
					listingsT.add(0, 0, 1)
					t.Logf("info: missed listing %q", e.Key)
				}
			}
			for _, l := range listings {
				switch assign[l.ID] {
				case boilerplate:
					listingsT.add(0, 1, 0)
					t.Logf("info: boilerplate listing %q (source %s, cas %v)", l.Product, l.Source, l.CAS)
				case relatedBox:
					listingsT.add(0, 1, 0)
					t.Logf("info: related-box listing %q (source %s)", l.Product, l.Source)
				}
			}

			// Hits.
			forbid := holdoutSet(tp.ForbidHits)
			covered := map[[2]int]bool{}
			for i := range hits {
				h := &hits[i]
				lab := holdoutLabel(h)
				desc := fmt.Sprintf("%s on %q (%s %q, conf %.2f)", lab, h.Product, h.Match.Kind, h.Match.Span, h.Match.Confidence)
				require("forbid "+lab, !forbid[lab], "forbidden hit %s", desc)
				k, ok := assign[h.ListingID]
				if !ok {
					k = boilerplate
				}
				switch {
				case k >= 0:
					e := exp[k]
					require("no hit on "+e.Key, len(e.Hits) > 0, "hit %s on a listing that must have none", desc)
					set := slices.IndexFunc(e.Hits, func(alts []string) bool {
						return slices.ContainsFunc(alts, func(a string) bool { return holdoutCanon(a) == lab })
					})
					switch {
					case set < 0:
						hitsT.add(0, 1, 0)
						if len(e.Hits) > 0 {
							t.Logf("info: false hit %s", desc)
						}
					case !covered[[2]int{k, set}]:
						covered[[2]int{k, set}] = true
						hitsT.add(1, 0, 0)
						if lab != holdoutCanon(e.Hits[set][0]) {
							t.Logf("info: (ok, alternative) %s", desc)
						}
					}
				case k == relatedBox:
					hitsT.add(0, 1, 0)
					t.Logf("info: related-box hit %s", desc)
				default:
					hitsT.add(0, 1, 0)
					t.Logf("info: false hit on boilerplate/unknown listing: %s", desc)
				}
			}
			for i, e := range exp {
				for j, alts := range e.Hits {
					if covered[[2]int{i, j}] {
						continue
					}
					hitsT.add(0, 0, 1)
					where := "listing not found"
					if ls := byExp[i]; len(ls) > 0 {
						var found []string
						for k := range hits {
							if a, ok := assign[hits[k].ListingID]; ok && a == i {
								found = append(found, holdoutLabel(&hits[k]))
							}
						}
						where = fmt.Sprintf("listing found as %v, its hits %v", holdoutProducts(ls), found)
					}
					require(fmt.Sprintf("hit %s on %s", holdoutCanon(alts[0]), e.Key), false, "missed hit %v for %q (%s)", alts, e.Key, where)
				}
			}

			// CAS, claims, ships per expected listing; vendor (soft).
			for i, e := range exp {
				ls := byExp[i]
				if len(ls) == 0 && e.Optional {
					continue
				}
				got, inv := map[string]bool{}, map[string]bool{}
				var claims []npswatch.Claim
				for _, l := range ls {
					for _, c := range l.CAS {
						got[c] = true
					}
					for _, c := range l.InvalidCAS {
						inv[c] = true
					}
					claims = append(claims, l.Claims...)
				}
				want := holdoutSet(e.CAS)
				missed, extra := holdoutMinus(want, got), holdoutMinus(got, want)
				casT.add(len(want)-len(missed), len(extra), len(missed))
				if len(extra) > 0 {
					t.Logf("info: false CAS %v on %q", extra, e.Key)
				}
				for _, c := range missed {
					require(fmt.Sprintf("cas %s on %s", c, e.Key), false, "missed CAS %s on %q (found %d listings; invalid_cas %v)",
						c, e.Key, len(ls), holdoutMinus(inv, nil))
				}
				if len(ls) > 0 && len(holdoutMinus(holdoutSet(e.InvalidCAS), inv)) > 0 {
					t.Logf("info: invalid CAS %v not reported in invalid_cas on %q (got %v)", e.InvalidCAS, e.Key, holdoutMinus(inv, nil))
				}

				gotc, wantc := holdoutKinds(claims), holdoutSet(e.Claims)
				missedc, extrac := holdoutMinus(wantc, gotc), holdoutMinus(gotc, wantc)
				claimsT.add(len(wantc)-len(missedc), len(extrac), len(missedc))
				for _, k := range missedc {
					require(fmt.Sprintf("claim %s on %s", k, e.Key), false, "missed claim %s on %q (found %d listings)", k, e.Key, len(ls))
				}
				for _, k := range extrac {
					text := claims[slices.IndexFunc(claims, func(c npswatch.Claim) bool { return c.Kind == k })].Text
					require(fmt.Sprintf("no claim %s on %s", k, e.Key), false, "false claim %s on %q: %q", k, e.Key, text)
				}

				for _, fld := range []struct {
					name string
					want *[]string
					got  func(l *npswatch.Listing) []string
				}{
					{"ships_from", e.ShipsFrom, func(l *npswatch.Listing) []string { return l.ShipsFrom }},
					{"ships_to", e.ShipsTo, func(l *npswatch.Listing) []string { return l.ShipsTo }},
				} {
					if fld.want == nil {
						continue
					}
					g := map[string]bool{}
					for k := range ls {
						for _, c := range fld.got(&ls[k]) {
							g[c] = true
						}
					}
					w := holdoutSet(*fld.want)
					m, x := holdoutMinus(w, g), holdoutMinus(g, w)
					shipsT.add(len(w)-len(m), len(x), len(m))
					require(fld.name+" on "+e.Key, len(m) == 0 && len(x) == 0,
						"%s on %q: expected %v, got %v", fld.name, e.Key, holdoutMinus(w, nil), holdoutMinus(g, nil))
				}

				if len(ls) > 0 && e.Vendor != "" {
					var vs []string
					for _, l := range ls {
						vs = append(vs, l.Vendor)
					}
					if !slices.ContainsFunc(vs, func(v string) bool { return strings.Contains(holdoutNorm(v), e.Vendor) }) {
						t.Logf("info: vendor expected ~%q on %q, got %q", e.Vendor, e.Key, vs)
					}
				}
			}

			// Page level: site claims, ships, contacts (soft).
			if tp.SiteClaims != nil {
				got, want := holdoutKinds(summary.Claims), holdoutSet(*tp.SiteClaims)
				missed, extra := holdoutMinus(want, got), holdoutMinus(got, want)
				siteT.add(len(want)-len(missed), len(extra), len(missed))
				for _, k := range extra {
					t.Logf("info: site claim %s not in truth", k)
				}
				for _, k := range missed {
					require("site_claim "+k, false, "missed site claim %s (page claims %v)", k, holdoutMinus(got, nil))
				}
			}
			for _, fld := range []struct {
				name      string
				want, got *[]string
			}{
				{"ships_from", tp.ShipsFrom, &summary.ShipsFrom},
				{"ships_to", tp.ShipsTo, &summary.ShipsTo},
			} {
				if fld.want == nil {
					continue
				}
				g, w := holdoutSet(*fld.got), holdoutSet(*fld.want)
				m, x := holdoutMinus(w, g), holdoutMinus(g, w)
				shipsT.add(len(w)-len(m), len(x), len(m))
				require("page "+fld.name, len(m) == 0 && len(x) == 0,
					"page %s: expected %v, got %v", fld.name, holdoutMinus(w, nil), holdoutMinus(g, nil))
			}
			if tp.Contacts != nil {
				kinds := map[string]bool{}
				for _, l := range listings {
					for _, c := range l.Contacts {
						kinds[c.Kind] = true
					}
				}
				for _, c := range summary.Contacts {
					kinds[c.Kind] = true
				}
				if m := holdoutMinus(holdoutSet(*tp.Contacts), kinds); len(m) > 0 {
					t.Logf("info: missed contact kinds %v (got %v)", m, holdoutMinus(kinds, nil))
				}
			}
			for g, why := range knownGaps {
				if g.page == page && !failed[g.req] {
					t.Logf("known gap now passes, remove it from knownGaps: [%s] (%s)", g.req, why)
				}
			}
			t.Logf("%d listings, %d hits", len(listings), len(hits))
		})
	}

	t.Logf("pages scored                 %d of %d", pagesScored, len(pages))
	t.Logf("hits (strict)                %v", hitsT)
	t.Logf("CAS (per expected listing)   %v", casT)
	t.Logf("claim kinds (per listing)    %v", claimsT)
	t.Logf("listings (boilerplate = fp)  %v", listingsT)
	t.Logf("site claim kinds             %v", siteT)
	t.Logf("ships_from/ships_to codes    %v", shipsT)
	if pagesScored != len(pages) {
		// A -run filter picked some pages, or a scan failed (that
		// subtest has failed already): precision is for the whole set.
		t.Logf("only %d of %d pages scored: overall hit precision not checked", pagesScored, len(pages))
		return
	}
	if p := hitsT.precision(); p < holdoutMinPrecision {
		t.Errorf("hit precision %.3f over the holdout set (tp %d, fp %d), want >= %.2f", p, hitsT.tp, hitsT.fp, holdoutMinPrecision)
	}
}

// holdoutProducts lists the listings' product names.
func holdoutProducts(ls []npswatch.Listing) []string {
	var ps []string
	for _, l := range ls {
		ps = append(ps, l.Product)
	}
	return ps
}
