package main

import (
	"bytes"
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/npswatch/npswatch"
)

// runCmd runs one command's run function in-process, as runCLI does for the
// registered commands, and returns stdout, stderr and the exit code.
func runCmd(t *testing.T, fn func(context.Context, *env, []string) error, args ...string) (string, string, int) {
	t.Helper()
	var out, errb bytes.Buffer
	e := testEnv(t, &out, &errb)
	code := exitCode(fn(context.Background(), e, args), e)
	return out.String(), errb.String(), code
}

func testEnv(t *testing.T, out, errb *bytes.Buffer) *env {
	dir := t.TempDir()
	return &env{stdout: out, stderr: errb, getenv: func(k string) string {
		if k == "NPSWATCH_DB" {
			return filepath.Join(dir, "default.db")
		}
		return ""
	}}
}

func writeFile(t *testing.T, name, content string) string {
	t.Helper()
	p := filepath.Join(t.TempDir(), name)
	if err := os.WriteFile(p, []byte(content), 0o600); err != nil {
		t.Fatal(err)
	}
	return p
}

func TestTargetsCheckExample(t *testing.T) {
	path := filepath.Join("..", "..", "seeds", "targets.example.yaml")
	out, errOut, code := runCmd(t, runTargets, "check", path)
	if code != 0 || !strings.HasPrefix(out, path+": 2 targets ok") {
		t.Fatalf("exit %d\nstdout: %s\nstderr: %s", code, out, errOut)
	}
	set, err := loadTargetSet(path, defaultTarget())
	if err != nil {
		t.Fatal(err)
	}
	b2b := set.Targets[0]
	if set.Loc.String() != "Europe/Vienna" || b2b.Schedule != "daily at 02:30" || set.Schedules[0].String() != "daily at 02:30" ||
		strings.Join(b2b.Tags, ",") != "b2b,precursors" || !strings.Contains(b2b.Notes, "WhatsApp") ||
		set.Schedules[1].String() != "weekly on sun at 04:00" || !strings.Contains(set.Targets[1].Notes, "mirror") {
		t.Errorf("example read wrong: loc %v, targets %+v, schedules %v", set.Loc, set.Targets, set.Schedules)
	}
}

func TestTargetsCheckProblems(t *testing.T) {
	path := writeFile(t, "bad.yaml", `timezone: Mars/Olympus
defaults:
  rate: 1
  schedule: daily at 3am
  notes: not here
targets:
  - name: a
    start_urls: [https://a.example/]
    schedule: every 1m
  - name: a
    start_url: [https://b.example/]
    depht: 2
  - start_urls: [ftp://c.example/]
    depth: -2
    schedule: weekly on funday at 02:00
  - start_urls: [https://d.example/]
    schedule: hourly
  - name: ok
    start_urls: [https://e.example/]
    rate: fast
    tags: [x, ""]
    schedule: daily at 02:00
  - name: zero
    start_urls:
      - https://f.example/
      - f.example/shop
    concurrency: 0
    max_pages: three
frequency: daily
`)
	out, errOut, code := runCmd(t, runTargets, "check", path)
	if code != 2 || out != "" {
		t.Fatalf("exit %d, stdout %q; want 2 and nothing on stdout", code, out)
	}
	want := []string{
		path + `:1: timezone "Mars/Olympus": not an IANA time zone name`,
		path + `:4: defaults: schedule "daily at 3am": "3am" is not a time of day`,
		path + `:5: defaults: notes belongs to a target`,
		path + `:9: target "a": schedule "every 1m": 1m is shorter than the 5m0s minimum`,
		path + `:10: duplicate target name "a" (first at line 7)`,
		path + `:10: target "a": no start URLs`,
		path + `:11: unknown key "start_url" (did you mean "start_urls"?)`,
		path + `:12: unknown key "depht" (did you mean "depth"?)`,
		path + `:13: target "ftp://c.example/": start URL "ftp://c.example/" is not an absolute http(s) URL`,
		path + `:14: target "ftp://c.example/": depth -2 is negative`,
		path + `:15: target "#3": schedule "weekly on funday at 02:00": "funday" is not a weekday`,
		path + `:16: target #4 has a schedule but no name`,
		path + `:20: rate: must be a number, got "fast"`,
		path + `:21: target "ok": empty tag`,
		path + `:26: target "zero": start URL "f.example/shop" is not an absolute http(s) URL`,
		path + `:27: target "zero": concurrency 0: want at least 1 request in flight per host`,
		path + `:28: max_pages: must be a whole number, got "three"`,
		path + `:29: unknown key "frequency" (known: timezone, defaults, targets)`,
		path + ": 18 problems",
	}
	for _, w := range want {
		if !strings.Contains(errOut, w) {
			t.Errorf("stderr lacks %q", w)
		}
	}
	// problems come in line order, each on a line of its own
	lines := strings.Split(strings.TrimSpace(errOut), "\n")
	if len(lines) != 19 {
		t.Errorf("%d lines on stderr, want 18 problems and the count:\n%s", len(lines), errOut)
	}
	if t.Failed() {
		t.Logf("stderr:\n%s", errOut)
	}

	// crawl and monitor refuse the same file with the same problems
	if _, err := loadTargets(path, defaultTarget()); err == nil || !strings.Contains(err.Error(), `:16: target #4 has a schedule but no name`) {
		t.Errorf("loadTargets: %v", err)
	}
}

func TestTargetsCheckUsage(t *testing.T) {
	for _, tt := range []struct {
		args []string
		msg  string
		code int
	}{
		{nil, "targets check FILE", 2},
		{[]string{"lint", "x.yaml"}, "targets check FILE", 2},
		{[]string{"check"}, "one targets file", 2},
		{[]string{"check", "a.yaml", "b.yaml"}, "one targets file", 2},
		{[]string{"check", "/nonexistent/t.yaml"}, "no such file", 2},
		{[]string{"check", writeFile(t, "syntax.yaml", "targets:\n  - name: [\n")}, "syntax.yaml:2: did not find expected node content", 2},
		{[]string{"check", writeFile(t, "empty.yaml", "")}, "empty.yaml: empty file: no targets", 2},
		{[]string{"check", writeFile(t, "none.yaml", "targets: []\n")}, "none.yaml:1: no targets", 2},
	} {
		_, errOut, code := runCmd(t, runTargets, tt.args...)
		if code != tt.code || !strings.Contains(errOut, tt.msg) {
			t.Errorf("targets %q: exit %d, stderr %q; want %d mentioning %q", tt.args, code, errOut, tt.code, tt.msg)
		}
	}
	ok := writeFile(t, "ok.yaml", "targets:\n  - name: one\n    start_urls: [https://a.example/]\n")
	if out, _, code := runCmd(t, runTargets, "check", ok); code != 0 || !strings.HasPrefix(out, ok+": 1 targets ok (0 scheduled, timezone UTC)") {
		t.Errorf("exit %d, stdout %q", code, out)
	}
}

// requisites and requisite_hosts are read, defaulted and checked.
func TestTargetsRequisites(t *testing.T) {
	good := writeFile(t, "good.yaml", `defaults:
  rate: 1
  requisites: none
targets:
  - name: shop
    start_urls: [https://shop.example/]
    requisites: all
    requisite_hosts: [cdn.example.net, img.example.org:8443]
  - name: quiet
    start_urls: [https://quiet.example/]
`)
	ts, err := loadTargets(good, defaultTarget())
	if err != nil {
		t.Fatal(err)
	}
	if ts[0].Requisites != npswatch.RequisitesAll || strings.Join(ts[0].RequisiteHosts, " ") != "cdn.example.net img.example.org:8443" ||
		ts[1].Requisites != npswatch.RequisitesNone {
		t.Errorf("targets %+v", ts)
	}
	bad := writeFile(t, "bad.yaml", `targets:
  - name: shop
    rate: 1
    start_urls: [https://shop.example/]
    requisites: sometimes
    requisite_hosts: ["https://cdn.example.net/img"]
`)
	_, errOut, code := runCmd(t, runTargets, "check", bad)
	if code != 2 || !strings.Contains(errOut, `requisites "sometimes": want images, all or none`) ||
		!strings.Contains(errOut, `requisite host "https://cdn.example.net/img" is not a host name`) {
		t.Errorf("exit %d:\n%s", code, errOut)
	}
}
