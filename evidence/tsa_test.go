package evidence

import (
	"bytes"
	"context"
	"crypto"
	"crypto/ecdsa"
	"crypto/elliptic"
	"crypto/rand"
	"crypto/sha256"
	"crypto/x509"
	"crypto/x509/pkix"
	"encoding/asn1"
	"encoding/pem"
	"errors"
	"io"
	"math/big"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"
	"time"

	"github.com/digitorus/timestamp"

	"github.com/npswatch/npswatch/evidence/tsatest"
)

var tsaClock = time.Date(2024, 5, 6, 7, 8, 9, 654321000, time.UTC)

func newTSA(t *testing.T) *tsatest.Server {
	t.Helper()
	srv := tsatest.NewServer(t)
	srv.Now = func() time.Time { return tsaClock }
	return srv
}

func parsePEMChain(t *testing.T, chain string) []*x509.Certificate {
	t.Helper()
	var certs []*x509.Certificate
	rest := []byte(chain)
	for {
		var block *pem.Block
		block, rest = pem.Decode(rest)
		if block == nil {
			break
		}
		if block.Type != "CERTIFICATE" {
			t.Fatalf("chain has a %q PEM block", block.Type)
		}
		c, err := x509.ParseCertificate(block.Bytes)
		if err != nil {
			t.Fatalf("chain certificate: %v", err)
		}
		certs = append(certs, c)
	}
	if len(bytes.TrimSpace(rest)) != 0 {
		t.Fatalf("chain has trailing non-PEM text %q", rest)
	}
	return certs
}

func TestTimestampRoundTrip(t *testing.T) {
	srv := newTSA(t)
	data := []byte("ninety-six bytes of r||s, in real life")
	token, chain, err := Timestamp(context.Background(), nil, srv.URL, data)
	if err != nil {
		t.Fatal(err)
	}
	if n := srv.Requests(); n != 1 {
		t.Errorf("TSA saw %d requests, want 1", n)
	}
	at, tsa, err := VerifyTimestamp(token, data)
	if err != nil {
		t.Fatalf("VerifyTimestamp: %v", err)
	}
	if want := tsaClock.Truncate(time.Second); !at.Equal(want) || at.Location() != time.UTC {
		t.Errorf("attested time %v, want %v (UTC)", at, want)
	}
	if tsa != srv.Cert.Subject.String() {
		t.Errorf("tsa = %q, want %q", tsa, srv.Cert.Subject.String())
	}

	certs := parsePEMChain(t, chain)
	if len(certs) != 2 || !certs[0].Equal(srv.Cert) || !certs[1].Equal(srv.CA) {
		t.Fatalf("chain = %d certificates, want the TSA's then the CA's", len(certs))
	}
	// The chain is usable as sent: the TSA certificate chains to the CA for
	// time-stamping at the attested time.
	roots := x509.NewCertPool()
	roots.AddCert(certs[1])
	if _, err := certs[0].Verify(x509.VerifyOptions{Roots: roots, CurrentTime: at,
		KeyUsages: []x509.ExtKeyUsage{x509.ExtKeyUsageTimeStamping}}); err != nil {
		t.Errorf("chain does not verify: %v", err)
	}
}

// The WACZ way: the token is over the decoded 96-byte signature.
func TestTimestampSignature(t *testing.T) {
	srv := newTSA(t)
	k, err := GenerateKey()
	if err != nil {
		t.Fatal(err)
	}
	sd, err := Sign("sha256:"+strings.Repeat("ab", 32), k, tsaClock, "npswatch", "test")
	if err != nil {
		t.Fatal(err)
	}
	sig, err := sd.SignatureBytes()
	if err != nil {
		t.Fatal(err)
	}
	token, chain, err := Timestamp(context.Background(), nil, srv.URL, sig)
	if err != nil {
		t.Fatal(err)
	}
	sd.TimeSignature, sd.TimestampCert = encodeB64(token), chain
	if _, _, err := VerifyTimestamp(token, sig); err != nil {
		t.Errorf("token over the signature: %v", err)
	}
	if _, _, err := VerifyTimestamp(token, []byte(sd.Signature)); !errors.Is(err, ErrBadTimestamp) {
		t.Errorf("token checked against the base64 text instead of the bytes: err = %v, want ErrBadTimestamp", err)
	}
}

func TestTimestampUsesGivenClient(t *testing.T) {
	srv := newTSA(t)
	var seen []*http.Request
	client := &http.Client{Transport: roundTripFunc(func(r *http.Request) (*http.Response, error) {
		seen = append(seen, r)
		return http.DefaultTransport.RoundTrip(r)
	})}
	if _, _, err := Timestamp(context.Background(), client, srv.URL, []byte("x")); err != nil {
		t.Fatal(err)
	}
	if len(seen) != 1 {
		t.Fatalf("client saw %d requests, want 1", len(seen))
	}
	r := seen[0]
	if r.Method != http.MethodPost || r.Header.Get("Content-Type") != "application/timestamp-query" {
		t.Errorf("request %s with Content-Type %q, want POST application/timestamp-query", r.Method, r.Header.Get("Content-Type"))
	}
}

type roundTripFunc func(*http.Request) (*http.Response, error)

func (f roundTripFunc) RoundTrip(r *http.Request) (*http.Response, error) { return f(r) }

// Each request carries a fresh nonce, so two tokens over the same data differ.
func TestTimestampNonceFresh(t *testing.T) {
	srv := newTSA(t)
	a, _, err := Timestamp(context.Background(), nil, srv.URL, []byte("x"))
	if err != nil {
		t.Fatal(err)
	}
	b, _, err := Timestamp(context.Background(), nil, srv.URL, []byte("x"))
	if err != nil {
		t.Fatal(err)
	}
	ta, err := timestamp.Parse(a)
	if err != nil {
		t.Fatal(err)
	}
	tb, err := timestamp.Parse(b)
	if err != nil {
		t.Fatal(err)
	}
	if ta.Nonce == nil || tb.Nonce == nil || ta.Nonce.Cmp(tb.Nonce) == 0 {
		t.Errorf("nonces %v and %v: want two different ones", ta.Nonce, tb.Nonce)
	}
}

func TestVerifyTimestampDataChanged(t *testing.T) {
	srv := newTSA(t)
	data := []byte("the signature")
	token, _, err := Timestamp(context.Background(), nil, srv.URL, data)
	if err != nil {
		t.Fatal(err)
	}
	for _, other := range [][]byte{[]byte("the signaturE"), data[:len(data)-1], nil} {
		if _, _, err := VerifyTimestamp(token, other); !errors.Is(err, ErrBadTimestamp) {
			t.Errorf("data %q: err = %v, want ErrBadTimestamp", other, err)
		} else if !strings.Contains(err.Error(), "imprint") {
			t.Errorf("data %q: err = %v, want it to say the imprint differs", other, err)
		}
	}
}

func TestVerifyTimestampTampered(t *testing.T) {
	srv := newTSA(t)
	data := []byte("the signature")
	token, _, err := Timestamp(context.Background(), nil, srv.URL, data)
	if err != nil {
		t.Fatal(err)
	}
	if _, _, err := VerifyTimestamp(token, data); err != nil {
		t.Fatal(err)
	}
	digest := sha256.Sum256(data)
	genTime := []byte(tsaClock.Format("20060102150405Z"))
	at := func(sub []byte) int {
		t.Helper()
		i := bytes.Index(token, sub)
		if i < 0 || bytes.Index(token[i+1:], sub) >= 0 {
			t.Fatalf("%q is not in the token exactly once", sub)
		}
		return i
	}
	for name, i := range map[string]int{
		"signature (last byte)": len(token) - 1,
		"message imprint":       at(digest[:]) + 5,
		"genTime":               at(genTime) + 3, // the year's last digit
		"outer SEQUENCE tag":    0,
		"content type OID":      at([]byte{0x2a, 0x86, 0x48, 0x86, 0xf7, 0x0d, 0x01, 0x07, 0x02}) + 8,
	} {
		bad := bytes.Clone(token)
		bad[i] ^= 0x01
		if _, _, err := VerifyTimestamp(bad, data); !errors.Is(err, ErrBadTimestamp) {
			t.Errorf("byte %d (%s) flipped: err = %v, want ErrBadTimestamp", i, name, err)
		}
	}
	for name, bad := range map[string][]byte{
		"empty":       nil,
		"garbage":     []byte("not DER at all"),
		"truncated":   token[:len(token)/2],
		"trailing":    append(bytes.Clone(token), 0),
		"doubled":     append(bytes.Clone(token), token...),
		"no trailing": token[:len(token)-1],
	} {
		if _, _, err := VerifyTimestamp(bad, data); !errors.Is(err, ErrBadTimestamp) {
			t.Errorf("%s token: err = %v, want ErrBadTimestamp", name, err)
		}
	}
}

// A token without certificates cannot be checked by itself: refuse it.
func TestVerifyTimestampNoCertificate(t *testing.T) {
	srv := newTSA(t)
	data := []byte("x")
	digest := sha256.Sum256(data)
	query, err := (&timestamp.Request{HashAlgorithm: crypto.SHA256, HashedMessage: digest[:], Certificates: false}).Marshal()
	if err != nil {
		t.Fatal(err)
	}
	resp, err := http.Post(srv.URL, "application/timestamp-query", bytes.NewReader(query))
	if err != nil {
		t.Fatal(err)
	}
	body, err := io.ReadAll(resp.Body)
	resp.Body.Close()
	if err != nil {
		t.Fatal(err)
	}
	ts, err := timestamp.ParseResponse(body)
	if err != nil {
		t.Fatal(err)
	}
	if len(ts.Certificates) != 0 {
		t.Fatalf("TSA sent %d certificates though certReq was false", len(ts.Certificates))
	}
	if _, _, err := VerifyTimestamp(ts.RawToken, data); !errors.Is(err, ErrBadTimestamp) {
		t.Errorf("certificate-less token: err = %v, want ErrBadTimestamp", err)
	}
}

// A token signed by a certificate that is not a TSA's (no timeStamping
// extended key usage) is refused even though its signature verifies.
func TestVerifyTimestampNotATSACertificate(t *testing.T) {
	key, err := ecdsa.GenerateKey(elliptic.P256(), rand.Reader)
	if err != nil {
		t.Fatal(err)
	}
	tmpl := &x509.Certificate{
		SerialNumber: big.NewInt(7),
		Subject:      pkix.Name{CommonName: "not a TSA"},
		NotBefore:    tsaClock.AddDate(-1, 0, 0),
		NotAfter:     time.Now().AddDate(1, 0, 0), // pkcs7 signs with the real time
		KeyUsage:     x509.KeyUsageDigitalSignature,
		ExtKeyUsage:  []x509.ExtKeyUsage{x509.ExtKeyUsageCodeSigning},
	}
	der, err := x509.CreateCertificate(rand.Reader, tmpl, tmpl, &key.PublicKey, key)
	if err != nil {
		t.Fatal(err)
	}
	cert, err := x509.ParseCertificate(der)
	if err != nil {
		t.Fatal(err)
	}
	data := []byte("x")
	digest := sha256.Sum256(data)
	reply, err := (&timestamp.Timestamp{HashAlgorithm: crypto.SHA256, HashedMessage: digest[:], Time: tsaClock,
		Policy: asn1.ObjectIdentifier{2, 999, 1}, AddTSACertificate: true}).CreateResponseWithOpts(cert, key, crypto.SHA256)
	if err != nil {
		t.Fatal(err)
	}
	ts, err := timestamp.ParseResponse(reply)
	if err != nil {
		t.Fatal(err)
	}
	if _, _, err := VerifyTimestamp(ts.RawToken, data); !errors.Is(err, ErrBadTimestamp) || !strings.Contains(err.Error(), "timeStamping") {
		t.Errorf("code-signing certificate's token: err = %v, want ErrBadTimestamp about timeStamping", err)
	}
}

func TestTimestampTSAMisbehaves(t *testing.T) {
	for _, tc := range []struct {
		name  string
		set   func(*tsatest.Server)
		wants string
	}{
		{"HTTP 500", func(s *tsatest.Server) { s.Fail = true }, "500"},
		{"garbage", func(s *tsatest.Server) { s.Garbage = true }, "not a granted RFC 3161 response"},
		{"wrong imprint", func(s *tsatest.Server) { s.WrongImprint = true }, "imprint"},
		{"wrong nonce", func(s *tsatest.Server) { s.WrongNonce = true }, "nonce"},
		{"clock outside its certificate", func(s *tsatest.Server) {
			s.Now = func() time.Time { return time.Date(1901, 1, 1, 0, 0, 0, 0, time.UTC) }
		}, "validity"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			srv := newTSA(t)
			tc.set(srv)
			token, chain, err := Timestamp(context.Background(), nil, srv.URL, []byte("x"))
			if err == nil {
				t.Fatalf("no error (token %d bytes)", len(token))
			}
			if token != nil || chain != "" {
				t.Errorf("error %v came with a token or chain", err)
			}
			if !strings.Contains(err.Error(), srv.URL) || !strings.Contains(err.Error(), tc.wants) {
				t.Errorf("err = %v, want it to name %s and say %q", err, srv.URL, tc.wants)
			}
			if srv.Requests() != 1 {
				t.Errorf("TSA saw %d requests, want 1", srv.Requests())
			}
		})
	}
}

// A TSA that answers a non-granted status.
func TestTimestampRejected(t *testing.T) {
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		reply, _ := timestamp.CreateErrorResponse(timestamp.Rejection, timestamp.BadAlgorithm)
		w.Header().Set("Content-Type", "application/timestamp-reply")
		w.Write(reply)
	}))
	defer srv.Close()
	_, _, err := Timestamp(context.Background(), nil, srv.URL, []byte("x"))
	if err == nil || !strings.Contains(err.Error(), srv.URL) || !strings.Contains(err.Error(), "rejected") {
		t.Errorf("err = %v, want it to name %s and say rejected", err, srv.URL)
	}
}

func TestTimestampResponseTooLarge(t *testing.T) {
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		w.Write(make([]byte, maxTSAResponse+10))
	}))
	defer srv.Close()
	_, _, err := Timestamp(context.Background(), nil, srv.URL, []byte("x"))
	if err == nil || !strings.Contains(err.Error(), "larger") {
		t.Errorf("err = %v, want a too-large error", err)
	}
}

func TestTimestampContextCancelled(t *testing.T) {
	srv := newTSA(t)
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	_, _, err := Timestamp(ctx, nil, srv.URL, []byte("x"))
	if !errors.Is(err, context.Canceled) || !strings.Contains(err.Error(), srv.URL) {
		t.Errorf("err = %v, want context.Canceled naming %s", err, srv.URL)
	}

	// Cancelled while the TSA is thinking.
	release := make(chan struct{})
	slow := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		select {
		case <-r.Context().Done():
		case <-release:
		}
	}))
	defer slow.Close()
	defer close(release)
	ctx, cancel = context.WithTimeout(context.Background(), 50*time.Millisecond)
	defer cancel()
	start := time.Now()
	_, _, err = Timestamp(ctx, nil, slow.URL, []byte("x"))
	if !errors.Is(err, context.DeadlineExceeded) || !strings.Contains(err.Error(), slow.URL) {
		t.Errorf("err = %v, want context.DeadlineExceeded naming %s", err, slow.URL)
	}
	if d := time.Since(start); d > 5*time.Second {
		t.Errorf("took %v to give up", d)
	}
}

func TestTimestampRedactsPassword(t *testing.T) {
	srv := newTSA(t)
	srv.Fail = true
	u := strings.Replace(srv.URL, "http://", "http://user:s3cret@", 1)
	_, _, err := Timestamp(context.Background(), nil, u, []byte("x"))
	if err == nil || strings.Contains(err.Error(), "s3cret") {
		t.Errorf("err = %v, want an error without the password", err)
	}
}
