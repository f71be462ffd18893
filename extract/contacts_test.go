package extract

import (
	"slices"
	"testing"

	"github.com/npswatch/npswatch"
)

func TestContacts(t *testing.T) {
	c := func(kind, value string) npswatch.Contact { return npswatch.Contact{Kind: kind, Value: value} }
	for _, tc := range []struct {
		name, text string
		want       []npswatch.Contact
	}{
		{"email", "Write to Sales@Example-Chem.com today", []npswatch.Contact{c("email", "sales@example-chem.com")}},
		{"obfuscated email", "mail: jade.lin [at] hexon-bio [dot] com", []npswatch.Contact{c("email", "jade.lin@hexon-bio.com")}},
		{"image is no email", `<img src="logo@2x.png">`, nil},
		{"e164", "Call +1 (555) 010-2030 now", []npswatch.Contact{c("phone", "+15550102030")}},
		{"00 prefix labelled", "Tel: 0086-531-8888-7777", []npswatch.Contact{c("phone", "+8653188887777")}},
		{"local labelled", "Phone: 0531 8888 7777", []npswatch.Contact{c("phone", "053188887777")}},
		{"label on line before", "For more information call:\n1-800-831-4963", []npswatch.Contact{c("phone", "18008314963")}},
		{"unlabelled digits", "Order 20240315 shipped 3 kg", nil},
		{"whatsapp", "WhatsApp: +86 138 0013 8000", []npswatch.Contact{c("phone", "+8613800138000"), c("whatsapp", "+8613800138000")}},
		{"one number, two apps", "WhatsApp/Telegram: +852 6123 4470", []npswatch.Contact{c("phone", "+85261234470"), c("whatsapp", "+85261234470"), c("telegram", "+85261234470")}},
		{"wa.me link", "https://wa.me/8613800138000", []npswatch.Contact{c("whatsapp", "+8613800138000")}},
		{"telegram link and handle", "t.me/Kestrel_Sales or Telegram: @kestrel_two", []npswatch.Contact{c("telegram", "@kestrel_sales"), c("telegram", "@kestrel_two")}},
		{"telegram prose", "Join our telegram channel for news", nil},
		{"telegram word before a verb", "He sent the telegram promising a refund; read the telegram post.", nil},
		{"telegram handle without colon", "Telegram @orrin_sales", []npswatch.Contact{c("telegram", "@orrin_sales")}},
		{"wickr", "Wickr me: greyHeron77", []npswatch.Contact{c("wickr", "greyheron77")}},
		{"signal", "Signal: chemking.42 for orders", []npswatch.Contact{c("signal", "chemking.42")}},
		{"session", "Session 05a1b2c3d4e5f60718293a4b5c6d7e8f9a0b1c2d3e4f5061728394a5b6c7d8e9f0", []npswatch.Contact{c("session", "05a1b2c3d4e5f60718293a4b5c6d7e8f9a0b1c2d3e4f5061728394a5b6c7d8e9f0")}},
		{"threema", "Threema 7XK2P9QD", []npswatch.Contact{c("threema", "7XK2P9QD")}},
		{"threema word", "Threema: SECURITY is our focus", nil},
		{"matrix", "Matrix: @chemvendor:matrix.example.org (DM only)", []npswatch.Contact{c("matrix", "@chemvendor:matrix.example.org")}},
		{"xmpp", "Jabber: vendor@jabber.example.net", []npswatch.Contact{c("xmpp", "vendor@jabber.example.net")}},
		{"wechat", "微信：huating_chem88", []npswatch.Contact{c("wechat", "huating_chem88")}},
		{"wechat en", "WeChat ID: chemlab2024", []npswatch.Contact{c("wechat", "chemlab2024")}},
		{"qq", "QQ：12345678", []npswatch.Contact{c("qq", "12345678")}},
		{"skype", "Skype: live:kestrel.sales", []npswatch.Contact{c("skype", "live:kestrel.sales")}},
		{"skype unlabelled", "we skype often", nil},
		{"pgp fingerprint", "PGP fingerprint: 3A4B 5C6D 7E8F 9012 3456 7890 ABCD EF12 3456 7890", []npswatch.Contact{c("pgp", "3A4B5C6D7E8F901234567890ABCDEF1234567890")}},
		{"sha1 is no pgp", "commit 3a4b5c6d7e8f901234567890abcdef1234567890", nil},
		{"btc legacy", "BTC: 1BvBMSEYstWetqTFn5Au4m4GFg7xJaNVN2", []npswatch.Contact{c("btc", "1BvBMSEYstWetqTFn5Au4m4GFg7xJaNVN2")}},
		{"btc p2sh", "3J98t1WpEZ73CNmQviecrnyiWrnqRhWNLy", []npswatch.Contact{c("btc", "3J98t1WpEZ73CNmQviecrnyiWrnqRhWNLy")}},
		{"btc bech32", "bc1qar0srrr7xfkvy5l643lydnw9re59gtzzwf5mdq", []npswatch.Contact{c("btc", "bc1qar0srrr7xfkvy5l643lydnw9re59gtzzwf5mdq")}},
		{"btc bad checksum", "1BvBMSEYstWetqTFn5Au4m4GFg7xJaNVN3", nil},
		{"eth", "ETH 0x52908400098527886E0F7030069857D2E4169EE7", []npswatch.Contact{c("eth", "0x52908400098527886e0f7030069857d2e4169ee7")}},
		{"xmr", "XMR: 44AFFq5kSiGBoZ4NMDwYtN18obc8AemS33DBLWs3H7otXft3XjrpDtQGv7SqSsaBYBb98uNbr2VBBEt7f2wfn3RVGQBEP3A", []npswatch.Contact{c("xmr", "44AFFq5kSiGBoZ4NMDwYtN18obc8AemS33DBLWs3H7otXft3XjrpDtQGv7SqSsaBYBb98uNbr2VBBEt7f2wfn3RVGQBEP3A")}},
		{"dedupe", "a@b.io a@b.io A@B.IO", []npswatch.Contact{c("email", "a@b.io")}},
		{"empty", "", nil},
	} {
		t.Run(tc.name, func(t *testing.T) {
			if got := Contacts(tc.text); !slices.Equal(got, tc.want) {
				t.Errorf("Contacts(%q) = %v, want %v", tc.text, got, tc.want)
			}
		})
	}
}

func TestContactsPGPBlock(t *testing.T) {
	block := "-----BEGIN PGP PUBLIC KEY BLOCK-----\nVersion: GnuPG v1.4.12 (MingW32)\n\n" +
		"mQENBFJDVeABCADTJKC+DD1961PSeWAOmnAYP8flyop0xJyowHzMUrFlW9XfJPSF\n" +
		"6oOKeoml9XBnInIkME4Ketc6adEtPNhA+l25Ubpc1ZETbljUJSL/fOpenNYVq8ul\n=Tz/a\n" +
		"-----END PGP PUBLIC KEY BLOCK-----"
	got := Contacts(block)
	if len(got) != 1 || got[0].Kind != npswatch.ContactPGP || len(got[0].Value) != len("key:")+16 {
		t.Fatalf("key block: %v", got)
	}
	// the same key rendered on one line (page text lost the breaks)
	flat := Contacts(collapse(block))
	if !slices.Equal(flat, got) {
		t.Errorf("flattened block gives %v, want %v", flat, got)
	}
}
