package storage_test

import (
	"bytes"
	"compress/gzip"
	"context"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"math/rand/v2"
	"path/filepath"
	"reflect"
	"slices"
	"strings"
	"testing"
	"time"

	bolt "go.etcd.io/bbolt"

	"github.com/npswatch/npswatch"
	"github.com/npswatch/npswatch/storage"
)

func sha256Hex(b []byte) string {
	s := sha256.Sum256(b)
	return hex.EncodeToString(s[:])
}

func gzipped(tb testing.TB, b []byte) []byte {
	tb.Helper()
	var buf bytes.Buffer
	w := gzip.NewWriter(&buf)
	if _, err := w.Write(b); err != nil {
		tb.Fatal(err)
	}
	if err := w.Close(); err != nil {
		tb.Fatal(err)
	}
	return buf.Bytes()
}

// rawExchange returns the bytes of a GET of url as they cross the wire, and
// of a response carrying body gzip-encoded in chunks of 7 bytes.
func rawExchange(tb testing.TB, url string, body []byte) (req, resp []byte) {
	req = fmt.Appendf(nil, "GET %s HTTP/1.1\r\nHost: a.example\r\nUser-Agent: npswatch-test\r\nAccept-Encoding: gzip\r\n\r\n", url)
	resp = []byte("HTTP/1.1 200 OK\r\nContent-Type: text/html\r\nContent-Encoding: gzip\r\nTransfer-Encoding: chunked\r\n\r\n")
	for z := gzipped(tb, body); len(z) > 0; {
		n := min(7, len(z))
		resp = fmt.Appendf(resp, "%x\r\n%s\r\n", n, z[:n])
		z = z[n:]
	}
	return req, append(resp, "0\r\n\r\n"...)
}

// withRaw gives a page result's capture its raw exchange.
func withRaw(tb testing.TB, res *npswatch.PageResult) *npswatch.PageResult {
	c := res.Capture
	c.RawRequest, c.RawResponse = rawExchange(tb, c.URL, c.Body)
	c.Wire = npswatch.WireConnection
	return res
}

// mustCommitAll commits results in one transaction.
func mustCommitAll(tb testing.TB, db *storage.DB, runID string, results ...*npswatch.PageResult) {
	tb.Helper()
	if _, err := db.CommitAll(context.Background(), runID, results, 0); err != nil {
		tb.Fatal(err)
	}
}

// tamper changes the closed database at path directly with bbolt.
func tamper(tb testing.TB, path string, fn func(tx *bolt.Tx) error) {
	tb.Helper()
	b, err := bolt.Open(path, 0o600, nil)
	if err != nil {
		tb.Fatal(err)
	}
	if err := errors.Join(b.Update(fn), b.Close()); err != nil {
		tb.Fatal(err)
	}
}

// downgrade turns the closed database at path into a file of schema
// version v, as the storage of that version would have written it: no
// buckets or meta keys of later versions, and below version 3 capture
// records without chain fields or digests.
func downgrade(tb testing.TB, path string, v int) {
	tb.Helper()
	tamper(tb, path, func(tx *bolt.Tx) error {
		drop := []string{"aliases"}
		if err := oldIDs(tx); err != nil {
			return err
		}
		if v < 5 {
			drop = append(drop, "hops")
		}
		if v < 4 {
			drop = append(drop, "events", "events_by_time", "sightings", "run_sites", "triage")
		}
		if v < 3 {
			drop = append(drop, "raw", "chain")
		}
		if v < 2 {
			drop = append(drop, "vendors")
		}
		for _, name := range drop {
			if err := tx.DeleteBucket([]byte(name)); err != nil {
				return fmt.Errorf("delete bucket %s: %w", name, err)
			}
		}
		meta := tx.Bucket([]byte("meta"))
		if v >= 3 {
			return meta.Put([]byte("schema"), fmt.Append(nil, v))
		}
		if err := meta.Delete([]byte("chain_head")); err != nil {
			return err
		}
		captures := tx.Bucket([]byte("captures"))
		old := map[string][]byte{}
		if err := captures.ForEach(func(k, val []byte) error {
			var c npswatch.Capture
			if err := json.Unmarshal(val, &c); err != nil {
				return err
			}
			c.Seq, c.PrevHash, c.RecordHash, c.SHA256 = 0, "", "", ""
			b, err := json.Marshal(c)
			old[string(k)] = b
			return err
		}); err != nil {
			return err
		}
		for k, b := range old {
			if err := captures.Put([]byte(k), b); err != nil {
				return err
			}
		}
		return meta.Put([]byte("schema"), fmt.Append(nil, v))
	})
}

// oldIDs keys listings and hits as files older than schema version 6 did:
// a listing by site, page URL and product, a hit by that and its substance,
// with no offer page. (Their history and triage stay under the ids they
// were committed with: give listings those old ids to test the migration
// of a version-4 or 5 file.)
func oldIDs(tx *bolt.Tx) error {
	listings, hits := tx.Bucket([]byte("listings")), tx.Bucket([]byte("hits"))
	old := map[string]string{}
	type rec struct {
		key []byte
		v   any
	}
	var recs []rec
	if err := listings.ForEach(func(k, v []byte) error {
		var l npswatch.Listing
		if err := json.Unmarshal(v, &l); err != nil {
			return err
		}
		id := npswatch.ShortID("listing", l.Site, l.URL, l.Product)
		old[l.ID+"\x00"+l.URL] = id
		l.ID, l.OfferURL = id, ""
		recs = append(recs, rec{bytes.Clone(k), l})
		return nil
	}); err != nil {
		return err
	}
	if err := hits.ForEach(func(k, v []byte) error {
		var h npswatch.Hit
		if err := json.Unmarshal(v, &h); err != nil {
			return err
		}
		if id, ok := old[h.ListingID+"\x00"+h.URL]; ok {
			h.ListingID = id
		}
		h.OfferURL = ""
		h.SetID()
		recs = append(recs, rec{bytes.Clone(k), h})
		return nil
	}); err != nil {
		return err
	}
	for _, name := range []string{"listings", "listings_by_time", "hits", "hits_by_time"} {
		if err := tx.DeleteBucket([]byte(name)); err != nil {
			return err
		}
		if _, err := tx.CreateBucket([]byte(name)); err != nil {
			return err
		}
	}
	for _, r := range recs {
		var id, b, index string
		var at time.Time
		switch x := r.v.(type) {
		case npswatch.Listing:
			id, at, b, index = x.ID, x.FetchedAt, "listings", "listings_by_time"
		case npswatch.Hit:
			id, at, b, index = x.ID, x.FirstSeen, "hits", "hits_by_time"
		}
		v, err := json.Marshal(r.v)
		if err != nil {
			return err
		}
		if err := tx.Bucket([]byte(b)).Put([]byte(id), v); err != nil {
			return err
		}
		ik := at.UTC().Format("2006-01-02T15:04:05.000000000Z") + "|" + id
		if err := tx.Bucket([]byte(index)).Put([]byte(ik), nil); err != nil {
			return err
		}
	}
	return nil
}

// storedRecords returns the closed database's capture records as stored,
// by id.
func storedRecords(tb testing.TB, path string) map[string][]byte {
	tb.Helper()
	recs := map[string][]byte{}
	tamper(tb, path, func(tx *bolt.Tx) error {
		return tx.Bucket([]byte("captures")).ForEach(func(k, v []byte) error {
			recs[string(k)] = bytes.Clone(v)
			return nil
		})
	})
	return recs
}

// recordHash recomputes a capture's RecordHash as doc.go defines it.
func recordHash(tb testing.TB, c *npswatch.Capture) string {
	tb.Helper()
	cc := *c
	cc.RecordHash = ""
	j, err := json.Marshal(cc)
	if err != nil {
		tb.Fatal(err)
	}
	return sha256Hex(j)
}

// storedRecordHash recomputes a record's hash from its stored bytes, as an
// outside verifier would: strip the final record_hash member and hash the
// rest.
func storedRecordHash(tb testing.TB, v []byte) (stored, computed string) {
	tb.Helper()
	i := bytes.LastIndex(v, []byte(`,"record_hash":"`))
	if i < 0 || !bytes.HasSuffix(v, []byte(`"}`)) {
		tb.Fatalf("record %s does not end with its record hash", v)
	}
	stored = string(v[i+len(`,"record_hash":"`) : len(v)-2])
	return stored, sha256Hex(append(bytes.Clone(v[:i]), '}'))
}

func TestRawRoundTrip(t *testing.T) {
	ctx := context.Background()
	random := make([]byte, 200<<10)
	rng := rand.New(rand.NewPCG(3, 4))
	for i := range random {
		random[i] = byte(rng.Uint32())
	}
	req, resp := rawExchange(t, "https://a.example/p", []byte("<html>Fentanyl 437-38-7</html>"))
	tests := []struct {
		name      string
		req, resp []byte
	}{
		{"chunked gzip", req, resp},
		{"gzip magic", []byte{0x1f, 0x8b, 8, 0, 0, 0, 0, 0, 0, 0xff}, gzipped(t, random[:1000])},
		{"binary", random[:5000], random},
		{"nul bytes", []byte{0, 0, 0}, []byte{0, 0x1f, 0x8b, 0}},
		{"request only", req, nil},
		{"response only", nil, resp},
		{"none", nil, nil},
		{"empty", []byte{}, []byte{}},
	}
	db := MustOpen(t)
	MustRun(t, db, "r1")
	for i, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			it := MustEnqueue(t, db, "r1", 0, item(fmt.Sprintf("https://a.example/%d", i)))[0]
			res := pageResult(it, t0.Add(time.Duration(i)*time.Second), 1)
			res.Capture.RawRequest, res.Capture.RawResponse = tt.req, tt.resp
			before := *res.Capture
			mustCommit(t, db, "r1", res)
			if !reflect.DeepEqual(*res.Capture, before) {
				t.Errorf("Commit changed the caller's capture")
			}
			got, err := db.Capture(ctx, res.Capture.ID)
			if err != nil {
				t.Fatal(err)
			}
			if !bytes.Equal(got.RawRequest, tt.req) || !bytes.Equal(got.RawResponse, tt.resp) {
				t.Errorf("raw exchange of %d+%d bytes came back as %d+%d bytes",
					len(tt.req), len(tt.resp), len(got.RawRequest), len(got.RawResponse))
			}
			if len(tt.req) == 0 && got.RawRequest != nil || len(tt.resp) == 0 && got.RawResponse != nil {
				t.Errorf("empty raw part came back non-nil: %q %q", got.RawRequest, got.RawResponse)
			}
			for _, d := range []struct {
				name, got string
				b         []byte
			}{{"request", got.RawRequestSHA256, tt.req}, {"response", got.RawResponseSHA256, tt.resp}} {
				want := ""
				if len(d.b) > 0 {
					want = sha256Hex(d.b)
				}
				if d.got != want {
					t.Errorf("raw %s SHA-256 = %q, want %q", d.name, d.got, want)
				}
			}
			if !bytes.Equal(got.Body, res.Capture.Body) || got.SHA256 != sha256Hex(res.Capture.Body) {
				t.Errorf("body %q SHA-256 %s", got.Body, got.SHA256)
			}
		})
	}
	rep, err := db.VerifyChain(ctx)
	if err != nil || !rep.OK() || rep.Checked != len(tests) {
		t.Fatalf("VerifyChain = %+v, %v", rep, err)
	}

	// Captures without raw bytes store nothing in the raw bucket.
	path := db.Path()
	if err := db.Close(); err != nil {
		t.Fatal(err)
	}
	var rawKeys int
	tamper(t, path, func(tx *bolt.Tx) error {
		rawKeys = tx.Bucket([]byte("raw")).Stats().KeyN
		return nil
	})
	if rawKeys != len(tests)-2 {
		t.Errorf("raw bucket has %d keys, want %d", rawKeys, len(tests)-2)
	}
}

func TestCommitDigests(t *testing.T) {
	ctx := context.Background()
	body := []byte("<html>x</html>")
	req, resp := rawExchange(t, "https://a.example/p", body)
	tests := []struct {
		name  string
		set   func(c *npswatch.Capture)
		error bool
	}{
		{"correct", func(c *npswatch.Capture) {
			c.SHA256, c.RawRequestSHA256, c.RawResponseSHA256 = sha256Hex(body), sha256Hex(req), sha256Hex(resp)
		}, false},
		{"upper case", func(c *npswatch.Capture) { c.SHA256 = strings.ToUpper(sha256Hex(body)) }, false},
		{"empty request digest of no bytes", func(c *npswatch.Capture) {
			c.RawRequest, c.RawRequestSHA256 = nil, sha256Hex(nil)
		}, false},
		{"wrong body", func(c *npswatch.Capture) { c.SHA256 = sha256Hex([]byte("other")) }, true},
		{"not hex", func(c *npswatch.Capture) { c.SHA256 = "abc" }, true},
		{"body without bytes", func(c *npswatch.Capture) { c.Body, c.SHA256 = nil, sha256Hex(body) }, true},
		{"wrong request", func(c *npswatch.Capture) { c.RawRequestSHA256 = sha256Hex(resp) }, true},
		{"wrong response", func(c *npswatch.Capture) { c.RawResponseSHA256 = sha256Hex(req) }, true},
		{"response digest without bytes", func(c *npswatch.Capture) {
			c.RawResponse, c.RawResponseSHA256 = nil, sha256Hex(resp)
		}, true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			db := MustOpen(t)
			MustRun(t, db, "r1")
			it := MustEnqueue(t, db, "r1", 0, item("https://a.example/p"))[0]
			res := pageResult(it, t0, 1)
			res.Capture.Body, res.Capture.RawRequest, res.Capture.RawResponse = body, req, resp
			tt.set(res.Capture)
			_, err := db.Commit(ctx, "r1", res, 0)
			if !tt.error {
				if err != nil {
					t.Fatal(err)
				}
				c, err := db.Capture(ctx, res.Capture.ID)
				if err != nil {
					t.Fatal(err)
				}
				if c.SHA256 != sha256Hex(c.Body) || c.RawResponseSHA256 != sha256Hex(resp) {
					t.Errorf("stored digests %s %s", c.SHA256, c.RawResponseSHA256)
				}
				return
			}
			if !errors.Is(err, storage.ErrDigest) || !strings.Contains(err.Error(), res.Capture.ID) {
				t.Fatalf("Commit: %v, want ErrDigest naming the capture", err)
			}
			if _, err := db.Capture(ctx, res.Capture.ID); !errors.Is(err, storage.ErrNotFound) {
				t.Errorf("rejected capture stored: %v", err)
			}
			if h, err := db.ChainHead(ctx); err != nil || h != (storage.ChainHead{}) {
				t.Errorf("chain head after a rejected commit = %+v, %v", h, err)
			}
			if st, _, _ := db.Seen(ctx, "r1", it.URL); st != npswatch.PagePending {
				t.Errorf("rejected page is %q, want still pending", st)
			}
		})
	}
}

// buildChain commits captures of pages 0..n-1 over several Commit and
// CommitAll calls (some pages with raw exchanges, one without capture, one
// capture twice in a batch) and returns the capture ids in commit order.
func buildChain(t *testing.T, db *storage.DB, n int) []string {
	t.Helper()
	MustRun(t, db, "r1")
	var items []npswatch.QueueItem
	for i := range n + 1 {
		items = append(items, item(fmt.Sprintf("https://a.example/c%d", i)))
	}
	items = MustEnqueue(t, db, "r1", 0, items...)
	var ids []string
	page := func(i int) *npswatch.PageResult {
		// FetchedAt goes backwards: the chain follows commit order.
		res := pageResult(items[i], t0.Add(-time.Duration(i)*time.Minute), 1)
		if i%2 == 0 {
			withRaw(t, res)
		}
		ids = append(ids, res.Capture.ID)
		return res
	}
	k := 0
	for k < n {
		switch {
		case k < 2 || k == n-1:
			mustCommit(t, db, "r1", page(k))
			k++
		default:
			batch := []*npswatch.PageResult{}
			for j := 0; j < 3 && k < n-1; j++ {
				batch = append(batch, page(k))
				k++
			}
			// A capture twice in one batch is chained once.
			dup := *batch[0]
			dup.Item = items[n]
			batch = append(batch, &dup)
			mustCommitAll(t, db, "r1", batch...)
		}
	}
	// A page without a capture adds nothing to the chain.
	noCapture := pageResult(items[n], t0, 0)
	noCapture.Capture = nil
	if _, err := db.Commit(context.Background(), "r1", noCapture, 0); err != nil {
		t.Fatal(err)
	}
	return ids
}

func TestChain(t *testing.T) {
	ctx := context.Background()
	path := filepath.Join(t.TempDir(), "npswatch.db")
	db := MustOpenPath(t, path, nil)
	if h, err := db.ChainHead(ctx); err != nil || h != (storage.ChainHead{}) {
		t.Fatalf("head of an empty chain = %+v, %v", h, err)
	}
	if rep, err := db.VerifyChain(ctx); err != nil || !rep.OK() || rep.Checked != 0 {
		t.Fatalf("VerifyChain of an empty chain = %+v, %v", rep, err)
	}
	const n = 9
	ids := buildChain(t, db, n)

	prev := ""
	var last *npswatch.Capture
	for i, id := range ids {
		c, err := db.Capture(ctx, id)
		if err != nil {
			t.Fatal(err)
		}
		if c.Seq != uint64(i+1) || c.PrevHash != prev {
			t.Errorf("capture %d: seq %d prev %q, want seq %d prev %q", i, c.Seq, c.PrevHash, i+1, prev)
		}
		if h := recordHash(t, c); c.RecordHash != h {
			t.Errorf("capture %d: record hash %s, recomputed %s", i, c.RecordHash, h)
		}
		at, err := db.CaptureAt(ctx, c.Seq)
		if err != nil || at.ID != id || !bytes.Equal(at.RawResponse, c.RawResponse) {
			t.Errorf("CaptureAt(%d) = %v, %v", c.Seq, at, err)
		}
		prev, last = c.RecordHash, c
	}
	if _, err := db.CaptureAt(ctx, n+1); !errors.Is(err, storage.ErrNotFound) {
		t.Errorf("CaptureAt past the head: %v", err)
	}
	head, err := db.ChainHead(ctx)
	if err != nil || head != (storage.ChainHead{Seq: n, Hash: last.RecordHash}) {
		t.Errorf("head = %+v, %v; last record seq %d hash %s", head, err, last.Seq, last.RecordHash)
	}
	rep, err := db.VerifyChain(ctx)
	if err != nil || !rep.OK() || rep.Err() != nil || rep.Checked != n || rep.Captures != n || rep.Head != head {
		t.Fatalf("VerifyChain = %+v, %v", rep, err)
	}
	if err := db.Close(); err != nil {
		t.Fatal(err)
	}
	// Anyone can recompute the hashes from the stored bytes alone.
	recs := storedRecords(t, path)
	if len(recs) != n {
		t.Fatalf("%d records stored", len(recs))
	}
	for id, v := range recs {
		if stored, computed := storedRecordHash(t, v); stored != computed {
			t.Errorf("capture %s: stored hash %s, recomputed from its bytes %s", id, stored, computed)
		}
	}
}

func TestChainIdempotentCommit(t *testing.T) {
	ctx := context.Background()
	path := filepath.Join(t.TempDir(), "npswatch.db")
	db := MustOpenPath(t, path, nil)
	MustRun(t, db, "r1")
	items := MustEnqueue(t, db, "r1", 0, item("https://a.example/1"), item("https://a.example/2"))
	first := withRaw(t, pageResult(items[0], t0, 1))
	mustCommit(t, db, "r1", first)
	mustCommit(t, db, "r1", withRaw(t, pageResult(items[1], t0.Add(time.Second), 1)))
	head, err := db.ChainHead(ctx)
	if err != nil || head.Seq != 2 {
		t.Fatalf("head = %+v, %v", head, err)
	}
	want, err := db.Capture(ctx, first.Capture.ID)
	if err != nil {
		t.Fatal(err)
	}

	// A replay after a crash, alone or in a batch, and one whose capture
	// differs (fetched again under the same id): the stored record stays.
	mustCommit(t, db, "r1", first)
	again := withRaw(t, pageResult(items[0], t0, 1))
	again.Capture.Body = []byte("<html>changed</html>")
	again.Capture.Status = 500
	mustCommitAll(t, db, "r1", first, again)

	got, err := db.Capture(ctx, first.Capture.ID)
	if err != nil {
		t.Fatal(err)
	}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("replay changed the capture:\n%+v\nwant %+v", got, want)
	}
	if h, err := db.ChainHead(ctx); err != nil || h != head {
		t.Errorf("head after replays = %+v, %v, want %+v", h, err, head)
	}
	if rep, err := db.VerifyChain(ctx); err != nil || !rep.OK() || rep.Checked != 2 {
		t.Errorf("VerifyChain after replays = %+v, %v", rep, err)
	}
}

func TestVerifyChainTamper(t *testing.T) {
	ctx := context.Background()
	const n = 6
	// Chain positions tampered with; seq k is ids[k-1].
	const mid = 3

	// Helpers working on a record in a tamper transaction.
	get := func(tx *bolt.Tx, bucket, id string) []byte {
		return bytes.Clone(tx.Bucket([]byte(bucket)).Get([]byte(id)))
	}
	put := func(tx *bolt.Tx, bucket, id string, v []byte) error {
		return tx.Bucket([]byte(bucket)).Put([]byte(id), v)
	}
	del := func(tx *bolt.Tx, bucket string, key []byte) error {
		return tx.Bucket([]byte(bucket)).Delete(key)
	}
	seqKey := func(seq uint64) []byte { return []byte{0, 0, 0, 0, 0, 0, 0, byte(seq)} }
	// rehash gives an edited record a record hash that recomputes.
	rehash := func(v []byte) ([]byte, string) {
		i := bytes.LastIndex(v, []byte(`,"record_hash":"`))
		canon := append(bytes.Clone(v[:i]), '}')
		h := sha256Hex(canon)
		return append(canon[:len(canon)-1], `,"record_hash":"`+h+`"}`...), h
	}
	setPrev := func(v []byte, prev string) []byte {
		var c npswatch.Capture
		if err := json.Unmarshal(v, &c); err != nil {
			t.Fatal(err)
		}
		return bytes.Replace(v, []byte(`"prev_hash":"`+c.PrevHash+`"`), []byte(`"prev_hash":"`+prev+`"`), 1)
	}
	editStatus := func(v []byte) []byte {
		w := bytes.Replace(v, []byte(`"status":200`), []byte(`"status":404`), 1)
		if bytes.Equal(v, w) {
			t.Fatalf("no status in %s", v)
		}
		return w
	}
	gunzip := func(z []byte) []byte {
		r, err := gzip.NewReader(bytes.NewReader(z))
		if err != nil {
			t.Fatal(err)
		}
		b, err := io.ReadAll(r)
		if err != nil {
			t.Fatal(err)
		}
		return b
	}

	type want struct {
		kind storage.ProblemKind
		seq  uint64
		text string // in the problem's String
	}
	tests := []struct {
		name   string
		tamper func(tx *bolt.Tx, ids []string) error
		want   []want // nil: undetectable from inside
	}{
		{"edit a field", func(tx *bolt.Tx, ids []string) error {
			return put(tx, "captures", ids[mid-1], editStatus(get(tx, "captures", ids[mid-1])))
		}, []want{{storage.ProblemEdited, mid, "does not recompute"}}},
		{"edit a field, hash recomputed", func(tx *bolt.Tx, ids []string) error {
			v, _ := rehash(editStatus(get(tx, "captures", ids[mid-1])))
			return put(tx, "captures", ids[mid-1], v)
		}, []want{{storage.ProblemBroken, mid + 1, fmt.Sprintf("chain broken after seq %d", mid)}}},
		{"edit the last record, hash recomputed", func(tx *bolt.Tx, ids []string) error {
			v, _ := rehash(editStatus(get(tx, "captures", ids[n-1])))
			return put(tx, "captures", ids[n-1], v)
		}, []want{{storage.ProblemHead, n, "head hash"}}},
		{"not JSON", func(tx *bolt.Tx, ids []string) error {
			return put(tx, "captures", ids[mid-1], []byte("{garbage"))
		}, []want{{storage.ProblemEdited, mid, "record hash"}, {storage.ProblemEdited, mid, "does not decode"}}},
		{"record of another seq", func(tx *bolt.Tx, ids []string) error {
			return put(tx, "captures", ids[mid-1], get(tx, "captures", ids[mid]))
		}, []want{{storage.ProblemEdited, mid, "holds id"}}},
		{"delete a capture", func(tx *bolt.Tx, ids []string) error {
			return errors.Join(del(tx, "captures", []byte(ids[mid-1])), del(tx, "bodies", []byte(ids[mid-1])),
				del(tx, "raw", []byte(ids[mid-1])))
		}, []want{{storage.ProblemDeleted, mid, "capture record deleted"}}},
		{"delete a capture and its chain entry", func(tx *bolt.Tx, ids []string) error {
			return errors.Join(del(tx, "captures", []byte(ids[mid-1])), del(tx, "bodies", []byte(ids[mid-1])),
				del(tx, "raw", []byte(ids[mid-1])), del(tx, "chain", seqKey(mid)))
		}, []want{{storage.ProblemDeleted, mid, "missing from the chain index"}}},
		{"delete a capture, relink the next", func(tx *bolt.Tx, ids []string) error {
			var prev npswatch.Capture
			if err := json.Unmarshal(get(tx, "captures", ids[mid-2]), &prev); err != nil {
				return err
			}
			v, _ := rehash(setPrev(get(tx, "captures", ids[mid]), prev.RecordHash))
			return errors.Join(del(tx, "captures", []byte(ids[mid-1])), del(tx, "bodies", []byte(ids[mid-1])),
				del(tx, "raw", []byte(ids[mid-1])), del(tx, "chain", seqKey(mid)), put(tx, "captures", ids[mid], v))
		}, []want{{storage.ProblemDeleted, mid, "missing"}, {storage.ProblemBroken, mid + 2, "after seq 4"}}},
		{"remove a capture from the chain index", func(tx *bolt.Tx, ids []string) error {
			return del(tx, "chain", seqKey(mid))
		}, []want{{storage.ProblemDeleted, mid, "missing from the chain index"},
			{storage.ProblemUnchained, mid, "not in the chain index"}}},
		{"add an unchained capture", func(tx *bolt.Tx, ids []string) error {
			v := bytes.Replace(get(tx, "captures", ids[0]), []byte(ids[0]), []byte("forged"), 1)
			return put(tx, "captures", "forged", v)
		}, []want{{storage.ProblemUnchained, 1, "forged"}}},
		{"change one byte of a body", func(tx *bolt.Tx, ids []string) error {
			b := gunzip(get(tx, "bodies", ids[mid-1]))
			b[len(b)/2] ^= 1
			return put(tx, "bodies", ids[mid-1], gzipped(t, b))
		}, []want{{storage.ProblemBodyAltered, mid, "hashes to"}}},
		{"change one byte of a compressed body", func(tx *bolt.Tx, ids []string) error {
			z := get(tx, "bodies", ids[mid-1])
			z[len(z)-10] ^= 1
			return put(tx, "bodies", ids[mid-1], z)
		}, []want{{storage.ProblemBodyAltered, mid, "body"}}},
		{"delete a body", func(tx *bolt.Tx, ids []string) error {
			return del(tx, "bodies", []byte(ids[mid-1]))
		}, []want{{storage.ProblemBodyAltered, mid, "0 bytes"}}},
		{"change one byte of a raw response", func(tx *bolt.Tx, ids []string) error {
			v := get(tx, "raw", ids[mid-1]) // seq 3 has a raw exchange
			n, k := int(v[0]), 1            // the request's compressed length, one varint byte
			if v[0] >= 0x80 {
				n, k = int(v[0]&0x7f)|int(v[1])<<7, 2
			}
			resp := gunzip(v[k+n:])
			resp[len(resp)-3] ^= 1
			return put(tx, "raw", ids[mid-1], append(v[:k+n:k+n], gzipped(t, resp)...))
		}, []want{{storage.ProblemRawAltered, mid, "raw response"}}},
		{"delete a raw exchange", func(tx *bolt.Tx, ids []string) error {
			return del(tx, "raw", []byte(ids[mid-1]))
		}, []want{{storage.ProblemRawAltered, mid, "raw request missing"}, {storage.ProblemRawAltered, mid, "raw response missing"}}},
		{"truncate the chain", func(tx *bolt.Tx, ids []string) error {
			return errors.Join(del(tx, "captures", []byte(ids[n-1])), del(tx, "bodies", []byte(ids[n-1])),
				del(tx, "raw", []byte(ids[n-1])), del(tx, "chain", seqKey(n)))
		}, []want{{storage.ProblemTruncated, n, "the head is seq 6, the chain ends at seq 5"}}},
		{"truncate the chain, rewrite the head", func(tx *bolt.Tx, ids []string) error {
			var c npswatch.Capture
			if err := json.Unmarshal(get(tx, "captures", ids[n-2]), &c); err != nil {
				return err
			}
			return errors.Join(del(tx, "captures", []byte(ids[n-1])), del(tx, "bodies", []byte(ids[n-1])),
				del(tx, "raw", []byte(ids[n-1])), del(tx, "chain", seqKey(n)),
				put(tx, "meta", "chain_head", fmt.Appendf(nil, "%d %s", n-1, c.RecordHash)))
		}, nil},
		{"delete the head", func(tx *bolt.Tx, ids []string) error {
			return del(tx, "meta", []byte("chain_head"))
		}, []want{{storage.ProblemHead, n, "meta has no chain head"}}},
		{"garble the head", func(tx *bolt.Tx, ids []string) error {
			return put(tx, "meta", "chain_head", []byte("six"))
		}, []want{{storage.ProblemHead, 0, "malformed"}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			path := filepath.Join(t.TempDir(), "npswatch.db")
			db, err := storage.Open(path, &storage.Options{Now: func() time.Time { return t0 }})
			if err != nil {
				t.Fatal(err)
			}
			ids := buildChain(t, db, n)
			head, err := db.ChainHead(ctx)
			if err := errors.Join(err, db.Check(ctx), db.Close()); err != nil {
				t.Fatal(err)
			}
			tamper(t, path, func(tx *bolt.Tx) error { return tt.tamper(tx, ids) })

			db, err = storage.Open(path, &storage.Options{ReadOnly: true})
			if err != nil {
				t.Fatal(err)
			}
			defer db.Close()
			rep, err := db.VerifyChain(ctx)
			if err != nil {
				t.Fatalf("VerifyChain: %v", err)
			}
			checkErr := db.Check(ctx)
			if tt.want == nil {
				// Undetectable from inside: the chain is consistent, but
				// the head exported before no longer is in it.
				if !rep.OK() || checkErr != nil {
					t.Fatalf("VerifyChain = %+v; Check: %v", rep, checkErr)
				}
				if _, err := db.CaptureAt(ctx, head.Seq); !errors.Is(err, storage.ErrNotFound) {
					t.Errorf("CaptureAt(exported head seq %d): %v, want ErrNotFound", head.Seq, err)
				}
				return
			}
			var got []string
			for _, p := range rep.Problems {
				got = append(got, p.String())
			}
			if rep.OK() || len(rep.Problems) != len(tt.want) {
				t.Fatalf("problems:\n%s\nwant %d", strings.Join(got, "\n"), len(tt.want))
			}
			for i, w := range tt.want {
				p := rep.Problems[i]
				if p.Kind != w.kind || p.Seq != w.seq || !strings.Contains(p.String(), w.text) {
					t.Errorf("problem %q (kind %q, seq %d), want kind %q seq %d saying %q", p, p.Kind, p.Seq, w.kind, w.seq, w.text)
				}
			}
			if checkErr == nil || !strings.Contains(checkErr.Error(), "hash chain: "+got[0]) {
				t.Errorf("Check: %v, want the chain problems", checkErr)
			}
			if err := rep.Err(); err == nil || !strings.Contains(err.Error(), got[0]) {
				t.Errorf("report error %v", err)
			}
			t.Logf("detected: %s", strings.Join(got, "; "))
		})
	}
}

func TestMigrateV2Chains(t *testing.T) {
	ctx := context.Background()
	path := filepath.Join(t.TempDir(), "v2.db")
	db, err := storage.Open(path, &storage.Options{Now: func() time.Time { return t0 }})
	if err != nil {
		t.Fatal(err)
	}
	MustRun(t, db, "r1")
	var urls []npswatch.QueueItem
	for i := range 6 {
		urls = append(urls, item(fmt.Sprintf("https://a.example/m%d", i)))
	}
	items := MustEnqueue(t, db, "r1", 0, urls...)
	// Committed in another order than the (FetchedAt, id) order the
	// migration chains them in; two share a FetchedAt.
	at := []time.Duration{5, 1, 3, 3, 0, 2}
	var results []*npswatch.PageResult
	for i, it := range items[:5] {
		res := pageResult(it, t0.Add(at[i]*time.Minute), 1)
		if i == 1 {
			res.Capture.Body = nil
		}
		results = append(results, res)
		mustCommit(t, db, "r1", res)
	}
	if err := db.Close(); err != nil {
		t.Fatal(err)
	}
	downgrade(t, path, 2)

	// Read-only, a version-2 file is read as it is, unchained.
	ro, err := storage.Open(path, &storage.Options{ReadOnly: true})
	if err != nil {
		t.Fatal(err)
	}
	rep, err := ro.VerifyChain(ctx)
	if err != nil || len(rep.Problems) != 1 || rep.Problems[0].Kind != storage.ProblemNotChained ||
		!strings.HasPrefix(rep.Problems[0].String(), "not chained yet: schema 2") || rep.Captures != 5 {
		t.Errorf("VerifyChain of a v2 file = %+v, %v", rep, err)
	}
	if _, err := ro.ChainHead(ctx); !errors.Is(err, storage.ErrNotChained) {
		t.Errorf("ChainHead of a v2 file: %v, want ErrNotChained", err)
	}
	if _, err := ro.CaptureAt(ctx, 1); !errors.Is(err, storage.ErrNotChained) {
		t.Errorf("CaptureAt on a v2 file: %v, want ErrNotChained", err)
	}
	if c, err := ro.Capture(ctx, results[0].Capture.ID); err != nil || c.Seq != 0 || c.RecordHash != "" ||
		!bytes.Equal(c.Body, results[0].Capture.Body) {
		t.Errorf("Capture on a v2 file = %+v, %v", c, err)
	}
	if err := errors.Join(ro.Check(ctx), ro.Close()); err != nil {
		t.Fatal(err)
	}
	if v, _ := fileSchema(t, path); v != "2" {
		t.Fatalf("a read-only Open changed the schema to %q", v)
	}

	// Opened for writing, it is migrated: the captures are chained in
	// (FetchedAt, id) order, with their digests filled in.
	db = MustOpenPath(t, path, nil)
	rep, err = db.VerifyChain(ctx)
	if err != nil || !rep.OK() || rep.Checked != 5 || rep.SchemaVersion != storage.SchemaVersion {
		t.Fatalf("VerifyChain after migration = %+v, %v", rep, err)
	}
	order := slices.Clone(results)
	slices.SortStableFunc(order, func(a, b *npswatch.PageResult) int {
		if c := a.Capture.FetchedAt.Compare(b.Capture.FetchedAt); c != 0 {
			return c
		}
		return strings.Compare(a.Capture.ID, b.Capture.ID)
	})
	prev := ""
	for i, res := range order {
		c, err := db.CaptureAt(ctx, uint64(i+1))
		if err != nil {
			t.Fatal(err)
		}
		if c.ID != res.Capture.ID || c.PrevHash != prev || c.RecordHash != recordHash(t, c) {
			t.Errorf("seq %d: %s prev %q hash %s, want %s prev %q", i+1, c.ID, c.PrevHash, c.RecordHash, res.Capture.ID, prev)
		}
		if c.SHA256 != sha256Hex(res.Capture.Body) || !bytes.Equal(c.Body, res.Capture.Body) {
			t.Errorf("seq %d: SHA-256 %s of body %q", i+1, c.SHA256, c.Body)
		}
		prev = c.RecordHash
	}
	// The crawl goes on, appending to the chain.
	mustCommit(t, db, "r1", withRaw(t, pageResult(items[5], t0, 1)))
	head, err := db.ChainHead(ctx)
	if err != nil || head.Seq != 6 {
		t.Errorf("head after a commit = %+v, %v", head, err)
	}
	if c, err := db.CaptureAt(ctx, 6); err != nil || c.PrevHash != prev || c.RawResponse == nil {
		t.Errorf("seq 6 = %+v, %v", c, err)
	}
	if err := db.Close(); err != nil {
		t.Fatal(err)
	}
	if v, _ := fileSchema(t, path); v != fmt.Sprint(storage.SchemaVersion) {
		t.Errorf("migrated file has schema %q", v)
	}
	// Reopening migrates nothing more.
	db = MustOpenPath(t, path, nil)
	if h, err := db.ChainHead(ctx); err != nil || h != head {
		t.Errorf("head after reopening = %+v, %v, want %+v", h, err, head)
	}
}

func TestMigrateV2Damaged(t *testing.T) {
	ctx := context.Background()
	setup := func(t *testing.T, change func(tx *bolt.Tx, id string) error) (string, string) {
		path := filepath.Join(t.TempDir(), "v2.db")
		db, err := storage.Open(path, nil)
		if err != nil {
			t.Fatal(err)
		}
		MustRun(t, db, "r1")
		it := MustEnqueue(t, db, "r1", 0, item("https://a.example/p"))[0]
		res := pageResult(it, t0, 1)
		mustCommit(t, db, "r1", res)
		if err := db.Close(); err != nil {
			t.Fatal(err)
		}
		downgrade(t, path, 2)
		tamper(t, path, func(tx *bolt.Tx) error { return change(tx, res.Capture.ID) })
		return path, res.Capture.ID
	}

	// A body that does not match its record's digest is chained as it is
	// and reported.
	path, id := setup(t, func(tx *bolt.Tx, id string) error {
		b := tx.Bucket([]byte("captures"))
		v := bytes.Replace(b.Get([]byte(id)), []byte(`"sha256":""`), []byte(`"sha256":"`+sha256Hex(nil)+`"`), 1)
		return b.Put([]byte(id), v)
	})
	db, err := storage.Open(path, nil)
	if err != nil {
		t.Fatal(err)
	}
	rep, err := db.VerifyChain(ctx)
	if err != nil || len(rep.Problems) != 1 || rep.Problems[0].Kind != storage.ProblemBodyAltered || rep.Problems[0].CaptureID != id {
		t.Errorf("VerifyChain = %+v, %v", rep, err)
	}
	if err := db.Check(ctx); err == nil {
		t.Error("Check passed")
	}
	db.Close()

	// A record that does not decode fails the migration; the file is
	// left as it was and still opens read-only.
	path, _ = setup(t, func(tx *bolt.Tx, id string) error {
		return tx.Bucket([]byte("captures")).Put([]byte(id), []byte("{garbage"))
	})
	if db, err := storage.Open(path, nil); !errors.Is(err, storage.ErrCorrupt) {
		if err == nil {
			db.Close()
		}
		t.Fatalf("Open: %v, want ErrCorrupt", err)
	}
	if v, _ := fileSchema(t, path); v != "2" {
		t.Errorf("failed migration left schema %q", v)
	}
	ro, err := storage.Open(path, &storage.Options{ReadOnly: true})
	if err != nil {
		t.Fatal(err)
	}
	ro.Close()
}

func TestCommitDamagedHead(t *testing.T) {
	ctx := context.Background()
	setup := func(t *testing.T, change func(tx *bolt.Tx) error) (*storage.DB, []npswatch.QueueItem) {
		path := filepath.Join(t.TempDir(), "npswatch.db")
		db, err := storage.Open(path, nil)
		if err != nil {
			t.Fatal(err)
		}
		MustRun(t, db, "r1")
		items := MustEnqueue(t, db, "r1", 0, item("https://a.example/1"), item("https://a.example/2"), item("https://a.example/3"))
		mustCommitAll(t, db, "r1", pageResult(items[0], t0, 0), pageResult(items[1], t0.Add(time.Second), 0))
		if err := db.Close(); err != nil {
			t.Fatal(err)
		}
		tamper(t, path, change)
		db, err = storage.Open(path, nil)
		if err != nil {
			t.Fatal(err)
		}
		t.Cleanup(func() { db.Close() })
		return db, items
	}

	// A head behind the chain index: appending would overwrite a chained
	// capture's entry, so Commit refuses.
	db, items := setup(t, func(tx *bolt.Tx) error { return tx.Bucket([]byte("meta")).Delete([]byte("chain_head")) })
	res := pageResult(items[2], t0.Add(2*time.Second), 0)
	if _, err := db.Commit(ctx, "r1", res, 0); !errors.Is(err, storage.ErrCorrupt) {
		t.Errorf("Commit with the head deleted: %v, want ErrCorrupt", err)
	}
	if c, err := db.CaptureAt(ctx, 1); err != nil || c.ID != pageResult(items[0], t0, 0).Capture.ID {
		t.Errorf("seq 1 = %v, %v", c, err)
	}

	// A head past the chain's end (its last capture deleted): the crawl
	// goes on and the gap stays reported.
	db, items = setup(t, func(tx *bolt.Tx) error {
		k := []byte{0, 0, 0, 0, 0, 0, 0, 2}
		id := tx.Bucket([]byte("chain")).Get(k)
		return errors.Join(tx.Bucket([]byte("captures")).Delete(id), tx.Bucket([]byte("chain")).Delete(k))
	})
	mustCommit(t, db, "r1", pageResult(items[2], t0.Add(2*time.Second), 0))
	rep, err := db.VerifyChain(ctx)
	if err != nil || len(rep.Problems) != 1 || rep.Problems[0].Kind != storage.ProblemDeleted || rep.Problems[0].Seq != 2 {
		t.Errorf("VerifyChain = %+v, %v", rep, err)
	}
	if h, err := db.ChainHead(ctx); err != nil || h.Seq != 3 {
		t.Errorf("head = %+v, %v", h, err)
	}
}
