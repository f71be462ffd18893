package npswatch_test

import (
	"testing"

	"github.com/npswatch/npswatch"
)

func TestInheritedClaimsDenied(t *testing.T) {
	site := &npswatch.Vendor{Site: "m.example", Claims: []npswatch.Claim{
		{Kind: npswatch.ClaimReship, Text: "Vendors reship seized parcels.", URL: "https://m.example/faq"},
		{Kind: npswatch.ClaimStealth, Text: "All parcels ship in stealth.", URL: "https://m.example/faq"}}}
	vendor := &npswatch.Vendor{Site: "m.example", Name: "tulpen", Denies: []string{npswatch.ClaimReship}}
	l := &npswatch.Listing{Vendor: "tulpen"}
	got := npswatch.InheritedClaims(l, site, vendor)
	if len(got) != 1 || got[0].Kind != npswatch.ClaimStealth {
		t.Errorf("a vendor who denies reships inherits %v, want the stealth claim alone", got)
	}
	other := &npswatch.Listing{Vendor: "someone", Denies: []string{npswatch.ClaimStealth}}
	got = npswatch.InheritedClaims(other, site)
	if len(got) != 1 || got[0].Kind != npswatch.ClaimReship {
		t.Errorf("a listing that denies stealth inherits %v, want the reship claim alone", got)
	}
}

func TestVendorMergeDenies(t *testing.T) {
	v := npswatch.Vendor{Site: "m.example", Name: "x", Denies: []string{npswatch.ClaimReship}}
	v.Merge(&npswatch.Vendor{Denies: []string{npswatch.ClaimReship, npswatch.ClaimForwarding}})
	if len(v.Denies) != 2 {
		t.Errorf("denies %v", v.Denies)
	}
	if (&npswatch.Vendor{Denies: []string{"reship"}}).Empty() {
		t.Errorf("a vendor that denies something is not empty")
	}
}
