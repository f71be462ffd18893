package storage

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"slices"
	"strings"
	"time"

	bolt "go.etcd.io/bbolt"

	"github.com/npswatch/npswatch"
)

// maxVendorPart bounds a vendor's Site and the VendorKey of its Name, which
// make up its bbolt key.
const maxVendorPart = 1024

// vendorKey is a vendor's key in the vendors bucket: site, NUL and
// npswatch.VendorKey(name). Name "" (or one without letters and digits)
// keys the site as a whole.
func vendorKey(site, name string) []byte {
	k := make([]byte, 0, len(site)+1+len(name))
	k = append(k, site...)
	k = append(k, 0)
	return append(k, npswatch.VendorKey(name)...)
}

// Vendor returns what is stored about the vendor called name on site, names
// compared by npswatch.VendorKey; name "" is the site as a whole. It fails
// with ErrNotFound when there is no such vendor (always for a version-1
// file opened read-only), and with ErrCorrupt when its record cannot be
// decoded.
func (db *DB) Vendor(ctx context.Context, site, name string) (*npswatch.Vendor, error) {
	if err := ctx.Err(); err != nil {
		return nil, err
	}
	var v *npswatch.Vendor
	err := db.view(func(tx *bolt.Tx) error {
		b := tx.Bucket(bucketVendors)
		if b == nil || site == "" {
			return ErrNotFound
		}
		key := vendorKey(site, name)
		val := b.Get(key)
		if val == nil {
			return ErrNotFound
		}
		var err error
		v, err = decodeVendor(key, val)
		return err
	})
	if err != nil {
		return nil, fmt.Errorf("vendor %q on %q: %w", name, site, err)
	}
	return v, nil
}

// ForEachVendor calls fn for every stored vendor in key order: by Site,
// then by VendorKey of the Name, a site's own record ("") first. It stops
// at the first error fn returns and returns it. As ForEachHit does, it reads
// a few hundred vendors per read transaction and calls fn between them.
func (db *DB) ForEachVendor(ctx context.Context, fn func(*npswatch.Vendor) error) error {
	var last []byte // the last key handed out
	for {
		if err := ctx.Err(); err != nil {
			return err
		}
		page := make([]npswatch.Vendor, 0, pageSize)
		err := db.view(func(tx *bolt.Tx) error {
			b := tx.Bucket(bucketVendors)
			if b == nil {
				return nil
			}
			c := b.Cursor()
			var k, v []byte
			if last == nil {
				k, v = c.First()
			} else if k, v = c.Seek(last); bytes.Equal(k, last) {
				k, v = c.Next()
			}
			for ; k != nil && len(page) < pageSize; k, v = c.Next() {
				rec, err := decodeVendor(k, v)
				if err != nil {
					return err
				}
				page = append(page, *rec)
				last = append(last[:0], k...)
			}
			return nil
		})
		if err != nil {
			return fmt.Errorf("vendors: %w", err)
		}
		for i := range page {
			if err := ctx.Err(); err != nil {
				return err
			}
			if err := fn(&page[i]); err != nil {
				return fmt.Errorf("vendors: %w", err)
			}
		}
		if len(page) < pageSize {
			return nil
		}
	}
}

// Vendors returns every stored vendor, ordered as ForEachVendor orders them.
func (db *DB) Vendors(ctx context.Context) ([]npswatch.Vendor, error) {
	return collect(func(fn func(*npswatch.Vendor) error) error { return db.ForEachVendor(ctx, fn) })
}

// decodeVendor decodes the vendor stored under key k.
func decodeVendor(k, v []byte) (*npswatch.Vendor, error) {
	var rec npswatch.Vendor
	if err := json.Unmarshal(v, &rec); err != nil {
		return nil, fmt.Errorf("%w: vendor %q: %w", ErrCorrupt, k, err)
	}
	return &rec, nil
}

// putVendors merges the vendors of one page, seen at time at, into the
// vendors bucket. Empty vendors are skipped. Each other one is validated,
// given FirstSeen and LastSeen at when it has none, the page's URL on its
// claims and terms that have none, and Pages 1; then it is folded into the
// stored record with Merge (or into a new one) and stored with its ID set.
//
// A page counts once per vendor: a vendor named twice on the page is
// counted once, and a replayed page (its item already committed) not at
// all, unless its vendor has no record yet. Pages therefore does not grow
// when a crawl resumes after a crash, but a page fetched again by a later
// run counts again.
func putVendors(tx *bolt.Tx, vendors []npswatch.Vendor, pageURL string, at time.Time, replay bool) error {
	if len(vendors) == 0 {
		return nil
	}
	b := tx.Bucket(bucketVendors)
	counted := map[string]bool{}
	for i := range vendors {
		v := vendors[i] // a copy; its slices are cloned before they change
		if v.Empty() {
			continue
		}
		if err := validateVendor(&v); err != nil {
			return fmt.Errorf("vendor %q: %w", v.Name, err)
		}
		if npswatch.VendorKey(v.Name) == "" {
			v.Name = "" // no letters or digits: the site as a whole
		}
		v.Claims = claimsOn(v.Claims, pageURL)
		v.Terms = claimsOn(v.Terms, pageURL)
		if v.FirstSeen.IsZero() {
			v.FirstSeen = at
		}
		if v.LastSeen.IsZero() {
			v.LastSeen = at
		}
		if v.LastSeen.Before(v.FirstSeen) {
			v.LastSeen = v.FirstSeen
		}
		key := vendorKey(v.Site, v.Name)
		rec := &npswatch.Vendor{Site: v.Site}
		old := b.Get(key)
		if old != nil {
			var err error
			if rec, err = decodeVendor(key, old); err != nil {
				return err
			}
		}
		v.Pages = 0
		if (!replay || old == nil) && !counted[string(key)] {
			v.Pages = 1
			counted[string(key)] = true
		}
		rec.Merge(&v)
		rec.Site = v.Site
		rec.SetID()
		val, err := json.Marshal(rec)
		if err != nil {
			return fmt.Errorf("encode vendor %s (%q on %s): %w", rec.ID, rec.Name, rec.Site, err)
		}
		if err := b.Put(key, val); err != nil {
			return fmt.Errorf("put vendor %s (%q on %s): %w", rec.ID, rec.Name, rec.Site, err)
		}
	}
	return nil
}

// validateVendor reports what keeps a vendor from being stored.
func validateVendor(v *npswatch.Vendor) error {
	switch {
	case v.Site == "":
		return fmt.Errorf("vendor without site")
	case strings.IndexByte(v.Site, 0) >= 0:
		return fmt.Errorf("vendor site %q holds a NUL byte", v.Site)
	case len(v.Site) > maxVendorPart:
		return fmt.Errorf("vendor site of %d bytes is longer than %d", len(v.Site), maxVendorPart)
	}
	if n := len(npswatch.VendorKey(v.Name)); n > maxVendorPart {
		return fmt.Errorf("vendor name of %d bytes (as a key) is longer than %d", n, maxVendorPart)
	}
	return nil
}

// claimsOn returns cs with url set on the claims that have no URL, copying
// cs rather than changing the caller's slice.
func claimsOn(cs []npswatch.Claim, url string) []npswatch.Claim {
	if !slices.ContainsFunc(cs, func(c npswatch.Claim) bool { return c.URL == "" }) {
		return cs
	}
	cs = slices.Clone(cs)
	for i := range cs {
		if cs[i].URL == "" {
			cs[i].URL = url
		}
	}
	return cs
}

// checkVendors checks that every vendor decodes and is keyed by its Site
// and name, with the ID SetID gives it.
func checkVendors(ctx context.Context, tx *bolt.Tx, report reportFunc) error {
	b := tx.Bucket(bucketVendors)
	if b == nil {
		return nil // a version-1 file opened read-only
	}
	n := 0
	return b.ForEach(func(k, v []byte) error {
		if n++; n%1024 == 0 {
			if err := ctx.Err(); err != nil {
				return err
			}
		}
		rec, err := decodeVendor(k, v)
		if err != nil {
			return report("%w", err)
		}
		want := *rec
		want.SetID()
		switch {
		case rec.Site == "":
			return report("vendor %q has no site", k)
		case !bytes.Equal(k, vendorKey(rec.Site, rec.Name)):
			return report("vendor %q holds %q on %q, keyed %q", k, rec.Name, rec.Site, vendorKey(rec.Site, rec.Name))
		case rec.ID != want.ID:
			return report("vendor %q holds id %q, want %q", k, rec.ID, want.ID)
		}
		return nil
	})
}
