package main

import (
	"encoding/json"
	"fmt"
	"net/http"
	"net/http/httptest"
	"path/filepath"
	"slices"
	"strings"
	"sync"
	"testing"

	"github.com/npswatch/npswatch"
)

// changingShop is a marketplace whose catalogue the test edits between
// crawls: product name → CAS, price and description.
type changingShop struct {
	mu       sync.Mutex
	products map[string][3]string
}

func (s *changingShop) set(name, cas, price, desc string) {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.products[name] = [3]string{cas, price, desc}
}

func (s *changingShop) remove(name string) {
	s.mu.Lock()
	defer s.mu.Unlock()
	delete(s.products, name)
}

func (s *changingShop) serve(t *testing.T) *httptest.Server {
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if r.URL.Path == "/robots.txt" {
			fmt.Fprint(w, "User-agent: *\nAllow: /\n")
			return
		}
		if r.URL.Path != "/" {
			http.NotFound(w, r)
			return
		}
		s.mu.Lock()
		defer s.mu.Unlock()
		names := make([]string, 0, len(s.products))
		for n := range s.products {
			names = append(names, n)
		}
		slices.Sort(names)
		fmt.Fprint(w, `<!doctype html><html><head><title>Catalogue | Quillon</title></head><body><h1>Catalogue</h1><div class="grid">`)
		for _, n := range names {
			p := s.products[n]
			fmt.Fprintf(w, `<div class="card"><h3><a href="/p/%s">%s</a></h3><p>CAS %s</p><span class="price">%s</span><p>%s</p><button>Add to cart</button></div>`,
				strings.ReplaceAll(n, " ", "-"), n, p[0], p[1], p[2])
		}
		fmt.Fprint(w, `</div></body></html>`)
	}))
	t.Cleanup(srv.Close)
	return srv
}

type reportJSON struct {
	NewHits []struct {
		ID string `json:"id"`
	} `json:"new_hits"`
	Changed []struct {
		Listing struct {
			Product string `json:"product"`
		} `json:"listing"`
		Fields []string `json:"fields"`
	} `json:"changed"`
	NewListings []struct {
		Product string `json:"product"`
	} `json:"new_listings"`
	GoneListings []struct {
		Product string `json:"product"`
	} `json:"gone_listings"`
	NewClaims []struct {
		Claim struct {
			Kind string `json:"kind"`
		} `json:"claim"`
	} `json:"new_claims"`
}

// TestHistoryAndReport crawls a marketplace twice, changing it in between
// (a new listing, a price change, a CAS change, a removed listing, a claim
// added), and checks the report's sections and a listing's history exactly.
func TestHistoryAndReport(t *testing.T) {
	shop := &changingShop{products: map[string][3]string{}}
	shop.set("N-Phenethyl-4-piperidone", "39742-60-4", "$120", "White powder.")
	shop.set("4-ANPP", "21409-26-7", "$300", "High purity.")
	shop.set("Sodium chloride", "7647-14-5", "$5", "Food grade.")
	shop.set("Benzyl chloride", "100-44-7", "$40", "Reagent.")
	srv := shop.serve(t)
	db := filepath.Join(t.TempDir(), "h.db")
	crawlOnce := func() {
		mustCLI(t, "crawl", "--db", db, "--depth", "0", "--rate", "100", "--gone-after", "1", srv.URL+"/")
	}
	crawlOnce()
	// a report without --mark leaves the window where it was: the same
	// report twice; then --mark moves it
	for _, mark := range []string{"", "", "--mark"} {
		args := []string{"report", "--db", db, "--format", "json"}
		if mark != "" {
			args = append(args, mark)
		}
		first, errOut, code := runCLI(t, args...)
		if code != 0 {
			t.Fatalf("report exit %d: %s", code, errOut)
		}
		var r1 reportJSON
		if err := json.Unmarshal([]byte(first), &r1); err != nil {
			t.Fatalf("report json: %v\n%s", err, first)
		}
		if len(r1.NewListings) != 4 || len(r1.NewHits) != 2 {
			t.Fatalf("report %q: %d new listings, %d new hits; want 4 and 2", mark, len(r1.NewListings), len(r1.NewHits))
		}
	}
	var after reportJSON
	if out, _, _ := runCLI(t, "report", "--db", db, "--format", "json"); json.Unmarshal([]byte(out), &after) != nil || len(after.NewHits)+len(after.NewListings) != 0 {
		t.Errorf("the report after a marked one repeats its hits:\n%s", out)
	}
	if _, _, code := runCLI(t, "report", "--db", db, "--mark", "--date", "2026-11-27"); code != 2 {
		t.Errorf("report --mark --date: exit %d, want 2 (usage)", code)
	}

	shop.set("4-AP", "23056-29-3", "$200", "New stock.")                             // new listing
	shop.set("N-Phenethyl-4-piperidone", "39742-60-4", "$99", "White powder.")       // price change
	shop.set("4-ANPP", "21409-26-8", "$300", "High purity.")                         // CAS change (typo: invalid)
	shop.remove("Benzyl chloride")                                                   // removed
	shop.set("Sodium chloride", "7647-14-5", "$5", "Food grade. Stealth packaging.") // claim added
	crawlOnce()

	listings, _, _ := runCLI(t, "listings", "--db", db, "--format", "jsonl")
	ids := map[string]string{}
	for _, line := range strings.Split(strings.TrimSpace(listings), "\n") {
		var l npswatch.Listing
		if err := json.Unmarshal([]byte(line), &l); err != nil {
			t.Fatal(err)
		}
		ids[l.Product] = l.ID
	}
	out, _, code := runCLI(t, "history", "--db", db, "--format", "jsonl", ids["N-Phenethyl-4-piperidone"])
	if code != 0 {
		t.Fatalf("history exit %d", code)
	}
	var kinds []string
	for _, line := range strings.Split(strings.TrimSpace(out), "\n") {
		var ev npswatch.ListingEvent
		if err := json.Unmarshal([]byte(line), &ev); err != nil {
			t.Fatal(err)
		}
		kinds = append(kinds, ev.Kind+":"+strings.Join(ev.Fields, ","))
		if ev.CaptureID == "" {
			t.Errorf("event without its capture: %s", line)
		}
	}
	if want := []string{"new:", "changed:price"}; !slices.Equal(kinds, want) {
		t.Errorf("NPP history %v, want %v", kinds, want)
	}

	second, _, code := runCLI(t, "report", "--db", db, "--format", "json")
	if code != 0 {
		t.Fatalf("report exit %d", code)
	}
	var r2 reportJSON
	if err := json.Unmarshal([]byte(second), &r2); err != nil {
		t.Fatal(err)
	}
	changed := map[string]string{}
	for _, c := range r2.Changed {
		changed[c.Listing.Product] = strings.Join(c.Fields, ",")
	}
	wantChanged := map[string]string{"N-Phenethyl-4-piperidone": "price", "4-ANPP": "cas", "Sodium chloride": "claims"}
	if fmt.Sprint(changed) != fmt.Sprint(wantChanged) {
		t.Errorf("changed %v, want %v", changed, wantChanged)
	}
	if len(r2.NewListings) != 1 || r2.NewListings[0].Product != "4-AP" {
		t.Errorf("new listings %+v, want 4-AP; listings %v\n%s", r2.NewListings, ids, second)
	}
	if len(r2.GoneListings) != 1 || r2.GoneListings[0].Product != "Benzyl chloride" {
		t.Errorf("gone listings %+v, want Benzyl chloride", r2.GoneListings)
	}
	if len(r2.NewClaims) != 1 || r2.NewClaims[0].Claim.Kind != "stealth" {
		t.Errorf("new claims %+v, want one stealth", r2.NewClaims)
	}
	// triage: a dismissed hit leaves the report, and says so
	hits, _, _ := runCLI(t, "hits", "--db", db, "--format", "jsonl")
	var h npswatch.Hit
	json.Unmarshal([]byte(strings.SplitN(hits, "\n", 2)[0]), &h)
	if _, errOut, code := runCLI(t, "triage", "--db", db, h.ID, "--status", "dismissed", "--note", "legit supplier"); code != 0 {
		t.Fatalf("triage exit %d: %s", code, errOut)
	}
	if _, _, code := runCLI(t, "triage", "--db", db, h.ID, "--status", "maybe"); code != 2 {
		t.Errorf("bad triage status: exit %d, want 2", code)
	}
	out, _, _ = runCLI(t, "triage", "--db", db, h.ID)
	if !strings.Contains(out, "dismissed") || !strings.Contains(out, "legit supplier") {
		t.Errorf("triage history: %q", out)
	}
	// the hits table names each hit's id, severity and triage status, and
	// --status picks the dismissed ones
	table, _, _ := runCLI(t, "hits", "--db", db)
	for _, line := range strings.Split(table, "\n") {
		if strings.Contains(line, h.ID) {
			if !strings.Contains(line, "dismissed") || !strings.Contains(line, h.Substance.Severity) {
				t.Errorf("hits table row of the dismissed hit: %q, want its id, severity %q and 'dismissed'", line, h.Substance.Severity)
			}
		} else if strings.Contains(line, "dismissed") {
			t.Errorf("hits table marks another hit dismissed: %q", line)
		}
	}
	if !strings.Contains(table, h.ID) || !strings.HasPrefix(table, "ID") {
		t.Errorf("hits table without ids:\n%s", table)
	}
	dismissed, _, _ := runCLI(t, "hits", "--db", db, "--status", "dismissed", "--format", "jsonl")
	var dh struct {
		ID, Triage string
	}
	if lines := strings.Split(strings.TrimSpace(dismissed), "\n"); len(lines) != 1 || json.Unmarshal([]byte(lines[0]), &dh) != nil || dh.ID != h.ID || dh.Triage != "dismissed" {
		t.Errorf("hits --status dismissed: %q, want the one dismissed hit with \"triage\": \"dismissed\"", dismissed)
	}
	if _, _, code := runCLI(t, "hits", "--db", db, "--status", "maybe"); code != 2 {
		t.Errorf("hits --status maybe: exit %d, want 2", code)
	}
	md, _, _ := runCLI(t, "report", "--db", db, "--since", "1h", "--format", "md")
	if strings.Contains(md, h.ID) || !strings.Contains(md, "1 dismissed") {
		t.Errorf("the report shows the dismissed hit or does not count it:\n%s", md)
	}
}
