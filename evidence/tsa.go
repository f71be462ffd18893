package evidence

import (
	"bytes"
	"context"
	"crypto"
	"crypto/rand"
	"crypto/sha1"
	"crypto/sha256"
	"crypto/x509"
	"crypto/x509/pkix"
	"encoding/asn1"
	"encoding/pem"
	"errors"
	"fmt"
	"io"
	"math/big"
	"net/http"
	"net/url"
	"strings"
	"time"

	"github.com/digitorus/pkcs7"
	"github.com/digitorus/timestamp"
)

// tsa.go gets and checks RFC 3161 timestamps. npswatch keeps a package's
// timestamp in its own file (see timestampfile.go), not in signedData: an
// anonymous wacz-auth signature may carry nothing else.

// ErrBadTimestamp is wrapped by every VerifyTimestamp failure.
var ErrBadTimestamp = errors.New("bad timestamp")

// maxTSAResponse bounds what Timestamp reads from a TSA; real responses are
// a few KiB (a token and a short certificate chain).
const maxTSAResponse = 1 << 20

var (
	oidTSTInfo               = asn1.ObjectIdentifier{1, 2, 840, 113549, 1, 9, 16, 1, 4}
	oidSigningCertificate    = asn1.ObjectIdentifier{1, 2, 840, 113549, 1, 9, 16, 2, 12}
	oidSigningCertificateV2  = asn1.ObjectIdentifier{1, 2, 840, 113549, 1, 9, 16, 2, 47}
	oidDigestSHA256          = asn1.ObjectIdentifier{2, 16, 840, 1, 101, 3, 4, 2, 1}
	oidDigestSHA384          = asn1.ObjectIdentifier{2, 16, 840, 1, 101, 3, 4, 2, 2}
	oidDigestSHA512          = asn1.ObjectIdentifier{2, 16, 840, 1, 101, 3, 4, 2, 3}
	errTimestampNoSigner     = errors.New("token has no signer certificate (was certReq honoured?)")
	errTimestampNotTSA       = errors.New("signer certificate lacks the timeStamping extended key usage")
	errTimestampCertMismatch = errors.New("signing-certificate attribute does not name the certificate that signed")
)

// Timestamp asks the TSA at tsaURL for an RFC 3161 token over data (SHA-256
// message imprint, a random nonce, certReq true), checks the response
// (status granted, imprint and nonce match, token signature verifies against
// the certificate in the token), and returns the DER token and the TSA's
// certificate chain as PEM. client nil means http.DefaultClient; the request
// is a POST with Content-Type application/timestamp-query. Errors name the TSA
// URL and what was wrong.
func Timestamp(ctx context.Context, client *http.Client, tsaURL string, data []byte) (token []byte, chainPEM string, err error) {
	_, token, chainPEM, err = timestampResponse(ctx, client, tsaURL, data)
	return token, chainPEM, err
}

// timestampResponse is Timestamp that also returns the TSA's whole
// TimeStampResp (DER), as wacz-auth's timeSignature holds it.
func timestampResponse(ctx context.Context, client *http.Client, tsaURL string, data []byte) (resp, token []byte, chainPEM string, err error) {
	if client == nil {
		client = http.DefaultClient
	}
	name := redactURL(tsaURL)
	fail := func(format string, args ...any) ([]byte, []byte, string, error) {
		return nil, nil, "", fmt.Errorf("timestamp from TSA %s: "+format, append([]any{name}, args...)...)
	}

	nonce, err := rand.Int(rand.Reader, new(big.Int).Lsh(big.NewInt(1), 64))
	if err != nil {
		return fail("nonce: %w", err)
	}
	digest := sha256.Sum256(data)
	query, err := (&timestamp.Request{
		HashAlgorithm: crypto.SHA256,
		HashedMessage: digest[:],
		Certificates:  true,
		Nonce:         nonce,
	}).Marshal()
	if err != nil {
		return fail("encode request: %w", err)
	}

	req, err := http.NewRequestWithContext(ctx, http.MethodPost, tsaURL, bytes.NewReader(query))
	if err != nil {
		return fail("%w", err)
	}
	req.Header.Set("Content-Type", "application/timestamp-query")
	req.Header.Set("Accept", "application/timestamp-reply")
	hresp, err := client.Do(req)
	if err != nil {
		// *url.Error repeats the URL (with any password in it redacted
		// only partly); keep its cause, which still unwraps to
		// context.Canceled and the like.
		var ue *url.Error
		if errors.As(err, &ue) {
			err = ue.Err
		}
		return fail("%w", err)
	}
	defer hresp.Body.Close()
	body, err := io.ReadAll(io.LimitReader(hresp.Body, maxTSAResponse+1))
	if err != nil {
		return fail("read response: %w", err)
	}
	if hresp.StatusCode != http.StatusOK {
		return fail("HTTP %s%s", hresp.Status, snippet(hresp.Header.Get("Content-Type"), body))
	}
	if len(body) > maxTSAResponse {
		return fail("response larger than %d bytes", maxTSAResponse)
	}

	ts, err := timestamp.ParseResponse(body)
	if err != nil {
		// Covers a non-granted status ("rejection: … (badAlgorithm)") as
		// well as a body that is not a TimeStampResp at all.
		return fail("not a granted RFC 3161 response (%d bytes, Content-Type %q): %v",
			len(body), hresp.Header.Get("Content-Type"), err)
	}
	tok, err := parseToken(ts.RawToken)
	if err != nil {
		return fail("%v", err)
	}
	if tok.ts.HashAlgorithm != crypto.SHA256 || !bytes.Equal(tok.ts.HashedMessage, digest[:]) {
		return fail("token's message imprint (%v %x) is not the SHA-256 of the data sent (%x)",
			tok.ts.HashAlgorithm, tok.ts.HashedMessage, digest[:])
	}
	if tok.ts.Nonce == nil || tok.ts.Nonce.Cmp(nonce) != 0 {
		return fail("token's nonce %v does not match the request's %v", tok.ts.Nonce, nonce)
	}

	var pemBuf strings.Builder
	for _, c := range orderChain(tok.signer, tok.certs) {
		pem.Encode(&pemBuf, &pem.Block{Type: "CERTIFICATE", Bytes: c.Raw})
	}
	return body, append([]byte(nil), ts.RawToken...), pemBuf.String(), nil
}

// VerifyTimestamp parses token, checks that its signature verifies and that
// its message imprint is SHA-256(data), and returns the time the TSA attested
// and the signer certificate's subject. (It does not decide whether the TSA is
// trusted: the caller says which TSA certificate it expects, if any.)
func VerifyTimestamp(token, data []byte) (at time.Time, tsa string, err error) {
	tok, err := parseToken(token)
	if err != nil {
		return time.Time{}, "", fmt.Errorf("timestamp token: %v: %w", err, ErrBadTimestamp)
	}
	digest := sha256.Sum256(data)
	if tok.ts.HashAlgorithm != crypto.SHA256 {
		return time.Time{}, "", fmt.Errorf("timestamp token: message imprint uses %v, not SHA-256: %w", tok.ts.HashAlgorithm, ErrBadTimestamp)
	}
	if !bytes.Equal(tok.ts.HashedMessage, digest[:]) {
		return time.Time{}, "", fmt.Errorf("timestamp token: message imprint %x is not the SHA-256 of the data (%x): %w",
			tok.ts.HashedMessage, digest[:], ErrBadTimestamp)
	}
	return tok.ts.Time.UTC(), tok.signer.Subject.String(), nil
}

type parsedToken struct {
	ts     *timestamp.Timestamp
	signer *x509.Certificate
	certs  []*x509.Certificate
}

// parseToken parses a DER TimeStampToken and checks what can be checked
// without knowing the data or trusting anyone: one signer whose certificate
// is in the token, a CMS signature that verifies with that certificate over
// a TSTInfo, a timeStamping certificate valid at the attested time, and (when
// present) an ESS signing-certificate attribute naming that certificate.
func parseToken(token []byte) (*parsedToken, error) {
	if len(token) == 0 {
		return nil, errors.New("empty token")
	}
	// pkcs7.Parse ignores bytes after the token; a stored token with a tail
	// is damaged, so refuse it. (A BER token with indefinite lengths fails
	// this DER read and is left to pkcs7, which converts it.)
	var outer asn1.RawValue
	if rest, err := asn1.Unmarshal(token, &outer); err == nil && len(rest) > 0 {
		return nil, fmt.Errorf("%d bytes of trailing data after the token", len(rest))
	}
	p7, err := pkcs7.Parse(token)
	if err != nil {
		return nil, fmt.Errorf("not a CMS SignedData: %v", err)
	}
	if len(p7.Signers) != 1 {
		return nil, fmt.Errorf("token has %d signers, want 1", len(p7.Signers))
	}
	signer := p7.GetOnlySigner()
	if signer == nil {
		return nil, errTimestampNoSigner
	}
	if err := p7.Verify(); err != nil {
		// pkcs7's digest-mismatch error spans lines; keep it to one.
		return nil, fmt.Errorf("signature does not verify: %s", strings.Join(strings.Fields(err.Error()), " "))
	}
	var contentType asn1.ObjectIdentifier
	if err := p7.UnmarshalSignedAttribute(pkcs7.OIDAttributeContentType, &contentType); err != nil {
		return nil, fmt.Errorf("signed content-type attribute: %v", err)
	}
	if !contentType.Equal(oidTSTInfo) {
		return nil, fmt.Errorf("signed content is %v, not a TSTInfo", contentType)
	}
	if err := checkSigningCertificate(p7, signer); err != nil {
		return nil, err
	}
	// timestamp.Parse verifies the signature again (it has certificates) and
	// decodes the TSTInfo.
	ts, err := timestamp.Parse(token)
	if err != nil {
		return nil, fmt.Errorf("TSTInfo: %v", err)
	}
	if !hasTimeStampingEKU(signer) {
		return nil, errTimestampNotTSA
	}
	if ts.Time.Before(signer.NotBefore) || ts.Time.After(signer.NotAfter) {
		return nil, fmt.Errorf("attested time %s is outside the signer certificate's validity (%s to %s)",
			ts.Time.UTC().Format(time.RFC3339), signer.NotBefore.UTC().Format(time.RFC3339), signer.NotAfter.UTC().Format(time.RFC3339))
	}
	return &parsedToken{ts: ts, signer: signer, certs: p7.Certificates}, nil
}

func hasTimeStampingEKU(c *x509.Certificate) bool {
	for _, u := range c.ExtKeyUsage {
		if u == x509.ExtKeyUsageTimeStamping {
			return true
		}
	}
	return false
}

// ESS SigningCertificate (RFC 2634) and SigningCertificateV2 (RFC 5035):
// the first entry names the signer's certificate by hash, which binds the
// certificate (not only its key) into the signature.
type essCertID struct {
	CertHash     []byte
	IssuerSerial asn1.RawValue `asn1:"optional"`
}

type essSigningCertificate struct {
	Certs    []essCertID
	Policies asn1.RawValue `asn1:"optional"`
}

type essCertIDv2 struct {
	HashAlgorithm pkix.AlgorithmIdentifier `asn1:"optional"`
	CertHash      []byte
	IssuerSerial  asn1.RawValue `asn1:"optional"`
}

type essSigningCertificateV2 struct {
	Certs    []essCertIDv2
	Policies asn1.RawValue `asn1:"optional"`
}

// checkSigningCertificate checks the ESS signing-certificate attribute when
// the token has one; a token without either form is accepted (the signature
// itself was already checked against the certificate).
func checkSigningCertificate(p7 *pkcs7.PKCS7, signer *x509.Certificate) error {
	var v2 essSigningCertificateV2
	if err := p7.UnmarshalSignedAttribute(oidSigningCertificateV2, &v2); err == nil {
		if len(v2.Certs) == 0 {
			return errTimestampCertMismatch
		}
		id := v2.Certs[0]
		var h crypto.Hash
		switch alg := id.HashAlgorithm.Algorithm; {
		case len(alg) == 0 || alg.Equal(oidDigestSHA256):
			h = crypto.SHA256
		case alg.Equal(oidDigestSHA384):
			h = crypto.SHA384
		case alg.Equal(oidDigestSHA512):
			h = crypto.SHA512
		default:
			return fmt.Errorf("signing-certificate-v2 attribute uses unsupported hash %v", alg)
		}
		hh := h.New()
		hh.Write(signer.Raw)
		if !bytes.Equal(hh.Sum(nil), id.CertHash) {
			return errTimestampCertMismatch
		}
		return nil
	}
	var v1 essSigningCertificate
	if err := p7.UnmarshalSignedAttribute(oidSigningCertificate, &v1); err == nil {
		sum := sha1.Sum(signer.Raw)
		if len(v1.Certs) == 0 || !bytes.Equal(v1.Certs[0].CertHash, sum[:]) {
			return errTimestampCertMismatch
		}
	}
	return nil
}

// orderChain puts the signer first, then each issuer found among certs, then
// any other certificates the token carried.
func orderChain(signer *x509.Certificate, certs []*x509.Certificate) []*x509.Certificate {
	out := []*x509.Certificate{signer}
	used := map[*x509.Certificate]bool{}
	for _, c := range certs {
		if c.Equal(signer) {
			used[c] = true
		}
	}
	for cur := signer; !bytes.Equal(cur.RawIssuer, cur.RawSubject); {
		var next *x509.Certificate
		for _, c := range certs {
			if !used[c] && bytes.Equal(c.RawSubject, cur.RawIssuer) && cur.CheckSignatureFrom(c) == nil {
				next = c
				break
			}
		}
		if next == nil {
			break
		}
		used[next] = true
		out = append(out, next)
		cur = next
	}
	for _, c := range certs {
		if !used[c] {
			used[c] = true
			out = append(out, c)
		}
	}
	return out
}

// redactURL hides a password in the TSA URL, which error messages repeat.
func redactURL(s string) string {
	u, err := url.Parse(s)
	if err != nil {
		return fmt.Sprintf("%q", s)
	}
	return u.Redacted()
}

// snippet quotes the start of a textual error body, which often says why.
func snippet(contentType string, body []byte) string {
	if !strings.HasPrefix(contentType, "text/") || len(body) == 0 {
		return ""
	}
	const max = 200
	s := strings.TrimSpace(string(body))
	if len(s) > max {
		s = s[:max] + "…"
	}
	return fmt.Sprintf(" (%q)", s)
}
