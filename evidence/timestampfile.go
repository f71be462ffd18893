package evidence

import (
	"encoding/base64"
	"fmt"
	"time"

	"github.com/digitorus/timestamp"
)

// timestampfile.go: a package exported with --tsa keeps its RFC 3161
// timestamp in signature-timestamp.json beside datapackage-digest.json.
// signedData stays in wacz-auth's anonymous form (hash, created, software,
// version, signature, publicKey), the only form a self-held key can use:
// the spec forbids adding the domain form's timeSignature to it. The file
// uses the domain form's field meanings, as webrecorder's authsign does:
// timeSignature is the TSA's whole TimeStampResp (DER, base64) over the
// ASCII bytes of the base64 signature string, timestampCert the TSA's
// chain (PEM). It cannot be listed in datapackage.json: the signature it
// timestamps is made over datapackage.json's hash.

const timestampPath = "signature-timestamp.json"

type timestampFile struct {
	Path          string `json:"path"`          // the file whose signature was timestamped: datapackage-digest.json
	Signature     string `json:"signature"`     // that file's signedData.signature; its ASCII bytes are the timestamped data
	TimeSignature string `json:"timeSignature"` // RFC 3161 TimeStampResp, DER, base64
	TimestampCert string `json:"timestampCert"` // the TSA's certificate chain, PEM, signer first
}

// timestampToken checks a timestamp file against the package's signedData
// and returns its token, the time it attests and the TSA's name.
func (tf *timestampFile) check(sd *SignedData) (at time.Time, tsa string, err error) {
	switch {
	case tf.Path != digestPath:
		return at, "", fmt.Errorf("path %q, want %s", clip(tf.Path), digestPath)
	case sd == nil:
		return at, "", fmt.Errorf("a timestamp, but %s has no signedData: %w", digestPath, ErrBadTimestamp)
	case tf.Signature != sd.Signature:
		return at, "", fmt.Errorf("signature %q is not %s's signedData.signature: %w", clip(tf.Signature), digestPath, ErrBadTimestamp)
	}
	resp, err := base64.StdEncoding.Strict().DecodeString(tf.TimeSignature)
	if err != nil {
		return at, "", fmt.Errorf("timeSignature is not base64: %w", ErrBadTimestamp)
	}
	ts, err := timestamp.ParseResponse(resp)
	if err != nil {
		return at, "", fmt.Errorf("timeSignature is not a granted RFC 3161 TimeStampResp: %v: %w", err, ErrBadTimestamp)
	}
	if at, tsa, err = VerifyTimestamp(ts.RawToken, []byte(tf.Signature)); err != nil {
		return at, "", err
	}
	if err := checkTimestampChain(ts.RawToken, tf.TimestampCert); err != nil {
		return at, "", fmt.Errorf("timestampCert: %v: %w", err, ErrBadTimestamp)
	}
	return at, tsa, nil
}
