package targets

import (
	"fmt"
	"strings"
	"testing"
	"time"

	"github.com/npswatch/npswatch"
)

func TestCheckProblemsAtTheirLines(t *testing.T) {
	data := "timezone: Mars/Olympus\ntargets:\n  - name: a\n    start_urls: [https://a.example/]\n    rate: three\n    schedule: every 1m\n  - name: a\n    start_urls: [https://b.example/]\n    colour: red\n"
	_, problems := Check("t.yaml", []byte(data), npswatch.Target{Depth: 2, Rate: 1})
	want := map[int]string{1: "Mars/Olympus", 5: "rate: must be a number", 6: "minimum", 7: "a", 9: "colour"}
	got := map[int]string{}
	for _, p := range problems {
		got[p.Line] += p.Msg + "; "
	}
	for line, frag := range want {
		if !strings.Contains(got[line], frag) {
			t.Errorf("line %d: %q, want it to mention %q (all: %v)", line, got[line], frag, problems)
		}
	}
}

func FuzzCheck(f *testing.F) {
	f.Add("targets:\n  - name: a\n    start_urls: [https://a.example/]\n    schedule: daily at 02:00\n")
	f.Add("defaults:\n  rate: 2\ntargets: []\n")
	f.Add("targets:\n  - name: [\n")
	f.Fuzz(func(t *testing.T, data string) {
		set, problems := Check("f.yaml", []byte(data), npswatch.Target{Depth: 1, Rate: 1})
		if len(problems) == 0 && set == nil {
			t.Fatal("no set and no problem")
		}
		for _, p := range problems {
			if p.Msg == "" || strings.Contains(p.Msg, "\n") {
				t.Fatalf("problem %+v: want one non-empty line", p)
			}
		}
	})
}

func ExampleParseSchedule() {
	s, err := ParseSchedule("Daily at 2:05")
	if err != nil {
		fmt.Println(err)
		return
	}
	last := time.Date(2026, 12, 1, 2, 5, 0, 0, time.UTC)
	fmt.Println(s, s.Due(last, last.Add(23*time.Hour)), s.Next(last, last).Format(time.RFC3339))
	// Output: daily at 02:05 false 2026-12-02T02:05:00Z
}
