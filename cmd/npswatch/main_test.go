package main

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"net"
	"net/http"
	"net/http/httptest"
	"os"
	"os/exec"
	"path/filepath"
	"sort"
	"strings"
	"sync/atomic"
	"testing"
	"time"

	"github.com/npswatch/npswatch"
)

// binary is the npswatch binary built once for the tests that need a real
// process (SIGKILL and resume).
var binary string

func TestMain(m *testing.M) {
	dir, err := os.MkdirTemp("", "npswatch-test-")
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(1)
	}
	binary = filepath.Join(dir, "npswatch")
	if out, err := exec.Command("go", "build", "-o", binary, ".").CombinedOutput(); err != nil {
		fmt.Fprintf(os.Stderr, "go build: %v\n%s", err, out)
		os.Exit(1)
	}
	code := m.Run()
	os.RemoveAll(dir)
	os.Exit(code)
}

// runCLI runs the CLI in-process and returns stdout, stderr and the exit code.
// mustCLI runs the CLI and fails the test unless it exits 0; it returns
// stdout.
func mustCLI(t *testing.T, args ...string) string {
	t.Helper()
	out, errOut, code := runCLI(t, args...)
	if code != 0 {
		t.Fatalf("npswatch %s: exit %d\n%s\n%s", strings.Join(args, " "), code, out, errOut)
	}
	return out
}

func runCLI(t *testing.T, args ...string) (string, string, int) {
	t.Helper()
	var out, errb bytes.Buffer
	e := &env{stdout: &out, stderr: &errb, getenv: func(k string) string {
		if k == "NPSWATCH_DB" {
			return filepath.Join(t.TempDir(), "default.db")
		}
		return ""
	}}
	code := exitCode(run(context.Background(), e, args), e)
	return out.String(), errb.String(), code
}

// products of the test marketplace: name, CAS shown ("" = none), claim sentence.
var products = []struct{ name, cas, claim string }{
	{"N-Phenethyl-4-piperidone (NPP) 99%", "39742-60-4", "Reship for free if the parcel is seized by customs."},
	{"4-ANPP powder", "21409-26-7", "Stealth packaging, vacuum sealed."},
	{"4-Anilinopiperidine", "23056-29-3", ""},
	{"tert-Butyl 4-oxopiperidine-1-carboxylate", "79099-07-3", "Declared as detergent on the customs form."},
	{"Sodium chloride", "7647-14-5", ""},
	{"Xylazine hydrochloride", "", ""},
	{"Product 77 (see CAS)", "59708-52-0", ""},
	{"Citric acid", "77-92-9", ""},
}

// marketplace serves a small invented shop: a catalogue page linking to
// detail pages; extra filler pages make the crawl long enough to interrupt.
func marketplace(t *testing.T, filler int, requests *atomic.Int64) *httptest.Server {
	t.Helper()
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		requests.Add(1)
		w.Header().Set("Content-Type", "text/html; charset=utf-8")
		head := "<!doctype html><html><head><meta charset='utf-8'><title>%s</title></head><body><nav><a href='/'>Home</a></nav>"
		switch {
		case r.URL.Path == "/robots.txt":
			w.Header().Set("Content-Type", "text/plain")
			fmt.Fprint(w, "User-agent: *\nDisallow: /admin/\n")
		case r.URL.Path == "/":
			fmt.Fprintf(w, head, "Test Chem Shop")
			fmt.Fprint(w, "<h1>Catalogue</h1><table><tr><th>Product Name</th><th>CAS No.</th><th>Price</th></tr>")
			for i, p := range products {
				fmt.Fprintf(w, "<tr><td><a href='/product/%d'>%s</a></td><td>%s</td><td>$%d</td></tr>", i, p.name, p.cas, 10+i)
			}
			fmt.Fprint(w, "</table><a href='/admin/secret'>admin</a>")
			for i := 0; i < filler; i++ {
				fmt.Fprintf(w, " <a href='/info/%d'>info %d</a>", i, i)
			}
			fmt.Fprint(w, "</body></html>")
		case strings.HasPrefix(r.URL.Path, "/product/"):
			var i int
			if _, err := fmt.Sscanf(r.URL.Path, "/product/%d", &i); err != nil || i < 0 || i >= len(products) {
				http.NotFound(w, r)
				return
			}
			p := products[i]
			fmt.Fprintf(w, head, p.name)
			fmt.Fprintf(w, "<h1>%s</h1><table><tr><th>Product name</th><td>%s</td></tr><tr><th>CAS No.</th><td>%s</td></tr>"+
				"<tr><th>Purity</th><td>99%%</td></tr></table><div class='description'><p>High quality. %s</p></div></body></html>",
				p.name, p.name, p.cas, p.claim)
		case strings.HasPrefix(r.URL.Path, "/info/"):
			fmt.Fprintf(w, head, "Info")
			fmt.Fprint(w, "<p>Company information.</p></body></html>")
		case strings.HasPrefix(r.URL.Path, "/admin/"):
			t.Errorf("robots.txt-forbidden page fetched: %s", r.URL.Path)
		default:
			http.NotFound(w, r)
		}
	}))
	t.Cleanup(srv.Close)
	return srv
}

// stableRecords reads JSON lines and drops the fields that differ between
// two crawls of the same site (times, run and capture ids).
func stableRecords(t *testing.T, jsonl string) []string {
	t.Helper()
	var out []string
	for _, line := range strings.Split(strings.TrimSpace(jsonl), "\n") {
		if line == "" {
			continue
		}
		var m map[string]any
		if err := json.Unmarshal([]byte(line), &m); err != nil {
			t.Fatalf("not JSON: %q: %v", line, err)
		}
		for _, k := range []string{"first_seen", "last_seen", "fetched_at", "run_id", "capture_id"} {
			delete(m, k)
		}
		b, _ := json.Marshal(m)
		out = append(out, string(b))
	}
	sort.Strings(out)
	return out
}

func TestCrawlHitsListingsEndToEnd(t *testing.T) {
	var n atomic.Int64
	srv := marketplace(t, 0, &n)
	db := filepath.Join(t.TempDir(), "e2e.db")
	out, errOut, code := runCLI(t, "crawl", "--db", db, "--depth", "2", "--rate", "100", srv.URL+"/")
	if code != 0 {
		t.Fatalf("crawl exit %d\nstdout: %s\nstderr: %s", code, out, errOut)
	}
	if !strings.Contains(out, "fetched ") {
		t.Errorf("no summary line: %q", out)
	}
	hits, _, code := runCLI(t, "hits", "--db", db, "--format", "jsonl")
	if code != 0 {
		t.Fatalf("hits exit %d", code)
	}
	found := map[string]bool{}
	for _, line := range strings.Split(strings.TrimSpace(hits), "\n") {
		var h struct {
			URL       string `json:"url"`
			Substance struct {
				ID, CAS string
			} `json:"substance"`
			Match struct {
				Kind string
			} `json:"match"`
			ListingID string `json:"listing_id"`
			ID        string `json:"id"`
			FirstSeen string `json:"first_seen"`
		}
		if err := json.Unmarshal([]byte(line), &h); err != nil {
			t.Fatalf("hit line %q: %v", line, err)
		}
		if h.ID == "" || h.ListingID == "" || h.FirstSeen == "" || h.URL == "" {
			t.Errorf("hit misses contract fields: %s", line)
		}
		found[strings.TrimPrefix(h.URL, srv.URL)+" "+h.Substance.CAS] = true
	}
	for _, want := range []string{"/product/0 39742-60-4", "/product/1 21409-26-7", "/product/2 23056-29-3",
		"/product/3 79099-07-3", "/product/5 7361-61-7", "/product/6 59708-52-0", "/ 39742-60-4", "/ 59708-52-0"} {
		if !found[want] {
			t.Errorf("missing hit %s; got %v", want, found)
		}
	}
	for k := range found {
		if strings.Contains(k, "7647-14-5") || strings.Contains(k, "77-92-9") || strings.HasPrefix(k, "/product/4 ") || strings.HasPrefix(k, "/product/7 ") {
			t.Errorf("benign product hit: %s", k)
		}
	}
	if future, _, code := runCLI(t, "hits", "--db", db, "--format", "jsonl", "--since", "2999-01-01"); code != 0 || future != "" {
		t.Errorf("hits --since in the future: exit %d, output %q", code, future)
	}
	if recent, _, _ := runCLI(t, "hits", "--db", db, "--format", "jsonl", "--since", "1h"); recent != hits {
		t.Errorf("hits --since 1h differs from all hits")
	}
	csvOut, _, code := runCLI(t, "hits", "--db", db, "--format", "csv")
	if code != 0 || !strings.HasPrefix(csvOut, strings.Join(hitColumns, ",")+"\n") {
		t.Errorf("csv header wrong (exit %d): %q", code, strings.SplitN(csvOut, "\n", 2)[0])
	}
	listings, _, code := runCLI(t, "listings", "--db", db, "--format", "jsonl")
	if code != 0 || !strings.Contains(listings, `"claims":[{"kind":"reship"`) {
		t.Errorf("listings (exit %d) lack the reship claim:\n%s", code, listings)
	}
}

func TestBadArguments(t *testing.T) {
	db := filepath.Join(t.TempDir(), "x.db")
	garbage := filepath.Join(t.TempDir(), "garbage.db")
	os.WriteFile(garbage, []byte("this is not a bolt database, just text"), 0o600)
	tests := []struct {
		name string
		args []string
		code int
		msg  string
	}{
		{"no command", nil, 2, "no command"},
		{"unknown command", []string{"crawl2"}, 2, "unknown command"},
		{"crawl without urls", []string{"crawl", "--db", db}, 2, "give start URLs"},
		{"crawl bad url", []string{"crawl", "--db", db, "ftp://x.example/"}, 2, "not an absolute http(s) URL"},
		{"crawl concurrency 0", []string{"crawl", "--db", db, "--concurrency", "0", "http://127.0.0.1:1/"}, 2, "--concurrency 0: want at least 1"},
		{"version argument", []string{"version", "extra"}, 2, "version takes no arguments"},
		{"crawl bad proxy", []string{"crawl", "--db", db, "--proxy", "gopher://p:1", "http://127.0.0.1:1/"}, 2, "scheme"},
		{"crawl bad depth", []string{"crawl", "--db", db, "--depth", "x", "http://127.0.0.1:1/"}, 2, "invalid value"},
		{"crawl zero rate", []string{"crawl", "--db", db, "--rate", "0", "http://127.0.0.1:1/"}, 2, "--rate"},
		{"resume with urls", []string{"crawl", "--db", db, "--resume", "http://127.0.0.1:1/"}, 2, "--resume"},
		{"resume nothing", []string{"crawl", "--db", db, "--resume"}, 2, "no unfinished crawl"},
		{"hits no db", []string{"hits", "--db", filepath.Join(t.TempDir(), "none.db")}, 3, "no database"},
		{"hits garbage db", []string{"hits", "--db", garbage}, 3, garbage},
		{"hits bad format", []string{"hits", "--db", db, "--format", "xml"}, 2, "--format"},
		{"hits bad since", []string{"hits", "--db", db, "--since", "yesterday"}, 2, "--since"},
		{"scan missing file", []string{"scan", "/nonexistent/page.html"}, 2, "no such file"},
		{"scan bad base", []string{"scan", "x.html", "--base-url", "nope"}, 2, "--base-url"},
		{"watchlist bad", []string{"watchlist", "frobnicate"}, 2, "search TERM"},
		{"targets missing", []string{"crawl", "--db", db, "--targets", "/nonexistent.yaml"}, 2, "targets file"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, errOut, code := runCLI(t, tt.args...)
			if code != tt.code || !strings.Contains(errOut, tt.msg) {
				t.Errorf("exit %d, stderr %q; want exit %d mentioning %q", code, errOut, tt.code, tt.msg)
			}
		})
	}
	if b, _ := os.ReadFile(garbage); string(b) != "this is not a bolt database, just text" {
		t.Error("a failed open changed the file")
	}
}

func TestTargetsFile(t *testing.T) {
	ts, err := loadTargets(filepath.Join("..", "..", "seeds", "targets.example.yaml"), defaultTestTarget())
	if err != nil {
		t.Fatal(err)
	}
	if len(ts) != 2 || ts[0].Depth != 4 || ts[0].Rate != 1 || ts[1].Proxy != "socks5h://127.0.0.1:9050" || ts[1].Rate != 0.2 {
		t.Errorf("example targets parsed wrong: %+v", ts)
	}
	bad := filepath.Join(t.TempDir(), "bad.yaml")
	os.WriteFile(bad, []byte("targets:\n  - name: ok\n    start_urls: [https://a.example/]\n  - name: broken\n    start_urls: [notaurl]\n    depth: -1\n"), 0o600)
	_, err = loadTargets(bad, defaultTestTarget())
	if err == nil || !strings.Contains(err.Error(), "bad.yaml:6: target \"broken\": depth -1") || !strings.Contains(err.Error(), "bad.yaml:5: target \"broken\": start URL \"notaurl\"") {
		t.Errorf("error %v does not name the bad depth at its line 6 and the bad URL at its line 5", err)
	}
	typo := filepath.Join(t.TempDir(), "typo.yaml")
	os.WriteFile(typo, []byte("targets:\n  - name: x\n    start_url: [https://a.example/]\n"), 0o600)
	if _, err := loadTargets(typo, defaultTestTarget()); err == nil || !strings.Contains(err.Error(), "start_url") {
		t.Errorf("unknown key not reported: %v", err)
	}
}

// TestKillAndResume kills a real crawl with SIGKILL halfway, resumes it and
// compares listings and hits with an uninterrupted crawl of the same site.
func TestKillAndResume(t *testing.T) {
	if testing.Short() {
		t.Skip("builds and kills a real process")
	}
	var n atomic.Int64
	srv := marketplace(t, 40, &n)
	dir := t.TempDir()
	full := filepath.Join(dir, "full.db")
	if out, err := exec.Command(binary, "crawl", "--db", full, "--rate", "200", "--depth", "2", srv.URL+"/").CombinedOutput(); err != nil {
		t.Fatalf("uninterrupted crawl: %v\n%s", err, out)
	}
	total := n.Load()

	n.Store(0)
	killed := filepath.Join(dir, "killed.db")
	cmd := exec.Command(binary, "crawl", "--db", killed, "--rate", "20", "--depth", "2", srv.URL+"/")
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	deadline := time.Now().Add(20 * time.Second)
	for n.Load() < total/2 && time.Now().Before(deadline) {
		time.Sleep(5 * time.Millisecond)
	}
	cmd.Process.Kill() // SIGKILL: no chance to clean up
	cmd.Wait()
	if n.Load() >= total {
		t.Fatalf("the crawl finished (%d requests) before it was killed", n.Load())
	}
	if out, err := exec.Command(binary, "crawl", "--db", killed, "--resume").CombinedOutput(); err != nil {
		t.Fatalf("resume: %v\n%s", err, out)
	}
	for _, what := range []string{"listings", "hits"} {
		a, err := exec.Command(binary, what, "--db", full, "--format", "jsonl").Output()
		if err != nil {
			t.Fatal(err)
		}
		b, err := exec.Command(binary, what, "--db", killed, "--format", "jsonl").Output()
		if err != nil {
			t.Fatal(err)
		}
		ra, rb := stableRecords(t, string(a)), stableRecords(t, string(b))
		if len(ra) == 0 {
			t.Fatalf("no %s at all", what)
		}
		if strings.Join(ra, "\n") != strings.Join(rb, "\n") {
			t.Errorf("%s differ after kill+resume:\nuninterrupted:\n%s\nresumed:\n%s", what, strings.Join(ra, "\n"), strings.Join(rb, "\n"))
		}
	}
}

func defaultTestTarget() npswatch.Target {
	return npswatch.Target{Depth: 3, Rate: 1, Concurrency: 2, MaxPages: 5000}
}

func TestDemo(t *testing.T) {
	out, errOut, code := runCLI(t, "demo", "--format", "jsonl")
	if code != 0 {
		t.Fatalf("demo exit %d: %s", code, errOut)
	}
	pages := map[string]bool{}
	subs := map[string]bool{}
	for _, line := range strings.Split(strings.TrimSpace(out), "\n") {
		var h struct {
			URL       string `json:"url"`
			Substance struct {
				Name, Class string
			} `json:"substance"`
		}
		if err := json.Unmarshal([]byte(line), &h); err != nil {
			t.Fatalf("demo output line %q: %v", line, err)
		}
		path := h.URL[strings.LastIndex(h.URL, "/"):]
		pages[path] = true
		subs[h.Substance.Name] = true
	}
	// seeds/demo/EXPECTED.md: the negative pages never hit
	for _, neg := range []string{"/test-strips.html", "/sodium-bicarbonate.html", "/news.html", "/supplier.html"} {
		if pages[neg] {
			t.Errorf("negative page %s produced a hit", neg)
		}
	}
	if len(pages) < 6 || len(subs) < 8 {
		t.Errorf("demo found hits on %d pages for %d substances; want most of the 8 pages / 10 substances of EXPECTED.md:\n%s", len(pages), len(subs), out)
	}
}

func TestIgnoreRobotsIsRecorded(t *testing.T) {
	var secret atomic.Int64
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		switch r.URL.Path {
		case "/robots.txt":
			fmt.Fprint(w, "User-agent: *\nDisallow: /private/\n")
		case "/":
			fmt.Fprint(w, "<html><body><a href='/private/list'>list</a></body></html>")
		case "/private/list":
			secret.Add(1)
			fmt.Fprint(w, "<html><body><h1>Carfentanil 99%</h1><p>CAS 59708-52-0</p></body></html>")
		}
	}))
	defer srv.Close()
	db := filepath.Join(t.TempDir(), "r.db")
	if _, errOut, code := runCLI(t, "crawl", "--db", db, "--rate", "100", srv.URL+"/"); code != 0 {
		t.Fatalf("crawl: %s", errOut)
	}
	if secret.Load() != 0 {
		t.Fatal("robots.txt was not obeyed")
	}
	if _, errOut, code := runCLI(t, "crawl", "--db", db, "--rate", "100", "--ignore-robots", srv.URL+"/"); code != 0 {
		t.Fatalf("crawl --ignore-robots: %s", errOut)
	}
	if secret.Load() != 1 {
		t.Fatalf("with --ignore-robots the disallowed page was fetched %d times, want 1", secret.Load())
	}
	out, _, code := runCLI(t, "runs", "--db", db, "--format", "jsonl")
	lines := strings.Split(strings.TrimSpace(out), "\n")
	if code != 0 || len(lines) != 2 {
		t.Fatalf("runs: exit %d, %d lines", code, len(lines))
	}
	// newest first: the second crawl overrode robots.txt, the first did not
	for i, want := range []bool{true, false} {
		var r struct {
			State         string `json:"state"`
			IgnoredRobots bool   `json:"ignored_robots"`
		}
		json.Unmarshal([]byte(lines[i]), &r)
		if r.IgnoredRobots != want || r.State != "done" {
			t.Errorf("run %d: %+v, want ignored_robots=%v state=done", i, r, want)
		}
	}
}

func TestCSVSafe(t *testing.T) {
	for in, want := range map[string]string{"=HYPERLINK(\"x\")": "'=HYPERLINK(\"x\")", "+1 555": "'+1 555", "-5": "-5",
		"@cmd": "'@cmd", "NPP": "NPP", "": "", "0.99": "0.99"} {
		if got := csvSafe(in); got != want {
			t.Errorf("csvSafe(%q) = %q, want %q", in, got, want)
		}
	}
	if got := stripControl("a\x1b[31mred\x07"); got != "a[31mred" {
		t.Errorf("stripControl = %q", got)
	}
}

// A --db in a folder that does not exist is refused, naming the folder, and
// nothing is created; the default location's folders are made (issue 12).
func TestDBFolderMustExist(t *testing.T) {
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if r.URL.Path != "/" {
			http.NotFound(w, r)
			return
		}
		fmt.Fprint(w, "<html><body>hello</body></html>")
	}))
	defer srv.Close()
	root := t.TempDir()
	typo := filepath.Join(root, "cases", "2026", "npswatch.db")
	_, errOut, code := runCLI(t, "crawl", "--db", typo, "--rate", "100", srv.URL+"/")
	if code != 3 || !strings.Contains(errOut, "folder "+filepath.Dir(typo)+" does not exist") {
		t.Errorf("crawl into a missing folder: exit %d: %s", code, errOut)
	}
	if _, err := os.Stat(filepath.Join(root, "cases")); err == nil {
		t.Error("the missing folders were created")
	}
	if _, errOut, code := runCLI(t, "triage", "--db", filepath.Join(root, "none.db"), "--status", "confirmed", "abc"); code != 3 ||
		!strings.Contains(errOut, "no database there") {
		t.Errorf("triage on a missing database: exit %d: %s", code, errOut)
	}
	if _, err := os.Stat(filepath.Join(root, "none.db")); err == nil {
		t.Error("triage created a database")
	}
	// the default location (XDG data dir) gets its folders
	xdg := filepath.Join(root, "xdg")
	var out, errb bytes.Buffer
	e := &env{stdout: &out, stderr: &errb, getenv: func(k string) string {
		if k == "XDG_DATA_HOME" {
			return xdg
		}
		return ""
	}}
	if code := exitCode(run(context.Background(), e, []string{"crawl", "--rate", "100", srv.URL + "/"}), e); code != 0 {
		t.Fatalf("crawl into the default location: exit %d: %s", code, errb.String())
	}
	if _, err := os.Stat(filepath.Join(xdg, "npswatch", "npswatch.db")); err != nil {
		t.Errorf("default database not created: %v", err)
	}
}

// A site that cannot be reached is a failure, not a skip: a closed port's
// page is failed (robots.txt unreachable) and the crawl exits 5 (issue 12).
func TestCrawlUnreachable(t *testing.T) {
	l, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	addr := l.Addr().String()
	l.Close()
	out, errOut, code := runCLI(t, "crawl", "--db", filepath.Join(t.TempDir(), "u.db"), "--rate", "100", "http://"+addr+"/")
	if code != 5 || !strings.Contains(out, "fetched 0, failed 1, skipped 0") || !strings.Contains(errOut, "robots.txt unreachable") {
		t.Errorf("crawl of a closed port: exit %d\n%s\n%s", code, out, errOut)
	}
}

// The demo's table is for a newcomer (issue 12): 100 columns, the site's
// banner claim said once instead of on every row, one row per offer (a
// card and its detail page are one row), no database path it then deletes,
// and what to run next.
func TestDemoTable(t *testing.T) {
	out, errOut, code := runCLI(t, "demo")
	if code != 0 {
		t.Fatalf("demo exit %d: %s", code, errOut)
	}
	for _, line := range strings.Split(out, "\n") {
		if n := len([]rune(line)); n > 100 {
			t.Errorf("line of %d columns: %q", n, line)
		}
	}
	if strings.Count(out, "reship") > 4 || !strings.Contains(out, "site's own claim (banner, FAQ): reship") {
		t.Errorf("the banner's reship claim is not said once:\n%s", out)
	}
	rows := map[string]int{}
	for _, line := range strings.Split(out, "\n") {
		if f := strings.Fields(line); len(f) > 3 && (f[0] == "critical" || f[0] == "high" || f[0] == "medium") {
			rows[f[1]]++
		}
	}
	if rows["NPP"] != 1 || rows["ANPP"] != 1 || rows["Isotonitazene"] != 1 || len(rows) < 8 {
		t.Errorf("rows per substance %v, want one for NPP, ANPP and isotonitazene (card and detail page)\n%s", rows, out)
	}
	var subs, offers, pages, n int
	if _, err := fmt.Sscanf(out[strings.Index(out, "Found"):], "Found %d substances in %d offers on %d pages.", &subs, &offers, &pages); err != nil {
		t.Fatalf("no count line: %v\n%s", err, out)
	}
	for _, c := range rows {
		n += c
	}
	if subs != 10 || pages != 8 || offers != n {
		t.Errorf("%d substances in %d offers on %d pages, %d rows; want 10 on 8 pages, a row per offer", subs, offers, pages, n)
	}
	if !strings.Contains(out, "seen on catalog-1, product-npp") {
		t.Errorf("the NPP offer does not name both pages:\n%s", out)
	}
	// (the next steps name "case.db", a file of the analyst's own; the
	// demo's database is demo.db in a folder it deletes)
	if strings.Contains(out+errOut, "demo.db") || !strings.Contains(out, "Next steps:") ||
		!strings.Contains(out, "npswatch demo --keep") || strings.Contains(out, "1-boc-4-Piperidone") {
		t.Errorf("demo names a database it deletes, suggests nothing, or keeps the old casing:\n%s\n%s", out, errOut)
	}
}
