// Package evidence writes npswatch's evidence packages and verifies them.
//
// A package is a WACZ 1.1.1 file (a ZIP) holding:
//
//	archive/data.warc.gz      WARC/1.1, one gzip member per record, stored (not deflated) in the ZIP
//	indexes/index.cdxj        CDXJ index of the response records, sorted
//	pages/pages.jsonl         json-pages-1.0: one page per captured HTML response
//	evidence/report.html      the human-readable account (site text escaped)
//	evidence/report.md        the same in Markdown
//	datapackage.json          the manifest: every file above with its size and SHA-256
//	datapackage-digest.json   the SHA-256 of datapackage.json, signed when a key is given
//
// Write builds it from a Bundle; Verify re-checks one.
//
// # The WARC
//
// Records come in this order: one warcinfo (software, format, case,
// operator, host, clock source, proxy routes, watchlist versions, runs,
// the database's chain head, creation time); for each capture a request,
// a response and a metadata record (application/json: the Capture
// without its bytes, linked to the response by WARC-Refers-To); then one
// metadata record per listing and per hit (application/json, with the
// watchlist version and, for hits, the matcher's explanation), whose
// WARC-Target-URI is urn:npswatch:listing:<id> or urn:npswatch:hit:<id>
// and whose WARC-Refers-To is the response record of the capture they
// were found in.
//
// Request and response blocks are the exact bytes that crossed the
// connection (Capture.RawRequest and RawResponse): status line, headers,
// and the body with its chunked transfer coding and gzip content coding
// as sent. When a capture has no raw bytes (Capture.Wire says why), the
// record is rebuilt from the stored status, headers and body, and marked
// with the extension field "X-Npswatch-Wire: reconstructed: <reason>";
// the report and Verify say so. Behind a proxy, WARC-IP-Address is the
// proxy's address and "X-Npswatch-Proxy" names the route.
//
// WARC-Record-IDs are UUIDs of version 8 (RFC 9562) derived from a
// SHA-256 of the record's kind, the capture, listing or hit id, and the
// block's digest: deterministic, and different for different content.
// WARC-Date is the capture's fetch time in UTC, with fractional seconds
// when it has them (WARC 1.1 allows them).
//
// # Digests
//
// Every digest is "sha256:" followed by 64 lowercase hex digits, in the
// WARC fields, the CDXJ and the manifest alike. WARC 1.1 does not fix an
// encoding; hex is the WARC community's recommendation for SHA-256 (base32
// is customary only for SHA-1), and warcio, jwarc and nlnwa/gowarc detect
// hex by its length and accept it.
//
// WARC-Block-Digest is over the whole block. WARC-Payload-Digest is over
// the payload, which for application/http WARC 1.1 defines as the entity
// body "with any transfer-encoding removed": npswatch removes chunked
// transfer coding before hashing (the block keeps it) and leaves content
// coding such as gzip in place. This follows the specification and the
// clarification in iipc/warc-specifications#22 (as wget and Heritrix now
// do); warcio and nlnwa/gowarc hash the chunk framing instead, so on a
// chunked response their payload check disagrees with ours while their
// block check agrees. When chunk framing is broken or cut short, the
// payload is what decodes before the break (WARC 1.1 on truncated
// records). Write and Verify use the same function. The CDXJ digest is
// the payload digest, as pywb's is.
//
// # Verification
//
// Every file is stored in the ZIP uncompressed (see wacz.go for why), so
// every byte of the package is either file content, covered by a SHA-256
// and the ZIP CRC, or a ZIP header field that Verify compares with its
// copy: a single changed byte anywhere makes Verify fail (the tests flip
// every bit of a package to show it), and the failure names the file the
// byte belongs to.
//
// Verify checks, in order, stopping at the first discrepancy: the ZIP
// (readable, no duplicate names, every local header and data descriptor
// agreeing with the central directory, the required files present, the
// WARC stored); datapackage-digest.json, which nothing else hashes, so it
// must be exactly as Write encodes it; that its hash is the SHA-256 of
// datapackage.json; the signature over that hash (and the pinned key) and
// that signedData's created and software match the manifest; the RFC 3161
// timestamp over the signature bytes and that timestampCert is exactly the
// token's certificates; every listed file's size and SHA-256 (ZIP CRC
// errors surface here, naming the file); that no file is unlisted; every
// WARC record (one gzip member each, framing, Content-Length, block and
// payload digests, unique ids, references); every CDXJ line against the
// record at its offset; and that every page is an indexed response. The
// manifest and its digest are checked before the files they describe, so
// a change to datapackage.json is reported as such rather than as a
// mismatch of the file it describes.
//
// What a signature proves is limited; evidence/report.* says how.
package evidence
