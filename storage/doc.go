// Package storage keeps npswatch's data in one BoltDB (go.etcd.io/bbolt)
// file: crawl runs and their frontiers, raw captures, listings, hits and
// what pages say about vendors.
//
// A crawl is crash-safe because everything one processed page produces — its
// new seen state, capture, listings, hits, vendor notes, newly found links
// and the run's counters — is written by Commit in a single bbolt
// transaction. A crawl killed at any point (SIGKILL, power loss) leaves the
// database as it was after its last Commit; pages in flight are still
// queued, and fetching them again is harmless because Commit is idempotent.
// Resumed from the stored frontier, the crawl ends with the same listings
// and hits as one that was never interrupted (crash_test.go kills a crawl
// repeatedly to check this).
//
// # Buckets
//
// Top-level buckets:
//
//	meta               schema version and creation time
//	runs               run id → npswatch.Run (JSON)
//	frontier/<run id>  one nested bucket per run that has a frontier:
//	    seen             URL → state (pending, done, failed, skipped)
//	    queue/<host>     one bucket per host with queued items: seq → npswatch.QueueItem (JSON)
//	    hostcount        host → URLs ever enqueued for it (the per-host budget)
//	    pending          host → items queued now (PendingHosts)
//	captures           capture id → npswatch.Capture without Body (JSON)
//	bodies             capture id → Body, gzip-compressed
//	listings           listing id → npswatch.Listing (JSON)
//	listings_by_time   FetchedAt|listing id → empty
//	hits               hit id → npswatch.Hit (JSON)
//	hits_by_time       FirstSeen|hit id → empty
//	vendors            site NUL VendorKey(name) → npswatch.Vendor (JSON), name "" being
//	                   the site as a whole (since schema version 2)
//
// The run's frontier bucket's own sequence (bbolt NextSequence) numbers its
// queue items.
//
// # Keys
//
// Sequence numbers are 8-byte big-endian, so a host queue iterates in
// discovery order. Index keys start with the time in a fixed-width UTC form
// of RFC 3339 with nanoseconds (2006-01-02T15:04:05.000000000Z, years clamped
// to 0001–9999), then '|' and the record id, so byte order is time order and
// a since-query is one Seek. When a listing's FetchedAt or a hit's FirstSeen
// changes, its old index key is removed in the same transaction.
//
// Seen-set keys are canonical URLs as the crawler gives them; URLs longer
// than 1 KiB are keyed by "\x00sha256:" and their hex SHA-256. A pending
// URL's value also carries its queue seq and host (state, NUL, 8-byte seq,
// host), so committing a page or an alias dequeues it by URL. Counters are
// 8-byte big-endian.
//
// A vendor's key is its Site, a NUL byte and npswatch.VendorKey of its Name
// (case-folded, punctuation and spaces collapsed), so differently written
// names of one seller share a record and a site's vendors are adjacent, the
// site's own record (key site NUL) first. Commit merges what each page says
// into that record with npswatch.Vendor.Merge; the record keeps the first
// display name and the first URL of each claim.
//
// # Schema version
//
// meta/schema holds the layout version as a decimal string (SchemaVersion,
// now 2). Open creates the buckets of a new file and writes the version; it
// refuses, with ErrSchema, a newer or unparsable version, a file missing a
// bucket of its version, and a bolt file that holds other buckets but no
// npswatch version. A layout change bumps the version and adds a migration
// in Open, which runs in Open's write transaction: the file is migrated
// completely or not at all. A read-only Open does not migrate; it reads an
// older file as it is.
//
// Versions:
//
//	1  runs, frontiers, captures, bodies, listings and hits with their indexes
//	2  adds the vendors bucket (a version-1 file gets it empty; opened
//	   read-only it has no vendors: Vendor returns ErrNotFound, Vendors none)
//
// # Caveats
//
// bbolt allows one writing process: a second Open of the same file waits
// Options.Timeout and then fails with ErrLocked, read-only opens included
// while a crawl writes. Each Commit is one fsync'd transaction; CommitAll
// shares one among many pages.
//
// Commit adds to a run's Stats inside the database. A caller that keeps a
// Run in memory must not PutRun it over those counters; UpdateRun changes a
// stored run in place.
//
// The per-host budget counts URLs enqueued, not pages fetched; URLs over
// budget are dropped unmarked, and aliases do not count against it. When a
// budget bites, which URLs get in depends on the order pages are committed
// in, so only a crawl whose order follows from the stored frontier (lowest
// Seq first, say) ends exactly where an uninterrupted one would.
//
// A vendor's Pages counts page commits, at most one per page and vendor: a
// replayed page adds nothing, so a resumed crawl counts as an uninterrupted
// one would, but a page fetched again by a later run counts again. Each of a
// vendor's lists is capped by Merge (100 entries); what comes later is
// dropped. A vendor's FirstSeen and LastSeen span the captures that
// mentioned it.
//
// ForEachHit, ForEachListing and ForEachVendor read a few hundred records
// per read transaction and call fn between transactions, so a long export
// neither holds a transaction open nor sees a single snapshot. Bodies are
// compressed with gzip's fastest level; records are JSON. The seen sets of finished
// runs are kept; a million-page run costs roughly a hundred bytes per URL.
//
// Damaged files: bbolt reads pages through a memory map, so a page it
// expects past the end of a truncated file would kill the process with
// SIGBUS. Before mapping a file, Open reads its meta pages itself and
// refuses, with ErrCorrupt, a file shorter than its meta pages say, or whose
// freelist or root page is out of bounds or malformed; a file that is not a
// bolt database at all fails the same way. A panic inside bbolt on a
// damaged page is turned into an ErrCorrupt error. Deeper damage — bytes
// changed inside the tree pages of a full-length file — can still crash
// bbolt; Check finds what bbolt's own check and this package's invariants
// can see.
package storage
