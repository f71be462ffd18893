package notify

import (
	"bytes"
	"context"
	"encoding/json"
	"io"
	"log/slog"
	"net/http"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/npswatch/npswatch/notify/notifytest"
)

// testNotifier is a Notifier whose backoff waits are recorded, not slept.
func testNotifier(t *testing.T, url, db string) (*Notifier, *[]time.Duration) {
	t.Helper()
	n, err := New(url, db, slog.New(slog.NewTextHandler(io.Discard, nil)))
	if err != nil {
		t.Fatal(err)
	}
	var waits []time.Duration
	n.Sleep = func(ctx context.Context, d time.Duration) error {
		waits = append(waits, d)
		return ctx.Err()
	}
	return n, &waits
}

func testPayload(run string) *Payload {
	return &Payload{RunID: run, Target: "t", State: "done", Started: time.Date(2026, 11, 27, 2, 0, 0, 0, time.UTC),
		NewHits: []Hit{}}
}

func spoolFiles(t *testing.T, n *Notifier) []string {
	t.Helper()
	files, err := n.spooled()
	if err != nil {
		t.Fatal(err)
	}
	var names []string
	for _, f := range files {
		names = append(names, filepath.Base(f))
	}
	return names
}

func TestNotifyDeliversAndRetries(t *testing.T) {
	recv := notifytest.NewReceiver(t, 500, 500, 200)
	db := filepath.Join(t.TempDir(), "n.db")
	n, waits := testNotifier(t, recv.URL+"/hook", db)
	res := n.Deliver(context.Background(), testPayload("20261127T020000Z-00000001"))
	if !res.sent || res.err != nil || res.String() != "notified" {
		t.Fatalf("deliver: %+v", res)
	}
	bodies, headers := recv.Received()
	if len(bodies) != 3 {
		t.Fatalf("%d requests, want 3 (500, 500, 200)", len(bodies))
	}
	if want := []time.Duration{time.Second, 2 * time.Second}; len(*waits) != 2 || (*waits)[0] != want[0] || (*waits)[1] != want[1] {
		t.Errorf("backoff waits %v, want %v", *waits, want)
	}
	if ct := headers[2].Get("Content-Type"); ct != "application/json" {
		t.Errorf("Content-Type %q", ct)
	}
	if ua := headers[2].Get("User-Agent"); !strings.HasPrefix(ua, "npswatch/") {
		t.Errorf("User-Agent %q", ua)
	}
	var p map[string]any
	if err := json.Unmarshal(bodies[2], &p); err != nil || p["run_id"] != "20261127T020000Z-00000001" || p["new_hits"] == nil {
		t.Errorf("payload %s: %v", bodies[2], err)
	}
	if files := spoolFiles(t, n); len(files) != 0 {
		t.Errorf("spooled %v after a delivery", files)
	}
}

func TestNotifyGivesUpAndSpools(t *testing.T) {
	tests := []struct {
		name     string
		statuses []int
		requests int
		waits    int
		msg      string
	}{
		{"5xx three times", []int{503, 502, 500}, 3, 2, "3 attempts: webhook answered 500"},
		{"429 honours Retry-After", []int{429, 429, 429}, 3, 2, "429"},
		{"4xx is not retried", []int{400}, 1, 0, "webhook answered 400"},
		{"a redirect is not followed", []int{http.StatusFound}, 1, 0, "302"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			recv := notifytest.NewReceiver(t, tt.statuses...)
			db := filepath.Join(t.TempDir(), "n.db")
			n, waits := testNotifier(t, recv.URL, db)
			res := n.Deliver(context.Background(), testPayload("20261127T020000Z-00000002"))
			bodies, _ := recv.Received()
			if res.sent || len(bodies) != tt.requests || len(*waits) != tt.waits || !strings.Contains(res.err.Error(), tt.msg) {
				t.Fatalf("sent %v after %d requests, %d waits (%v), err %v; want not sent after %d requests, %d waits, err mentioning %q",
					res.sent, len(bodies), len(*waits), *waits, res.err, tt.requests, tt.waits, tt.msg)
			}
			if tt.statuses[0] == 429 && (*waits)[0] != 2*time.Second {
				t.Errorf("first wait %v, want Retry-After's 2s", (*waits)[0])
			}
			want := filepath.Join(db+".notify-spool", "20261127T020000Z-00000002.json")
			if res.spooled != want || !strings.Contains(res.String(), "notification failed") {
				t.Errorf("spooled in %q (%s), want %q", res.spooled, res, want)
			}
			if fi, err := os.Stat(want); err != nil || fi.Mode().Perm() != 0o600 {
				t.Errorf("spool file: %v, %v", fi, err)
			}
		})
	}
}

func TestNotifySpoolResentFirst(t *testing.T) {
	db := filepath.Join(t.TempDir(), "n.db")
	down, _ := testNotifier(t, notifytest.DeadURL(t), db)
	for _, id := range []string{"20261127T020000Z-0000000a", "20261128T020000Z-0000000b"} {
		if res := down.Deliver(context.Background(), testPayload(id)); res.sent || res.spooled == "" {
			t.Fatalf("deliver to a dead receiver: %+v", res)
		}
	}
	// cancelled: nothing is sent, the payload is kept
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	recv := notifytest.NewReceiver(t)
	up, _ := testNotifier(t, recv.URL, db)
	if res := up.Deliver(ctx, testPayload("20261129T020000Z-0000000c")); res.sent || res.spooled == "" {
		t.Fatalf("deliver with a cancelled context: %+v", res)
	}
	if bodies, _ := recv.Received(); len(bodies) != 0 {
		t.Fatalf("%d requests with a cancelled context", len(bodies))
	}
	if files := spoolFiles(t, up); len(files) != 3 {
		t.Fatalf("spool %v, want 3 payloads", files)
	}
	res := up.Deliver(context.Background(), testPayload("20261130T020000Z-0000000d"))
	if !res.sent || res.resent != 3 {
		t.Fatalf("deliver: %+v", res)
	}
	bodies, _ := recv.Received()
	var order []string
	for _, b := range bodies {
		var p Payload
		if err := json.Unmarshal(b, &p); err != nil {
			t.Fatal(err)
		}
		order = append(order, p.RunID[len(p.RunID)-1:])
	}
	if strings.Join(order, "") != "abcd" {
		t.Errorf("sent in order %v, want spooled a, b, c oldest first, then d", order)
	}
	if files := spoolFiles(t, up); len(files) != 0 {
		t.Errorf("spool not emptied: %v", files)
	}
}

func TestNotifySecretStaysOutOfMessages(t *testing.T) {
	var logs bytes.Buffer
	n, err := New(notifytest.DeadURL(t)+"/services/T0/B0/s3cr3tt0ken", filepath.Join(t.TempDir(), "n.db"),
		slog.New(slog.NewTextHandler(&logs, nil)))
	if err != nil {
		t.Fatal(err)
	}
	n.Sleep = func(ctx context.Context, _ time.Duration) error { return nil }
	res := n.Deliver(context.Background(), testPayload("20261127T020000Z-00000003"))
	if res.sent || strings.Contains(res.String(), "s3cr3t") || strings.Contains(logs.String(), "s3cr3t") ||
		!strings.Contains(res.String(), "connection refused") {
		t.Errorf("result %q\nlogs %s", res, &logs)
	}
}

func TestNotifyURLChecked(t *testing.T) {
	for _, u := range []string{"", "ftp://x.example/", "/relative", "http://"} {
		if _, err := New(u, "x.db", slog.Default()); err == nil {
			t.Errorf("New(%q) accepted", u)
		}
	}
}

func TestNotifyRejectedSpoolDoesNotBlock(t *testing.T) {
	db := filepath.Join(t.TempDir(), "n.db")
	down, _ := testNotifier(t, notifytest.DeadURL(t), db)
	for _, id := range []string{"20261127T020000Z-0000000a", "20261128T020000Z-0000000b"} {
		down.Deliver(context.Background(), testPayload(id))
	}
	recv := notifytest.NewReceiver(t, http.StatusUnauthorized) // a is refused, b and c go through
	up, waits := testNotifier(t, recv.URL, db)
	res := up.Deliver(context.Background(), testPayload("20261129T020000Z-0000000c"))
	bodies, _ := recv.Received()
	if !res.sent || res.resent != 1 || len(bodies) != 3 || len(*waits) != 0 {
		t.Fatalf("deliver %+v after %d requests, waits %v", res, len(bodies), *waits)
	}
	if files := spoolFiles(t, up); len(files) != 1 || files[0] != "20261127T020000Z-0000000a.json" {
		t.Errorf("spool %v, want only the refused a", files)
	}
}
