package linker

import (
	"strings"

	"github.com/npswatch/npswatch"
)

// key.go normalises contacts so that the same address written two ways
// compares equal. A key is "space:value": the space is the contact kind,
// except that phone numbers share one space ("phone") whatever messenger
// they were given for.

// Key normalises a contact for comparison. It returns "" for a contact
// that holds nothing to compare (an empty value, a phone number without
// digits).
//
//   - email: lower-cased, "mailto:" dropped.
//   - phone and whatsapp, and telegram or wechat when the value is a phone
//     number: one "phone" space. A number given with its country code
//     ("+86 138-0013-8000", "0086 13800138000", "wa.me/8613800138000",
//     "whatsapp:8613800138000") becomes "+" and its digits, a trunk "(0)"
//     after the country code dropped; a number without one keeps its
//     digits only.
//   - telegram, wickr, skype, wechat: lower-cased handles without a leading
//     "@" or a t.me/ or skype: prefix.
//   - qq: digits.
//   - pgp: fingerprints upper-cased without spaces or "0x"; the "key:…"
//     digests extract makes of armored keys are kept as they are.
//   - btc, xmr: as is, except bech32 (bc1…) addresses, which are
//     lower-cased; eth: lower-cased.
func Key(c npswatch.Contact) string {
	space, value := normalize(c)
	if value == "" {
		return ""
	}
	return space + ":" + value
}

// normalize returns the key space and normalised value of c.
func normalize(c npswatch.Contact) (space, value string) {
	kind := strings.ToLower(strings.TrimSpace(c.Kind))
	v := strings.TrimSpace(c.Value)
	switch kind {
	case npswatch.ContactEmail:
		v = strings.ToLower(v)
		v = strings.TrimPrefix(v, "mailto:")
		if i := strings.IndexByte(v, '?'); i >= 0 {
			v = v[:i]
		}
		if !strings.Contains(v, "@") {
			return kind, ""
		}
		return kind, v
	case npswatch.ContactPhone, npswatch.ContactWhatsApp:
		return npswatch.ContactPhone, phoneKey(v)
	case npswatch.ContactTelegram:
		h := handle(v, "tg://resolve?domain=", "https://t.me/s/", "https://t.me/", "http://t.me/", "t.me/s/", "t.me/",
			"https://telegram.me/", "http://telegram.me/", "telegram.me/", "telegram:")
		if phoneLike(h) {
			return npswatch.ContactPhone, phoneKey(h)
		}
		return kind, h
	case npswatch.ContactWeChat:
		h := handle(v, "weixin://", "wechat:", "weixin:")
		if phoneLike(h) {
			return npswatch.ContactPhone, phoneKey(h)
		}
		return kind, h
	case npswatch.ContactWickr:
		return kind, handle(v, "wickr:")
	case npswatch.ContactSkype:
		h := handle(v, "skype:")
		if i := strings.IndexByte(h, '?'); i >= 0 {
			h = h[:i]
		}
		return kind, strings.TrimRight(h, ".,")
	case npswatch.ContactQQ:
		return kind, digits(v)
	case npswatch.ContactPGP:
		return kind, pgpKey(v)
	case npswatch.ContactBitcoin:
		if strings.HasPrefix(strings.ToLower(v), "bc1") {
			return kind, strings.ToLower(v)
		}
		return kind, v
	case npswatch.ContactEthereum:
		return kind, strings.ToLower(v)
	case npswatch.ContactMonero:
		return kind, v
	}
	return kind, v
}

// handle lower-cases a messenger handle and drops a URL or scheme prefix
// and a leading "@".
func handle(v string, prefixes ...string) string {
	v = strings.ToLower(strings.TrimSpace(v))
	for _, p := range prefixes {
		if strings.HasPrefix(v, p) {
			v = v[len(p):]
			break
		}
	}
	v = strings.TrimRight(v, "/")
	return strings.TrimSpace(strings.TrimPrefix(v, "@"))
}

// phoneLike reports whether a messenger value is a phone number: an
// optional "+" and digits with the usual separators, 7 digits or more.
// Telegram and WeChat handles begin with a letter.
func phoneLike(v string) bool {
	n := 0
	for i, r := range v {
		switch {
		case r >= '0' && r <= '9':
			n++
		case r == '+' && i == 0:
		case r == ' ' || r == '-' || r == '.' || r == '(' || r == ')':
		default:
			return false
		}
	}
	return n >= 7
}

// phoneKey normalises a phone or WhatsApp number: "+" and digits when it
// carries a country code, its digits otherwise, "" when it has too few or
// too many digits to be a number.
func phoneKey(v string) string {
	s := strings.ToLower(strings.TrimSpace(v))
	intl := false
	// WhatsApp links and schemes always carry the country code.
	if i := strings.Index(s, "phone="); i >= 0 {
		s, intl = s[i+len("phone="):], true
	} else if i := strings.Index(s, "wa.me/"); i >= 0 {
		s, intl = s[i+len("wa.me/"):], true
	} else {
		for _, p := range []string{"whatsapp://", "whatsapp:", "wa:"} {
			if strings.HasPrefix(s, p) {
				s, intl = s[len(p):], true
				break
			}
		}
		for _, p := range []string{"tel:", "callto:", "sms:"} {
			if strings.HasPrefix(s, p) {
				s = s[len(p):]
				break
			}
		}
	}
	if i := strings.IndexAny(s, "?&#;"); i >= 0 {
		s = s[:i]
	}
	s = strings.TrimSpace(s)
	switch {
	case strings.HasPrefix(s, "+"):
		intl = true
	case strings.HasPrefix(s, "00"):
		intl = true
		s = s[2:]
	}
	if intl {
		// "+44 (0) 20 7946 0000": the trunk zero is not dialled from abroad.
		s = strings.Replace(s, "(0)", "", 1)
	}
	d := digits(s)
	if intl {
		d = strings.TrimLeft(d, "0")
		if len(d) < 7 || len(d) > 15 {
			return ""
		}
		return "+" + d
	}
	if len(d) < 5 || len(d) > 15 {
		return ""
	}
	return d
}

// pgpKey normalises a PGP fingerprint or key id: upper-case hex without
// spaces, colons or "0x". Values that are not hex (extract's "key:…"
// digests of armored keys) are kept, trimmed.
func pgpKey(v string) string {
	v = strings.TrimSpace(v)
	if strings.HasPrefix(strings.ToLower(v), "key:") {
		return "key:" + strings.ToLower(strings.TrimSpace(v[4:]))
	}
	h := strings.NewReplacer(" ", "", ":", "", "\t", "").Replace(v)
	if len(h) > 2 && (h[:2] == "0x" || h[:2] == "0X") {
		h = h[2:]
	}
	for _, r := range h {
		if !(r >= '0' && r <= '9' || r >= 'a' && r <= 'f' || r >= 'A' && r <= 'F') {
			return v
		}
	}
	return strings.ToUpper(h)
}

func digits(s string) string {
	var b strings.Builder
	for i := 0; i < len(s); i++ {
		if s[i] >= '0' && s[i] <= '9' {
			b.WriteByte(s[i])
		}
	}
	return b.String()
}
