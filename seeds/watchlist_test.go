package seeds_test

import (
	"errors"
	"fmt"
	"regexp"
	"slices"
	"strings"
	"testing"

	"github.com/npswatch/npswatch"
	"github.com/npswatch/npswatch/seeds"
)

func mustWatchlist(tb testing.TB) []npswatch.Substance {
	tb.Helper()
	subs, err := seeds.Watchlist()
	if err != nil {
		tb.Fatalf("Watchlist: %v", err)
	}
	return subs
}

func byID(subs []npswatch.Substance, id string) *npswatch.Substance {
	for i := range subs {
		if subs[i].ID == id {
			return &subs[i]
		}
	}
	return nil
}

func TestWatchlist(t *testing.T) {
	subs := mustWatchlist(t)
	// 170 rows of the reference list plus the nitazene class entry.
	if len(subs) != 171 {
		t.Errorf("got %d entries, want 171", len(subs))
	}
	ids, cas := map[string]bool{}, 0
	for _, s := range subs {
		if err := s.Validate(); err != nil {
			t.Errorf("%s: %v", s.ID, err)
		}
		if ids[s.ID] {
			t.Errorf("duplicate id %s", s.ID)
		}
		ids[s.ID] = true
		if s.CAS != "" {
			cas++
		}
		if got := seeds.DefaultSeverity(s.Category, s.Class, s.Status); got != s.Severity {
			t.Errorf("%s: severity %s, the documented rule gives %s", s.ID, s.Severity, got)
		}
		if len(s.Sources) == 0 || s.Status == "" || s.Category == "" {
			t.Errorf("%s: missing sources, status or category", s.ID)
		}
		if s.Class == "" && (strings.Contains(strings.ToLower(s.Name), "nitazene") || s.Category == "fentanyl-analogue") {
			t.Errorf("%s: a fentanyl analogue or nitazene without class", s.ID)
		}
	}
	if cas != 147 {
		t.Errorf("got %d CAS numbers, want the reference's 147", cas)
	}
}

func TestWatchlistEntries(t *testing.T) {
	subs := mustWatchlist(t)
	tests := []struct {
		id, name, cas, class, severity string
		synonyms                       []string
		verified                       string
	}{
		{"fentanyl", "Fentanyl", "437-38-7", "fentanyl", "critical", []string{"芬太尼", "fentanyl citrate"}, "yes"},
		{"4-anpp", "ANPP", "21409-26-7", "", "high", []string{"4-ANPP", "4-苯胺基-N-苯乙基哌啶", "N-phenyl-1-(2-phenylethyl)-4-piperidinamine"}, "yes"},
		{"npp", "NPP", "39742-60-4", "", "high", []string{"1-(2-phenylethyl)-4-piperidinone", "N-苯乙基-4-哌啶酮"}, "yes"},
		{"1-boc-4-ap", "1-Boc-4-AP", "125541-22-2", "", "high", []string{"N-boc-4-anilinopiperidine", "tert-butyl 4-anilinopiperidine-1-carboxylate"}, "yes"},
		{"1-boc-4-piperidone", "1-Boc-4-piperidone", "79099-07-3", "", "high", []string{"N-boc-4-piperidone", "1-叔丁氧羰基-4-哌啶酮"}, "yes"},
		{"methoxyacetylfentanyl", "Methoxyacetylfentanyl", "101345-67-9", "fentanyl", "critical", nil, "no"},
		{"isotonitazene", "Isotonitazene", "14188-81-9", "nitazene", "critical", []string{"异托尼秦"}, "yes"},
		{"fentanyl-class", "Fentanyl-related substances (class entry)", "", "fentanyl", "critical", []string{"-fentanyl", "芬太尼类物质"}, ""},
		{"nitazene-class", "Nitazene-class substances (class entry)", "", "nitazene", "critical", []string{"尼秦类物质"}, ""},
		{"heroin", "Heroin", "561-27-3", "", "high", []string{"海洛因"}, "yes"},
		{"methamphetamine", "Methamphetamine", "537-46-2", "", "medium", []string{"冰毒", "甲基苯丙胺"}, "yes"},
		{"acetone", "Acetone", "67-64-1", "", "low", nil, "yes"},
		{"hypophosphorous-acid", "Hypophosphorous acid", "", "", "medium", nil, ""},
		{"xylazine", "Xylazine", "7361-61-7", "", "medium", []string{"赛拉嗪"}, "yes"},
	}
	for _, tt := range tests {
		t.Run(tt.id, func(t *testing.T) {
			s := byID(subs, tt.id)
			if s == nil {
				t.Fatalf("no entry %q", tt.id)
			}
			if s.Name != tt.name || s.CAS != tt.cas || s.Class != tt.class || s.Severity != tt.severity || s.Verified != tt.verified {
				t.Errorf("got name=%q cas=%q class=%q severity=%q verified=%q", s.Name, s.CAS, s.Class, s.Severity, s.Verified)
			}
			for _, syn := range tt.synonyms {
				if !slices.Contains(s.Synonyms, syn) {
					t.Errorf("synonym %q missing from %q", syn, s.Synonyms)
				}
			}
		})
	}
	if s := byID(subs, "hypophosphorous-acid"); s != nil && slices.Contains(s.Synonyms, "and salts") {
		t.Errorf("hypophosphorous acid keeps the non-name %q", "and salts")
	}
}

// TestWatchlistSources checks that sources are split only at top-level
// semicolons: a ";" inside brackets belongs to one source.
func TestWatchlistSources(t *testing.T) {
	s := byID(mustWatchlist(t), "para-fluorobutyrylfentanyl")
	if s == nil {
		t.Fatal("no para-fluorobutyrylfentanyl")
	}
	if len(s.Sources) != 2 {
		t.Fatalf("got %d sources %q, want 2", len(s.Sources), s.Sources)
	}
	if !strings.Contains(s.Sources[1], "thefederalregister.org/82-FR/58575; strtrade.com") {
		t.Errorf("bracketed source was split: %q", s.Sources[1])
	}
}

func TestWatchlistVersion(t *testing.T) {
	v := seeds.WatchlistVersion()
	if !regexp.MustCompile(`^[0-9a-f]{12}$`).MatchString(v) {
		t.Errorf("version %q is not 12 hex digits", v)
	}
	if v != seeds.WatchlistVersion() {
		t.Error("version is not stable")
	}
	if seeds.FileVersion([]byte("x")) == v {
		t.Error("different files share a version")
	}
}

const header = "id\tname\tsynonyms\tcas\tcategory\tclass\tseverity\tus_status\tsource\tverified\n"

func TestParseWatchlist(t *testing.T) {
	tests := []struct {
		name    string
		in      string
		want    []npswatch.Substance
		wantErr string
	}{
		{
			name: "header driven, any order, unknown columns ignored",
			in: "severity\tnote\tcas\tname\tid\tsynonyms\tstatus\tsources\n" +
				"high\tx\t21409-26-7\tANPP\t4-anpp\t4-ANPP; despropionyl fentanyl\tCSA II\ta (b; c); d\n",
			want: []npswatch.Substance{{ID: "4-anpp", Name: "ANPP", CAS: "21409-26-7", Severity: "high",
				Synonyms: []string{"4-ANPP", "despropionyl fentanyl"}, Status: "CSA II", Sources: []string{"a (b; c)", "d"}}},
		},
		{
			name: "defaults: id from name, severity from the rule, chinese appended",
			in: "# comment\n\nname\tcategory\tclass\tchinese\tcas\r\n" +
				"α-Methylfentanyl\tfentanyl-analogue\tfentanyl\tα-甲基芬太尼\t７９７０４－８８－４\r\n",
			want: []npswatch.Substance{{ID: "alpha-methylfentanyl", Name: "α-Methylfentanyl", Category: "fentanyl-analogue",
				Class: "fentanyl", Severity: "critical", Synonyms: []string{"α-甲基芬太尼"}, CAS: "79704-88-4"}},
		},
		{name: "no name column", in: "id\tcas\nx\t50-00-0\n", wantErr: "line 1"},
		{name: "bad check digit", in: header + "a\tA\t\t50-00-1\tc\t\tlow\t\t\t\n", wantErr: "line 2"},
		{name: "unknown class", in: header + "a\tA\t\t\tc\topioid\tlow\t\t\t\n", wantErr: "unknown class"},
		{name: "unknown severity", in: header + "a\tA\t\t\tc\t\tsevere\t\t\t\n", wantErr: "unknown severity"},
		{name: "duplicate id", in: header + "a\tA\t\t\tc\t\tlow\t\t\t\na\tB\t\t\tc\t\tlow\t\t\t\n", wantErr: "line 3: duplicate id \"a\" (first on line 2)"},
		{name: "duplicate CAS", in: header + "a\tA\t\t50-00-0\tc\t\tlow\t\t\t\nb\tB\t\t50-00-0\tc\t\tlow\t\t\t\n", wantErr: "line 3: duplicate CAS"},
		{name: "too many fields", in: "name\tcas\nA\t50-00-0\textra\n", wantErr: "line 2: 3 fields"},
		{name: "header twice", in: "name\tName\nA\tB\n", wantErr: "twice"},
		{name: "empty input", in: "\n# only a comment\n", wantErr: seeds.ErrNoHeader.Error()},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := seeds.ParseWatchlist(strings.NewReader(tt.in))
			if tt.wantErr != "" {
				if err == nil || !strings.Contains(err.Error(), tt.wantErr) {
					t.Fatalf("got error %v, want one containing %q", err, tt.wantErr)
				}
				return
			}
			if err != nil {
				t.Fatalf("ParseWatchlist: %v", err)
			}
			if fmt.Sprintf("%+v", got) != fmt.Sprintf("%+v", tt.want) {
				t.Errorf("got  %+v\nwant %+v", got, tt.want)
			}
		})
	}
}

func TestParseWatchlistEmpty(t *testing.T) {
	_, err := seeds.ParseWatchlist(strings.NewReader(""))
	if !errors.Is(err, seeds.ErrNoHeader) {
		t.Errorf("got %v, want ErrNoHeader", err)
	}
}

func TestSlug(t *testing.T) {
	tests := map[string]string{
		"alpha'-Methylbutyrylfentanyl": "alpha-prime-methylbutyrylfentanyl",
		"N,N-Dimethyletonitazene":      "n-n-dimethyletonitazene",
		"  Red phosphorus ":            "red-phosphorus",
		"β-Hydroxyfentanyl":            "beta-hydroxyfentanyl",
	}
	for in, want := range tests {
		if got := seeds.Slug(in); got != want {
			t.Errorf("Slug(%q) = %q, want %q", in, got, want)
		}
	}
	if got := seeds.Slug("芬太尼"); !strings.HasPrefix(got, "substance-") {
		t.Errorf("Slug of a Chinese name = %q, want a substance- hash", got)
	}
}

func FuzzParseWatchlist(f *testing.F) {
	f.Add(header + "a\tA\tx;y\t50-00-0\tc\t\tlow\t\ts (1; 2)\tyes\n")
	f.Add("name\nA\n\nB\n")
	f.Add("name\tcas\tclass\nA\t５０－００－０\tfentanyl\n")
	f.Add("\xff\tname\n")
	f.Fuzz(func(t *testing.T, in string) {
		subs, err := seeds.ParseWatchlist(strings.NewReader(in))
		if err != nil {
			return
		}
		ids := map[string]bool{}
		for _, s := range subs {
			if err := s.Validate(); err != nil {
				t.Fatalf("accepted an invalid entry: %v", err)
			}
			if ids[s.ID] {
				t.Fatalf("accepted duplicate id %q", s.ID)
			}
			ids[s.ID] = true
		}
	})
}

func ExampleParseWatchlist() {
	tsv := "name\tsynonyms\tcas\tcategory\tclass\n" +
		"Carfentanil\tcarfentanyl;卡芬太尼\t59708-52-0\tfentanyl-analogue\tfentanyl\n"
	subs, err := seeds.ParseWatchlist(strings.NewReader(tsv))
	if err != nil {
		fmt.Println(err)
		return
	}
	s := subs[0]
	fmt.Println(s.ID, s.CAS, s.Severity, s.Synonyms)
	// Output: carfentanil 59708-52-0 critical [carfentanyl 卡芬太尼]
}

func ExampleWatchlist() {
	subs, err := seeds.Watchlist()
	if err != nil {
		fmt.Println(err)
		return
	}
	for _, s := range subs {
		if s.ID == "npp" {
			fmt.Println(s.Name, s.CAS, s.Category, s.Severity)
		}
	}
	// Output: NPP 39742-60-4 precursor-fentanyl high
}
