package main

import (
	"bytes"
	"context"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"
)

// hangingServer accepts requests and answers none until the test ends.
func hangingServer(t *testing.T) *httptest.Server {
	release := make(chan struct{})
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		select {
		case <-release:
		case <-r.Context().Done():
		}
	}))
	t.Cleanup(func() { close(release); srv.Close() })
	return srv
}

func TestScanTimeout(t *testing.T) {
	srv := hangingServer(t)
	_, stderr, code := runCLI(t, "scan", "--timeout", "300ms", srv.URL+"/slow")
	if code != 1 || !strings.Contains(stderr, "gave up after 300ms (--timeout)") {
		t.Errorf("exit %d, stderr %q", code, stderr)
	}
	if _, stderr, code := runCLI(t, "scan", "--timeout", "-1s", srv.URL); code != 2 {
		t.Errorf("negative timeout: exit %d, %q", code, stderr)
	}
}

// A signal (the command's context canceled) stops a scan at once: exit 130.
func TestScanInterrupted(t *testing.T) {
	srv := hangingServer(t)
	ctx, cancel := context.WithCancel(context.Background())
	time.AfterFunc(200*time.Millisecond, cancel)
	var out, errb bytes.Buffer
	e := &env{stdout: &out, stderr: &errb, getenv: func(string) string { return "" }}
	if code := exitCode(run(ctx, e, []string{"scan", "--timeout", "0", srv.URL + "/slow"}), e); code != 130 {
		t.Errorf("exit %d, stderr %q; want 130", code, errb.String())
	}
}

func TestScanSaysWhatWasCut(t *testing.T) {
	path := filepath.Join(t.TempDir(), "big.html")
	page := "<html><body><p>Fentanyl citrate 99% $100, add to cart</p>" + strings.Repeat("<p>filler text</p>", 150000) + "</body></html>"
	if err := os.WriteFile(path, []byte(page), 0o600); err != nil {
		t.Fatal(err)
	}
	_, stderr, code := runCLI(t, "scan", "--max-size", "1", path)
	if code != 0 || !strings.Contains(stderr, "only its first 1 MiB were read (--max-size to read more)") {
		t.Errorf("exit %d, stderr %q", code, stderr)
	}
	if _, stderr, _ := runCLI(t, "scan", path); strings.Contains(stderr, "only its first") {
		t.Errorf("a %d-byte page under the default cap was cut: %q", len(page), stderr)
	}
}
