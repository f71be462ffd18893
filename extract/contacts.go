package extract

import (
	"regexp"
	"slices"
	"strings"

	"github.com/npswatch/npswatch"
)

// contacts.go finds the ways to reach a vendor in text: e-mail, phone,
// messengers, PGP keys and crypto-currency addresses. Messenger handles
// count only when labelled; phone numbers are normalised to E.164 when a
// country code is given.

var (
	emailRe = newLineRe(`(?i)\b[a-z0-9][a-z0-9._%+-]{0,63}@[a-z0-9](?:[a-z0-9-]{0,62}\.)+[a-z]{2,24}\b`, "@")
	// "name [at] domain [dot] com", "name(at)domain.com"
	obfEmailRe = newLineRe(`(?i)\b([a-z0-9][a-z0-9._+-]{0,63})\s*[\[(]\s*at\s*[\])]\s*([a-z0-9-]{1,63}(?:\s*(?:[\[(]\s*dot\s*[\])]|\.)\s*[a-z0-9-]{1,63})+)`,
		"[at]", "(at)", "[ at ]", "( at )")
	obfDotRe = regexp.MustCompile(`(?i)\s*(?:[\[(]\s*dot\s*[\])]|\.)\s*`)

	// international numbers: "+1 (555) 010-2030", "+86-138 0000 0000"
	intlPhoneRe = newLineRe(`\+\s?[1-9]\d{0,2}(?:[\s.()/-]{0,3}\d{1,5}){2,6}\b`, "+")
	// labelled numbers: "Tel: 0531-8888 7777", "电话：13800000000", "Phone: 0086 …"
	phoneLabelRe = newLineRe(`(?i)(?:\b(?:tel|telephone|phone|mobile|mob|cell|call|hotline)|电话|手机|联系电话)\.?\s*(?:no\.?|number)?\s*[:：]?\s*(\+?[\d][\d\s.()/-]{5,22}\d)`,
		"tel", "phone", "mob", "cell", "call", "hotline", "电话", "手机")
	waRe = newLineRe(`(?i)(?:\bwhats\s?app|\bwa\.me/|\bwhatsapp\.com/send/?\?phone=|\bwhatsapp:|\bwa\b)\s*(?:no\.?|number|id)?\s*[:：/]?\s*(\+?\d[\d\s.()-]{5,20}\d)`,
		"whats", "wa.me", "wa")
	// one number for several messengers: "WhatsApp/Telegram: +852 6123 4470",
	// "WeChat & WhatsApp: +86 138 …"
	multiAppRe = newLineRe(`(?i)\b((?:whats\s?app|telegram|we\s?chat|signal|viber)(?:\s*(?:[/&,+]|and|or)\s*(?:whats\s?app|telegram|we\s?chat|signal|viber))+)\s*(?:no\.?|number)?\s*[:：]\s*(\+?\d[\d\s.()-]{5,20}\d)`,
		"whats", "telegram", "chat", "signal", "viber")
	tgLinkRe  = newLineRe(`(?i)\b(?:t|telegram)\.me/(?:s/)?([a-z0-9_]{4,32})\b`, "t.me", "telegram.me")
	tgLabelRe = newLineRe(`(?i)(?:\btelegram\b|\btg\b|电报|飞机)\s*(?:id|channel|username|handle)?\s*(?:[:：]\s*|\s@)(@?[a-z][a-z0-9_]{3,31})\b`,
		"telegram", "tg", "电报", "飞机")
	wickrRe  = newLineRe(`(?i)\bwickr(?:\s*me)?\s*(?:id)?\s*[:：]\s*@?([a-z0-9][a-z0-9_.-]{2,31})`, "wickr")
	wechatRe = newLineRe(`(?i)(?:\bwe\s?chat|\bweixin|微信|\bvx\b|\bwx\b)\s*(?:id|no\.?|号)?\s*[:：]\s*([a-z][a-z0-9_-]{5,19}|\+?\d{6,15})`,
		"chat", "weixin", "微信", "vx", "wx")
	qqRe        = newLineRe(`(?i)(?:\bqq|扣扣)\s*(?:id|no\.?|号|号码)?\s*[:：]?\s*([1-9]\d{4,11})\b`, "qq", "扣扣")
	skypeRe     = newLineRe(`(?i)\bskype(?:\s*id)?\s*[:：]\s*(live:[a-z0-9._-]{3,40}|[a-z][a-z0-9._,-]{5,31})`, "skype")
	skypeLinkRe = newLineRe(`(?i)\bskype:(live:[a-z0-9._-]{3,40}|[a-z][a-z0-9._,-]{5,31})\?`, "skype:")
	pgpFprRe    = newLineRe(`(?i)(?:fingerprint|pgp|gpg|key\s*id)[^\n]{0,30}?\b((?:[0-9a-f]{4}\s?){9}[0-9a-f]{4})\b`,
		"fingerprint", "pgp", "gpg", "key")
	signalRe   = newLineRe(`(?i)\bsignal\s*(?:id|no\.?|number|username)?\s*[:：]\s*(\+?\d[\d\s.()-]{5,20}\d|@?[a-z][a-z0-9_]{2,31}\.\d{2,9})\b`, "signal")
	sessionRe  = newLineRe(`\b(05[0-9a-f]{64})\b`, "05")
	threemaRe  = newLineRe(`(?i)\bthreema(?:\s*id)?\s*[:：]?\s*([A-Z0-9*][A-Z0-9]{7})\b`, "threema")
	matrixRe   = newLineRe(`(?i)(?:^|[\s(:：])(@[a-z0-9._=/-]{2,64}:[a-z0-9.-]+\.[a-z]{2,})\b`, ":")
	xmppRe     = newLineRe(`(?i)\b(?:xmpp|jabber)\s*(?:id)?\s*[:：]\s*([a-z0-9._-]+@[a-z0-9.-]+\.[a-z]{2,})`, "xmpp", "jabber")
	pgpBlockRe = regexp.MustCompile(`-----BEGIN PGP PUBLIC KEY BLOCK-----([\s\S]+?)-----END PGP PUBLIC KEY BLOCK-----`)
)

// Contacts returns the contacts found in text, deduped, in a stable order
// (by kind as listed in npswatch, then by first appearance).
func Contacts(text string) []npswatch.Contact {
	var c contactSet
	l := newLined(joinLabels(text))
	for _, m := range emailRe.all(l, 50) {
		if !imageName(m[0]) {
			c.add(npswatch.ContactEmail, strings.ToLower(m[0]))
		}
	}
	for _, m := range obfEmailRe.all(l, 20) {
		c.add(npswatch.ContactEmail, strings.ToLower(m[1]+"@"+obfDotRe.ReplaceAllString(m[2], ".")))
	}
	for _, m := range intlPhoneRe.all(l, 50) {
		c.add(npswatch.ContactPhone, e164(m[0]))
	}
	for _, m := range phoneLabelRe.all(l, 50) {
		c.add(npswatch.ContactPhone, phoneValue(m[1]))
	}
	for _, m := range waRe.all(l, 20) {
		v := phoneValue(m[1])
		if lm := strings.ToLower(m[0]); (strings.Contains(lm, "wa.me/") || strings.Contains(lm, "phone=")) && v != "" && v[0] != '+' {
			v = e164("+" + v) // wa.me links always carry the country code
		}
		c.add(npswatch.ContactWhatsApp, v)
	}
	for _, m := range multiAppRe.all(l, 20) {
		v := phoneValue(m[2])
		apps := strings.ToLower(m[1])
		if strings.Contains(apps, "whats") {
			c.add(npswatch.ContactWhatsApp, v)
		}
		if strings.Contains(apps, "telegram") {
			c.add(npswatch.ContactTelegram, v)
		}
		if strings.Contains(apps, "chat") {
			c.add(npswatch.ContactWeChat, v)
		}
	}
	for _, m := range tgLinkRe.all(l, 20) {
		c.add(npswatch.ContactTelegram, "@"+strings.ToLower(m[1]))
	}
	for _, m := range tgLabelRe.all(l, 20) {
		if h := strings.ToLower(strings.TrimPrefix(m[1], "@")); !commonWord(h) {
			c.add(npswatch.ContactTelegram, "@"+h)
		}
	}
	for _, m := range wickrRe.all(l, 20) {
		c.add(npswatch.ContactWickr, strings.ToLower(m[1]))
	}
	for _, m := range wechatRe.all(l, 20) {
		c.add(npswatch.ContactWeChat, strings.ToLower(m[1]))
	}
	for _, m := range qqRe.all(l, 20) {
		c.add(npswatch.ContactQQ, m[1])
	}
	for _, re := range []lineRe{skypeRe, skypeLinkRe} {
		for _, m := range re.all(l, 20) {
			c.add(npswatch.ContactSkype, strings.ToLower(strings.TrimRight(m[1], ".,")))
		}
	}
	for _, m := range signalRe.all(l, 20) {
		c.add(npswatch.ContactSignal, strings.ToLower(strings.TrimPrefix(m[1], "@")))
	}
	for _, m := range sessionRe.all(l, 20) {
		c.add(npswatch.ContactSession, strings.ToLower(m[1]))
	}
	for _, m := range threemaRe.all(l, 20) {
		if id := strings.ToUpper(m[1]); strings.ContainsAny(id, "0123456789") {
			c.add(npswatch.ContactThreema, id) // an ID mixes letters and digits; a word does not
		}
	}
	for _, m := range matrixRe.all(l, 20) {
		c.add(npswatch.ContactMatrix, strings.ToLower(m[1]))
	}
	for _, m := range xmppRe.all(l, 20) {
		addr := strings.ToLower(m[1])
		c.add(npswatch.ContactXMPP, addr)
		// a Jabber address is written like an e-mail address: it is the one
		c.list = slices.DeleteFunc(c.list, func(x npswatch.Contact) bool { return x.Kind == npswatch.ContactEmail && x.Value == addr })
	}
	for _, m := range pgpFprRe.all(l, 10) {
		c.add(npswatch.ContactPGP, strings.ToUpper(strings.ReplaceAll(m[1], " ", "")))
	}
	if strings.Contains(text, "-----BEGIN PGP PUBLIC KEY BLOCK-----") {
		for _, m := range pgpBlockRe.FindAllStringSubmatch(text, 10) {
			if body := armorBody(m[1]); len(body) >= 40 {
				c.add(npswatch.ContactPGP, "key:"+npswatch.ShortID("pgp", body))
			}
		}
	}
	cryptoAddresses(text, &c)
	return c.sorted()
}

// cryptoAddresses adds the BTC, XMR and ETH addresses in text. It looks at
// alphanumeric tokens of the right length instead of running regexps
// over the whole page.
func cryptoAddresses(text string, c *contactSet) {
	var btc, xmr, eth []string
	for _, tok := range strings.FieldsFunc(text, func(r rune) bool {
		return !(r >= '0' && r <= '9' || r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z')
	}) {
		n := len(tok)
		switch {
		case n == 42 && (tok[:2] == "0x" || tok[:2] == "0X") && isHex(tok[2:]):
			eth = append(eth, strings.ToLower(tok))
		case (n == 95 || n == 106) && (tok[0] == '4' || tok[0] == '8') && isBase58(tok):
			xmr = append(xmr, tok)
		case n >= 26 && n <= 35 && (tok[0] == '1' || tok[0] == '3') && isBase58(tok) && validBTC(tok):
			btc = append(btc, tok)
		case n >= 14 && n <= 74 && strings.HasPrefix(strings.ToLower(tok), "bc1") && validBTC(tok):
			btc = append(btc, strings.ToLower(tok))
		}
	}
	for _, v := range btc {
		c.add(npswatch.ContactBitcoin, v)
	}
	for _, v := range xmr {
		c.add(npswatch.ContactMonero, v)
	}
	for _, v := range eth {
		c.add(npswatch.ContactEthereum, v)
	}
}

func isHex(s string) bool {
	for _, r := range s {
		if !(r >= '0' && r <= '9' || r >= 'a' && r <= 'f' || r >= 'A' && r <= 'F') {
			return false
		}
	}
	return true
}

func isBase58(s string) bool {
	for _, r := range s {
		if !strings.ContainsRune(base58Alphabet, r) {
			return false
		}
	}
	return true
}

// joinLabels joins a short line ending in a colon ("Call:", "微信：")
// with the next line, where page text often puts the value.
func joinLabels(text string) string {
	if !strings.Contains(text, ":\n") && !strings.Contains(text, "：\n") {
		return text
	}
	lines := strings.Split(text, "\n")
	var b strings.Builder
	for i, line := range lines {
		b.WriteString(line)
		if i == len(lines)-1 {
			break
		}
		t := strings.TrimSpace(line)
		if len(t) <= 60 && (strings.HasSuffix(t, ":") || strings.HasSuffix(t, "：")) {
			b.WriteByte(' ')
		} else {
			b.WriteByte('\n')
		}
	}
	return b.String()
}

// contactSet dedupes contacts.
type contactSet struct {
	list []npswatch.Contact
	seen map[npswatch.Contact]bool
}

func (s *contactSet) add(kind, value string) {
	if value == "" {
		return
	}
	c := npswatch.Contact{Kind: kind, Value: value}
	if s.seen == nil {
		s.seen = map[npswatch.Contact]bool{}
	}
	if !s.seen[c] {
		s.seen[c] = true
		s.list = append(s.list, c)
	}
}

// sorted returns the contacts: Contacts adds them kind by kind in
// npswatch order, so the list is already grouped.
func (s *contactSet) sorted() []npswatch.Contact { return s.list }

// e164 normalises an international number ("+86 138-0000-0000",
// "0086 13800000000") to E.164, or "" when it cannot be one.
func e164(s string) string {
	digits := onlyDigits(s)
	if strings.HasPrefix(strings.TrimSpace(s), "00") {
		digits = strings.TrimPrefix(digits, "00")
	} else if !strings.HasPrefix(strings.TrimSpace(s), "+") {
		return ""
	}
	if len(digits) < 8 || len(digits) > 15 || digits[0] == '0' {
		return ""
	}
	return "+" + digits
}

// phoneValue normalises a labelled phone number: E.164 when it has a
// country code, its digits otherwise.
func phoneValue(s string) string {
	s = strings.TrimSpace(s)
	if e := e164(s); e != "" {
		return e
	}
	d := onlyDigits(s)
	if len(d) < 6 || len(d) > 15 || strings.HasPrefix(s, "+") {
		return ""
	}
	return d
}

func onlyDigits(s string) string {
	var b strings.Builder
	for _, r := range s {
		if r >= '0' && r <= '9' {
			b.WriteRune(r)
		}
	}
	return b.String()
}

// imageName reports "logo@2x.png"-style file names that look like e-mail.
func imageName(s string) bool {
	s = strings.ToLower(s)
	for _, ext := range []string{".png", ".jpg", ".jpeg", ".gif", ".webp", ".svg", ".css", ".js"} {
		if strings.HasSuffix(s, ext) {
			return true
		}
	}
	return false
}

// commonWord reports words that follow "telegram" in prose, not handles.
func commonWord(s string) bool {
	switch s {
	case "channel", "group", "contact", "support", "only", "please", "message", "account",
		"username", "handle", "and", "for", "with", "the", "via", "chat", "link", "join", "bot":
		return true
	}
	return false
}

// armorBody returns the base64 body of an ASCII-armored key, header
// lines and the checksum dropped. It works on tokens because page text
// may have lost the armor's line breaks.
func armorBody(s string) string {
	var b strings.Builder
	started := false
	for _, tok := range strings.Fields(s) {
		if strings.HasPrefix(tok, "=") {
			break
		}
		if !base64Token(tok) {
			if started {
				break
			}
			continue
		}
		if !started && len(tok) < 32 {
			continue // header values such as "v1.4.12"
		}
		started = true
		b.WriteString(tok)
	}
	return b.String()
}

func base64Token(s string) bool {
	for _, r := range s {
		if !(r >= 'A' && r <= 'Z' || r >= 'a' && r <= 'z' || r >= '0' && r <= '9' || r == '+' || r == '/' || r == '=') {
			return false
		}
	}
	return s != ""
}
