// Package tsatest runs a local RFC 3161 time-stamping authority for tests:
// an httptest server on 127.0.0.1 with a throwaway CA and TSA certificate,
// a settable clock, and switches to make it misbehave.
package tsatest

import (
	"crypto"
	"crypto/ecdsa"
	"crypto/elliptic"
	"crypto/rand"
	"crypto/sha256"
	"crypto/x509"
	"crypto/x509/pkix"
	"encoding/asn1"
	"encoding/pem"
	"io"
	"math/big"
	"net/http"
	"net/http/httptest"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/digitorus/timestamp"
)

// Policy is the TSA policy OID the server puts in its tokens (2.999 is the
// arc reserved for examples).
var Policy = asn1.ObjectIdentifier{2, 999, 3161, 1}

// Server is a test TSA. Set Now, Fail, Garbage, WrongImprint and WrongNonce
// between requests, not while one is being served.
type Server struct {
	// URL is where to POST timestamp queries (http://127.0.0.1:port/).
	URL string
	// Cert is the TSA's signing certificate (ExtKeyUsageTimeStamping,
	// critical), issued by CA, a self-signed root.
	Cert *x509.Certificate
	CA   *x509.Certificate

	// Now is the TSA's clock; nil means time.Now. Tokens carry its value
	// truncated to the second.
	Now func() time.Time
	// Fail makes the server answer HTTP 500.
	Fail bool
	// Garbage makes it answer 200 application/timestamp-reply with a body
	// that is not DER.
	Garbage bool
	// WrongImprint makes it sign a hash other than the one asked for.
	WrongImprint bool
	// WrongNonce makes it put another nonce in the token.
	WrongNonce bool

	key      crypto.Signer
	srv      *httptest.Server
	mu       sync.Mutex
	requests int
}

// NewServer starts a test TSA, closed when the test ends.
func NewServer(tb testing.TB) *Server {
	tb.Helper()
	caKey, err := ecdsa.GenerateKey(elliptic.P256(), rand.Reader)
	if err != nil {
		tb.Fatalf("tsatest: CA key: %v", err)
	}
	tsaKey, err := ecdsa.GenerateKey(elliptic.P256(), rand.Reader)
	if err != nil {
		tb.Fatalf("tsatest: TSA key: %v", err)
	}
	// Wide validity, so that tests may set the clock years either way.
	now := time.Now()
	notBefore, notAfter := now.AddDate(-30, 0, 0), now.AddDate(30, 0, 0)

	caTmpl := &x509.Certificate{
		SerialNumber:          big.NewInt(1),
		Subject:               pkix.Name{Organization: []string{"tsatest"}, CommonName: "tsatest Root CA"},
		NotBefore:             notBefore,
		NotAfter:              notAfter,
		KeyUsage:              x509.KeyUsageCertSign | x509.KeyUsageCRLSign,
		BasicConstraintsValid: true,
		IsCA:                  true,
	}
	caDER, err := x509.CreateCertificate(rand.Reader, caTmpl, caTmpl, &caKey.PublicKey, caKey)
	if err != nil {
		tb.Fatalf("tsatest: CA certificate: %v", err)
	}
	ca, err := x509.ParseCertificate(caDER)
	if err != nil {
		tb.Fatalf("tsatest: CA certificate: %v", err)
	}

	// RFC 3161 §2.3: the TSA certificate has exactly one extended key
	// usage, id-kp-timeStamping, marked critical. x509.CreateCertificate
	// never marks EKU critical, so the extension is given raw.
	eku, err := asn1.Marshal([]asn1.ObjectIdentifier{{1, 3, 6, 1, 5, 5, 7, 3, 8}})
	if err != nil {
		tb.Fatalf("tsatest: EKU: %v", err)
	}
	tsaTmpl := &x509.Certificate{
		SerialNumber:          big.NewInt(2),
		Subject:               pkix.Name{Organization: []string{"tsatest"}, CommonName: "tsatest TSA"},
		NotBefore:             notBefore,
		NotAfter:              notAfter,
		KeyUsage:              x509.KeyUsageDigitalSignature | x509.KeyUsageContentCommitment,
		BasicConstraintsValid: true,
		ExtraExtensions:       []pkix.Extension{{Id: asn1.ObjectIdentifier{2, 5, 29, 37}, Critical: true, Value: eku}},
	}
	tsaDER, err := x509.CreateCertificate(rand.Reader, tsaTmpl, ca, &tsaKey.PublicKey, caKey)
	if err != nil {
		tb.Fatalf("tsatest: TSA certificate: %v", err)
	}
	cert, err := x509.ParseCertificate(tsaDER)
	if err != nil {
		tb.Fatalf("tsatest: TSA certificate: %v", err)
	}

	s := &Server{Cert: cert, CA: ca, key: tsaKey}
	s.srv = httptest.NewServer(http.HandlerFunc(s.serve))
	s.URL = s.srv.URL + "/"
	tb.Cleanup(s.srv.Close)
	return s
}

// Requests counts the requests the server has received, answered or not.
func (s *Server) Requests() int {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.requests
}

// ChainPEM is the TSA certificate then the CA's, as PEM.
func (s *Server) ChainPEM() string {
	return string(pem.EncodeToMemory(&pem.Block{Type: "CERTIFICATE", Bytes: s.Cert.Raw})) +
		string(pem.EncodeToMemory(&pem.Block{Type: "CERTIFICATE", Bytes: s.CA.Raw}))
}

func (s *Server) serve(w http.ResponseWriter, r *http.Request) {
	s.mu.Lock()
	s.requests++
	s.mu.Unlock()

	if s.Fail {
		http.Error(w, "tsatest: told to fail", http.StatusInternalServerError)
		return
	}
	if r.Method != http.MethodPost {
		w.Header().Set("Allow", http.MethodPost)
		http.Error(w, "tsatest: POST a timestamp query", http.StatusMethodNotAllowed)
		return
	}
	if ct := r.Header.Get("Content-Type"); !strings.EqualFold(ct, "application/timestamp-query") {
		http.Error(w, "tsatest: Content-Type "+ct+", want application/timestamp-query", http.StatusUnsupportedMediaType)
		return
	}
	body, err := io.ReadAll(io.LimitReader(r.Body, 1<<16))
	if err != nil {
		http.Error(w, "tsatest: read query: "+err.Error(), http.StatusBadRequest)
		return
	}
	w.Header().Set("Content-Type", "application/timestamp-reply")
	if s.Garbage {
		w.Write([]byte("this is not a TimeStampResp\n"))
		return
	}

	req, err := timestamp.ParseRequest(body)
	if err != nil {
		reply, _ := timestamp.CreateErrorResponse(timestamp.Rejection, timestamp.BadDataFormat)
		w.Write(reply)
		return
	}
	now := time.Now
	if s.Now != nil {
		now = s.Now
	}
	ts := timestamp.Timestamp{
		HashAlgorithm:     req.HashAlgorithm,
		HashedMessage:     req.HashedMessage,
		Time:              now().UTC(),
		Accuracy:          time.Second,
		Policy:            Policy,
		Nonce:             req.Nonce,
		AddTSACertificate: req.Certificates,
	}
	if req.Certificates {
		ts.Certificates = []*x509.Certificate{s.CA}
	}
	if s.WrongImprint {
		other := sha256.Sum256(append([]byte("tsatest: not what was asked: "), req.HashedMessage...))
		ts.HashAlgorithm, ts.HashedMessage = crypto.SHA256, other[:]
	}
	if s.WrongNonce {
		ts.Nonce = new(big.Int).Add(big.NewInt(1), orZero(req.Nonce))
	}
	reply, err := ts.CreateResponseWithOpts(s.Cert, s.key, crypto.SHA256)
	if err != nil {
		http.Error(w, "tsatest: sign: "+err.Error(), http.StatusInternalServerError)
		return
	}
	w.Write(reply)
}

func orZero(n *big.Int) *big.Int {
	if n == nil {
		return new(big.Int)
	}
	return n
}
