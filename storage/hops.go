package storage

import (
	"encoding/binary"
	"errors"
	"fmt"
	"slices"

	bolt "go.etcd.io/bbolt"

	"github.com/npswatch/npswatch"
)

// hops.go keeps the raw bytes of a capture's redirect hops (Capture.Hops):
// the hops bucket maps a capture id to the uvarint number of hops, then per
// hop the uvarint length of its encodeRaw value and that value (length 0:
// nothing was recorded for the hop). The record holds each hop's digests,
// so the hash chain covers these bytes as it covers the final exchange's.

// hopsSince is the schema version that added the hops bucket.
const hopsSince = 5

// maxHops bounds what a stored value may claim; the crawler stops after 10.
const maxHops = 64

// fillHopDigests copies c.Hops (the caller's slice is not changed) and
// fills or checks each hop's raw digests.
func fillHopDigests(c *npswatch.Capture) error {
	if len(c.Hops) == 0 {
		return nil
	}
	if len(c.Hops) > maxHops {
		return fmt.Errorf("%d redirect hops, more than %d", len(c.Hops), maxHops)
	}
	c.Hops = slices.Clone(c.Hops)
	var errs []error
	for i := range c.Hops {
		h := &c.Hops[i]
		what := fmt.Sprintf("redirect hop %d raw", i+1)
		errs = append(errs, fillDigest(&h.RawRequestSHA256, h.RawRequest, what+" request", false),
			fillDigest(&h.RawResponseSHA256, h.RawResponse, what+" response", false))
	}
	return errors.Join(errs...)
}

// encodeHops returns the hops bucket value for hops, nil when no hop has
// raw bytes.
func encodeHops(hops []npswatch.Hop) ([]byte, error) {
	some := false
	for _, h := range hops {
		some = some || len(h.RawRequest) > 0 || len(h.RawResponse) > 0
	}
	if !some {
		return nil, nil
	}
	v := binary.AppendUvarint(nil, uint64(len(hops)))
	for i, h := range hops {
		var r []byte
		if len(h.RawRequest) > 0 || len(h.RawResponse) > 0 {
			var err error
			if r, err = encodeRaw(h.RawRequest, h.RawResponse); err != nil {
				return nil, fmt.Errorf("hop %d: %w", i+1, err)
			}
		}
		v = binary.AppendUvarint(v, uint64(len(r)))
		v = append(v, r...)
	}
	return v, nil
}

// hopParts splits a hops bucket value into its hops' encodeRaw values (nil
// for a hop without raw bytes).
func hopParts(v []byte) ([][]byte, error) {
	n, k := binary.Uvarint(v)
	if k <= 0 || n > maxHops {
		return nil, errors.New("malformed hop count")
	}
	v = v[k:]
	parts := make([][]byte, 0, n)
	for i := uint64(0); i < n; i++ {
		l, k := binary.Uvarint(v)
		if k <= 0 || l > uint64(len(v)-k) {
			return nil, fmt.Errorf("hop %d: malformed length", i+1)
		}
		var p []byte
		if l > 0 {
			p = v[k : k+int(l)]
		}
		parts = append(parts, p)
		v = v[k+int(l):]
	}
	if len(v) > 0 {
		return nil, fmt.Errorf("%d bytes after the last hop", len(v))
	}
	return parts, nil
}

// putHops stores the raw bytes of c's hops (deleting any stored value when
// there are none).
func putHops(tx *bolt.Tx, c *npswatch.Capture) error {
	b := tx.Bucket(bucketHops)
	v, err := encodeHops(c.Hops)
	if err != nil {
		return fmt.Errorf("compress redirect hops of capture %q: %w", c.ID, err)
	}
	if v == nil {
		return b.Delete([]byte(c.ID))
	}
	if err := b.Put([]byte(c.ID), v); err != nil {
		return fmt.Errorf("put redirect hops of capture %q: %w", c.ID, err)
	}
	return nil
}

// loadHops fills the RawRequest and RawResponse of c's hops from the hops
// bucket (nil in a file older than version 5 opened read-only).
func loadHops(tx *bolt.Tx, c *npswatch.Capture) error {
	b := tx.Bucket(bucketHops)
	if b == nil || len(c.Hops) == 0 {
		return nil
	}
	v := b.Get([]byte(c.ID))
	if v == nil {
		return nil
	}
	parts, err := hopParts(v)
	if err != nil {
		return fmt.Errorf("redirect hops: %w", err)
	}
	if len(parts) > len(c.Hops) {
		return fmt.Errorf("redirect hops: %d stored, the record has %d", len(parts), len(c.Hops))
	}
	for i, p := range parts {
		if p == nil {
			continue
		}
		if c.Hops[i].RawRequest, c.Hops[i].RawResponse, err = decodeRaw(p); err != nil {
			return fmt.Errorf("redirect hop %d: %w", i+1, err)
		}
	}
	return nil
}
