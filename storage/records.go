package storage

import (
	"bytes"
	"compress/gzip"
	"context"
	"encoding/binary"
	"encoding/json"
	"fmt"
	"io"
	"sync"
	"time"

	bolt "go.etcd.io/bbolt"

	"github.com/npswatch/npswatch"
)

// Capture returns the capture with the given id, Body included (nil when
// the capture had no body) and RawRequest and RawResponse byte for byte as
// committed (nil when there were none), or an error wrapping ErrNotFound.
// Its Seq, PrevHash and RecordHash place it in the hash chain (all zero in
// a file older than schema version 3 opened read-only).
func (db *DB) Capture(ctx context.Context, id string) (*npswatch.Capture, error) {
	if err := ctx.Err(); err != nil {
		return nil, err
	}
	var c npswatch.Capture
	err := db.view(func(tx *bolt.Tx) error {
		v := tx.Bucket(bucketCaptures).Get([]byte(id))
		if v == nil || id == "" {
			return ErrNotFound
		}
		if err := json.Unmarshal(v, &c); err != nil {
			return fmt.Errorf("decode: %w", err)
		}
		if z := tx.Bucket(bucketBodies).Get([]byte(id)); z != nil {
			body, err := gunzip(z)
			if err != nil {
				return fmt.Errorf("decompress body: %w", err)
			}
			c.Body = body
		}
		if b := tx.Bucket(bucketRaw); b != nil { // nil in a file older than version 3 opened read-only
			if v := b.Get([]byte(id)); v != nil {
				var err error
				if c.RawRequest, c.RawResponse, err = decodeRaw(v); err != nil {
					return fmt.Errorf("raw exchange: %w", err)
				}
			}
		}
		return loadHops(tx, &c)
	})
	if err != nil {
		return nil, fmt.Errorf("capture %q: %w", id, err)
	}
	return &c, nil
}

// putCapture stores a new capture: its record, appended to the hash chain
// (see appendToChain), its compressed body and its compressed raw exchange.
// c itself is not changed. Its digests are filled in or checked first
// (fillDigests). A capture whose id is stored already is left as it is
// stored, chain position included: a replayed commit changes nothing.
func putCapture(tx *bolt.Tx, c *npswatch.Capture) error {
	if err := checkID("capture", c.ID); err != nil {
		return fmt.Errorf("capture of %q: %w", c.URL, err)
	}
	rec := *c
	if err := fillDigests(&rec); err != nil {
		return fmt.Errorf("capture %q: %w", c.ID, err)
	}
	key := []byte(c.ID)
	captures := tx.Bucket(bucketCaptures)
	if captures.Get(key) != nil {
		return nil
	}
	v, err := appendToChain(tx, &rec)
	if err != nil {
		return err
	}
	if err := captures.Put(key, v); err != nil {
		return fmt.Errorf("put capture %q: %w", c.ID, err)
	}
	bodies := tx.Bucket(bucketBodies)
	if c.Body == nil {
		if err := bodies.Delete(key); err != nil {
			return err
		}
	} else {
		z, err := gzipBytes(c.Body)
		if err != nil {
			return fmt.Errorf("compress body of capture %q: %w", c.ID, err)
		}
		if err := bodies.Put(key, z); err != nil {
			return fmt.Errorf("put body of capture %q: %w", c.ID, err)
		}
	}
	if err := putHops(tx, c); err != nil {
		return err
	}
	raw := tx.Bucket(bucketRaw)
	if len(c.RawRequest) == 0 && len(c.RawResponse) == 0 {
		return raw.Delete(key)
	}
	r, err := encodeRaw(c.RawRequest, c.RawResponse)
	if err != nil {
		return fmt.Errorf("compress raw exchange of capture %q: %w", c.ID, err)
	}
	if err := raw.Put(key, r); err != nil {
		return fmt.Errorf("put raw exchange of capture %q: %w", c.ID, err)
	}
	return nil
}

// encodeRaw returns a raw bucket value: the uvarint length of the
// compressed request, the compressed request, the compressed response. An
// empty part is stored as no bytes, anything else gzip-compressed.
func encodeRaw(req, resp []byte) ([]byte, error) {
	var zreq, zresp []byte
	var err error
	if len(req) > 0 {
		if zreq, err = gzipBytes(req); err != nil {
			return nil, err
		}
	}
	if len(resp) > 0 {
		if zresp, err = gzipBytes(resp); err != nil {
			return nil, err
		}
	}
	v := make([]byte, 0, binary.MaxVarintLen64+len(zreq)+len(zresp))
	v = binary.AppendUvarint(v, uint64(len(zreq)))
	v = append(v, zreq...)
	return append(v, zresp...), nil
}

// decodeRaw undoes encodeRaw; an empty part comes back nil.
func decodeRaw(v []byte) (req, resp []byte, err error) {
	zreq, zresp, err := rawParts(v)
	if err != nil {
		return nil, nil, err
	}
	if zreq != nil {
		if req, err = gunzip(zreq); err != nil {
			return nil, nil, fmt.Errorf("decompress request: %w", err)
		}
	}
	if zresp != nil {
		if resp, err = gunzip(zresp); err != nil {
			return nil, nil, fmt.Errorf("decompress response: %w", err)
		}
	}
	return req, resp, nil
}

// putListing stores l, the view of its offer on its page (see views.go),
// unless a version fetched later is already stored; it moves the view's
// key in the by-time index when FetchedAt changes.
func putListing(tx *bolt.Tx, l *npswatch.Listing) error {
	if err := checkID("listing", l.ID); err != nil {
		return fmt.Errorf("listing %q on %s: %w", l.Product, l.URL, err)
	}
	if err := l.Validate(); err != nil {
		return fmt.Errorf("listing %s (%q on %s): %w", l.ID, l.Product, l.URL, err)
	}
	data, index := tx.Bucket(bucketListings), tx.Bucket(bucketListingsByTime)
	key := viewKey(l.ID, l.URL)
	if old := data.Get(key); old != nil {
		var prev npswatch.Listing
		if err := json.Unmarshal(old, &prev); err != nil {
			return fmt.Errorf("decode listing %s: %w", l.ID, err)
		}
		if prev.FetchedAt.After(l.FetchedAt) {
			return nil
		}
		if err := index.Delete(indexKey(prev.FetchedAt, string(key))); err != nil {
			return err
		}
	}
	v, err := json.Marshal(l)
	if err != nil {
		return fmt.Errorf("encode listing %s: %w", l.ID, err)
	}
	if err := data.Put(key, v); err != nil {
		return fmt.Errorf("put listing %s: %w", l.ID, err)
	}
	return index.Put(indexKey(l.FetchedAt, string(key)), nil)
}

// putHit stores h, the view of its hit on its page, seen at time at. An
// existing view keeps the earlier FirstSeen and the later LastSeen;
// everything else is replaced.
func putHit(tx *bolt.Tx, h *npswatch.Hit, at time.Time) error {
	if err := checkID("hit", h.ID); err != nil {
		return fmt.Errorf("hit %q on %s: %w", h.Product, h.URL, err)
	}
	if err := h.Validate(); err != nil {
		return fmt.Errorf("hit %s (%q on %s): %w", h.ID, h.Product, h.URL, err)
	}
	if h.FirstSeen.IsZero() {
		h.FirstSeen = at
	}
	if h.LastSeen.Before(at) {
		h.LastSeen = at
	}
	data, index := tx.Bucket(bucketHits), tx.Bucket(bucketHitsByTime)
	key := viewKey(h.ID, h.URL)
	if old := data.Get(key); old != nil {
		var prev npswatch.Hit
		if err := json.Unmarshal(old, &prev); err != nil {
			return fmt.Errorf("decode hit %s: %w", h.ID, err)
		}
		if !prev.FirstSeen.IsZero() && prev.FirstSeen.Before(h.FirstSeen) {
			h.FirstSeen = prev.FirstSeen
		}
		if prev.LastSeen.After(h.LastSeen) {
			h.LastSeen = prev.LastSeen
		}
		if err := index.Delete(indexKey(prev.FirstSeen, string(key))); err != nil {
			return err
		}
	}
	if h.LastSeen.Before(h.FirstSeen) {
		h.LastSeen = h.FirstSeen
	}
	v, err := json.Marshal(h)
	if err != nil {
		return fmt.Errorf("encode hit %s: %w", h.ID, err)
	}
	if err := data.Put(key, v); err != nil {
		return fmt.Errorf("put hit %s: %w", h.ID, err)
	}
	return index.Put(indexKey(h.FirstSeen, string(key)), nil)
}

var gzipWriters = sync.Pool{New: func() any {
	w, _ := gzip.NewWriterLevel(nil, gzip.BestSpeed) // BestSpeed is a valid level
	return w
}}

// gzipBytes compresses b. Bodies are compressed fast rather than small: it
// runs once per page on the crawl's critical path.
func gzipBytes(b []byte) ([]byte, error) {
	var buf bytes.Buffer
	buf.Grow(len(b)/3 + 64)
	w := gzipWriters.Get().(*gzip.Writer)
	defer gzipWriters.Put(w)
	w.Reset(&buf)
	if _, err := w.Write(b); err != nil {
		return nil, err
	}
	if err := w.Close(); err != nil {
		return nil, err
	}
	return buf.Bytes(), nil
}

// gunzip decompresses a stored body into a new slice.
func gunzip(z []byte) ([]byte, error) {
	r, err := gzip.NewReader(bytes.NewReader(z))
	if err != nil {
		return nil, err
	}
	r.Multistream(false)
	b, err := io.ReadAll(r)
	if err != nil {
		return nil, err
	}
	if b == nil {
		b = []byte{}
	}
	return b, nil
}
