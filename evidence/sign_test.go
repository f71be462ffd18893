package evidence

import (
	"errors"
	"path/filepath"
	"testing"
	"time"
)

func TestSignVerify(t *testing.T) {
	k, err := GenerateKey()
	if err != nil {
		t.Fatal(err)
	}
	dir := t.TempDir()
	priv, pub := filepath.Join(dir, "k.pem"), filepath.Join(dir, "k.pub.pem")
	if err := WriteKeyPair(k, priv, pub); err != nil {
		t.Fatal(err)
	}
	if err := WriteKeyPair(k, priv, pub); err == nil {
		t.Fatal("WriteKeyPair overwrote an existing key")
	}
	k2, err := LoadPrivateKey(priv)
	if err != nil {
		t.Fatal(err)
	}
	want, err := LoadPublicKey(pub)
	if err != nil {
		t.Fatal(err)
	}
	sd, err := Sign("sha256:00ff", k2, time.Date(2026, 11, 27, 9, 0, 0, 0, time.UTC), "npswatch", "0.1.0")
	if err != nil {
		t.Fatal(err)
	}
	if sd.PublicKey != want {
		t.Fatalf("public key in signedData differs from the key file")
	}
	if err := sd.Verify(want); err != nil {
		t.Fatalf("good signature: %v", err)
	}
	other, _ := GenerateKey()
	osd, _ := Sign("sha256:00ff", other, time.Now(), "npswatch", "0.1.0")
	for name, bad := range map[string]func(*SignedData){
		"hash changed":      func(s *SignedData) { s.Hash = "sha256:00fe" },
		"signature flipped": func(s *SignedData) { b, _ := s.SignatureBytes(); b[10] ^= 1; s.Signature = encodeB64(b) },
		"not base64":        func(s *SignedData) { s.Signature = "!!" },
		"key swapped":       func(s *SignedData) { s.PublicKey = osd.PublicKey },
	} {
		c := *sd
		bad(&c)
		if err := c.Verify(""); !errors.Is(err, ErrBadSignature) && name != "key swapped" {
			t.Errorf("%s: Verify = %v, want ErrBadSignature", name, err)
		}
		if err := c.Verify(want); !errors.Is(err, ErrBadSignature) {
			t.Errorf("%s: Verify(expected key) = %v, want ErrBadSignature", name, err)
		}
	}
	// another key's valid signature passes alone, fails against the expected key
	if err := osd.Verify(""); err != nil {
		t.Errorf("another key's own signature: %v", err)
	}
	if err := osd.Verify(want); !errors.Is(err, ErrBadSignature) {
		t.Errorf("signature by an unexpected key accepted")
	}
}
