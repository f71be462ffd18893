package storage

import (
	"context"
	"encoding/binary"
	"encoding/json"
	"errors"
	"fmt"
	"os"
	"runtime/debug"
	"strconv"
	"time"

	bolt "go.etcd.io/bbolt"
	berrors "go.etcd.io/bbolt/errors"
)

// SchemaVersion is the layout version this package writes into the meta
// bucket. Open refuses files with a newer or unknown version and migrates
// older ones; see doc.go.
const SchemaVersion = 6

// DefaultTimeout is how long Open waits for the file lock when
// Options.Timeout is zero.
const DefaultTimeout = time.Second

// Top-level bucket names; see doc.go.
var (
	bucketMeta           = []byte("meta")
	bucketRuns           = []byte("runs")
	bucketFrontier       = []byte("frontier")
	bucketCaptures       = []byte("captures")
	bucketBodies         = []byte("bodies")
	bucketListings       = []byte("listings")
	bucketListingsByTime = []byte("listings_by_time")
	bucketHits           = []byte("hits")
	bucketHitsByTime     = []byte("hits_by_time")
	bucketVendors        = []byte("vendors")        // since schema version 2
	bucketRaw            = []byte("raw")            // since schema version 3
	bucketChain          = []byte("chain")          // since schema version 3
	bucketEvents         = []byte("events")         // since schema version 4
	bucketEventsByTime   = []byte("events_by_time") // since schema version 4
	bucketSightings      = []byte("sightings")      // since schema version 4
	bucketRunSites       = []byte("run_sites")      // since schema version 4
	bucketTriage         = []byte("triage")         // since schema version 4
	bucketHops           = []byte("hops")           // since schema version 5
	bucketAliases        = []byte("aliases")        // since schema version 6

	topBuckets = [][]byte{bucketMeta, bucketRuns, bucketFrontier, bucketCaptures, bucketBodies,
		bucketListings, bucketListingsByTime, bucketHits, bucketHitsByTime, bucketVendors,
		bucketRaw, bucketChain, bucketEvents, bucketEventsByTime, bucketSightings, bucketRunSites,
		bucketTriage, bucketHops, bucketAliases}

	// bucketSince gives the schema version that added a top-level bucket;
	// the buckets not listed are there since version 1.
	bucketSince = map[string]int{string(bucketVendors): 2, string(bucketRaw): chainSince, string(bucketChain): chainSince,
		string(bucketEvents): historySince, string(bucketEventsByTime): historySince,
		string(bucketSightings): historySince, string(bucketRunSites): historySince,
		string(bucketTriage): historySince, string(bucketHops): hopsSince,
		string(bucketAliases): offersSince}

	keySchema    = []byte("schema")
	keyCreated   = []byte("created")
	keyChainHead = []byte("chain_head") // since schema version 3
)

// Options configures Open. A nil *Options means the defaults.
type Options struct {
	// Timeout is how long to wait for the file lock held by another
	// process before failing with ErrLocked. Zero means DefaultTimeout.
	Timeout time.Duration

	// ReadOnly opens the file with a shared lock and rejects writes. It
	// still waits for (and fails with ErrLocked on) a writer's lock.
	ReadOnly bool

	// Now is the clock used for hit times when a page has no capture.
	// Nil means time.Now.
	Now func() time.Time
}

// DB is an npswatch database: runs, their frontiers, captures, listings and
// hits in one bbolt file. A DB is safe for concurrent use; bbolt serialises
// writers.
type DB struct {
	bolt   *bolt.DB
	path   string
	now    func() time.Time
	schema int // the file's schema version; older than SchemaVersion only when read-only
}

// Stats is a summary of a database's contents.
type Stats struct {
	Path          string `json:"path"`
	Size          int64  `json:"size"` // file size in bytes
	SchemaVersion int    `json:"schema_version"`
	Runs          int    `json:"runs"`
	Captures      int    `json:"captures"`
	Listings      int    `json:"listings"` // views: one per offer and page it was seen on
	Hits          int    `json:"hits"`     // views: one per hit and page
	Vendors       int    `json:"vendors"`
	Queued        int    `json:"queued"` // frontier items pending, all runs
}

// Open opens the database at path, creating the file and its buckets when
// they do not exist, and checks the schema version. A file of an older
// version is migrated to SchemaVersion in one transaction, unless it is
// opened read-only: it is then read as it is (a version-1 file has no
// vendors, a file older than version 3 no hash chain, one older than
// version 4 no triage and, for history, the one "new" event per listing
// its migration would give). Errors name the path and wrap ErrLocked,
// ErrSchema or ErrCorrupt where those apply.
func Open(path string, opts *Options) (db *DB, err error) {
	var o Options
	if opts != nil {
		o = *opts
	}
	if o.Timeout <= 0 {
		o.Timeout = DefaultTimeout
	}
	if o.Now == nil {
		o.Now = time.Now
	}
	defer debug.SetPanicOnFault(debug.SetPanicOnFault(true))
	defer func() {
		if r := recover(); r != nil {
			db, err = nil, fmt.Errorf("open %s: %w: %v", path, ErrCorrupt, r)
		}
	}()
	if err := precheck(path); err != nil {
		return nil, fmt.Errorf("open %s: %w", path, err)
	}
	bdb, err := bolt.Open(path, 0o600, &bolt.Options{Timeout: o.Timeout, ReadOnly: o.ReadOnly})
	if err != nil {
		return nil, fmt.Errorf("open %s: %w", path, openError(err))
	}
	db = &DB{bolt: bdb, path: path, now: o.Now}
	if o.ReadOnly {
		err = db.view(func(tx *bolt.Tx) (err error) {
			db.schema, err = checkSchema(tx)
			return err
		})
	} else {
		err = db.update(func(tx *bolt.Tx) (err error) {
			db.schema, err = initSchema(tx, o.Now())
			return err
		})
	}
	if err != nil {
		_ = bdb.Close()
		return nil, fmt.Errorf("open %s: %w", path, err)
	}
	return db, nil
}

// openError maps bbolt's open errors to this package's sentinels.
func openError(err error) error {
	switch {
	case errors.Is(err, berrors.ErrTimeout):
		return ErrLocked
	case errors.Is(err, berrors.ErrInvalid), errors.Is(err, berrors.ErrChecksum),
		errors.Is(err, berrors.ErrVersionMismatch), errors.Is(err, berrors.ErrInvalidMapping):
		return fmt.Errorf("%w: %v", ErrCorrupt, err)
	}
	return err
}

// checkSchema accepts an npswatch database of a known version holding the
// buckets of that version, and returns the version.
func checkSchema(tx *bolt.Tx) (int, error) {
	meta := tx.Bucket(bucketMeta)
	if meta == nil || meta.Get(keySchema) == nil {
		return 0, fmt.Errorf("%w: no npswatch schema version (a bolt file of another program?)", ErrSchema)
	}
	v, err := strconv.Atoi(string(meta.Get(keySchema)))
	if err != nil || v < 1 {
		return 0, fmt.Errorf("%w: schema version %q", ErrSchema, meta.Get(keySchema))
	}
	if v > SchemaVersion {
		return 0, fmt.Errorf("%w: schema version %d is newer than %d (upgrade npswatch)", ErrSchema, v, SchemaVersion)
	}
	for _, name := range topBuckets {
		if bucketSince[string(name)] <= v && tx.Bucket(name) == nil {
			return 0, fmt.Errorf("%w: bucket %q missing", ErrSchema, name)
		}
	}
	return v, nil
}

// initSchema creates the buckets of a new file, or checks an existing one
// and migrates it to SchemaVersion. A bolt file that already holds other
// buckets is never adopted. It returns the version the file now has.
func initSchema(tx *bolt.Tx, now time.Time) (int, error) {
	if tx.Bucket(bucketMeta) != nil {
		v, err := checkSchema(tx)
		if err != nil || v == SchemaVersion {
			return v, err
		}
		if err := migrate(tx, v); err != nil {
			return 0, fmt.Errorf("migrate schema version %d to %d: %w", v, SchemaVersion, err)
		}
		return SchemaVersion, nil
	}
	foreign := false
	if err := tx.ForEach(func([]byte, *bolt.Bucket) error { foreign = true; return nil }); err != nil {
		return 0, err
	}
	if foreign {
		return 0, fmt.Errorf("%w: no npswatch schema version (a bolt file of another program?)", ErrSchema)
	}
	for _, name := range topBuckets {
		if _, err := tx.CreateBucket(name); err != nil {
			return 0, fmt.Errorf("create bucket %s: %w", name, err)
		}
	}
	meta := tx.Bucket(bucketMeta)
	if err := meta.Put(keySchema, []byte(strconv.Itoa(SchemaVersion))); err != nil {
		return 0, err
	}
	return SchemaVersion, meta.Put(keyCreated, []byte(now.UTC().Format(time.RFC3339Nano)))
}

// migrate brings a file of schema version v up to SchemaVersion inside
// Open's write transaction.
//
// Version 2 added the vendors bucket; version 3 the raw and chain buckets
// and meta/chain_head, and chains the captures stored (chainExisting);
// version 4 the listing history and triage buckets, and starts the history
// of the listings stored (historyExisting); version 5 the hops bucket (raw
// bytes of redirect hops, which older versions did not keep); version 6
// keys listings and hits by offer, one view per page, and keeps the old
// ids in the aliases bucket (offersExisting).
func migrate(tx *bolt.Tx, v int) error {
	for _, name := range topBuckets {
		if bucketSince[string(name)] > v {
			if _, err := tx.CreateBucket(name); err != nil {
				return fmt.Errorf("create bucket %s: %w", name, err)
			}
		}
	}
	if v < chainSince {
		if err := chainExisting(tx); err != nil {
			return fmt.Errorf("chain captures: %w", err)
		}
	}
	if v < historySince {
		if err := historyExisting(tx); err != nil {
			return fmt.Errorf("start listing history: %w", err)
		}
	}
	if v < offersSince {
		if err := offersExisting(tx); err != nil {
			return fmt.Errorf("key listings by offer: %w", err)
		}
	}
	return tx.Bucket(bucketMeta).Put(keySchema, []byte(strconv.Itoa(SchemaVersion)))
}

// Close releases the file and its lock.
func (db *DB) Close() error {
	if err := db.bolt.Close(); err != nil {
		return fmt.Errorf("close %s: %w", db.path, err)
	}
	return nil
}

// Path returns the file the database was opened from.
func (db *DB) Path() string { return db.path }

// Stats counts the runs, captures, listings, hits, vendors and queued
// frontier items, and reports the file size and its schema version.
func (db *DB) Stats(ctx context.Context) (Stats, error) {
	s := Stats{Path: db.path, SchemaVersion: db.schema}
	if err := ctx.Err(); err != nil {
		return s, err
	}
	err := db.view(func(tx *bolt.Tx) error {
		s.Size = tx.Size()
		s.Runs = tx.Bucket(bucketRuns).Stats().KeyN
		s.Captures = tx.Bucket(bucketCaptures).Stats().KeyN
		s.Listings = tx.Bucket(bucketListings).Stats().KeyN
		s.Hits = tx.Bucket(bucketHits).Stats().KeyN
		if b := tx.Bucket(bucketVendors); b != nil { // nil in a version-1 file opened read-only
			s.Vendors = b.Stats().KeyN
		}
		return tx.Bucket(bucketFrontier).ForEachBucket(func(run []byte) error {
			if err := ctx.Err(); err != nil {
				return err
			}
			pending := tx.Bucket(bucketFrontier).Bucket(run).Bucket(bucketPending)
			if pending == nil {
				return nil
			}
			return pending.ForEach(func(_, v []byte) error {
				s.Queued += int(decodeUint(v))
				return nil
			})
		})
	})
	if err != nil {
		return s, fmt.Errorf("stats %s: %w", db.path, err)
	}
	if fi, err := os.Stat(db.path); err == nil {
		s.Size = fi.Size()
	}
	return s, nil
}

// view runs fn in a read transaction, turning a panic inside bbolt (a
// corrupt page) into an ErrCorrupt error.
func (db *DB) view(fn func(*bolt.Tx) error) (err error) {
	defer debug.SetPanicOnFault(debug.SetPanicOnFault(true))
	defer recoverCorrupt(&err)
	return db.bolt.View(fn)
}

// update runs fn in a write transaction; everything fn writes is committed
// together or, when fn fails, not at all.
func (db *DB) update(fn func(*bolt.Tx) error) (err error) {
	defer debug.SetPanicOnFault(debug.SetPanicOnFault(true))
	defer recoverCorrupt(&err)
	return db.bolt.Update(fn)
}

// recoverCorrupt turns a panic in a transaction into an ErrCorrupt error:
// bbolt panics on pages it cannot make sense of, and a page pointer past
// the end of the file faults in its memory map, which view and update make
// a panic (debug.SetPanicOnFault) instead of killing the process. bbolt
// rolls the transaction back, so nothing stored is lost.
func recoverCorrupt(err *error) {
	if r := recover(); r != nil {
		*err = fmt.Errorf("%w: %v", ErrCorrupt, r)
	}
}

// encodeUint returns v as 8 big-endian bytes, so keys sort numerically.
// appendSeq puts v, JSON-encoded, under b's next sequence number.
func appendSeq(b *bolt.Bucket, v any) error {
	seq, err := b.NextSequence()
	if err != nil {
		return err
	}
	data, err := json.Marshal(v)
	if err != nil {
		return err
	}
	return b.Put(encodeUint(seq), data)
}

func encodeUint(v uint64) []byte {
	b := make([]byte, 8)
	binary.BigEndian.PutUint64(b, v)
	return b
}

// decodeUint reads 8 big-endian bytes; anything else reads as 0.
func decodeUint(b []byte) uint64 {
	if len(b) != 8 {
		return 0
	}
	return binary.BigEndian.Uint64(b)
}

// timeLayout is a fixed-width UTC form of RFC 3339 with nanoseconds, so
// that byte order is time order.
const timeLayout = "2006-01-02T15:04:05.000000000Z"

var (
	minKeyTime = time.Date(1, 1, 1, 0, 0, 0, 0, time.UTC)
	maxKeyTime = time.Date(9999, 12, 31, 23, 59, 59, 999999999, time.UTC)
)

// timePrefix formats t for an index key, clamped to years 1–9999.
func timePrefix(t time.Time) []byte {
	t = t.UTC()
	if t.Before(minKeyTime) {
		t = minKeyTime
	}
	if t.After(maxKeyTime) {
		t = maxKeyTime
	}
	return t.AppendFormat(make([]byte, 0, len(timeLayout)+18), timeLayout)
}

// indexKey is the key of a record in a by-time index: time|id.
func indexKey(t time.Time, id string) []byte {
	k := timePrefix(t)
	k = append(k, '|')
	return append(k, id...)
}

// indexID returns the id part of an index key.
func indexID(k []byte) string {
	if len(k) <= len(timeLayout)+1 {
		return ""
	}
	return string(k[len(timeLayout)+1:])
}
