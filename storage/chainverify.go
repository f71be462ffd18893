package storage

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"strconv"
	"strings"

	bolt "go.etcd.io/bbolt"

	"github.com/npswatch/npswatch"
)

// chainverify.go checks the capture hash chain (VerifyChain); chain.go
// builds it.

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
	hops := tx.Bucket(bucketHops) // nil in a file older than version 5 opened read-only

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
		if hops != nil {
			verifyHops(hops.Get(idb), &rec, seq, rep)
		}
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
	verifyRawPair(raw, rec.RawRequestSHA256, rec.RawResponseSHA256, "raw", seq, rec.ID, rep)
}

// verifyHops checks the raw bytes of a record's redirect hops (the hops
// bucket's value for it, nil when none are stored) against the digests the
// record gives them.
func verifyHops(v []byte, rec *npswatch.Capture, seq uint64, rep *ChainReport) {
	var parts [][]byte
	if v != nil {
		var err error
		if parts, err = hopParts(v); err != nil {
			rep.add(seq, rec.ID, ProblemRawAltered, "stored redirect hops: %v", err)
			return
		}
	}
	if len(parts) > len(rec.Hops) {
		rep.add(seq, rec.ID, ProblemRawAltered, "%d redirect hops stored, the record has %d", len(parts), len(rec.Hops))
		return
	}
	for i, h := range rec.Hops {
		var raw []byte
		if i < len(parts) {
			raw = parts[i]
		}
		verifyRawPair(raw, h.RawRequestSHA256, h.RawResponseSHA256, fmt.Sprintf("redirect hop %d raw", i+1), seq, rec.ID, rep)
	}
}

// verifyRawPair checks one stored raw exchange (encodeRaw's form, nil when
// none is stored) against the request and response digests of its record.
func verifyRawPair(raw []byte, wantReq, wantResp, label string, seq uint64, id string, rep *ChainReport) {
	var req, resp []byte
	if raw != nil {
		var err error
		if req, resp, err = rawParts(raw); err != nil {
			rep.add(seq, id, ProblemRawAltered, "%s: %v", label, err)
			return
		}
	}
	for _, part := range []struct {
		what, want string
		z          []byte
	}{{"request", wantReq, req}, {"response", wantResp, resp}} {
		d, n, err := gzipDigest(part.z)
		switch {
		case err != nil:
			rep.add(seq, id, ProblemRawAltered, "stored %s %s does not decompress: %v", label, part.what, err)
		case part.want == "" && n > 0:
			rep.add(seq, id, ProblemRawAltered, "%s %s of %d bytes stored, the record has no digest", label, part.what, n)
		case part.want != "" && d != part.want && n == 0:
			rep.add(seq, id, ProblemRawAltered, "%s %s missing: the record says SHA-256 %s", label, part.what, part.want)
		case part.want != "" && d != part.want:
			rep.add(seq, id, ProblemRawAltered, "stored %s %s of %d bytes hashes to %s, the record says %s", label, part.what, n, d, part.want)
		}
	}
}
