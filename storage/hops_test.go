package storage_test

import (
	"bytes"
	"context"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	bolt "go.etcd.io/bbolt"

	"github.com/npswatch/npswatch"
	"github.com/npswatch/npswatch/storage"
)

// hopExchange is a GET of url answered by a 301 to location, as on the wire.
func hopExchange(url, location string) (req, resp []byte) {
	req = fmt.Appendf(nil, "GET %s HTTP/1.1\r\nHost: a.example\r\nUser-Agent: npswatch-test\r\n\r\n", url)
	resp = fmt.Appendf(nil, "HTTP/1.1 301 Moved Permanently\r\nLocation: %s\r\nContent-Length: 0\r\n\r\n", location)
	return req, resp
}

func TestHopsRoundTripAndVerify(t *testing.T) {
	ctx := context.Background()
	db := MustOpen(t)
	MustRun(t, db, "r1")
	it := MustEnqueue(t, db, "r1", 0, item("https://a.example/old"))[0]
	res := withRaw(t, pageResult(it, t0, 1))
	r1, s1 := hopExchange("https://a.example/old", "/mid")
	r2, s2 := hopExchange("https://a.example/mid", "https://a.example/new")
	res.Capture.Redirects = []string{"https://a.example/old", "https://a.example/mid"}
	res.Capture.Hops = []npswatch.Hop{
		{URL: "https://a.example/old", Status: 301, Location: "/mid", FetchedAt: t0, RawRequest: r1, RawResponse: s1},
		{URL: "https://a.example/mid", Status: 301, Location: "https://a.example/new", FetchedAt: t0}, // nothing recorded
		{URL: "https://a.example/mid2", Status: 302, FetchedAt: t0, RawRequest: r2, RawResponse: s2},
	}
	mustCommit(t, db, "r1", res)
	if res.Capture.Hops[0].RawRequestSHA256 != "" {
		t.Errorf("Commit changed the caller's hops")
	}
	got, err := db.Capture(ctx, res.Capture.ID)
	if err != nil {
		t.Fatal(err)
	}
	if len(got.Hops) != 3 {
		t.Fatalf("%d hops came back, want 3", len(got.Hops))
	}
	for i, want := range res.Capture.Hops {
		h := got.Hops[i]
		if !bytes.Equal(h.RawRequest, want.RawRequest) || !bytes.Equal(h.RawResponse, want.RawResponse) ||
			h.URL != want.URL || h.Status != want.Status || h.Location != want.Location {
			t.Errorf("hop %d = %+v, want %+v", i, h, want)
		}
		wantReq := ""
		if len(want.RawRequest) > 0 {
			wantReq = sha256Hex(want.RawRequest)
		}
		if h.RawRequestSHA256 != wantReq {
			t.Errorf("hop %d request SHA-256 %q, want %q", i, h.RawRequestSHA256, wantReq)
		}
	}
	if rep, err := db.VerifyChain(ctx); err != nil || !rep.OK() {
		t.Fatalf("VerifyChain = %+v, %v", rep, err)
	}
	path := db.Path()
	if err := db.Close(); err != nil {
		t.Fatal(err)
	}

	// One flipped byte of a hop's response, a deleted hops value, and a hops
	// value without its capture are each reported.
	tests := []struct {
		name   string
		change func(tx *bolt.Tx) error
		kind   storage.ProblemKind
		detail string
	}{
		{"hop byte flipped", func(tx *bolt.Tx) error {
			b := tx.Bucket([]byte("hops"))
			v := bytes.Clone(b.Get([]byte(res.Capture.ID)))
			v[len(v)-5] ^= 1 // inside the last hop's gzip member
			return b.Put([]byte(res.Capture.ID), v)
		}, storage.ProblemRawAltered, "redirect hop"},
		{"hops deleted", func(tx *bolt.Tx) error {
			return tx.Bucket([]byte("hops")).Delete([]byte(res.Capture.ID))
		}, storage.ProblemRawAltered, "redirect hop 1 raw request missing"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			p := copyFile(t, path)
			tamper(t, p, tt.change)
			db, err := storage.Open(p, &storage.Options{ReadOnly: true})
			if err != nil {
				t.Fatal(err)
			}
			defer db.Close()
			rep, err := db.VerifyChain(ctx)
			if err != nil {
				t.Fatal(err)
			}
			if err := db.Check(ctx); err == nil || !strings.Contains(err.Error(), tt.detail) {
				t.Errorf("Check = %v, want it to name %q", err, tt.detail)
			}
			found := false
			for _, pr := range rep.Problems {
				found = found || pr.Kind == tt.kind && strings.Contains(pr.Detail, tt.detail)
			}
			if !found {
				t.Errorf("problems %+v, want %s %q", rep.Problems, tt.kind, tt.detail)
			}
		})
	}
}

// copyFile copies the closed database at path to a new file in a temp dir.
func copyFile(tb testing.TB, path string) string {
	tb.Helper()
	data, err := os.ReadFile(path)
	if err != nil {
		tb.Fatal(err)
	}
	p := filepath.Join(tb.TempDir(), "copy.db")
	if err := os.WriteFile(p, data, 0o600); err != nil {
		tb.Fatal(err)
	}
	return p
}
