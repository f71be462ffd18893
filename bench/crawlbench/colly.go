package main

import (
	"fmt"
	"net"
	"net/http"
	"net/url"
	"sync"
	"sync/atomic"
	"time"

	"github.com/gocolly/colly/v2"
)

// collyStats is what the bare Colly crawler saw.
type collyStats struct {
	Responses, Errors int64
}

// crawlColly is the bare baseline: colly/v2 under Async with conc requests in
// flight, following every same-host <a href> of every page, each link
// resolved with net/url and deduplicated atomically in a sync.Map before it
// is handed to Colly (Colly's own visited check races under Async and is
// switched off with AllowURLRevisit). No extraction, no storage, no
// robots.txt. The transport keeps conc idle connections to the host
// (net/http's default is 2, which would close and reopen most of them).
func crawlColly(start string, conc int) (collyStats, error) {
	u0, err := url.Parse(start)
	if err != nil {
		return collyStats{}, err
	}
	c := colly.NewCollector(colly.Async(true), colly.AllowURLRevisit(), colly.UserAgent("crawlbench-colly"))
	if err := c.Limit(&colly.LimitRule{DomainGlob: "*", Parallelism: conc}); err != nil {
		return collyStats{}, err
	}
	t := http.DefaultTransport.(*http.Transport).Clone()
	t.MaxIdleConnsPerHost = conc
	t.DialContext = (&net.Dialer{Timeout: 10 * time.Second}).DialContext
	c.WithTransport(t)
	c.SetRequestTimeout(60 * time.Second)

	var seen sync.Map
	var st collyStats
	var visitErr atomic.Value
	c.OnHTML("a[href]", func(e *colly.HTMLElement) {
		ref, err := url.Parse(e.Attr("href"))
		if err != nil {
			return
		}
		u := e.Request.URL.ResolveReference(ref)
		if u.Host != u0.Host || (u.Scheme != "http" && u.Scheme != "https") {
			return
		}
		u.Fragment, u.RawFragment = "", ""
		s := u.String()
		if _, dup := seen.LoadOrStore(s, struct{}{}); dup {
			return
		}
		if err := c.Visit(s); err != nil {
			visitErr.CompareAndSwap(nil, fmt.Errorf("visit %s: %w", s, err))
		}
	})
	c.OnResponse(func(*colly.Response) { atomic.AddInt64(&st.Responses, 1) })
	c.OnError(func(*colly.Response, error) { atomic.AddInt64(&st.Errors, 1) })

	seen.Store(u0.String(), struct{}{})
	if err := c.Visit(u0.String()); err != nil {
		return st, err
	}
	c.Wait()
	if err, _ := visitErr.Load().(error); err != nil {
		return st, err
	}
	return st, nil
}
