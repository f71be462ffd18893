package main

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"io"
	"net"
	"net/http"
	"os"
	"os/exec"
	"slices"
	"strings"
	"syscall"
	"time"
)

// serve serves s on a random port of 127.0.0.1 and returns its base URL.
func serve(s *site) (base string, shutdown func(), err error) {
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		return "", nil, err
	}
	srv := &http.Server{Handler: s, ReadHeaderTimeout: 10 * time.Second}
	go srv.Serve(ln)
	return "http://" + ln.Addr().String(), func() {
		ctx, cancel := context.WithTimeout(context.Background(), 5*time.Second)
		defer cancel()
		srv.Shutdown(ctx)
	}, nil
}

// result is one crawl of one crawler.
type result struct {
	round   int
	crawler string
	counts  counts        // what the server served during the crawl
	wall    time.Duration // child start to exit
	cpu     time.Duration // child user+sys
	rssKiB  int64         // child Maxrss (Linux reports KiB)
	dbBytes int64         // npswatch database size at exit; -1 for colly
	note    string        // npswatch's summary line, or colly's errors
}

func (r result) pagesPerSec() float64 { return float64(r.counts.HTML) / r.wall.Seconds() }

func (r result) cpuMsPerPage() float64 {
	return float64(r.cpu.Microseconds()) / 1000 / float64(max(r.counts.HTML, 1))
}

func (r result) dbPerPage() float64 {
	if r.dbBytes < 0 {
		return -1
	}
	return float64(r.dbBytes) / float64(max(r.counts.HTML, 1))
}

// measure runs cmd to its end as one crawl of s; db is the database file it
// writes ("" for none).
func measure(ctx context.Context, s *site, crawler string, cmd *exec.Cmd, db string) (result, error) {
	var stdout, stderr bytes.Buffer
	cmd.Stdout, cmd.Stderr = &stdout, &stderr
	s.reset()
	t0 := time.Now()
	err := cmd.Run()
	wall := time.Since(t0)
	r := result{crawler: crawler, counts: s.reset(), wall: wall, dbBytes: -1}
	if err != nil {
		if ctx.Err() != nil {
			return r, ctx.Err()
		}
		return r, fmt.Errorf("%s: %w\n%s%s", strings.Join(cmd.Args, " "), err, tail(stdout.String()), tail(stderr.String()))
	}
	ru, ok := cmd.ProcessState.SysUsage().(*syscall.Rusage)
	if !ok {
		return r, errors.New("no rusage for the child process on this system")
	}
	r.cpu = time.Duration(syscall.TimevalToNsec(ru.Utime) + syscall.TimevalToNsec(ru.Stime))
	r.rssKiB = ru.Maxrss
	if db != "" {
		fi, err := os.Stat(db)
		if err != nil {
			return r, fmt.Errorf("%s: database: %w", crawler, err)
		}
		r.dbBytes = fi.Size()
		if lines := strings.Split(strings.TrimSpace(stdout.String()), "\n"); len(lines) > 0 {
			r.note = lines[0]
		}
	} else if out := strings.TrimSpace(stdout.String()); !strings.HasSuffix(out, "errors 0") {
		r.note = out
	}
	return r, nil
}

// tail is the last 2,000 bytes of s.
func tail(s string) string {
	if len(s) > 2000 {
		s = "…" + s[len(s)-2000:]
	}
	if s != "" && !strings.HasSuffix(s, "\n") {
		s += "\n"
	}
	return s
}

const header = "round  crawler    pages    dup robots  other   wall_s   pages/s cpu_ms/page rss_MiB db_B/page"

func printResult(w io.Writer, r result) {
	printRow(w, fmt.Sprint(r.round), r.crawler, float64(r.counts.HTML), float64(r.counts.HTML+r.counts.Robots+r.counts.Other-r.counts.Distinct),
		float64(r.counts.Robots), float64(r.counts.Other), r.wall.Seconds(), r.pagesPerSec(), r.cpuMsPerPage(), float64(r.rssKiB)/1024, r.dbPerPage())
}

func printRow(w io.Writer, round, crawler string, pages, dup, robots, other, wall, pps, cpu, rss, db float64) {
	dbs := "-"
	if db >= 0 {
		dbs = fmt.Sprintf("%.0f", db)
	}
	fmt.Fprintf(w, "%-6s %-8s %7.0f %6.0f %6.0f %6.0f %8.2f %9.1f %11.2f %7.0f %9s\n",
		round, crawler, pages, dup, robots, other, wall, pps, cpu, rss, dbs)
}

// printSummary prints each crawler's median line and the pages/s ratio.
func printSummary(w io.Writer, rs []result) {
	for _, name := range []string{"colly", "npswatch"} {
		var col [11][]float64
		for _, r := range rs {
			if r.crawler != name {
				continue
			}
			for i, v := range []float64{float64(r.counts.HTML), float64(r.counts.HTML + r.counts.Robots + r.counts.Other - r.counts.Distinct),
				float64(r.counts.Robots), float64(r.counts.Other), r.wall.Seconds(), r.pagesPerSec(), r.cpuMsPerPage(),
				float64(r.rssKiB) / 1024, r.dbPerPage()} {
				col[i] = append(col[i], v)
			}
		}
		m := func(i int) float64 { return median(col[i]) }
		printRow(w, "median", name, m(0), m(1), m(2), m(3), m(4), m(5), m(6), m(7), m(8))
	}
	var ratios []string
	var vs []float64
	for _, a := range rs {
		if a.crawler != "npswatch" {
			continue
		}
		for _, b := range rs {
			if b.crawler == "colly" && b.round == a.round {
				v := a.pagesPerSec() / b.pagesPerSec()
				vs = append(vs, v)
				ratios = append(ratios, fmt.Sprintf("%.4f", v))
			}
		}
	}
	fmt.Fprintf(w, "ratio npswatch/colly pages/s %.4f (rounds: %s)\n", median(vs), strings.Join(ratios, " "))
}

// median of xs (the mean of the middle two for an even count); 0 for none.
func median(xs []float64) float64 {
	if len(xs) == 0 {
		return 0
	}
	s := slices.Clone(xs)
	slices.Sort(s)
	if len(s)%2 == 1 {
		return s[len(s)/2]
	}
	return (s[len(s)/2-1] + s[len(s)/2]) / 2
}
