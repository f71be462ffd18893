package main

import (
	"context"
	"fmt"

	"github.com/npswatch/npswatch"
	"github.com/npswatch/npswatch/storage"
)

// vendorIndex finds the stored vendor of a site by name ("" = the site as
// a whole), for claim inheritance.
type vendorIndex map[string]*npswatch.Vendor

func vendorIndexKey(site, name string) string { return site + "\x00" + npswatch.VendorKey(name) }

// newVendorIndex indexes vendor records (stored ones, or a scanned page's).
func newVendorIndex(vs []npswatch.Vendor) vendorIndex {
	idx := vendorIndex{}
	for i := range vs {
		k := vendorIndexKey(vs[i].Site, vs[i].Name)
		if o := idx[k]; o != nil {
			o.Merge(&vs[i])
			continue
		}
		idx[k] = &vs[i]
	}
	return idx
}

// loadVendorIndex reads every stored vendor; there are few, and reading
// them first keeps one read transaction open at a time.
func loadVendorIndex(ctx context.Context, db *storage.DB) (vendorIndex, error) {
	vs, err := db.Vendors(ctx)
	if err != nil {
		return nil, fmt.Errorf("read vendors: %w", err)
	}
	return newVendorIndex(vs), nil
}

// vendorsOf returns the site's record and the named vendor's record.
func (idx vendorIndex) vendorsOf(site, vendor string) []*npswatch.Vendor {
	out := []*npswatch.Vendor{idx[vendorIndexKey(site, "")]}
	if npswatch.VendorKey(vendor) != "" {
		out = append(out, idx[vendorIndexKey(site, vendor)])
	}
	return out
}

// inheritListing fills l.VendorClaims from its site and vendor.
func (idx vendorIndex) inheritListing(l *npswatch.Listing) {
	l.VendorClaims = npswatch.InheritedClaims(l, idx.vendorsOf(l.Site, l.Vendor)...)
}

// inheritHit fills h.VendorClaims from the site and vendor of its listing.
func (idx vendorIndex) inheritHit(h *npswatch.Hit) {
	own := npswatch.Listing{Claims: h.Claims}
	h.VendorClaims = npswatch.InheritedClaims(&own, idx.vendorsOf(h.Site, h.Vendor)...)
}
