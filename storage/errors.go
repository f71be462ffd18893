package storage

import "errors"

// Errors returned by this package. Callers test for them with errors.Is; the
// returned errors wrap them with the path, run or record concerned.
var (
	// ErrNotFound is returned when a run or capture does not exist.
	ErrNotFound = errors.New("not found")

	// ErrLocked is returned by Open when another process (or another DB in
	// this process) holds the database file open for writing and the lock
	// could not be taken within Options.Timeout. Usually a crawl is running.
	ErrLocked = errors.New("database is locked by another process (is a crawl running?)")

	// ErrSchema is returned by Open when the file is a bolt database but not
	// one this version of npswatch can read: its schema version is newer or
	// unknown, or it belongs to another program.
	ErrSchema = errors.New("unsupported database schema")

	// ErrCorrupt is returned when the file is not a bolt database at all
	// (a text file, a truncated copy) or its pages cannot be read.
	ErrCorrupt = errors.New("not a valid npswatch database file")

	// ErrDigest is returned by Commit when a capture's SHA256,
	// RawRequestSHA256 or RawResponseSHA256 is set but is not the SHA-256
	// of the bytes it describes.
	ErrDigest = errors.New("SHA-256 does not match the bytes")

	// ErrNotChained is returned by ChainHead and CaptureAt for a file of a
	// schema version older than 3 opened read-only: its captures are not
	// chained until it is opened for writing.
	ErrNotChained = errors.New("not chained yet")
)
