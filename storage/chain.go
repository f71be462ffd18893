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
		fillDigest(&c.RawResponseSHA256, c.RawResponse, "raw response", false),
		fillHopDigests(c))
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
