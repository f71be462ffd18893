// Package npswatch holds the vocabulary shared by every part of npswatch: the
// listings found on vendor pages, the watchlist substances they are matched
// against, the hits that result, the raw captures behind them and the crawl
// runs that fetched them.
//
// The package is pure: no I/O, no network, no database. The subpackages speak
// in these types and never import each other; cmd/npswatch wires them:
//
//	crawler (fetch, capture) → extract (listings) → matcher (hits) → storage (bbolt)
package npswatch

import (
	"crypto/sha256"
	"encoding/hex"
	"strings"
)

// Version is the npswatch version, recorded with every run.
const Version = "0.1.0"

// ShortID returns a stable 16-hex-digit identifier derived from parts. It is
// used for listing and hit identities so that the same listing seen in two
// runs keeps the same id.
func ShortID(parts ...string) string {
	h := sha256.Sum256([]byte(strings.Join(parts, "\x00")))
	return hex.EncodeToString(h[:8])
}
