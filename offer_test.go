package npswatch_test

import (
	"fmt"
	"testing"
	"time"

	"github.com/npswatch/npswatch"
)

func TestOfferID(t *testing.T) {
	card := npswatch.Listing{Site: "s.example", URL: "https://s.example/catalog?page=2", OfferURL: "https://s.example/p/7",
		Product: "NPP 99%", Vendor: "Acme"}
	detail := npswatch.Listing{Site: "s.example", URL: "https://s.example/p/7", OfferURL: "https://s.example/p/7",
		Product: "N-Phenethyl-4-piperidone", Vendor: ""}
	moved := npswatch.Listing{Site: "s.example", URL: "https://s.example/list?page=3", Product: "Fentanyl  HCl (99%)", Vendor: "ACME "}
	before := npswatch.Listing{Site: "s.example", URL: "https://s.example/list?page=2", Product: "fentanyl hcl 99", Vendor: "acme"}
	for _, l := range []*npswatch.Listing{&card, &detail, &moved, &before} {
		l.SetID()
	}
	tests := []struct {
		name string
		a, b npswatch.Listing
		same bool
	}{
		{"a card and the page it links to", card, detail, true},
		{"a card moved to another catalogue page", moved, before, true},
		{"another product", moved, npswatch.Listing{Site: "s.example", URL: moved.URL, Product: "Fentanyl citrate", Vendor: "Acme"}, false},
		{"another vendor", moved, npswatch.Listing{Site: "s.example", URL: moved.URL, Product: moved.Product, Vendor: "Zed"}, false},
		{"another site", moved, npswatch.Listing{Site: "t.example", URL: moved.URL, Product: moved.Product, Vendor: "Acme"}, false},
		{"posts with no product, other words", npswatch.Listing{Site: "f.example", Vendor: "v", Text: "selling iso, wickr me"},
			npswatch.Listing{Site: "f.example", Vendor: "v", Text: "fent powder in stock"}, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			tt.a.SetID()
			tt.b.SetID()
			if got := tt.a.ID == tt.b.ID; got != tt.same {
				t.Errorf("same offer = %v, want %v (%s, %s)", got, tt.same, tt.a.ID, tt.b.ID)
			}
		})
	}
}

func TestMergeHits(t *testing.T) {
	t1 := time.Date(2026, 12, 1, 0, 0, 0, 0, time.UTC)
	t2, t3 := t1.Add(time.Hour), t1.Add(2*time.Hour)
	card := npswatch.Hit{ID: "h1", URL: "https://s.example/catalog", OfferURL: "https://s.example/p/7", Product: "NPP",
		CaptureID: "c1", FirstSeen: t1, LastSeen: t3}
	own := npswatch.Hit{ID: "h1", URL: "https://s.example/p/7", OfferURL: "https://s.example/p/7", Product: "N-Phenethyl-4-piperidone",
		CaptureID: "c2", FirstSeen: t2, LastSeen: t2}
	other := npswatch.Hit{ID: "h2", URL: "https://s.example/catalog", Product: "4-AP", CaptureID: "c1", FirstSeen: t1, LastSeen: t1}
	got := npswatch.MergeHits([]npswatch.Hit{card, other, own})
	if len(got) != 2 || got[0].ID != "h1" || got[1].ID != "h2" {
		t.Fatalf("MergeHits = %+v, want h1 then h2", got)
	}
	h := got[0]
	if h.URL != own.URL || h.Product != own.Product || h.CaptureID != "c2" {
		t.Errorf("merged hit shows %s %q %s, want the offer's own page's view", h.URL, h.Product, h.CaptureID)
	}
	if !h.FirstSeen.Equal(t1) || !h.LastSeen.Equal(t3) {
		t.Errorf("merged times %v–%v, want %v–%v", h.FirstSeen, h.LastSeen, t1, t3)
	}
	if len(h.Pages) != 2 || h.Pages[0].URL != card.URL || h.Pages[0].CaptureID != "c1" || h.Pages[1].URL != own.URL {
		t.Errorf("pages %+v", h.Pages)
	}
	if len(got[1].Pages) != 1 {
		t.Errorf("a hit seen once has pages %+v", got[1].Pages)
	}
}

// A catalogue card that links to a product's page and that page are two
// views of one offer: one id, so one hit per substance.
func ExampleListing_SetID() {
	card := npswatch.Listing{Site: "shop.example", URL: "https://shop.example/catalog?page=1",
		OfferURL: "https://shop.example/product/npp", Product: "NPP 99%"}
	page := npswatch.Listing{Site: "shop.example", URL: "https://shop.example/product/npp",
		OfferURL: "https://shop.example/product/npp", Product: "1-Phenethyl-4-piperidone (NPP)"}
	card.SetID()
	page.SetID()
	fmt.Println(card.ID == page.ID, page.Own(), card.Own())
	// Output: true true false
}
