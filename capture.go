package npswatch

import (
	"net/http"
	"time"
)

// Capture is one fetch as it happened: what was asked, what came back, when,
// and the SHA-256 of the body exactly as received (before any decompression
// or charset decoding). Evidence bundles are built from captures, so Body is
// never altered; storage keeps it compressed beside this record.
type Capture struct {
	ID             string      `json:"id"`
	RunID          string      `json:"run_id"`
	URL            string      `json:"url"`                 // the URL requested (canonical form)
	FinalURL       string      `json:"final_url"`           // after redirects
	Redirects      []string    `json:"redirects,omitempty"` // URLs of Hops, in order
	Hops           []Hop       `json:"hops,omitempty"`      // the redirect exchanges before the final one
	Method         string      `json:"method"`
	Status         int         `json:"status"`
	RequestHeader  http.Header `json:"request_header,omitempty"`
	ResponseHeader http.Header `json:"response_header,omitempty"`
	ContentType    string      `json:"content_type,omitempty"`
	Size           int64       `json:"size"`                  // bytes of Body
	Truncated      bool        `json:"truncated,omitempty"`   // Body was cut at the size cap
	SHA256         string      `json:"sha256"`                // of Body, hex
	Proxy          string      `json:"proxy,omitempty"`       // proxy route (credentials removed)
	RemoteAddr     string      `json:"remote_addr,omitempty"` // IP:port the response came from (the proxy's, behind a proxy)
	FetchedAt      time.Time   `json:"fetched_at"`
	Duration       string      `json:"duration,omitempty"`
	Attempts       int         `json:"attempts"`
	Error          string      `json:"error,omitempty"`
	Parsed         bool        `json:"parsed"` // HTML that went through extraction
	// Requisites are the URLs of the images (and style sheets) a page with
	// listings had fetched with it; their captures have the ids
	// RequisiteCaptureID(RunID, url). RequisiteOf is, on such a capture,
	// the URL of the page that asked for it.
	Requisites  []string `json:"requisites,omitempty"`
	RequisiteOf string   `json:"requisite_of,omitempty"`
	Body        []byte   `json:"-"` // raw bytes as received

	// The exchange as it crossed the connection (HTTP/1.1, one exchange
	// per connection): the exact request bytes written and response bytes
	// read — status line, headers, and the body with its chunking and
	// content encoding as sent. Empty when Wire says why it could not be
	// recorded (HTTPS through an HTTP proxy tunnel, a failed fetch).
	RawRequest        []byte   `json:"-"`
	RawResponse       []byte   `json:"-"`
	RawRequestSHA256  string   `json:"raw_request_sha256,omitempty"`  // hex
	RawResponseSHA256 string   `json:"raw_response_sha256,omitempty"` // hex
	Wire              string   `json:"wire,omitempty"`                // "connection", or why the raw exchange is missing
	TLS               *TLSInfo `json:"tls,omitempty"`                 // nil for plain HTTP

	// Hash chain (set by storage when the capture is committed): Seq is the
	// capture's position in the database's chain, PrevHash the RecordHash
	// of the capture before it ("" for the first), RecordHash the SHA-256
	// of this record (see storage/doc.go), so a capture deleted or edited
	// later is detected by `npswatch verify --db`.
	Seq        uint64 `json:"seq,omitempty"`
	PrevHash   string `json:"prev_hash,omitempty"`
	RecordHash string `json:"record_hash,omitempty"`
}

// Hop is one redirect exchange a fetch went through before its final
// response: the request sent and the 3xx that came back, kept byte for byte
// like the final exchange (RawRequest, RawResponse; their SHA-256 in the
// record, so the hash chain covers them).
type Hop struct {
	URL               string    `json:"url"`
	Status            int       `json:"status"`
	Location          string    `json:"location,omitempty"`
	RemoteAddr        string    `json:"remote_addr,omitempty"`
	FetchedAt         time.Time `json:"fetched_at"`
	RawRequestSHA256  string    `json:"raw_request_sha256,omitempty"`
	RawResponseSHA256 string    `json:"raw_response_sha256,omitempty"`
	Wire              string    `json:"wire,omitempty"` // as Capture.Wire
	RawRequest        []byte    `json:"-"`
	RawResponse       []byte    `json:"-"`
}

// TLSInfo is what the TLS handshake of a capture's connection showed.
type TLSInfo struct {
	Version     string   `json:"version"`      // "TLS 1.3"
	CipherSuite string   `json:"cipher_suite"` // "TLS_AES_128_GCM_SHA256"
	ServerName  string   `json:"server_name"`  // SNI sent
	CertSHA256  []string `json:"cert_sha256"`  // SHA-256 (hex) of each certificate the server sent, leaf first
	ChainSHA256 string   `json:"chain_sha256"` // SHA-256 (hex) of the concatenated DER certificates, leaf first
}

// Wire values.
const (
	WireConnection = "connection" // RawRequest and RawResponse are the bytes on the connection
)

// Failed reports whether the fetch ended without a usable response.
func (c *Capture) Failed() bool { return c.Error != "" }
