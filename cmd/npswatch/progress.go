package main

import (
	"fmt"
	"os"
	"sync"
	"time"

	"github.com/mattn/go-isatty"

	"github.com/npswatch/npswatch/crawler"
)

func stderrIsTerminal() bool {
	return isatty.IsTerminal(os.Stderr.Fd()) || isatty.IsCygwinTerminal(os.Stderr.Fd())
}

// progress redraws one status line on a terminal while a crawl runs; log
// lines written through the same console go above it.
type progress struct {
	w     *console
	stats func() crawler.Stats
	stop  chan struct{}
	wg    sync.WaitGroup
	start time.Time
}

func startProgress(w *console, on bool, stats func() crawler.Stats) *progress {
	p := &progress{w: w, stats: stats, stop: make(chan struct{}), start: time.Now()}
	if !on {
		return p
	}
	p.wg.Add(1)
	go func() {
		defer p.wg.Done()
		t := time.NewTicker(250 * time.Millisecond)
		defer t.Stop()
		for {
			select {
			case <-p.stop:
				p.w.setStatus("")
				return
			case <-t.C:
				s := p.stats()
				p.w.setStatus(fmt.Sprintf("fetched %d  queued %d  failed %d  skipped %d  listings %d  hits %d  %s",
					s.Fetched, s.Pending, s.Failed, s.Skipped, s.Listings, s.Hits, time.Since(p.start).Round(time.Second)))
			}
		}
	}()
	return p
}

func (p *progress) done() {
	close(p.stop)
	p.wg.Wait()
}
