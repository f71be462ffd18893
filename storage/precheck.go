package storage

import (
	"encoding/binary"
	"errors"
	"fmt"
	"hash/fnv"
	"io"
	"os"
)

// bbolt file layout, as far as precheck reads it: every page starts with a
// 16-byte header (id u64, flags u16, count u16, overflow u32); pages 0 and 1
// hold a meta (magic u32, version u32, page size u32, flags u32, root pgid
// u64, root sequence u64, freelist pgid u64, high-water pgid u64, txid u64,
// FNV-64a checksum of the preceding 56 bytes). Integers are native-endian.
const (
	boltMagic         = 0xED0CDAED
	boltVersion       = 2
	pageHeaderSize    = 16
	metaSize          = 64
	noFreelist        = ^uint64(0)
	flagBranch        = 0x01
	flagLeaf          = 0x02
	flagFreelist      = 0x10
	branchElementSize = 16
	leafElementSize   = 16
)

// boltMeta is the part of a bbolt meta page precheck uses.
type boltMeta struct {
	pageSize             uint64
	root, freelist, pgid uint64
	txid                 uint64
}

// precheck looks at an existing file before bbolt maps it into memory.
// bbolt reads pages through that mapping, so a page it expects beyond the
// end of a truncated file kills the process with SIGBUS instead of
// returning an error. precheck rejects such files: the newest valid meta's
// high-water mark, root page and freelist must lie inside the file. A file
// without any valid meta is left to bbolt, which rejects it cleanly.
func precheck(path string) error {
	f, err := os.Open(path)
	if errors.Is(err, os.ErrNotExist) {
		return nil
	}
	if err != nil {
		return err
	}
	defer f.Close()
	fi, err := f.Stat()
	if err != nil || fi.Size() == 0 || fi.IsDir() {
		return err // empty files become new databases; bbolt reports directories
	}
	size := uint64(fi.Size())

	m0, ok0 := readMeta(f, 0)
	var m1 boltMeta
	ok1 := false
	if ok0 {
		m1, ok1 = readMeta(f, int64(m0.pageSize))
	} else {
		for ps := int64(1024); ps <= 1<<24 && !ok1; ps <<= 1 {
			m1, ok1 = readMeta(f, ps)
		}
	}
	m := m0
	switch {
	case !ok0 && !ok1:
		if size < 2*uint64(os.Getpagesize()) { // bbolt's own error would not say what is wrong
			return fmt.Errorf("%w: file of %d bytes is too small for a database", ErrCorrupt, size)
		}
		return nil
	case !ok0 || (ok1 && m1.txid > m0.txid):
		m = m1
	}

	ps := m.pageSize
	switch {
	case size < 2*ps:
		return fmt.Errorf("%w: file of %d bytes is truncated (pages are %d bytes)", ErrCorrupt, size, ps)
	case m.pgid > size/ps:
		return fmt.Errorf("%w: file of %d bytes is truncated (its meta page counts %d pages of %d bytes)",
			ErrCorrupt, size, m.pgid, ps)
	case m.root < 2 || m.root >= m.pgid:
		return fmt.Errorf("%w: root page %d outside pages 2–%d", ErrCorrupt, m.root, m.pgid)
	}
	if err := checkPage(f, m, m.root, flagBranch|flagLeaf); err != nil {
		return fmt.Errorf("%w: root %w", ErrCorrupt, err)
	}
	if m.freelist != noFreelist {
		if m.freelist < 2 || m.freelist >= m.pgid {
			return fmt.Errorf("%w: freelist page %d outside pages 2–%d", ErrCorrupt, m.freelist, m.pgid)
		}
		if err := checkPage(f, m, m.freelist, flagFreelist); err != nil {
			return fmt.Errorf("%w: freelist %w", ErrCorrupt, err)
		}
	}
	return nil
}

// readMeta reads and validates the meta page at offset off.
func readMeta(r io.ReaderAt, off int64) (boltMeta, bool) {
	var buf [pageHeaderSize + metaSize]byte
	if _, err := r.ReadAt(buf[:], off); err != nil {
		return boltMeta{}, false
	}
	b := buf[pageHeaderSize:]
	ne := binary.NativeEndian
	h := fnv.New64a()
	h.Write(b[:56])
	m := boltMeta{pageSize: uint64(ne.Uint32(b[8:])), root: ne.Uint64(b[16:]), freelist: ne.Uint64(b[32:]),
		pgid: ne.Uint64(b[40:]), txid: ne.Uint64(b[48:])}
	ok := ne.Uint32(b[0:]) == boltMagic && ne.Uint32(b[4:]) == boltVersion && ne.Uint64(b[56:]) == h.Sum64() &&
		m.pageSize >= 512 && m.pageSize <= 1<<24 && m.pageSize&(m.pageSize-1) == 0
	return m, ok
}

// checkPage checks that page id has one of the flags, that it and its
// overflow pages fit below the high-water mark, and that its elements (and
// for a branch or leaf page their keys, values and children) fit in it.
func checkPage(r io.ReaderAt, m boltMeta, id uint64, flags uint16) error {
	var hdr [pageHeaderSize + 8]byte
	if _, err := r.ReadAt(hdr[:], int64(id*m.pageSize)); err != nil {
		return fmt.Errorf("page %d: %w", id, err)
	}
	ne := binary.NativeEndian
	pflags, count, overflow := ne.Uint16(hdr[8:]), uint64(ne.Uint16(hdr[10:])), uint64(ne.Uint32(hdr[12:]))
	if pflags&flags == 0 || pflags&^flags != 0 {
		return fmt.Errorf("page %d has flags %#x", id, pflags)
	}
	if id+overflow >= m.pgid {
		return fmt.Errorf("page %d with %d overflow pages passes the high-water mark %d", id, overflow, m.pgid)
	}
	need := pageHeaderSize + count*branchElementSize
	switch pflags {
	case flagLeaf:
		need = pageHeaderSize + count*leafElementSize
	case flagFreelist:
		if count == 0xFFFF { // the real count is the first element
			count = ne.Uint64(hdr[pageHeaderSize:])
			if count > (overflow+1)*m.pageSize/8 {
				return fmt.Errorf("page %d counts %d free pages", id, count)
			}
			count++
		}
		need = pageHeaderSize + count*8
	}
	span := (overflow + 1) * m.pageSize
	if need > span {
		return fmt.Errorf("page %d: %d elements overflow it", id, count)
	}
	if pflags == flagFreelist {
		return nil
	}
	page := make([]byte, span)
	if _, err := r.ReadAt(page, int64(id*m.pageSize)); err != nil {
		return fmt.Errorf("page %d: %w", id, err)
	}
	for i := range count {
		off := pageHeaderSize + i*16
		e := page[off : off+16]
		end := off + uint64(ne.Uint32(e[0:])) + uint64(ne.Uint32(e[4:])) // branch: pos, ksize
		if pflags == flagLeaf {
			end = off + uint64(ne.Uint32(e[4:])) + uint64(ne.Uint32(e[8:])) + uint64(ne.Uint32(e[12:]))
		} else if child := ne.Uint64(e[8:]); child < 2 || child >= m.pgid {
			return fmt.Errorf("page %d element %d points to page %d", id, i, child)
		}
		if end > span {
			return fmt.Errorf("page %d element %d ends past the page", id, i)
		}
	}
	return nil
}
