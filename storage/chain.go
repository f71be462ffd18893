package storage

import (
	"bytes"
	"cmp"
	"compress/gzip"
	"context"
	"crypto/sha256"
	"encoding/binary"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"slices"
	"strconv"
	"strings"
	"time"

	bolt "go.etcd.io/bbolt"

	"github.com/npswatch/npswatch"
)

// chainSince is the schema version that added the hash chain and the raw
// exchange bytes.
const chainSince = 3

// ChainHead is the end of a database's hash chain: the Seq of the last
// capture committed and its RecordHash. The zero ChainHead is an empty chain.
type ChainHead struct {
	Seq  uint64 `json:"seq"`
	Hash string `json:"hash,omitempty"`
}

// String formats h as meta/chain_head holds it: the decimal Seq, a space and
// the hash.
func (h ChainHead) String() string { return strconv.FormatUint(h.Seq, 10) + " " + h.Hash }

// ProblemKind classifies what VerifyChain found wrong.
type ProblemKind string

// Problem kinds.
const (
	// ProblemNotChained: the file has no chain yet (a schema version older
	// than 3 opened read-only; opening it for writing migrates it).
	ProblemNotChained ProblemKind = "not chained yet"
	// ProblemEdited: a capture record was changed after it was chained —
	// its RecordHash does not recompute, it does not decode, or it names
	// another id or seq than its place in the chain.
	ProblemEdited ProblemKind = "edited"
	// ProblemDeleted: the chain names a capture that is gone, or a seq is
	// missing from the chain index.
	ProblemDeleted ProblemKind = "deleted"
	// ProblemUnchained: a capture record that is not in the chain.
	ProblemUnchained ProblemKind = "unchained"
	// ProblemBodyAltered: the stored body does not hash to the record's
	// SHA256, or does not decompress.
	ProblemBodyAltered ProblemKind = "body altered"
	// ProblemRawAltered: the stored raw request or response does not hash
	// to the record's digest, is missing, or does not decompress.
	ProblemRawAltered ProblemKind = "raw altered"
	// ProblemBroken: a record's PrevHash is not the RecordHash of the
	// record before it: one of the two was replaced, hash recomputed.
	ProblemBroken ProblemKind = "chain broken"
	// ProblemTruncated: the chain ends before the head meta records.
	ProblemTruncated ProblemKind = "truncated"
	// ProblemHead: the head in meta does not match the chain's last
	// record (another hash, a seq past it, malformed or missing).
	ProblemHead ProblemKind = "head mismatch"
)

// ChainProblem is one thing VerifyChain found wrong.
type ChainProblem struct {
	Seq       uint64      `json:"seq,omitempty"`        // chain position concerned, 0 when none
	CaptureID string      `json:"capture_id,omitempty"` // capture concerned, "" when none
	Kind      ProblemKind `json:"kind"`
	Detail    string      `json:"detail"`
}

func (p ChainProblem) String() string {
	var where []string
	if p.Seq != 0 {
		where = append(where, "seq "+strconv.FormatUint(p.Seq, 10))
	}
	if p.CaptureID != "" {
		where = append(where, fmt.Sprintf("capture %q", p.CaptureID))
	}
	s := string(p.Kind)
	if p.Detail != "" {
		sep := ": "
		if p.Kind == ProblemBroken {
			sep = " " // "chain broken after seq 4: …"
		}
		s += sep + p.Detail
	}
	if len(where) > 0 {
		s = strings.Join(where, " ") + ": " + s
	}
	return s
}

// MaxChainProblems caps ChainReport.Problems; the rest are only counted.
const MaxChainProblems = 1000

// ChainReport is what VerifyChain found.
type ChainReport struct {
	SchemaVersion int            `json:"schema_version"`
	Checked       int            `json:"checked"`  // chained captures whose record was read and checked
	Captures      int            `json:"captures"` // capture records in the database
	Head          ChainHead      `json:"head"`     // as meta records it
	Problems      []ChainProblem `json:"problems,omitempty"`
	Omitted       int            `json:"omitted,omitempty"` // problems past MaxChainProblems, not listed
}

// OK reports whether the chain verified without a problem.
func (r *ChainReport) OK() bool { return len(r.Problems) == 0 && r.Omitted == 0 }

// Err returns the problems as one error, nil when there are none.
func (r *ChainReport) Err() error {
	if r.OK() {
		return nil
	}
	errs := make([]error, 0, len(r.Problems)+1)
	for _, p := range r.Problems {
		errs = append(errs, errors.New(p.String()))
	}
	if r.Omitted > 0 {
		errs = append(errs, fmt.Errorf("%d more problems", r.Omitted))
	}
	return fmt.Errorf("hash chain: %w", errors.Join(errs...))
}

func (r *ChainReport) add(seq uint64, id string, kind ProblemKind, format string, args ...any) {
	if len(r.Problems) >= MaxChainProblems {
		r.Omitted++
		return
	}
	r.Problems = append(r.Problems, ChainProblem{Seq: seq, CaptureID: id, Kind: kind, Detail: fmt.Sprintf(format, args...)})
}

// VerifyChain walks the hash chain in seq order, in one read transaction,
// and checks that every chained record's RecordHash recomputes, that its
// PrevHash is the RecordHash of the record before it, that the chain index
// and the capture records agree (no capture missing from the chain, no
// chained capture missing), that stored bodies and raw exchanges hash to
// their records' digests, and that the head in meta is the last record.
// What it finds wrong is listed in the report; the error is non-nil only
// when the database could not be read (a canceled context, ErrCorrupt). A
// file older than schema version 3 opened read-only has no chain: its
// report holds one ProblemNotChained.
//
// It reads every body and raw exchange, so it takes about as long as
// reading the whole file.
func (db *DB) VerifyChain(ctx context.Context) (ChainReport, error) {
	rep := ChainReport{SchemaVersion: db.schema}
	if err := ctx.Err(); err != nil {
		return rep, err
	}
	err := db.view(func(tx *bolt.Tx) error {
		return verifyChain(ctx, tx, db.schema, &rep)
	})
	if err != nil {
		return rep, fmt.Errorf("verify chain of %s: %w", db.path, err)
	}
	return rep, nil
}

// ChainHead returns the head of the hash chain as meta records it, the zero
// ChainHead for an empty chain. A file older than schema version 3 opened
// read-only has no chain: the error wraps ErrNotChained.
func (db *DB) ChainHead(ctx context.Context) (ChainHead, error) {
	var h ChainHead
	if err := ctx.Err(); err != nil {
		return h, err
	}
	if db.schema < chainSince {
		return h, fmt.Errorf("chain head of %s: %w: schema %d", db.path, ErrNotChained, db.schema)
	}
	err := db.view(func(tx *bolt.Tx) (err error) {
		h, err = getChainHead(tx)
		return err
	})
	if err != nil {
		return h, fmt.Errorf("chain head of %s: %w", db.path, err)
	}
	return h, nil
}

// CaptureAt returns the capture at position seq of the hash chain, as
// Capture does, or an error wrapping ErrNotFound (ErrNotChained for a file
// older than schema version 3).
func (db *DB) CaptureAt(ctx context.Context, seq uint64) (*npswatch.Capture, error) {
	if err := ctx.Err(); err != nil {
		return nil, err
	}
	if db.schema < chainSince {
		return nil, fmt.Errorf("capture at seq %d: %w: schema %d", seq, ErrNotChained, db.schema)
	}
	var id string
	err := db.view(func(tx *bolt.Tx) error {
		v := tx.Bucket(bucketChain).Get(encodeUint(seq))
		if v == nil {
			return ErrNotFound
		}
		id = string(v)
		return nil
	})
	if err != nil {
		return nil, fmt.Errorf("capture at seq %d: %w", seq, err)
	}
	return db.Capture(ctx, id)
}

// digest returns the hex SHA-256 of b.
func digest(b []byte) string {
	s := sha256.Sum256(b)
	return hex.EncodeToString(s[:])
}

var emptyDigest = digest(nil)

// fillDigests sets a capture's SHA256 (always: the empty body's digest when
// it has none) and RawRequestSHA256 and RawResponseSHA256 (when there are
// raw bytes) if they are empty, and checks them against the bytes if not.
// Digests are stored in lower case.
func fillDigests(c *npswatch.Capture) error {
	return errors.Join(
		fillDigest(&c.SHA256, c.Body, "body", true),
		fillDigest(&c.RawRequestSHA256, c.RawRequest, "raw request", false),
		fillDigest(&c.RawResponseSHA256, c.RawResponse, "raw response", false))
}

func fillDigest(field *string, b []byte, what string, always bool) error {
	switch want := digest(b); {
	case *field == "":
		if always || len(b) > 0 {
			*field = want
		}
	case strings.EqualFold(*field, want):
		*field = want
	default:
		return fmt.Errorf("%w: %s SHA-256 given as %q, its %d bytes hash to %s", ErrDigest, what, *field, len(b), want)
	}
	return nil
}

// recordHashSep starts the record_hash member that a stored capture record
// ends with.
const recordHashSep = `,"record_hash":"`

// recordTailLen is the length of that member and the closing brace.
const recordTailLen = len(recordHashSep) + sha256.Size*2 + len(`"}`)

// encodeRecord returns the stored form of c and its RecordHash: c's
// canonical encoding J (encoding/json of c with RecordHash empty, so
// without a record_hash member) is hashed, and the record_hash member is
// inserted before J's closing brace. c.RecordHash is set.
func encodeRecord(c *npswatch.Capture) ([]byte, string, error) {
	c.RecordHash = ""
	canon, err := json.Marshal(c)
	if err != nil {
		return nil, "", err
	}
	if len(canon) < 3 || canon[0] != '{' || canon[1] != '"' || canon[len(canon)-1] != '}' {
		return nil, "", fmt.Errorf("capture encodes as %.40q, not a JSON object with members", canon)
	}
	h := digest(canon)
	v := make([]byte, 0, len(canon)+recordTailLen)
	v = append(v, canon[:len(canon)-1]...)
	v = append(v, recordHashSep...)
	v = append(v, h...)
	v = append(v, `"}`...)
	c.RecordHash = h
	return v, h, nil
}

// splitRecord undoes encodeRecord's last step: it returns the canonical
// encoding a stored record was hashed from and the hash stored in it, or
// ok false when the record does not end with a record_hash member.
func splitRecord(v []byte) (canon []byte, hash string, ok bool) {
	if len(v) < recordTailLen+2 {
		return nil, "", false
	}
	tail := v[len(v)-recordTailLen:]
	h := tail[len(recordHashSep) : len(tail)-2]
	if !bytes.HasPrefix(tail, []byte(recordHashSep)) || !bytes.HasSuffix(tail, []byte(`"}`)) || !isLowerHex(h) {
		return nil, "", false
	}
	canon = make([]byte, 0, len(v)-recordTailLen+1)
	canon = append(canon, v[:len(v)-recordTailLen]...)
	return append(canon, '}'), string(h), true
}

func isLowerHex(b []byte) bool {
	for _, c := range b {
		if (c < '0' || c > '9') && (c < 'a' || c > 'f') {
			return false
		}
	}
	return true
}

// getChainHead reads meta/chain_head; a missing key is the empty chain.
func getChainHead(tx *bolt.Tx) (ChainHead, error) {
	v := tx.Bucket(bucketMeta).Get(keyChainHead)
	if v == nil {
		return ChainHead{}, nil
	}
	h, ok := parseChainHead(v)
	if !ok {
		return ChainHead{}, fmt.Errorf("%w: meta chain head %q is malformed", ErrCorrupt, v)
	}
	return h, nil
}

func parseChainHead(v []byte) (ChainHead, bool) {
	s, h, ok := strings.Cut(string(v), " ")
	seq, err := strconv.ParseUint(s, 10, 64)
	if !ok || err != nil || seq == 0 || len(h) != sha256.Size*2 || !isLowerHex([]byte(h)) {
		return ChainHead{}, false
	}
	return ChainHead{Seq: seq, Hash: h}, true
}

// appendToChain makes the new capture c the chain's next record: it sets
// c.Seq, c.PrevHash and c.RecordHash, and returns c's stored form, having
// put its chain index key and the new head.
func appendToChain(tx *bolt.Tx, c *npswatch.Capture) ([]byte, error) {
	head, err := getChainHead(tx)
	if err != nil {
		return nil, err
	}
	chain := tx.Bucket(bucketChain)
	if k, _ := chain.Cursor().Last(); decodeUint(k) > head.Seq {
		// Never overwrite a chained entry; a head past the end of the
		// chain leaves a gap that VerifyChain keeps reporting.
		return nil, fmt.Errorf("%w: the chain head is seq %d, the chain index goes on to seq %d", ErrCorrupt, head.Seq, decodeUint(k))
	}
	c.Seq, c.PrevHash = head.Seq+1, head.Hash
	v, h, err := encodeRecord(c)
	if err != nil {
		return nil, fmt.Errorf("encode capture %q: %w", c.ID, err)
	}
	if err := chain.Put(encodeUint(c.Seq), []byte(c.ID)); err != nil {
		return nil, fmt.Errorf("chain capture %q: %w", c.ID, err)
	}
	head = ChainHead{Seq: c.Seq, Hash: h}
	if err := tx.Bucket(bucketMeta).Put(keyChainHead, []byte(head.String())); err != nil {
		return nil, fmt.Errorf("chain head: %w", err)
	}
	return v, nil
}

// chainExisting is the version-3 migration: it chains the captures of a
// file that has none chained, in (FetchedAt, id) order, filling in SHA256
// from the stored body where a record has none. A record that does not
// decode fails the migration; a body that does not match its record's
// SHA256 is chained as it is (VerifyChain reports it).
func chainExisting(tx *bolt.Tx) error {
	type entry struct {
		at time.Time
		id []byte
	}
	var entries []entry
	captures, bodies := tx.Bucket(bucketCaptures), tx.Bucket(bucketBodies)
	err := captures.ForEach(func(k, v []byte) error {
		var c struct {
			FetchedAt time.Time `json:"fetched_at"`
		}
		if err := json.Unmarshal(v, &c); err != nil {
			return fmt.Errorf("capture %q: %w: %v", k, ErrCorrupt, err)
		}
		entries = append(entries, entry{c.FetchedAt, bytes.Clone(k)})
		return nil
	})
	if err != nil {
		return err
	}
	slices.SortFunc(entries, func(a, b entry) int {
		return cmp.Or(a.at.Compare(b.at), bytes.Compare(a.id, b.id))
	})
	for _, e := range entries {
		var c npswatch.Capture
		if err := json.Unmarshal(captures.Get(e.id), &c); err != nil {
			return fmt.Errorf("capture %q: %w: %v", e.id, ErrCorrupt, err)
		}
		if c.ID != string(e.id) {
			return fmt.Errorf("%w: capture %q holds id %q", ErrCorrupt, e.id, c.ID)
		}
		if c.SHA256 == "" {
			d, _, err := gzipDigest(bodies.Get(e.id))
			if err != nil {
				return fmt.Errorf("body of capture %q: %w: %v", e.id, ErrCorrupt, err)
			}
			c.SHA256 = d
		}
		v, err := appendToChain(tx, &c)
		if err != nil {
			return err
		}
		if err := captures.Put(e.id, v); err != nil {
			return fmt.Errorf("put capture %q: %w", e.id, err)
		}
	}
	return nil
}

// gzipDigest returns the hex SHA-256 and length of what z decompresses
// to, streaming; nil z is no bytes.
func gzipDigest(z []byte) (string, int64, error) {
	if z == nil {
		return emptyDigest, 0, nil
	}
	r, err := gzip.NewReader(bytes.NewReader(z))
	if err != nil {
		return "", 0, err
	}
	r.Multistream(false)
	h := sha256.New()
	n, err := io.Copy(h, r)
	if err != nil {
		return "", n, err
	}
	return hex.EncodeToString(h.Sum(nil)), n, nil
}

// rawParts splits a raw bucket value into the compressed request and
// response (either nil when empty); see encodeRaw.
func rawParts(v []byte) (req, resp []byte, err error) {
	n, k := binary.Uvarint(v)
	if k <= 0 || n > uint64(len(v)-k) {
		return nil, nil, errors.New("malformed raw exchange: bad request length")
	}
	req, resp = v[k:k+int(n)], v[k+int(n):]
	if len(req) == 0 {
		req = nil
	}
	if len(resp) == 0 {
		resp = nil
	}
	return req, resp, nil
}

// verifyChain is VerifyChain inside a read transaction of a file of the
// given schema version.
func verifyChain(ctx context.Context, tx *bolt.Tx, schema int, rep *ChainReport) error {
	rep.SchemaVersion = schema
	captures := tx.Bucket(bucketCaptures)
	rep.Captures = captures.Stats().KeyN
	if schema < chainSince {
		rep.add(0, "", ProblemNotChained, "schema %d (opening the file for writing migrates it to %d)", schema, SchemaVersion)
		return nil
	}
	chain, bodies, raw := tx.Bucket(bucketChain), tx.Bucket(bucketBodies), tx.Bucket(bucketRaw)

	var (
		next      uint64 = 1 // the seq expected next
		prevHash  string     // RecordHash of the record before, when prevKnown
		prevKnown = true
		last      ChainHead // the last chain entry: its seq and stored hash
		lastKnown bool      // whether last.Hash was read
		n         int
		inChain   int // captures whose chain entry and record agree
		reported  = map[string]bool{}
	)
	c := chain.Cursor()
	for k, idb := c.First(); k != nil; k, idb = c.Next() {
		if n++; n%256 == 0 {
			if err := ctx.Err(); err != nil {
				return err
			}
		}
		id := string(idb)
		if len(k) != 8 || decodeUint(k) == 0 {
			rep.add(0, id, ProblemBroken, "at chain index key %x, which is not a seq", k)
			reported[id] = true
			prevKnown = false
			continue
		}
		seq := decodeUint(k)
		switch {
		case seq == next+1:
			rep.add(next, "", ProblemDeleted, "seq %d is missing from the chain index", next)
			prevKnown = false
		case seq > next:
			rep.add(next, "", ProblemDeleted, "seqs %d to %d are missing from the chain index", next, seq-1)
			prevKnown = false
		}
		next = seq + 1
		last, lastKnown = ChainHead{Seq: seq}, false
		v := captures.Get(idb)
		if v == nil {
			rep.add(seq, id, ProblemDeleted, "capture record deleted")
			prevKnown = false
			continue
		}
		rep.Checked++
		canon, hash, ok := splitRecord(v)
		if !ok {
			rep.add(seq, id, ProblemEdited, "record does not end with its record hash")
			reported[id] = true
		} else if d := digest(canon); d != hash {
			rep.add(seq, id, ProblemEdited, "record hash %s does not recompute (the record hashes to %s)", hash, d)
			reported[id] = true
		}
		var rec npswatch.Capture
		if err := json.Unmarshal(v, &rec); err != nil {
			rep.add(seq, id, ProblemEdited, "record does not decode: %v", err)
			reported[id] = true
			prevHash, prevKnown = "", false
			continue
		}
		if rec.ID != id || rec.Seq != seq {
			// Another record put in this one's place: its links and
			// bytes are not this position's to check.
			if rec.ID != id {
				rep.add(seq, id, ProblemEdited, "record holds id %q", rec.ID)
			} else {
				rep.add(seq, id, ProblemEdited, "record says seq %d", rec.Seq)
			}
			reported[id] = true
			prevHash, prevKnown = "", false
			continue
		}
		inChain++
		if prevKnown && rec.PrevHash != prevHash {
			if seq == 1 {
				rep.add(seq, id, ProblemBroken, "at seq 1: the first record's prev_hash is %q, want none", rec.PrevHash)
			} else {
				rep.add(seq, id, ProblemBroken, "after seq %d: prev_hash is %q, the record hash of seq %d is %q",
					seq-1, rec.PrevHash, seq-1, prevHash)
			}
		}
		verifyBytes(bodies.Get(idb), raw.Get(idb), &rec, seq, rep)
		prevHash, prevKnown = hash, ok
		last.Hash, lastKnown = hash, ok
	}

	// Every capture record must be in the chain.
	if inChain != rep.Captures {
		if err := captures.ForEach(func(k, v []byte) error {
			if n++; n%1024 == 0 {
				if err := ctx.Err(); err != nil {
					return err
				}
			}
			if reported[string(k)] {
				return nil
			}
			var rec struct {
				Seq uint64 `json:"seq"`
			}
			if err := json.Unmarshal(v, &rec); err != nil {
				rep.add(0, string(k), ProblemUnchained, "record is not in the chain and does not decode: %v", err)
				return nil
			}
			if !bytes.Equal(chain.Get(encodeUint(rec.Seq)), k) {
				rep.add(rec.Seq, string(k), ProblemUnchained, "record is not in the chain index")
			}
			return nil
		}); err != nil {
			return err
		}
	}

	// The head must be the last record.
	hv := tx.Bucket(bucketMeta).Get(keyChainHead)
	head, ok := parseChainHead(hv)
	switch {
	case hv == nil && last.Seq == 0:
	case hv == nil:
		rep.add(last.Seq, "", ProblemHead, "meta has no chain head, the chain ends at seq %d", last.Seq)
	case !ok:
		rep.add(0, "", ProblemHead, "meta chain head %q is malformed", hv)
	case head.Seq > last.Seq:
		rep.Head = head
		rep.add(head.Seq, "", ProblemTruncated, "the head is seq %d, the chain ends at seq %d: its last records were deleted", head.Seq, last.Seq)
	case head.Seq < last.Seq:
		rep.Head = head
		rep.add(head.Seq, "", ProblemHead, "the head is seq %d, the chain goes on to seq %d", head.Seq, last.Seq)
	case lastKnown && head.Hash != last.Hash:
		rep.Head = head
		rep.add(head.Seq, "", ProblemHead, "the head hash is %s, the record hash of seq %d is %s", head.Hash, last.Seq, last.Hash)
	default:
		rep.Head = head
	}
	return nil
}

// verifyBytes checks a chained record's body and raw exchange against its
// digests: a non-empty digest must be the SHA-256 of the stored bytes, an
// empty one means there are none (a body always has a digest).
func verifyBytes(body, raw []byte, rec *npswatch.Capture, seq uint64, rep *ChainReport) {
	if d, n, err := gzipDigest(body); err != nil {
		rep.add(seq, rec.ID, ProblemBodyAltered, "stored body does not decompress: %v", err)
	} else if d != rec.SHA256 {
		rep.add(seq, rec.ID, ProblemBodyAltered, "stored body of %d bytes hashes to %s, the record says %q", n, d, rec.SHA256)
	}
	var req, resp []byte
	if raw != nil {
		var err error
		if req, resp, err = rawParts(raw); err != nil {
			rep.add(seq, rec.ID, ProblemRawAltered, "%v", err)
			return
		}
	}
	for _, part := range []struct {
		what, want string
		z          []byte
	}{{"request", rec.RawRequestSHA256, req}, {"response", rec.RawResponseSHA256, resp}} {
		d, n, err := gzipDigest(part.z)
		switch {
		case err != nil:
			rep.add(seq, rec.ID, ProblemRawAltered, "stored raw %s does not decompress: %v", part.what, err)
		case part.want == "" && n > 0:
			rep.add(seq, rec.ID, ProblemRawAltered, "raw %s of %d bytes stored, the record has no digest", part.what, n)
		case part.want != "" && d != part.want && n == 0:
			rep.add(seq, rec.ID, ProblemRawAltered, "raw %s missing: the record says SHA-256 %s", part.what, part.want)
		case part.want != "" && d != part.want:
			rep.add(seq, rec.ID, ProblemRawAltered, "stored raw %s of %d bytes hashes to %s, the record says %s", part.what, n, d, part.want)
		}
	}
}
