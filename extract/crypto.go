package extract

import (
	"crypto/sha256"
	"math/big"
	"strings"
)

// crypto.go validates Bitcoin addresses, so that random base58-looking
// tokens are not reported as contacts: base58check for legacy (1…, 3…)
// addresses, the bech32/bech32m checksum for bc1… addresses.

const base58Alphabet = "123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz"

// validBTC reports whether s is a Bitcoin mainnet address with a valid
// checksum.
func validBTC(s string) bool {
	if strings.HasPrefix(strings.ToLower(s), "bc1") {
		return validBech32(strings.ToLower(s))
	}
	raw := base58Decode(s)
	if len(raw) != 25 || (raw[0] != 0x00 && raw[0] != 0x05) {
		return false
	}
	h1 := sha256.Sum256(raw[:21])
	h2 := sha256.Sum256(h1[:])
	return string(h2[:4]) == string(raw[21:])
}

// base58Decode decodes s, or returns nil on a character outside the
// alphabet.
func base58Decode(s string) []byte {
	n := new(big.Int)
	radix := big.NewInt(58)
	for _, r := range s {
		i := strings.IndexRune(base58Alphabet, r)
		if i < 0 {
			return nil
		}
		n.Mul(n, radix)
		n.Add(n, big.NewInt(int64(i)))
	}
	out := n.Bytes()
	for _, r := range s {
		if r != '1' {
			break
		}
		out = append([]byte{0}, out...)
	}
	return out
}

const bech32Charset = "qpzry9x8gf2tvdw0s3jn54khce6mua7l"

// validBech32 checks the bech32 (v0) or bech32m (v1+) checksum of a
// lower-case bc1 address.
func validBech32(s string) bool {
	pos := strings.LastIndexByte(s, '1')
	if pos < 1 || pos+7 > len(s) || len(s) > 90 {
		return false
	}
	hrp, data := s[:pos], s[pos+1:]
	values := make([]int, 0, len(hrp)*2+1+len(data))
	for i := 0; i < len(hrp); i++ {
		values = append(values, int(hrp[i])>>5)
	}
	values = append(values, 0)
	for i := 0; i < len(hrp); i++ {
		values = append(values, int(hrp[i])&31)
	}
	for i := 0; i < len(data); i++ {
		v := strings.IndexByte(bech32Charset, data[i])
		if v < 0 {
			return false
		}
		values = append(values, v)
	}
	c := polymod(values)
	return c == 1 || c == 0x2bc830a3
}

func polymod(values []int) int {
	gen := [5]int{0x3b6a57b2, 0x26508e6d, 0x1ea119fa, 0x3d4233dd, 0x2a1462b3}
	chk := 1
	for _, v := range values {
		b := chk >> 25
		chk = (chk&0x1ffffff)<<5 ^ v
		for i := 0; i < 5; i++ {
			if (b>>uint(i))&1 == 1 {
				chk ^= gen[i]
			}
		}
	}
	return chk
}
