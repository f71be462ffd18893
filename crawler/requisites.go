package crawler

import (
	"net"
	"net/url"
	"slices"
	"strings"

	"github.com/PuerkitoBio/goquery"
	"golang.org/x/net/publicsuffix"

	"github.com/npswatch/npswatch"
)

// requisites.go: a page with listings has its images (and, with
// requisites: all, its style sheets and icons) fetched and recorded after
// it, so that its evidence package replays as the analyst saw it and a
// product photo is kept. They are queued like links — the same frontier,
// robots.txt, per-host rate and budget — but never parsed.

// maxRequisites bounds the requisites one page may add.
const maxRequisites = 24

// requisiteRefs returns the URLs, as the page wrote them, of the resources
// mode asks for, in document order, without repeats.
func requisiteRefs(doc *goquery.Document, mode string) []string {
	if mode == npswatch.RequisitesNone {
		return nil
	}
	var refs []string
	add := func(s string) {
		s = strings.TrimSpace(s)
		if s != "" && !slices.Contains(refs, s) {
			refs = append(refs, s)
		}
	}
	doc.Find(`meta[property="og:image"], meta[name="twitter:image"]`).Each(func(_ int, m *goquery.Selection) {
		add(m.AttrOr("content", ""))
	})
	doc.Find("img").Each(func(_ int, img *goquery.Selection) {
		// lazy loaders keep the real photo in data-src; src is then a placeholder
		for _, attr := range []string{"data-src", "data-original", "data-lazy-src", "src"} {
			add(img.AttrOr(attr, ""))
		}
		if first, _, _ := strings.Cut(strings.TrimSpace(img.AttrOr("srcset", "")), ","); first != "" {
			add(strings.Fields(first)[0])
		}
	})
	if mode == npswatch.RequisitesAll {
		doc.Find("link[href]").Each(func(_ int, l *goquery.Selection) {
			for _, rel := range strings.Fields(strings.ToLower(l.AttrOr("rel", ""))) {
				if rel == "stylesheet" || rel == "icon" {
					add(l.AttrOr("href", ""))
					break
				}
			}
		})
	}
	return refs
}

// requisites turns a page's requisite references into queue items: http(s)
// only, on an allowed host (requisiteHost), at most maxRequisites. The
// page's capture lists their URLs.
func (c *Crawler) requisites(t *target, item npswatch.QueueItem, pageURL, base *url.URL, refs []string) []npswatch.QueueItem {
	var out []npswatch.QueueItem
	seen := map[string]bool{}
	for _, ref := range refs {
		if len(out) == maxRequisites {
			c.log.Debug("page requisites capped", "url", pageURL.String(), "max", maxRequisites)
			break
		}
		u, err := base.Parse(ref)
		if err != nil || (u.Scheme != "http" && u.Scheme != "https") || u.Host == "" || oversized(u) {
			continue
		}
		u.Fragment, u.RawFragment, u.User = "", "", nil
		if !requisiteHost(pageURL, u, t.RequisiteHosts) {
			continue
		}
		s := u.String()
		if seen[s] {
			continue
		}
		seen[s] = true
		out = append(out, npswatch.QueueItem{URL: s, Host: hostKey(u), Depth: item.Depth, Target: item.Target,
			Parent: pageURL.String(), Requisite: true})
	}
	return out
}

// requisiteHost reports whether u may be fetched as a requisite of page:
// the page's host, a host sharing its registrable domain (a photo on
// img.shop.example for shop.example; for an IP address, the same address),
// or one of extra (host or host:port).
func requisiteHost(page, u *url.URL, extra []string) bool {
	if u.Host == page.Host || slices.Contains(extra, u.Host) || slices.Contains(extra, u.Hostname()) {
		return true
	}
	ph, uh := page.Hostname(), u.Hostname()
	if net.ParseIP(ph) != nil || net.ParseIP(uh) != nil {
		return ph == uh && u.Port() == page.Port()
	}
	pd, err1 := publicsuffix.EffectiveTLDPlusOne(strings.ToLower(ph))
	ud, err2 := publicsuffix.EffectiveTLDPlusOne(strings.ToLower(uh))
	return err1 == nil && err2 == nil && pd == ud
}
