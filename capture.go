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
	URL            string      `json:"url"`       // the URL requested (canonical form)
	FinalURL       string      `json:"final_url"` // after redirects
	Redirects      []string    `json:"redirects,omitempty"`
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
	Body           []byte      `json:"-"`      // raw bytes as received
}

// Failed reports whether the fetch ended without a usable response.
func (c *Capture) Failed() bool { return c.Error != "" }
