// Package crawler fetches the pages of configured vendor sites politely and
// robustly, with Colly as the fetch engine, and hands each parsed HTML page
// to a Processor (extraction and matching, wired by cmd/npswatch).
//
// # Frontier
//
// The visited set and the to-do list live behind the Frontier interface
// (storage.DB in production), not in memory: a crawl of a million pages does
// not grow the heap, and a crawl killed at any moment resumes where it
// stopped. Deduplication happens there, atomically, after URL
// canonicalisation (Canonicalizer): Colly's own visited check races under
// concurrency and is switched off. Each processed URL is committed in one
// step with everything it produced: its capture, listings, hits and links.
//
// # Politeness
//
//   - robots.txt is fetched per host and obeyed unless a target overrides it
//     (RFC 9309: 4xx means allow all, 5xx or no answer disallow all), with
//     its Crawl-delay.
//   - Requests to one host are spaced by the target's rate (requests per
//     second) with a bounded number in flight; different hosts run in parallel.
//   - 429 and 503 pause the whole host until Retry-After has passed (or an
//     exponential backoff with jitter when it is absent), and 429 halves the
//     host's rate. Other transient failures (timeouts, resets, 5xx) are retried
//     a bounded number of times; a page that still fails is recorded as failed
//     and the crawl goes on.
//
// # Scope and traps
//
// A target's scope is its hosts (by default the start URLs' hosts) and
// optional path prefixes. Depth is the link distance from a start URL.
// Redirects are followed inside scope only. Per-host page budgets, and
// generic trap rules (date-like URL sequences, template twins, oversized or
// self-repeating URLs; see links.go) stop endless generated pages.
//
// # Captures
//
// Every response is kept as received: the capturing transport asks for gzip
// itself and stores the compressed bytes, with request and response headers,
// final URL, redirect chain, remote address and SHA-256. Only HTML is parsed
// (charset decoded: GBK, Big5, Shift-JIS, windows-1252…); other content types
// are recorded, not parsed. Bodies are capped at Config.MaxBodySize.
//
// The exchange is also recorded as it crossed the connection (wire.go):
// every connection is wrapped in a recorder above TLS, one exchange per
// connection (keep-alives off, HTTP/1.1 only), so Capture.RawRequest and
// RawResponse are the exact bytes written and read — status line, headers,
// chunked framing and gzip as sent — with the TLS version, cipher suite,
// SNI and certificate digests. SOCKS5 (Tor) and HTTP CONNECT tunnels are
// dialled here too, so HTTPS through a proxy is recorded in plaintext; the
// proxy always resolves the host name. A Proxy-Authorization header Go
// writes for a plain-HTTP request through an authenticating proxy is
// replaced by "[redacted]" (Capture.Wire says so): proxy credentials and
// Tor isolation names do not belong in evidence.
package crawler
