// Package storage keeps npswatch's data in one BoltDB (go.etcd.io/bbolt)
// file: crawl runs and their frontiers, raw captures (hash-chained, with the
// bytes of their exchanges), listings with their history from run to run,
// hits with the analyst's triage of them, and what pages say about vendors.
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
//	meta               schema version, creation time and chain head
//	runs               run id → npswatch.Run (JSON)
//	frontier/<run id>  one nested bucket per run that has a frontier:
//	    seen             URL → state (pending, done, failed, skipped)
//	    queue/<host>     one bucket per host with queued items: seq → npswatch.QueueItem (JSON)
//	    hostcount        host → URLs ever enqueued for it (the per-host budget)
//	    pending          host → items queued now (PendingHosts)
//	captures           capture id → npswatch.Capture without Body and raw bytes (JSON, see # Hash chain)
//	bodies             capture id → Body, gzip-compressed
//	raw                capture id → RawRequest and RawResponse, gzip-compressed (see # Raw
//	                   exchanges; since schema version 3)
//	chain              seq → capture id, the hash chain in order (since schema version 3)
//	listings           listing id NUL page URL → npswatch.Listing (JSON): one view of an
//	                   offer per page that showed it (see # Offers; a listing id alone
//	                   before schema version 6)
//	listings_by_time   FetchedAt|listings key → empty
//	hits               hit id NUL page URL → npswatch.Hit (JSON), one view per page
//	hits_by_time       FirstSeen|hits key → empty
//	vendors            site NUL VendorKey(name) → npswatch.Vendor (JSON), name "" being
//	                   the site as a whole (since schema version 2)
//	events/<listing id>  one nested bucket per listing: seq → npswatch.ListingEvent (JSON)
//	                   (since schema version 4, as are the four below; see # Listing history)
//	events_by_time     At|listing id, then the event's 8-byte seq → empty
//	sightings          site NUL listing id → the offer's last sighting (JSON: listing_id,
//	                   site, run_id, seen, missed, and own and card: the last view of
//	                   each kind, run_id, url and snapshot, since schema version 6)
//	run_sites          run id → the sites the run committed listings of (JSON: sites, finished)
//	triage/<hit id>    one nested bucket per triaged hit: seq → npswatch.TriageEntry (JSON)
//	hops               capture id → the raw bytes of its redirect hops (Capture.Hops): a
//	                   uvarint hop count, then per hop a uvarint length and an encodeRaw
//	                   value (length 0: none recorded); their digests are in the capture
//	                   record (since schema version 5)
//	aliases            an id a listing or hit had before schema version 6 → its offer's
//	                   id now (since schema version 6)
//
// The run's frontier bucket's own sequence (bbolt NextSequence) numbers its
// queue items; a listing's events bucket and a hit's triage bucket number
// their entries the same way, from 1, in the order they were added.
//
// # Keys
//
// Sequence numbers are 8-byte big-endian, so a host queue iterates in
// discovery order. Index keys start with the time in a fixed-width UTC form
// of RFC 3339 with nanoseconds (2006-01-02T15:04:05.000000000Z, years clamped
// to 0001–9999), then '|' and the record id, so byte order is time order and
// a since-query is one Seek. When a listing's FetchedAt or a hit's FirstSeen
// changes, its old index key is removed in the same transaction. An
// events_by_time key ends with the event's 8-byte seq after the listing id,
// so the listing id is what lies between the '|' and the last 8 bytes;
// events never change, so neither do their keys.
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
// # Raw exchanges
//
// A capture's RawRequest and RawResponse — the bytes as they crossed the
// connection, chunking and content encoding included — are kept in the raw
// bucket, written in the capture's Commit transaction. The value is the
// length of the compressed request as an unsigned varint
// (encoding/binary.AppendUvarint), the compressed request, then the
// compressed response up to the end of the value. Each part is
// gzip-compressed (one member, fastest level) when it is not empty, and
// zero bytes when it is. A capture with neither has no raw key; Capture
// returns an empty part as nil and the others byte for byte as committed.
// The raw response usually holds the body again, so raw exchanges roughly
// double the space captures take.
//
// # Hash chain
//
// Every capture committed is appended to one chain per database, so that a
// capture edited or deleted afterwards is detected. When Commit stores a
// capture whose id is not stored yet, in the same transaction, it
//
//  1. fills in the digests, lower-case hex SHA-256: SHA256 of Body (of no
//     bytes when Body is nil), RawRequestSHA256 and RawResponseSHA256 of
//     the raw parts that are not empty. A digest the caller set must match
//     its bytes (case aside) or the commit fails with ErrDigest; a raw
//     digest may be set for an empty part only as the digest of no bytes;
//  2. sets Seq to the chain's length plus one and PrevHash to the
//     RecordHash of the capture before it ("" for seq 1);
//  3. computes RecordHash = lower-case hex SHA-256 of the canonical
//     encoding J: the bytes encoding/json.Marshal produces for the
//     npswatch.Capture with RecordHash "" — so J has no record_hash member
//     (omitempty), no body or raw bytes (json:"-"; their digests stand for
//     them), and does have seq and prev_hash. Marshal writes the fields in
//     struct order, header keys sorted, HTML characters escaped and
//     invalid UTF-8 replaced, so the same record always gives the same J;
//  4. stores J with the member ,"record_hash":"<RecordHash>" inserted
//     before its final '}' under captures/<id>, chain/<seq> = id, and
//     meta/chain_head = the decimal Seq, one space, the RecordHash.
//
// So anyone can recompute a record's hash from its stored bytes without
// re-encoding: drop the trailing record_hash member (the last 81 bytes
// before the final '}', comma included) and hash the rest; and from an
// exported npswatch.Capture by marshalling it again with RecordHash "". A
// capture whose id is stored already — a page committed again after a
// crash, or twice in one CommitAll — is not stored again: its record,
// bytes and chain position stay as they are (Commit never changes its
// caller's capture either), so a resumed crawl builds the same chain,
// hash for hash, as an uninterrupted one. A page without a capture adds
// nothing to the chain. Commit fails with ErrCorrupt rather than append
// when the chain index goes past meta/chain_head (appending would overwrite
// a chained entry).
//
// VerifyChain (and Check, which calls it) walks the chain in seq order in
// one read transaction and reports: a record whose hash does not recompute
// or that names another id or seq than its position ("edited"); a chain
// entry whose capture is gone or a seq missing from the index ("deleted");
// a capture record that is not in the chain ("unchained"); a record whose
// PrevHash is not the previous record's RecordHash ("chain broken after
// seq N": one of the two was replaced with its hash recomputed); a stored
// body or raw part that does not decompress or hash to its digest ("body
// altered", "raw altered"); and a meta head that is not the last record
// ("truncated" when the head is past the end of the chain, "head
// mismatch"). Problems are data in the ChainReport; VerifyChain's error is
// for a database it could not read.
//
// Limits: the chain is kept inside the file it protects, with no secret.
// Whoever can write the file can delete the last captures and rewrite
// meta/chain_head to the new last record, or rewrite every record from
// some seq on with recomputed hashes; the file is then consistent and
// VerifyChain cannot tell. What detects it is a head (seq and hash)
// copied out of the database before: the head exported with evidence
// bundles and runs. The database still holds that history if CaptureAt of
// the exported seq returns a capture whose RecordHash is the exported hash
// and VerifyChain passes (the chain up to it then links back to seq 1).
//
// # Offers
//
// A listing is one view of an offer: a seller offering a product, as one
// page shows it. Its id is the offer's (npswatch.Listing.SetID: site and
// the offer's own page when it has one, else site, vendor and product), so
// a catalogue card, the product page it links to and the same card moved
// to another catalogue page by pagination share it, and so do their hits
// (npswatch.Hit.SetID: listing and substance). Each view is stored under
// its id, a NUL and its page URL (seenKey's form): the views of one offer
// are adjacent. ListingViews and Listing read them (the offer's own page
// first), Hit merges a hit's views (npswatch.MergeHits) with every page
// and capture it was seen on; ForEachListing and ForEachHit give views.
// History, sightings and triage are kept per offer.
//
// Version 6 migrated older files, whose ids were a page and a product:
// a detail, JSON-LD or microdata listing alone of those on its page has
// that page as its offer page; a card whose site and product name
// (npswatch.ProductKey) match exactly one such page becomes a view of
// that offer; the rest are keyed by site, vendor and product. The events
// of old ids that became one offer are merged in time order (the first is
// new, one per run, a change only when the snapshot differs, a gone only
// when no view was seen after it), their sightings become the latest one,
// their hits' triage entries are merged in time order, and every old id is
// kept in the aliases bucket, which every lookup by id reads first.
//
// # Listing history
//
// Commit keeps, per offer, a timeline of events (npswatch.ListingEvent), each holding
// what the listing showed (npswatch.ListingSnapshot: product, CAS numbers,
// price, claims, vendor, contacts, places, terms), and a sighting: the last
// run that saw it, when, and how many finished runs of its site have not
// seen it since.
//
// When Commit stores a listing, in the same transaction, it looks at the
// listing's sighting and latest event:
//
//   - a view of the same kind (its own page, or elsewhere: a card) sighted
//     in this run already: nothing more. The first sighting in a run is
//     the run's, so a page committed again after a crash, or another page
//     of the run showing the same offer, adds no event;
//   - no event yet: a "new" event;
//   - the latest event is "gone": a "reappeared" event, with Fields and
//     Before when it shows something else than before it went;
//   - the offer has an event of this run already: no event;
//   - it shows something else than the last view of its kind (the
//     sighting's own or card; Diff: lists compared as sets, vendors by
//     VendorKey): a "changed" event with the Fields that differ, Before
//     and After. A card is never compared with the product's page: they
//     show one offer differently. The first view of a kind is only kept;
//   - the same: no event ("unchanged" is never stored).
//
// The sighting is then set to this run, at the listing's FetchedAt (the
// first view's of the run), with no runs missed, the view kept as the last
// of its kind, and the listing's site added to run_sites/<run id>.
// Events take the listing's FetchedAt as At and its CaptureID, and count
// into the run's Stats (New, Changed, Reappeared).
//
// FinishRun, called when a run crawled to its end, walks the sightings of
// each site in run_sites/<run id>: each listing the run did not see (and
// that no newer run saw) has missed one more run; one that has missed
// goneAfter runs gets a "gone" event at the run's end (Stats.Gone), once
// — it is not gone again before it reappears. Sites without a listing in
// the run are left alone, so an unreachable or blocked site does not lose
// its listings; the run's record is marked finished, so finishing it
// again counts nothing twice. The listing record itself is kept as last
// stored: history never deletes a listing.
//
// ListingHistory returns a listing's events in the order they were added;
// ForEachEvent walks all of them in time order from a given time, by
// events_by_time.
//
// # Triage
//
// SetTriage appends an npswatch.TriageEntry to triage/<hit id>; entries are
// never overwritten or deleted, and a hit's status is its latest entry
// (TriageStatus). A hit's id is its listing and substance
// (npswatch.Hit.SetID), the same in every run: a hit dismissed stays
// dismissed when later runs find the same listing offering the same
// substance, while a substance newly matched on the listing is a new hit,
// not triaged yet.
//
// # Schema version
//
// meta/schema holds the layout version as a decimal string (SchemaVersion,
// now 6). Open creates the buckets of a new file and writes the version; it
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
//	3  adds the raw and chain buckets and meta/chain_head. The migration
//	   chains the stored captures in (FetchedAt, id) order, filling in a
//	   missing SHA256 from the stored body; a body that does not match a
//	   SHA256 already there is chained as it is (VerifyChain reports it),
//	   a record that does not decode fails the migration with ErrCorrupt.
//	   Older captures have no raw exchanges. Opened read-only, an older
//	   file is not chained: its captures have no Seq or RecordHash,
//	   VerifyChain reports "not chained yet: schema N", ChainHead and
//	   CaptureAt return ErrNotChained, and Check skips the chain.
//	4  adds the events, events_by_time, sightings, run_sites and triage
//	   buckets. So that history starts somewhere, the migration gives each
//	   stored listing a "new" event at its FetchedAt, in its RunID and
//	   CaptureID, showing the listing as stored (its last version), and a
//	   sighting in that run; run_sites gets each such run's sites, not
//	   finished. Older runs' Stats are not changed. A listing that does not
//	   decode fails the migration with ErrCorrupt. Opened read-only, an
//	   older file has no triage (Triage returns none, TriageStatus an empty
//	   map) and its history is made up as the migration would store it:
//	   ListingHistory and ForEachEvent give each listing its one new event;
//	   Check skips history and triage.
//	5  adds the hops bucket, empty: captures stored before it keep only
//	   their Redirects (URLs). Opened read-only, an older file has no
//	   redirect bytes, and nothing is reported missing.
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
// VerifyChain and Check read every capture, body and raw exchange inside
// one read transaction: on a large file they take as long as reading it,
// and a writer in the same process that must grow the file waits for them.
//
// Listing history sees what extract reads: a listing it misses for a run
// counts as a run missed, and a run cut short by its page budget misses
// the listings past it; FinishRun's goneAfter above 1 lets such a run pass.
// A listing's events and sighting are found by its id and, for the
// sighting, its site, which SetID makes part of the id: a caller that sets
// listing ids itself must not reuse one across sites. FinishRun writes one
// sighting per listing of the run's sites in one transaction.
//
// ForEachHit, ForEachListing, ForEachVendor and ForEachEvent read a few
// hundred records per read transaction and call fn between transactions,
// so a long export neither holds a transaction open nor sees a single
// snapshot. Bodies are compressed with gzip's fastest level; records are
// JSON. The seen sets of finished
// runs are kept; a million-page run costs roughly a hundred bytes per URL.
//
// Damaged files: bbolt reads pages through a memory map, so a page it
// expects past the end of a truncated file would kill the process with
// SIGBUS. Before mapping a file, Open reads its meta pages itself and
// refuses, with ErrCorrupt, a file shorter than its meta pages say, or whose
// freelist or root page is out of bounds or malformed; a file that is not a
// bolt database at all fails the same way. Deeper damage — a page pointer
// inside the tree set past the end of the file — faults in the memory map
// when a transaction follows it: every transaction runs with
// debug.SetPanicOnFault, so the fault, like any panic inside bbolt on a
// damaged page, becomes an ErrCorrupt error and the transaction rolls back.
// Check reads every page in its own goroutine before bbolt's check reads
// them in another, and reports what bbolt's check and this package's
// invariants can see.
package storage
