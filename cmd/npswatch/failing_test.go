package main

import (
	"bytes"
	"context"
	"encoding/json"
	"net"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/npswatch/npswatch/crawler"
	"github.com/npswatch/npswatch/notify/notifytest"
)

// A target on a closed port: every monitor run says it fetched nothing and
// counts the runs in a row, the second (--alert-after 2) carries an alert
// with the last error, the third none, and the report's health row flags the target
// with that error instead of "ok" (issue 12).
func TestMonitorAlertsOnUnreachableTarget(t *testing.T) {
	l, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	addr := l.Addr().String()
	l.Close()
	targets := monitorTargets(t, "down.yaml", "http://"+addr, "  - name: down\n    start_urls: [SRV/]\n    rate: 100\n    schedule: every 1h\n")
	db := filepath.Join(t.TempDir(), "down.db")
	recv := notifytest.NewReceiver(t)
	now := time.Now()
	for i := 1; i <= 3; i++ {
		var out, errb bytes.Buffer
		m, err := newMonitor(testEnv(t, &out, &errb), monitorOptions{targets: targets, db: db, once: true, parallel: 1,
			goneAfter: 2, alertAfter: 2, notify: recv.URL + "/hook", userAgent: crawler.DefaultUserAgent, timeout: 5 * time.Second})
		if err != nil {
			t.Fatal(err)
		}
		m.notifier.Sleep = func(ctx context.Context, _ time.Duration) error { return ctx.Err() }
		m.clock = newFakeClock(now.Add(time.Duration(i) * 2 * time.Hour))
		if err := m.run(context.Background()); err != nil {
			t.Fatalf("run %d: %v\n%s\n%s", i, err, &out, &errb)
		}
		bodies, _ := recv.Received()
		if len(bodies) != i {
			t.Fatalf("run %d: %d notifications\n%s", i, len(bodies), &out)
		}
		p := decodePayload(t, bodies[i-1])
		alerted := i == 2
		if p.FailingRuns != i || (p.Alert != "") != alerted || !strings.Contains(out.String(), "unreachable") ||
			strings.Contains(out.String(), "ALERT") != alerted {
			t.Errorf("run %d: failing_runs %d, alert %q; want %d, alert %v\n%s", i, p.FailingRuns, p.Alert, i, alerted, &out)
		}
		if alerted && !strings.Contains(p.Alert, "robots.txt unreachable") {
			t.Errorf("run %d: alert %q does not give the last error", i, p.Alert)
		}
	}
	out, _, code := runCLI(t, "report", "--db", db, "--format", "json")
	if code != 0 {
		t.Fatalf("report exit %d", code)
	}
	var r struct {
		Health []struct {
			Target      string   `json:"target"`
			LastError   string   `json:"last_error"`
			FailingRuns int      `json:"failing_runs"`
			Flags       []string `json:"flags"`
			LastSuccess *string  `json:"last_success"`
		} `json:"health"`
	}
	if err := json.Unmarshal([]byte(out), &r); err != nil {
		t.Fatal(err)
	}
	if len(r.Health) != 1 || !strings.Contains(r.Health[0].LastError, "robots.txt unreachable") ||
		!strings.Contains(strings.Join(r.Health[0].Flags, ","), "unreachable in the last 3 runs") {
		t.Errorf("health %+v\n%s", r.Health, out)
	}
}
