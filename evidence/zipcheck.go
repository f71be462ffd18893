package evidence

import (
	"archive/zip"
	"bytes"
	"cmp"
	"encoding/binary"
	"errors"
	"fmt"
	"io"
	"slices"
)

// zipcheck.go compares the ZIP container's local file headers and data
// descriptors with its central directory. archive/zip reads entries
// through the central directory and never looks at the local copies of
// the name, times, CRC and sizes, so without this check a changed byte
// there would go unnoticed. The central directory's version-made-by and
// attributes, which nothing reads, must be as archive/zip writes them.

const (
	sigLocal      = 0x04034b50
	sigCentral    = 0x02014b50
	sigEnd        = 0x06054b50
	sigEnd64      = 0x06064b50
	sigLocator64  = 0x07064b50
	sigDescriptor = 0x08074b50
)

type centralEntry struct {
	name                 string
	needed, flags, meth  uint16
	time, date           uint16
	crc                  uint32
	csize, usize, offset uint64
	extra                []byte
	zip64                bool
}

// checkZipStructure checks ra (the whole file, size bytes). files are the
// entries archive/zip found, in central-directory order, or nil when
// archive/zip could not read the file (then the check only explains why).
func checkZipStructure(ra io.ReaderAt, size int64, files []*zip.File) error {
	entries, cdStart, err := readCentral(ra, size)
	if err != nil {
		return fmt.Errorf("central directory: %w", err)
	}
	if files != nil && len(entries) != len(files) {
		return fmt.Errorf("central directory: %d entries, archive/zip read %d", len(entries), len(files))
	}
	order := make([]int, len(entries))
	for i := range order {
		order[i] = i
	}
	slices.SortFunc(order, func(a, b int) int { return cmp.Compare(entries[a].offset, entries[b].offset) })
	next := uint64(0)
	for _, i := range order {
		e := entries[i]
		if files != nil && e.name != files[i].Name {
			return fmt.Errorf("%s: central directory names it %q", files[i].Name, e.name)
		}
		if e.offset != next {
			return fmt.Errorf("%s: local header at offset %d, expected %d (bytes between or overlapping entries)", e.name, e.offset, next)
		}
		end, err := checkLocal(ra, size, e)
		if err != nil {
			return fmt.Errorf("%s: %w", e.name, err)
		}
		next = end
	}
	if next != cdStart {
		return fmt.Errorf("%d bytes between the last entry and the central directory", int64(cdStart)-int64(next))
	}
	return nil
}

func readAt(ra io.ReaderAt, size int64, off uint64, n int) ([]byte, error) {
	if off > uint64(size) || uint64(n) > uint64(size)-off {
		return nil, fmt.Errorf("%d bytes at offset %d run past the end of the file", n, off)
	}
	b := make([]byte, n)
	if _, err := ra.ReadAt(b, int64(off)); err != nil {
		return nil, err
	}
	return b, nil
}

// readCentral finds the end-of-central-directory record (ZIP64 when
// needed) and parses every central header.
func readCentral(ra io.ReaderAt, size int64) ([]centralEntry, uint64, error) {
	tail := int64(22 + 65535)
	if tail > size {
		tail = size
	}
	buf, err := readAt(ra, size, uint64(size-tail), int(tail))
	if err != nil {
		return nil, 0, err
	}
	eocd := -1
	for i := len(buf) - 22; i >= 0; i-- {
		if binary.LittleEndian.Uint32(buf[i:]) == sigEnd && i+22+int(binary.LittleEndian.Uint16(buf[i+20:])) == len(buf) {
			eocd = i
			break
		}
	}
	if eocd < 0 {
		return nil, 0, errors.New("no end-of-central-directory record")
	}
	end := buf[eocd:]
	eocdOff := uint64(size-tail) + uint64(eocd)
	if binary.LittleEndian.Uint16(end[4:]) != 0 || binary.LittleEndian.Uint16(end[6:]) != 0 ||
		binary.LittleEndian.Uint16(end[8:]) != binary.LittleEndian.Uint16(end[10:]) || binary.LittleEndian.Uint16(end[20:]) != 0 {
		return nil, 0, errors.New("end record: disk numbers, entry counts or comment are not those of a single-file ZIP without comment")
	}
	count := uint64(binary.LittleEndian.Uint16(end[10:]))
	cdSize := uint64(binary.LittleEndian.Uint32(end[12:]))
	cdOff := uint64(binary.LittleEndian.Uint32(end[16:]))
	cdEnd := eocdOff
	if count == 0xffff || cdSize == 0xffffffff || cdOff == 0xffffffff {
		if eocdOff < 20 {
			return nil, 0, errors.New("ZIP64 locator missing")
		}
		loc, err := readAt(ra, size, eocdOff-20, 20)
		if err != nil || binary.LittleEndian.Uint32(loc) != sigLocator64 {
			return nil, 0, errors.New("ZIP64 locator missing")
		}
		off64 := binary.LittleEndian.Uint64(loc[8:])
		e64, err := readAt(ra, size, off64, 56)
		if err != nil || binary.LittleEndian.Uint32(e64) != sigEnd64 {
			return nil, 0, errors.New("ZIP64 end record missing")
		}
		count, cdSize, cdOff = binary.LittleEndian.Uint64(e64[32:]), binary.LittleEndian.Uint64(e64[40:]), binary.LittleEndian.Uint64(e64[48:])
		cdEnd = off64
	}
	if cdOff > cdEnd || cdEnd-cdOff != cdSize || count > maxZipEntries || cdSize > maxMetaFile {
		return nil, 0, fmt.Errorf("central directory of %d bytes at %d with %d entries does not fit", cdSize, cdOff, count)
	}
	cd, err := readAt(ra, size, cdOff, int(cdSize))
	if err != nil {
		return nil, 0, err
	}
	var out []centralEntry
	for p := 0; p < len(cd); {
		if len(cd)-p < 46 || binary.LittleEndian.Uint32(cd[p:]) != sigCentral {
			return nil, 0, fmt.Errorf("bad central header at directory offset %d", p)
		}
		h := cd[p:]
		n, x, c := int(binary.LittleEndian.Uint16(h[28:])), int(binary.LittleEndian.Uint16(h[30:])), int(binary.LittleEndian.Uint16(h[32:]))
		if len(h) < 46+n+x+c {
			return nil, 0, fmt.Errorf("central header at directory offset %d (%q) runs past the directory", p, h[46:min(len(h), 46+n)])
		}
		if binary.LittleEndian.Uint16(h[34:]) != 0 || binary.LittleEndian.Uint16(h[36:]) != 0 || c != 0 {
			return nil, 0, fmt.Errorf("central header %q: disk number, internal attributes or comment set", h[46:46+n])
		}
		// As archive/zip writes them: "made by" MS-DOS or Unix with the
		// same ZIP version as "needed"; MS-DOS entries carry no attributes.
		madeBy, ext := binary.LittleEndian.Uint16(h[4:]), binary.LittleEndian.Uint32(h[38:])
		if host := madeBy >> 8; (host != 0 && host != 3) || madeBy&0xff != binary.LittleEndian.Uint16(h[6:])&0xff || (host == 0 && ext != 0) {
			return nil, 0, fmt.Errorf("central header %q: version made by %#04x or attributes %#x are not what a ZIP writer sets", h[46:46+n], madeBy, ext)
		}
		e := centralEntry{name: string(h[46 : 46+n]), needed: binary.LittleEndian.Uint16(h[6:]), flags: binary.LittleEndian.Uint16(h[8:]),
			meth: binary.LittleEndian.Uint16(h[10:]), time: binary.LittleEndian.Uint16(h[12:]), date: binary.LittleEndian.Uint16(h[14:]),
			crc: binary.LittleEndian.Uint32(h[16:]), csize: uint64(binary.LittleEndian.Uint32(h[20:])),
			usize: uint64(binary.LittleEndian.Uint32(h[24:])), offset: uint64(binary.LittleEndian.Uint32(h[42:])),
			extra: h[46+n : 46+n+x]}
		if err := e.applyZip64(); err != nil {
			return nil, 0, fmt.Errorf("central header %q: %w", e.name, err)
		}
		out = append(out, e)
		p += 46 + n + x + c
	}
	if uint64(len(out)) != count {
		return nil, 0, fmt.Errorf("%d central headers, the end record says %d", len(out), count)
	}
	return out, cdOff, nil
}

// applyZip64 reads 64-bit sizes and offset from the ZIP64 extra field.
func (e *centralEntry) applyZip64() error {
	for x := e.extra; len(x) >= 4; {
		id, n := binary.LittleEndian.Uint16(x), int(binary.LittleEndian.Uint16(x[2:]))
		if len(x) < 4+n {
			return errors.New("truncated extra field")
		}
		if id == 0x0001 {
			e.zip64 = true
			d := x[4 : 4+n]
			for _, v := range []*uint64{&e.usize, &e.csize, &e.offset} {
				if *v == 0xffffffff {
					if len(d) < 8 {
						return errors.New("short ZIP64 extra field")
					}
					*v, d = binary.LittleEndian.Uint64(d), d[8:]
				}
			}
		}
		x = x[4+n:]
	}
	return nil
}

// withoutZip64 is the extra field minus its ZIP64 record, which a writer
// puts in the central directory only.
func withoutZip64(extra []byte) []byte {
	var out []byte
	for x := extra; len(x) >= 4; {
		n := int(binary.LittleEndian.Uint16(x[2:]))
		if len(x) < 4+n {
			return append(out, x...)
		}
		if binary.LittleEndian.Uint16(x) != 0x0001 {
			out = append(out, x[:4+n]...)
		}
		x = x[4+n:]
	}
	return out
}

// checkLocal compares an entry's local header (and data descriptor) with
// its central header and returns where the entry ends.
func checkLocal(ra io.ReaderAt, size int64, e centralEntry) (uint64, error) {
	h, err := readAt(ra, size, e.offset, 30)
	if err != nil || binary.LittleEndian.Uint32(h) != sigLocal {
		return 0, errors.New("no local file header where the central directory points")
	}
	n, x := int(binary.LittleEndian.Uint16(h[26:])), int(binary.LittleEndian.Uint16(h[28:]))
	rest, err := readAt(ra, size, e.offset+30, n+x)
	if err != nil {
		return 0, fmt.Errorf("local header: %w", err)
	}
	switch {
	case string(rest[:n]) != e.name:
		return 0, fmt.Errorf("local header names it %q", rest[:n])
	case binary.LittleEndian.Uint16(h[4:]) != e.needed, binary.LittleEndian.Uint16(h[6:]) != e.flags,
		binary.LittleEndian.Uint16(h[8:]) != e.meth:
		return 0, errors.New("local header's version, flags or method differ from the central directory")
	case binary.LittleEndian.Uint16(h[10:]) != e.time, binary.LittleEndian.Uint16(h[12:]) != e.date:
		return 0, errors.New("local header's modification time differs from the central directory")
	case !bytes.Equal(rest[n:], withoutZip64(e.extra)) && !bytes.Equal(rest[n:], e.extra):
		return 0, errors.New("local header's extra field differs from the central directory")
	}
	crc, cs, us := binary.LittleEndian.Uint32(h[14:]), binary.LittleEndian.Uint32(h[18:]), binary.LittleEndian.Uint32(h[22:])
	dataEnd := e.offset + 30 + uint64(n+x) + e.csize
	if dataEnd > uint64(size) {
		return 0, errors.New("data runs past the end of the file")
	}
	if e.flags&0x8 == 0 {
		if crc != e.crc || (cs != 0xffffffff && uint64(cs) != e.csize) || (us != 0xffffffff && uint64(us) != e.usize) {
			return 0, errors.New("local header's CRC or sizes differ from the central directory")
		}
		return dataEnd, nil
	}
	if (crc != 0 && crc != e.crc) || (cs != 0 && cs != 0xffffffff && uint64(cs) != e.csize) ||
		(us != 0 && us != 0xffffffff && uint64(us) != e.usize) {
		return 0, errors.New("local header's CRC or sizes differ from the central directory")
	}
	// Data descriptor: optional signature, CRC, sizes (8 bytes each with ZIP64).
	d, err := readAt(ra, size, dataEnd, 4)
	if err != nil {
		return 0, errors.New("data descriptor missing")
	}
	p := dataEnd
	if binary.LittleEndian.Uint32(d) == sigDescriptor {
		p += 4
	}
	width := 4
	if e.zip64 {
		width = 8
	}
	dd, err := readAt(ra, size, p, 4+2*width)
	if err != nil {
		return 0, errors.New("data descriptor truncated")
	}
	dcs, dus := uint64(binary.LittleEndian.Uint32(dd[4:])), uint64(binary.LittleEndian.Uint32(dd[8:]))
	if e.zip64 {
		dcs, dus = binary.LittleEndian.Uint64(dd[4:]), binary.LittleEndian.Uint64(dd[12:])
	}
	if binary.LittleEndian.Uint32(dd) != e.crc || dcs != e.csize || dus != e.usize {
		return 0, errors.New("data descriptor's CRC or sizes differ from the central directory")
	}
	return p + uint64(4+2*width), nil
}
