package main

import (
	"context"
	"fmt"
	"os"

	"github.com/npswatch/npswatch/evidence"
)

func runKeygen(_ context.Context, e *env, args []string) error {
	fs := newFlagSet(e, "keygen", "--out FILE.pem   (writes FILE.pem, private, and FILE.pub.pem, public)")
	out := fs.String("out", "", "private key `file`; the public key goes beside it as NAME.pub.pem")
	pos, err := parseFlags(fs, args)
	if err != nil {
		return err
	}
	if len(pos) > 0 || *out == "" {
		return usageError("keygen needs --out FILE.pem and no arguments")
	}
	pub := pubPath(*out)
	for _, p := range []string{*out, pub} {
		if _, err := os.Stat(p); err == nil {
			return usageError("%s already exists; keys are never overwritten", p)
		}
	}
	k, err := evidence.GenerateKey()
	if err != nil {
		return err
	}
	if err := evidence.WriteKeyPair(k, *out, pub); err != nil {
		return err
	}
	fmt.Fprintf(e.stdout, "private key %s (keep it secret; mode 0600)\npublic key  %s (hand it over with every package: npswatch verify --public-key %s case.wacz)\n", *out, pub, pub)
	return nil
}

// pubPath names the public key file beside a private key file.
func pubPath(priv string) string {
	if len(priv) > 4 && priv[len(priv)-4:] == ".pem" {
		return priv[:len(priv)-4] + ".pub.pem"
	}
	return priv + ".pub.pem"
}
