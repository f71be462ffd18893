package main

import (
	"encoding/json"
	"fmt"
	"net/http"
	"net/http/httptest"
	"path/filepath"
	"strings"
	"testing"

	"github.com/npswatch/npswatch"
)

// vendorSite is an invented marketplace whose claims are stated away from
// the listings: a site-wide FAQ, and a supplier's profile page.
func vendorSite(t *testing.T) *httptest.Server {
	t.Helper()
	page := func(title, body string) string {
		return `<!doctype html><html><head><title>` + title + ` | Quillon Trade</title></head><body>
<header><nav><a href="/">Home</a> <a href="/faq">FAQ</a> <a href="/supplier/orrin-chem">Orrin Chem</a></nav></header>
<main>` + body + `</main><footer>© Quillon Trade</footer></body></html>`
	}
	mux := http.NewServeMux()
	mux.HandleFunc("/robots.txt", func(w http.ResponseWriter, r *http.Request) { fmt.Fprint(w, "User-agent: *\nAllow: /\n") })
	mux.HandleFunc("/{$}", func(w http.ResponseWriter, r *http.Request) {
		fmt.Fprint(w, page("Home", `<h1>Catalogue</h1><ul>
<li><a href="/product/1">N-Phenethyl-4-piperidone</a></li><li><a href="/product/2">Sodium chloride</a></li></ul>`))
	})
	mux.HandleFunc("/faq", func(w http.ResponseWriter, r *http.Request) {
		fmt.Fprint(w, page("FAQ", `<h1>Frequently asked questions</h1>
<p>Q: What if my parcel is seized? A: We reship for free if the parcel is seized by customs.</p>
<p>Q: Where do you ship from? A: We ship from China by air.</p>`))
	})
	mux.HandleFunc("/supplier/orrin-chem", func(w http.ResponseWriter, r *http.Request) {
		fmt.Fprint(w, page("Orrin Chem", `<h1>Orrin Chem</h1><p>Established 2011.</p>
<p>All orders go out in stealth packaging, vacuum sealed, no label outside.</p><p>Telegram: @orrinchem_sales</p>`))
	})
	mux.HandleFunc("/product/{n}", func(w http.ResponseWriter, r *http.Request) {
		name, cas := "N-Phenethyl-4-piperidone", "39742-60-4"
		if r.PathValue("n") == "2" {
			name, cas = "Sodium chloride", "7647-14-5"
		}
		fmt.Fprint(w, page(name, `<h1>`+name+`</h1><table>
<tr><th>CAS No.</th><td>`+cas+`</td></tr><tr><th>Purity</th><td>99%</td></tr>
<tr><th>Supplier</th><td><a href="/supplier/orrin-chem">Orrin Chem</a></td></tr>
<tr><th>Price</th><td>$120 / kg</td></tr></table><button>Add to cart</button>`))
	})
	srv := httptest.NewServer(mux)
	t.Cleanup(srv.Close)
	return srv
}

// TestVendorClaimsInherited crawls a site whose claims live on its FAQ and
// on a supplier profile: listings keep their own claims empty and inherit
// both as vendor_claims, each with the page it was read on.
func TestVendorClaimsInherited(t *testing.T) {
	srv := vendorSite(t)
	db := filepath.Join(t.TempDir(), "v.db")
	if out, errOut, code := runCLI(t, "crawl", "--db", db, "--depth", "2", "--rate", "100", srv.URL+"/"); code != 0 {
		t.Fatalf("crawl exit %d\n%s\n%s", code, out, errOut)
	}
	out, _, code := runCLI(t, "listings", "--db", db, "--format", "jsonl")
	if code != 0 {
		t.Fatalf("listings exit %d", code)
	}
	seen := 0
	for _, line := range strings.Split(strings.TrimSpace(out), "\n") {
		var l npswatch.Listing
		if err := json.Unmarshal([]byte(line), &l); err != nil {
			t.Fatalf("%v: %s", err, line)
		}
		if !strings.HasPrefix(l.URL, srv.URL+"/product/") {
			continue
		}
		seen++
		if len(l.Claims) != 0 {
			t.Errorf("%s: own claims %v, want none", l.Product, l.Claims)
		}
		if l.Vendor != "Orrin Chem" {
			t.Errorf("%s: vendor %q", l.Product, l.Vendor)
		}
		got := map[string]string{}
		for _, c := range l.VendorClaims {
			got[c.Kind] = strings.TrimPrefix(c.URL, srv.URL)
		}
		if got["reship"] != "/faq" || got["stealth"] != "/supplier/orrin-chem" {
			t.Errorf("%s: vendor claims %+v, want reship from /faq and stealth from /supplier/orrin-chem", l.Product, l.VendorClaims)
		}
	}
	if seen != 2 {
		t.Fatalf("%d product listings, want 2:\n%s", seen, out)
	}
	hits, _, _ := runCLI(t, "hits", "--db", db, "--format", "jsonl")
	var h npswatch.Hit
	if err := json.Unmarshal([]byte(strings.SplitN(hits, "\n", 2)[0]), &h); err != nil {
		t.Fatalf("hits: %v: %q", err, hits)
	}
	if h.Substance.ID != "npp" || h.Vendor != "Orrin Chem" || len(h.VendorClaims) != 2 {
		t.Errorf("hit %s vendor %q vendor claims %+v", h.Substance.ID, h.Vendor, h.VendorClaims)
	}
	csvOut, _, _ := runCLI(t, "listings", "--db", db, "--format", "csv")
	if !strings.Contains(csvOut, ",reship;stealth") && !strings.Contains(csvOut, ",stealth;reship") {
		t.Errorf("csv lacks the vendor_claims column values:\n%s", csvOut)
	}
}

// twoShops serves a product page whose supplier gives WhatsApp number wa,
// written in the shop's own way.
func oneProductShop(t *testing.T, product, cas, contact string) *httptest.Server {
	t.Helper()
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if r.URL.Path == "/robots.txt" {
			fmt.Fprint(w, "User-agent: *\nAllow: /\n")
			return
		}
		if r.URL.Path != "/" {
			http.NotFound(w, r)
			return
		}
		fmt.Fprintf(w, `<!doctype html><html><head><title>%s</title></head><body><h1>%s</h1>
<table><tr><th>CAS No.</th><td>%s</td></tr><tr><th>Price</th><td>$100 / kg</td></tr></table>
<p>Contact: %s</p><button>Add to cart</button></body></html>`, product, product, cas, contact)
	}))
	t.Cleanup(srv.Close)
	return srv
}

// TestVendorClusters: two sites whose listings give the same WhatsApp
// number, written differently, form one cluster across sites; a third site
// with its own number stays apart.
func TestVendorClusters(t *testing.T) {
	a := oneProductShop(t, "N-Phenethyl-4-piperidone", "39742-60-4", "WhatsApp: +852 6123 4470")
	b := oneProductShop(t, "4-ANPP", "21409-26-7", `<a href="https://wa.me/85261234470">chat with us</a>`)
	c := oneProductShop(t, "Sodium chloride", "7647-14-5", "WhatsApp: +86 138 0013 8000")
	db := filepath.Join(t.TempDir(), "v.db")
	if out, errOut, code := runCLI(t, "crawl", "--db", db, "--depth", "1", "--rate", "100", a.URL+"/", b.URL+"/", c.URL+"/"); code != 0 {
		t.Fatalf("crawl exit %d\n%s\n%s", code, out, errOut)
	}
	out, errOut, code := runCLI(t, "vendors", "--db", db, "--cross-site", "--format", "jsonl")
	if code != 0 {
		t.Fatalf("vendors exit %d: %s", code, errOut)
	}
	lines := strings.Split(strings.TrimSpace(out), "\n")
	if len(lines) != 1 {
		t.Fatalf("want one cross-site cluster, got %d:\n%s", len(lines), out)
	}
	var cl struct {
		Sites    []string           `json:"sites"`
		Contacts []npswatch.Contact `json:"contacts"`
		HitIDs   []string           `json:"hit_ids"`
	}
	if err := json.Unmarshal([]byte(lines[0]), &cl); err != nil {
		t.Fatal(err)
	}
	if len(cl.Sites) != 2 || len(cl.Contacts) != 1 || !strings.Contains(cl.Contacts[0].Value, "85261234470") || len(cl.HitIDs) != 2 {
		t.Errorf("cluster %+v", cl)
	}
	table, _, _ := runCLI(t, "vendors", "--db", db)
	if !strings.Contains(table, "85261234470") {
		t.Errorf("table lacks the linking number:\n%s", table)
	}
}
