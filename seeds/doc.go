// Package seeds embeds the data npswatch starts with: the watchlist of
// controlled substances and precursors (watchlist.tsv, with the sources of
// every fact; see SOURCES.md), the shipping-claim lexicon (claims.tsv), the
// invented demo marketplace served by "npswatch demo" (demo/, with
// EXPECTED.md) and an example targets file (targets.example.yaml).
//
// Everything is validated when it is loaded: a bad row is an error naming
// its line, never a panic.
package seeds
