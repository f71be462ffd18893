package linker

import (
	"testing"

	"github.com/npswatch/npswatch"
)

func TestKey(t *testing.T) {
	c := func(kind, value string) npswatch.Contact { return npswatch.Contact{Kind: kind, Value: value} }
	tests := []struct {
		name string
		in   npswatch.Contact
		want string
	}{
		{"email lower-cased", c("email", "Sales@Acme-Chem.COM"), "email:sales@acme-chem.com"},
		{"email mailto", c("email", "mailto:sales@acme-chem.com?subject=order"), "email:sales@acme-chem.com"},
		{"email without @", c("email", "sales"), ""},
		{"phone spaced", c("phone", "+86 138-0013-8000"), "phone:+8613800138000"},
		{"phone compact", c("phone", "+8613800138000"), "phone:+8613800138000"},
		{"phone 00 prefix", c("phone", "0086 138 0013 8000"), "phone:+8613800138000"},
		{"phone trunk zero", c("phone", "+44 (0) 20 7946 0000"), "phone:+442079460000"},
		{"phone tel: link", c("phone", "tel:+1-555-010-2030"), "phone:+15550102030"},
		{"phone national", c("phone", "0531-8888 7777"), "phone:053188887777"},
		{"phone too short", c("phone", "+1 23"), ""},
		{"whatsapp spaced", c("whatsapp", "+852 6123 4470"), "phone:+85261234470"},
		{"whatsapp scheme", c("whatsapp", "whatsapp:85261234470"), "phone:+85261234470"},
		{"whatsapp wa.me", c("whatsapp", "https://wa.me/85261234470?text=hi"), "phone:+85261234470"},
		{"whatsapp send link", c("whatsapp", "https://api.whatsapp.com/send?phone=85261234470&text=x"), "phone:+85261234470"},
		{"whatsapp extracted", c("whatsapp", "+85261234470"), "phone:+85261234470"},
		{"whatsapp bare digits", c("whatsapp", "85261234470"), "phone:85261234470"},
		{"telegram handle", c("telegram", "@Chem_Shop"), "telegram:chem_shop"},
		{"telegram link", c("telegram", "https://t.me/Chem_Shop"), "telegram:chem_shop"},
		{"telegram number", c("telegram", "+852 6123 4470"), "phone:+85261234470"},
		{"wickr", c("wickr", "@ChemShop"), "wickr:chemshop"},
		{"skype link", c("skype", "skype:Live:ChemShop?call"), "skype:live:chemshop"},
		{"wechat handle", c("wechat", "ChemShop88"), "wechat:chemshop88"},
		{"wechat number", c("wechat", "+86 138 0013 8000"), "phone:+8613800138000"},
		{"qq", c("qq", "QQ 123456789"), "qq:123456789"},
		{"pgp fingerprint", c("pgp", "0x1a2b 3c4d 5e6f 7a8b 9c0d  1e2f 3a4b 5c6d 7e8f 9a0b"), "pgp:1A2B3C4D5E6F7A8B9C0D1E2F3A4B5C6D7E8F9A0B"},
		{"pgp armored digest", c("pgp", "key:0123456789abcdef"), "pgp:key:0123456789abcdef"},
		{"btc legacy as is", c("btc", "1BoatSLRHtKNngkdXEeobR76b53LETtpyT"), "btc:1BoatSLRHtKNngkdXEeobR76b53LETtpyT"},
		{"btc bech32 lower-cased", c("btc", "BC1QAR0SRRR7XFKVY5L643LYDNW9RE59GTZZWF5MDQ"), "btc:bc1qar0srrr7xfkvy5l643lydnw9re59gtzzwf5mdq"},
		{"eth lower-cased", c("eth", "0x52908400098527886E0F7030069857D2E4169EE7"), "eth:0x52908400098527886e0f7030069857d2e4169ee7"},
		{"xmr as is", c("xmr", "44AFFq5kSiGBoZ"), "xmr:44AFFq5kSiGBoZ"},
		{"empty", c("email", "  "), ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := Key(tt.in); got != tt.want {
				t.Errorf("Key(%+v) = %q, want %q", tt.in, got, tt.want)
			}
		})
	}
}

// The same WhatsApp number in its two raw forms, and as a phone number,
// has one key.
func TestKeyWhatsAppForms(t *testing.T) {
	a := Key(npswatch.Contact{Kind: npswatch.ContactWhatsApp, Value: "+852 6123 4470"})
	b := Key(npswatch.Contact{Kind: npswatch.ContactWhatsApp, Value: "whatsapp:85261234470"})
	p := Key(npswatch.Contact{Kind: npswatch.ContactPhone, Value: "+85261234470"})
	if a != b || a != p || a == "" {
		t.Fatalf("keys differ: %q %q %q", a, b, p)
	}
}
