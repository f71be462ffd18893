package npswatch_test

import (
	"fmt"
	"strings"
	"testing"

	"github.com/npswatch/npswatch"
)

func TestValidCAS(t *testing.T) {
	tests := []struct {
		in   string
		want bool
	}{
		{"437-38-7", true},       // fentanyl
		{"39742-60-4", true},     // NPP
		{"39742-60-5", false},    // wrong check digit
		{"1609-66-1", true},      // norfentanyl
		{"1609-66-5", false},     // the INCB copy's typo
		{"7732-18-5", true},      // water
		{"2142571-01-3", true},   // THF-F
		{"12345678-01-1", false}, // too long
		{"1-23-4", false},
		{"07-32-1", false},
		{"437-38", false},
		{"", false},
		{"abc-de-f", false},
	}
	for _, tt := range tests {
		t.Run(tt.in, func(t *testing.T) {
			if got := npswatch.ValidCAS(tt.in); got != tt.want {
				t.Errorf("ValidCAS(%q) = %v, want %v", tt.in, got, tt.want)
			}
		})
	}
}

func TestParseCAS(t *testing.T) {
	tests := []struct{ in, want string }{
		{"39742-60-4", "39742-60-4"},
		{"３９７４２－６０－４", "39742-60-4"},
		{" 39742 – 60 – 4 ", "39742-60-4"},
		{"39742—60—4", "39742-60-4"},
	}
	for _, tt := range tests {
		got, ok := npswatch.ParseCAS(tt.in)
		if !ok || got != tt.want {
			t.Errorf("ParseCAS(%q) = %q,%v want %q", tt.in, got, ok, tt.want)
		}
	}
	for _, bad := range []string{"", "39742604", "39742-60-4x", "2026-11-27"} {
		if got, ok := npswatch.ParseCAS(bad); ok && npswatch.ValidCAS(got) {
			t.Errorf("ParseCAS(%q) = %q, want not a valid CAS", bad, got)
		}
	}
}

func TestFindCAS(t *testing.T) {
	tests := []struct {
		name string
		in   string
		want []string // number:valid
	}{
		{"labelled", "CAS No.39742-60-4 in stock", []string{"39742-60-4:true"}},
		{"hash", "cas#437-38-7,", []string{"437-38-7:true"}},
		{"fullwidth", "CAS号：３９７４２－６０－４。", []string{"39742-60-4:true"}},
		{"emoji keycaps", "CAS 1️⃣4️⃣1️⃣8️⃣8️⃣-8️⃣1️⃣-9️⃣ back in stock", []string{"14188-81-9:true"}},
		{"invalid kept", "CAS: 39742-60-5", []string{"39742-60-5:false"}},
		{"two", "21409-26-7 and 23056-29-3", []string{"21409-26-7:true", "23056-29-3:true"}},
		{"date", "2026-11-27", nil},
		{"phone", "+86 131-2770-4412 or 0571-88-9", nil},
		{"longer number", "1234-56-78", nil},
		{"decimal", "1.437-38-7", nil},
		{"catalogue code", "A437-38-7", nil},
		{"label element glued to the value", "CAS No39742-60-4 Purity99%", []string{"39742-60-4:true"}},
		{"a word ending like a label is no label", "Lucas437-38-7", nil},
		{"sentence end", "CAS 437-38-7.", []string{"437-38-7:true"}},
		{"bare after label", "CAS 21409267 고순도", []string{"21409-26-7:true"}},
		{"bare after CAS No.", "CAS No.: 39742604", []string{"39742-60-4:true"}},
		{"bare with wrong check digit", "CAS 21409268", nil},
		{"bare without label", "order 21409267 today", nil},
		{"bare after label, long text before", strings.Repeat("Stock 1234 units, USD 56.00 ", 40) + "CAS Nr. 21409267", []string{"21409-26-7:true"}},
		{"bare price after label word", "CASE 21409267", nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var got []string
			for _, m := range npswatch.FindCAS(tt.in) {
				got = append(got, fmt.Sprintf("%s:%v", m.Number, m.Valid))
				if m.Start < 0 || m.End > len(tt.in) || m.Start >= m.End {
					t.Errorf("bad offsets %d..%d", m.Start, m.End)
				}
			}
			if strings.Join(got, " ") != strings.Join(tt.want, " ") {
				t.Errorf("FindCAS(%q) = %v, want %v", tt.in, got, tt.want)
			}
		})
	}
}

func FuzzFindCAS(f *testing.F) {
	for _, s := range []string{"CAS 437-38-7", "３９７４２－６０－４", "1-2-3", "--", "9999999-99-9", "\xff\xfe437-38-7"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		for _, m := range npswatch.FindCAS(s) {
			if m.Start < 0 || m.End > len(s) || m.Start >= m.End {
				t.Fatalf("offsets %d..%d out of %d", m.Start, m.End, len(s))
			}
			if m.Valid != npswatch.ValidCAS(m.Number) {
				t.Fatalf("Valid flag wrong for %q", m.Number)
			}
			if p, ok := npswatch.ParseCAS(s[m.Start:m.End]); !ok || p != m.Number {
				t.Fatalf("ParseCAS(%q) = %q, %v; FindCAS said %q", s[m.Start:m.End], p, ok, m.Number)
			}
		}
	})
}

func ExampleFindCAS() {
	for _, m := range npswatch.FindCAS("N-Phenethyl-4-piperidone, CAS No. 39742-60-4 (typo: 39742-60-5)") {
		fmt.Println(m.Number, m.Valid)
	}
	// Output:
	// 39742-60-4 true
	// 39742-60-5 false
}

func ExampleValidCAS() {
	fmt.Println(npswatch.ValidCAS("437-38-7"), npswatch.ValidCAS("437-38-8"))
	// Output: true false
}
