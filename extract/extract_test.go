package extract

import (
	"bytes"
	"encoding/json"
	"flag"
	"net/url"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/PuerkitoBio/goquery"
	"github.com/npswatch/npswatch"
)

var update = flag.Bool("update", false, "rewrite the golden files in testdata/golden")

// mustPage parses an HTML file and extracts it as if fetched from rawURL.
func mustPage(tb testing.TB, e *Extractor, path, rawURL string) Result {
	tb.Helper()
	raw, err := os.ReadFile(path)
	if err != nil {
		tb.Fatal(err)
	}
	doc, err := goquery.NewDocumentFromReader(bytes.NewReader(raw))
	if err != nil {
		tb.Fatal(err)
	}
	u, err := url.Parse(rawURL)
	if err != nil {
		tb.Fatal(err)
	}
	return e.Page(doc, u)
}

// listing returns the listing named product, failing the test without it.
func listing(tb testing.TB, res Result, product string) npswatch.Listing {
	tb.Helper()
	for _, l := range res.Listings {
		if l.Product == product {
			return l
		}
	}
	var names []string
	for _, l := range res.Listings {
		names = append(names, l.Product)
	}
	tb.Fatalf("no listing %q; have %q", product, names)
	return npswatch.Listing{}
}

func claimKinds(cs []npswatch.Claim) []string {
	var out []string
	for _, c := range cs {
		if !slices.Contains(out, c.Kind) {
			out = append(out, c.Kind)
		}
	}
	slices.Sort(out)
	return out
}

func hasContact(cs []npswatch.Contact, kind, value string) bool {
	return slices.Contains(cs, npswatch.Contact{Kind: kind, Value: value})
}

// TestPageGolden runs every synthetic layout fixture and compares the
// result with testdata/golden/<name>.json (go test ./extract -update
// rewrites them).
func TestPageGolden(t *testing.T) {
	e, err := New(&Options{Claims: mustRules(t), Concepts: mustConcepts(t), Roles: mustRoles(t), MaxText: 600})
	if err != nil {
		t.Fatal(err)
	}
	files, err := filepath.Glob("testdata/pages/*.html")
	if err != nil || len(files) == 0 {
		t.Fatalf("no fixtures: %v", err)
	}
	for _, f := range files {
		name := strings.TrimSuffix(filepath.Base(f), ".html")
		t.Run(name, func(t *testing.T) {
			res := mustPage(t, e, f, "https://"+name+".example/page")
			got, err := json.MarshalIndent(res, "", "  ")
			if err != nil {
				t.Fatal(err)
			}
			golden := filepath.Join("testdata", "golden", name+".json")
			if *update {
				if err := os.WriteFile(golden, append(got, '\n'), 0o644); err != nil {
					t.Fatal(err)
				}
				return
			}
			want, err := os.ReadFile(golden)
			if err != nil {
				t.Fatalf("%v (run go test ./extract -update)", err)
			}
			if !bytes.Equal(bytes.TrimSpace(want), bytes.TrimSpace(got)) {
				t.Errorf("%s differs from the golden file; got:\n%s", name, got)
			}
		})
	}
}

// TestPageLayouts checks, layout by layout, what the golden files only
// record: the facts an analyst relies on.
func TestPageLayouts(t *testing.T) {
	e := mustExtractor(t)
	page := func(t *testing.T, name string) Result {
		return mustPage(t, e, "testdata/pages/"+name+".html", "https://shop.example/"+name)
	}
	t.Run("card grid", func(t *testing.T) {
		res := page(t, "card_grid")
		if res.Kind != KindListing || len(res.Listings) != 4 {
			t.Fatalf("kind %s, %d listings, want 4 cards", res.Kind, len(res.Listings))
		}
		npp := listing(t, res, "N-Phenethyl-4-piperidone (NPP) 99% powder")
		if !slices.Equal(npp.CAS, []string{"39742-60-4"}) || npp.Price != "US $20-90 / kg" ||
			npp.Vendor != "Hexon Biotech Co., Ltd." || npp.Source != "card" {
			t.Errorf("NPP card: %+v", npp)
		}
		if got := claimKinds(npp.Claims); !slices.Equal(got, []string{"stealth"}) {
			t.Errorf("NPP claims %v, want stealth", got)
		}
		pip := listing(t, res, "Piperidine reagent grade")
		if !slices.Equal(pip.CAS, []string{"110-89-4"}) || !slices.Equal(pip.InvalidCAS, []string{"110-89-5"}) {
			t.Errorf("piperidine CAS %v invalid %v", pip.CAS, pip.InvalidCAS)
		}
		if got := claimKinds(listing(t, res, "4-Piperidone monohydrate hydrochloride").Claims); !slices.Equal(got, []string{"mislabel"}) {
			t.Errorf("mislabel card claims %v", got)
		}
		if got := claimKinds(res.SiteClaims); !slices.Equal(got, []string{"customs"}) {
			t.Errorf("site claims %v, want the banner's customs claim", got)
		}
		if !hasContact(res.Contacts, npswatch.ContactWhatsApp, "+8613800138000") {
			t.Errorf("contacts %v lack the footer WhatsApp", res.Contacts)
		}
		for _, l := range res.Listings {
			if l.URL != "https://shop.example/card_grid" || l.Site != "shop.example" || l.ID != "" {
				t.Errorf("listing %q: url %q site %q id %q", l.Product, l.URL, l.Site, l.ID)
			}
		}
	})
	t.Run("catalogue table", func(t *testing.T) {
		res := page(t, "catalogue_table")
		if len(res.Listings) != 4 {
			t.Fatalf("%d listings, want 4 rows (the group row and the rates table are none)", len(res.Listings))
		}
		ketal := listing(t, res, "4-Piperidone ethylene ketal")
		if !slices.Equal(ketal.CAS, []string{"177-11-7"}) || ketal.Source != "table" || ketal.Price != "€55 / 100 g" {
			t.Errorf("fullwidth CAS row: %+v", ketal)
		}
		if len(res.SiteClaims) != 0 {
			t.Errorf("ordinary shop text gave claims %v", res.SiteClaims)
		}
	})
	t.Run("detail with spec table and a related-products rail", func(t *testing.T) {
		res := page(t, "detail_spec")
		d := listing(t, res, "4-ANPP powder 99%")
		if d.Source != "detail" || !slices.Equal(d.CAS, []string{"21409-26-7"}) {
			t.Errorf("detail source %s CAS %v: related products' CAS must stay on their cards", d.Source, d.CAS)
		}
		if d.Vendor != "Kestrel Pharmachem Ltd" {
			t.Errorf("vendor %q", d.Vendor)
		}
		if got := claimKinds(d.Claims); !slices.Equal(got, []string{"customs", "reship"}) {
			t.Errorf("detail claims %v (\"we do not reship\" must not count)", d.Claims)
		}
		if !hasContact(d.Contacts, npswatch.ContactTelegram, "@kestrel_sales") {
			t.Errorf("detail contacts %v", d.Contacts)
		}
		// the "Related products" rail lists other products, each on its own
		// page: neither listings of this page nor part of the detail's text
		if len(res.Listings) != 1 {
			t.Errorf("%d listings, want the detail only", len(res.Listings))
		}
		if strings.Contains(d.Text, "4-Anilinopiperidine") {
			t.Errorf("the related rail leaked into the detail text: %q", d.Text)
		}
	})
	t.Run("detail with definition list", func(t *testing.T) {
		res := page(t, "detail_dl")
		d := listing(t, res, "Isotonitazene (analytical reference)")
		if !slices.Equal(d.CAS, []string{"14188-81-9"}) || d.Vendor != "Pallas Research Supply OÜ" {
			t.Errorf("dl detail %+v", d)
		}
		if got := claimKinds(d.Claims); !slices.Equal(got, []string{"forwarding", "stealth"}) {
			t.Errorf("claims %v", d.Claims)
		}
		if !hasContact(d.Contacts, npswatch.ContactBitcoin, "1BvBMSEYstWetqTFn5Au4m4GFg7xJaNVN2") {
			t.Errorf("contacts %v", d.Contacts)
		}
	})
	t.Run("json-ld", func(t *testing.T) {
		res := page(t, "jsonld")
		if len(res.Listings) != 1 {
			t.Fatalf("%d listings, want the one product (DOM and JSON-LD merged)", len(res.Listings))
		}
		l := res.Listings[0]
		if l.Source != "jsonld" || !slices.Equal(l.CAS, []string{"119276-01-6"}) || l.Price != "USD 120-900" ||
			l.Vendor != "Meridian Vial Co." {
			t.Errorf("%+v", l)
		}
		if got := claimKinds(l.Claims); !slices.Equal(got, []string{"reship", "stealth"}) {
			t.Errorf("claims from the JSON-LD description: %v", l.Claims)
		}
	})
	t.Run("microdata", func(t *testing.T) {
		res := page(t, "microdata")
		if len(res.Listings) != 2 {
			t.Fatalf("%d listings", len(res.Listings))
		}
		if l := listing(t, res, "5-Nitrobenzimidazole"); !slices.Equal(l.CAS, []string{"94-52-0"}) || l.Price != "EUR 32.00" || len(l.Claims) != 0 {
			t.Errorf("%+v", l)
		}
		if got := claimKinds(listing(t, res, "2-Benzylbenzimidazole").Claims); !slices.Equal(got, []string{"forwarding"}) {
			t.Errorf("claims %v", got)
		}
	})
	t.Run("li list", func(t *testing.T) {
		res := page(t, "li_list")
		var names []string
		for _, l := range res.Listings {
			names = append(names, l.Product)
		}
		want := []string{"Ephedrine hydrochloride", "Pseudoephedrine HCl", "1-Phenyl-2-nitropropene", "Caffeine anhydrous"}
		if !slices.Equal(names, want) {
			t.Errorf("listings %q, want %q (the menu is no listing)", names, want)
		}
	})
	t.Run("forum post", func(t *testing.T) {
		res := page(t, "forum_post")
		// three posts: the vendor's offer, a member's doubt, a moderator's reminder
		if len(res.Listings) != 1 || res.Listings[0].Source != "post" {
			t.Fatalf("want one post listing, got %+v", res.Listings)
		}
		l := res.Listings[0]
		if !strings.HasPrefix(l.Product, "Selling 4-ANPP (21409-26-7)") || !slices.Equal(l.CAS, []string{"21409-26-7"}) || l.Vendor != "greyheron" {
			t.Errorf("%q %v", l.Product, l.CAS)
		}
		if got := claimKinds(l.Claims); !slices.Equal(got, []string{"mislabel", "reship", "stealth"}) {
			t.Errorf("claims %v", l.Claims)
		}
		if !hasContact(l.Contacts, npswatch.ContactWickr, "greyheron77") ||
			!hasContact(l.Contacts, npswatch.ContactPGP, "3A4B5C6D7E8F901234567890ABCDEF1234567890") {
			t.Errorf("contacts %v", l.Contacts)
		}
	})
	t.Run("news article", func(t *testing.T) {
		res := page(t, "news_article")
		if res.Kind != KindArticle || len(res.Listings) != 0 || len(res.SiteClaims) != 0 {
			t.Errorf("kind %s, %d listings, site claims %v: a news story is no offer", res.Kind, len(res.Listings), res.SiteClaims)
		}
	})
	t.Run("chinese utf-8", func(t *testing.T) {
		res := page(t, "chinese")
		if len(res.Listings) != 1 {
			t.Fatalf("%d listings", len(res.Listings))
		}
		l := res.Listings[0]
		if !slices.Equal(l.CAS, []string{"39742-60-4"}) || l.Price != "¥1200/kg" || l.Vendor != "华亭化工有限公司" {
			t.Errorf("%+v", l)
		}
		if got := claimKinds(l.Claims); !slices.Equal(got, []string{"customs", "forwarding", "reship", "stealth"}) {
			t.Errorf("claims %v", l.Claims)
		}
		for _, c := range []npswatch.Contact{{Kind: "wechat", Value: "huating_chem88"}, {Kind: "qq", Value: "12345678"}, {Kind: "phone", Value: "+8653188887777"}} {
			if !hasContact(l.Contacts, c.Kind, c.Value) {
				t.Errorf("contacts %v lack %v", l.Contacts, c)
			}
		}
	})
}

func TestPageNil(t *testing.T) {
	e := mustExtractor(t)
	if res := e.Page(nil, nil); res.Kind != KindOther || len(res.Listings) != 0 {
		t.Errorf("nil document: %+v", res)
	}
	doc, _ := goquery.NewDocumentFromReader(strings.NewReader(`<p>CAS 50-00-0 formaldehyde, $5</p>`))
	res := e.Page(doc, nil)
	if len(res.Listings) != 1 || res.Listings[0].URL != "" {
		t.Errorf("nil URL: %+v", res)
	}
}

func TestMaxText(t *testing.T) {
	e, err := New(&Options{MaxText: 10})
	if err != nil {
		t.Fatal(err)
	}
	res := mustPage(t, e, "testdata/pages/forum_post.html", "https://forum.example/t/1")
	if len(res.Listings) != 1 || len([]rune(res.Listings[0].Text)) > 10 {
		t.Fatalf("text not capped: %+v", res.Listings)
	}
	if len(res.Listings[0].Claims) != 0 {
		t.Errorf("claims without rules: %v", res.Listings[0].Claims)
	}
}

// A table record with a description row under it (one cell spanning the
// table): the description's claims are the record's, not the site's.
func TestTableContinuationRow(t *testing.T) {
	e := mustExtractor(t)
	html := `<html><head><title>NPP suppliers</title></head><body><table>
		<tr><th>Supplier</th><th>Product</th><th>Price</th><th>MOQ</th></tr>
		<tr><td>Wuhan A Co.</td><td>NPP CAS 39742-60-4 factory direct</td><td>USD 38-65 /kg</td><td>1 kg</td></tr>
		<tr class="sdesc"><td colspan="4">If customs grabs it, the second shipment is on us.</td></tr>
		<tr><td>Hebei B Co.</td><td>N-Phenethyl-4-piperidone 99%</td><td>USD 50 /kg</td><td>100 g</td></tr>
		<tr class="sdesc"><td colspan="4">Discreet outer box, no chemical names anywhere on the parcel.</td></tr>
		<tr><td colspan="4">Gold suppliers</td></tr>
		</table></body></html>`
	doc, err := goquery.NewDocumentFromReader(strings.NewReader(html))
	if err != nil {
		t.Fatal(err)
	}
	u, _ := url.Parse("https://dir.example/cas/39742-60-4.html")
	res := e.Page(doc, u)
	got := map[string][]string{}
	for _, l := range res.Listings {
		for _, c := range l.Claims {
			got[l.Product] = append(got[l.Product], c.Kind)
		}
	}
	if len(res.Listings) != 2 || strings.Join(got["NPP CAS 39742-60-4 factory direct"], ",") != "reship" ||
		strings.Join(got["N-Phenethyl-4-piperidone 99%"], ",") != "stealth" {
		t.Errorf("listings %d, claims per product %v", len(res.Listings), got)
	}
}
