package evidence

import (
	"crypto/ecdsa"
	"crypto/elliptic"
	"crypto/rand"
	"crypto/sha256"
	"crypto/x509"
	"encoding/base64"
	"encoding/pem"
	"errors"
	"fmt"
	"math/big"
	"os"
	"time"
)

// sign.go signs a package the way the WACZ Signing and Verification
// recommendation's anonymous signature does, which ReplayWeb.page and
// wabac.js check: ECDSA on P-384 with SHA-256 over the UTF-8 bytes of the
// hash string ("sha256:…"), the signature as raw r‖s (IEEE P1363, 96
// bytes) in base64, and the public key as base64 DER SubjectPublicKeyInfo.

// SignedData is the signedData block of datapackage-digest.json.
type SignedData struct {
	Hash      string `json:"hash"`
	Created   string `json:"created"`
	Software  string `json:"software"`
	Version   string `json:"version,omitempty"`
	Signature string `json:"signature"`
	PublicKey string `json:"publicKey"`
	// TimeSignature is an RFC 3161 timestamp token (DER, base64) over the
	// decoded signature bytes, from the TSA the exporter was pointed at;
	// TimestampCert the TSA's certificate chain (PEM) as it sent it.
	TimeSignature string `json:"timeSignature,omitempty"`
	TimestampCert string `json:"timestampCert,omitempty"`
}

// ErrBadSignature is wrapped by every signature verification failure.
var ErrBadSignature = errors.New("bad signature")

// GenerateKey makes a new P-384 signing key.
func GenerateKey() (*ecdsa.PrivateKey, error) {
	k, err := ecdsa.GenerateKey(elliptic.P384(), rand.Reader)
	if err != nil {
		return nil, fmt.Errorf("generate P-384 key: %w", err)
	}
	return k, nil
}

// WriteKeyPair writes the private key (PKCS#8 PEM, mode 0600) and its
// public key (SPKI PEM) to two new files; it refuses to overwrite either.
func WriteKeyPair(k *ecdsa.PrivateKey, privPath, pubPath string) error {
	der, err := x509.MarshalPKCS8PrivateKey(k)
	if err != nil {
		return fmt.Errorf("encode private key: %w", err)
	}
	pub, err := x509.MarshalPKIXPublicKey(&k.PublicKey)
	if err != nil {
		return fmt.Errorf("encode public key: %w", err)
	}
	if err := writeNew(privPath, pem.EncodeToMemory(&pem.Block{Type: "PRIVATE KEY", Bytes: der}), 0o600); err != nil {
		return err
	}
	if err := writeNew(pubPath, pem.EncodeToMemory(&pem.Block{Type: "PUBLIC KEY", Bytes: pub}), 0o644); err != nil {
		os.Remove(privPath)
		return err
	}
	return nil
}

func writeNew(path string, b []byte, mode os.FileMode) error {
	f, err := os.OpenFile(path, os.O_WRONLY|os.O_CREATE|os.O_EXCL, mode)
	if err != nil {
		return fmt.Errorf("write key: %w", err)
	}
	if _, err := f.Write(b); err != nil {
		f.Close()
		return fmt.Errorf("write key %s: %w", path, err)
	}
	if err := f.Close(); err != nil {
		return fmt.Errorf("write key %s: %w", path, err)
	}
	return nil
}

// LoadPrivateKey reads a P-384 private key from a PEM file (PKCS#8 or SEC 1).
func LoadPrivateKey(path string) (*ecdsa.PrivateKey, error) {
	raw, err := os.ReadFile(path)
	if err != nil {
		return nil, fmt.Errorf("read signing key: %w", err)
	}
	block, _ := pem.Decode(raw)
	if block == nil {
		return nil, fmt.Errorf("signing key %s: no PEM block", path)
	}
	var k any
	switch block.Type {
	case "PRIVATE KEY":
		k, err = x509.ParsePKCS8PrivateKey(block.Bytes)
	case "EC PRIVATE KEY":
		k, err = x509.ParseECPrivateKey(block.Bytes)
	default:
		return nil, fmt.Errorf("signing key %s: PEM block %q, want PRIVATE KEY", path, block.Type)
	}
	if err != nil {
		return nil, fmt.Errorf("signing key %s: %w", path, err)
	}
	ek, ok := k.(*ecdsa.PrivateKey)
	if !ok || ek.Curve != elliptic.P384() {
		return nil, fmt.Errorf("signing key %s: not an ECDSA P-384 key (make one with npswatch keygen)", path)
	}
	return ek, nil
}

// LoadPublicKey reads a public key from a PEM file and returns it in the
// form SignedData.PublicKey uses (base64 DER SPKI).
func LoadPublicKey(path string) (string, error) {
	raw, err := os.ReadFile(path)
	if err != nil {
		return "", fmt.Errorf("read public key: %w", err)
	}
	block, _ := pem.Decode(raw)
	if block == nil || block.Type != "PUBLIC KEY" {
		return "", fmt.Errorf("public key %s: no PUBLIC KEY PEM block", path)
	}
	if _, err := parsePublicKey(block.Bytes); err != nil {
		return "", fmt.Errorf("public key %s: %w", path, err)
	}
	return base64.StdEncoding.EncodeToString(block.Bytes), nil
}

func parsePublicKey(der []byte) (*ecdsa.PublicKey, error) {
	k, err := x509.ParsePKIXPublicKey(der)
	if err != nil {
		return nil, err
	}
	ek, ok := k.(*ecdsa.PublicKey)
	if !ok || ek.Curve != elliptic.P384() {
		return nil, errors.New("not an ECDSA P-384 public key")
	}
	return ek, nil
}

// Sign signs hash (the "sha256:…" string of datapackage.json).
func Sign(hash string, k *ecdsa.PrivateKey, created time.Time, software, version string) (*SignedData, error) {
	digest := sha256.Sum256([]byte(hash))
	r, s, err := ecdsa.Sign(rand.Reader, k, digest[:])
	if err != nil {
		return nil, fmt.Errorf("sign: %w", err)
	}
	sig := make([]byte, 96)
	r.FillBytes(sig[:48])
	s.FillBytes(sig[48:])
	pub, err := x509.MarshalPKIXPublicKey(&k.PublicKey)
	if err != nil {
		return nil, fmt.Errorf("encode public key: %w", err)
	}
	return &SignedData{Hash: hash, Created: created.UTC().Format(time.RFC3339), Software: software, Version: version,
		Signature: base64.StdEncoding.EncodeToString(sig), PublicKey: base64.StdEncoding.EncodeToString(pub)}, nil
}

// SignatureBytes returns the decoded raw r‖s signature.
func (sd *SignedData) SignatureBytes() ([]byte, error) {
	sig, err := base64.StdEncoding.DecodeString(sd.Signature)
	if err != nil || len(sig) != 96 {
		return nil, fmt.Errorf("signature is not 96 bytes of base64 (r‖s on P-384): %w", ErrBadSignature)
	}
	return sig, nil
}

// Verify checks the signature of sd.Hash with sd.PublicKey. When
// wantPublicKey is not "", the signing key must also be that key (base64
// DER SPKI, as LoadPublicKey returns): a valid signature by an unknown key
// proves nothing about who signed.
func (sd *SignedData) Verify(wantPublicKey string) error {
	der, err := base64.StdEncoding.DecodeString(sd.PublicKey)
	if err != nil {
		return fmt.Errorf("publicKey is not base64: %w", ErrBadSignature)
	}
	pub, err := parsePublicKey(der)
	if err != nil {
		return fmt.Errorf("publicKey: %v: %w", err, ErrBadSignature)
	}
	if wantPublicKey != "" && wantPublicKey != sd.PublicKey {
		return fmt.Errorf("signed with another key than the one given: %w", ErrBadSignature)
	}
	sig, err := sd.SignatureBytes()
	if err != nil {
		return err
	}
	digest := sha256.Sum256([]byte(sd.Hash))
	r, s := new(big.Int).SetBytes(sig[:48]), new(big.Int).SetBytes(sig[48:])
	if !ecdsa.Verify(pub, digest[:], r, s) {
		return fmt.Errorf("signature does not match hash %s: %w", sd.Hash, ErrBadSignature)
	}
	return nil
}
