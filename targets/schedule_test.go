package targets

import (
	"strings"
	"testing"
	"time"
)

func TestParseSchedule(t *testing.T) {
	good := map[string]string{
		"":                         "manual",
		"manual":                   "manual",
		"  Manual ":                "manual",
		"hourly":                   "hourly",
		"every 1h":                 "hourly",
		"every 6h":                 "every 6h",
		"every 30m":                "every 30m",
		"every 5m":                 "every 5m",
		"every 1h30m":              "every 1h30m",
		"every 2d":                 "every 2d",
		"daily at 02:00":           "daily at 02:00",
		"Daily  at 2:05":           "daily at 02:05",
		"daily at 23:59":           "daily at 23:59",
		"weekly on mon at 02:00":   "weekly on mon at 02:00",
		"weekly on Sunday at 0:00": "weekly on sun at 00:00",
	}
	for in, want := range good {
		s, err := ParseSchedule(in)
		if err != nil {
			t.Errorf("ParseSchedule(%q): %v", in, err)
			continue
		}
		if got := s.String(); got != want {
			t.Errorf("ParseSchedule(%q) = %q, want %q", in, got, want)
		}
	}
	bad := map[string]string{
		"every 1m":                  "shorter than the 5m0s minimum",
		"every 4m59s":               "minimum",
		"every":                     "one duration",
		"every six hours":           "one duration",
		"every x":                   "not a duration",
		"every -1h":                 "not a duration",
		"every 0d":                  "not a duration",
		"daily":                     `"daily at HH:MM"`,
		"daily 02:00":               `"daily at HH:MM"`,
		"daily at 24:00":            "not a time of day",
		"daily at 2am":              "not a time of day",
		"daily at 02:7":             "not a time of day",
		"weekly on funday at 02:00": "not a weekday",
		"weekly on mon":             "weekly on DAY at HH:MM",
		"weekly at 02:00":           "weekly on DAY at HH:MM",
		"sometimes":                 `"daily at HH:MM", "weekly on mon at HH:MM", "every 6h", "hourly" or "manual"`,
		"hourly please":             "want",
		"manual daily":              "want",
	}
	for in, want := range bad {
		_, err := ParseSchedule(in)
		if err == nil || !strings.Contains(err.Error(), want) || !strings.Contains(err.Error(), `schedule "`) {
			t.Errorf("ParseSchedule(%q) = %v; want an error naming the Schedule and mentioning %q", in, err, want)
		}
	}
}

func mustSchedule(t *testing.T, s string, loc *time.Location) Schedule {
	t.Helper()
	sc, err := ParseSchedule(s)
	if err != nil {
		t.Fatal(err)
	}
	return sc.in(loc)
}

func ts(t *testing.T, s string) time.Time {
	t.Helper()
	v, err := time.Parse(time.RFC3339, s)
	if err != nil {
		t.Fatal(err)
	}
	return v
}

func TestScheduleDueNext(t *testing.T) {
	vienna, err := time.LoadLocation("Europe/Vienna")
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		name, sched string
		loc         *time.Location
		last, now   string // "" = never ran
		due         bool
		next        string // "" = zero (manual)
	}{
		{"manual never due", "manual", nil, "", "2026-11-27T10:00:00Z", false, ""},
		{"manual with a run", "manual", nil, "2026-01-01T00:00:00Z", "2026-11-27T10:00:00Z", false, ""},
		{"never ran: due at once", "daily at 02:00", nil, "", "2026-11-27T10:00:00Z", true, "2026-11-27T10:00:00Z"},
		{"every 6h not yet", "every 6h", nil, "2026-11-27T00:00:00Z", "2026-11-27T05:59:59Z", false, "2026-11-27T06:00:00Z"},
		{"every 6h on time", "every 6h", nil, "2026-11-27T00:00:00Z", "2026-11-27T06:00:00Z", true, "2026-11-27T06:00:00Z"},
		{"every 6h long missed: once, now", "every 6h", nil, "2026-11-20T00:00:00Z", "2026-11-27T06:00:00Z", true, "2026-11-27T06:00:00Z"},
		{"hourly", "hourly", nil, "2026-11-27T00:10:00Z", "2026-11-27T00:40:00Z", false, "2026-11-27T01:10:00Z"},
		{"daily: ran after today's slot", "daily at 02:00", nil, "2026-11-27T02:00:05Z", "2026-11-28T01:59:59Z", false, "2026-11-28T02:00:00Z"},
		{"daily: slot reached", "daily at 02:00", nil, "2026-11-27T02:00:05Z", "2026-11-28T02:00:00Z", true, "2026-11-28T02:00:00Z"},
		{"daily: ran before today's slot", "daily at 02:00", nil, "2026-11-27T01:00:00Z", "2026-11-27T01:30:00Z", false, "2026-11-27T02:00:00Z"},
		{"daily: missed days run once", "daily at 02:00", nil, "2026-11-20T02:00:00Z", "2026-11-27T01:00:00Z", true, "2026-11-27T01:00:00Z"},
		{"daily in Vienna, winter (UTC+1)", "daily at 02:00", vienna, "2026-01-14T01:00:00Z", "2026-01-15T00:59:00Z", false, "2026-01-15T01:00:00Z"},
		{"daily in Vienna, summer (UTC+2)", "daily at 02:00", vienna, "2026-07-14T00:00:00Z", "2026-07-14T23:59:00Z", false, "2026-07-15T00:00:00Z"},
		{"weekly: next monday", "weekly on mon at 02:00", nil, "2026-11-23T02:00:10Z", "2026-11-29T12:00:00Z", false, "2026-11-30T02:00:00Z"},
		{"weekly: ran on a tuesday", "weekly on mon at 02:00", nil, "2026-11-24T09:00:00Z", "2026-11-29T12:00:00Z", false, "2026-11-30T02:00:00Z"},
		{"weekly: monday before the slot", "weekly on mon at 02:00", nil, "2026-11-30T01:00:00Z", "2026-11-30T01:30:00Z", false, "2026-11-30T02:00:00Z"},
		{"weekly: slot reached", "weekly on mon at 02:00", nil, "2026-11-23T02:00:10Z", "2026-11-30T02:00:00Z", true, "2026-11-30T02:00:00Z"},
		// 2026-03-29: Vienna skips 02:00-03:00; 02:30 that day is 03:30 summer time
		{"DST spring: skipped slot moves on", "daily at 02:30", vienna, "2026-03-28T01:30:00Z", "2026-03-29T01:00:00Z", false, "2026-03-29T01:30:00Z"},
		{"DST spring: day after", "daily at 02:30", vienna, "2026-03-29T01:30:05Z", "2026-03-29T12:00:00Z", false, "2026-03-30T00:30:00Z"},
		// 2026-10-25: Vienna has 02:00-03:00 twice; the slot runs once
		{"DST autumn: the slot", "daily at 02:30", vienna, "2026-10-24T00:30:00Z", "2026-10-25T00:00:00Z", false, "2026-10-25T01:30:00Z"},
		{"DST autumn: ran at the first 02:30", "daily at 02:30", vienna, "2026-10-25T00:30:10Z", "2026-10-25T01:45:00Z", false, "2026-10-26T01:30:00Z"},
		{"DST autumn: ran at the second 02:30", "daily at 02:30", vienna, "2026-10-25T01:30:10Z", "2026-10-25T23:00:00Z", false, "2026-10-26T01:30:00Z"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			loc := tt.loc
			if loc == nil {
				loc = time.UTC
			}
			s := mustSchedule(t, tt.sched, loc)
			var last time.Time
			if tt.last != "" {
				last = ts(t, tt.last)
			}
			now := ts(t, tt.now)
			if got := s.Due(last, now); got != tt.due {
				t.Errorf("due = %v, want %v", got, tt.due)
			}
			got := s.Next(last, now)
			if tt.next == "" {
				if !got.IsZero() {
					t.Errorf("next = %v, want zero", got)
				}
				return
			}
			if want := ts(t, tt.next); !got.Equal(want) {
				t.Errorf("next = %v (%v), want %v", got.UTC(), got.In(loc), want)
			}
		})
	}
}

// TestScheduleYearInVienna steps a clock through 2026 in five-minute ticks
// and runs a target whenever it is due: a daily target runs exactly once on
// every local day, at its wall-clock time (03:30 on the day 02:30 does not
// exist), and a weekly one on every Monday.
func TestScheduleYearInVienna(t *testing.T) {
	vienna, err := time.LoadLocation("Europe/Vienna")
	if err != nil {
		t.Fatal(err)
	}
	daily := mustSchedule(t, "daily at 02:30", vienna)
	weekly := mustSchedule(t, "weekly on mon at 02:00", vienna)
	start := time.Date(2026, 1, 1, 3, 0, 0, 0, vienna)
	end := time.Date(2027, 1, 1, 0, 0, 0, 0, vienna)
	dLast, wLast := start, start // both ran at the start
	days, weeks := map[string]int{}, 0
	for now := start; now.Before(end); now = now.Add(5 * time.Minute) {
		if daily.Due(dLast, now) {
			if n := daily.Next(dLast, now); !n.Equal(now) {
				t.Fatalf("%v: due but next is %v", now, n)
			}
			dLast = now
			l := now.In(vienna)
			days[l.Format(time.DateOnly)]++
			if hm := l.Format("15:04"); hm != "02:30" && !(l.Format(time.DateOnly) == "2026-03-29" && hm == "03:30") {
				t.Errorf("daily run at %v", l)
			}
		}
		if weekly.Due(wLast, now) {
			wLast = now
			weeks++
			if l := now.In(vienna); l.Weekday() != time.Monday || l.Format("15:04") != "02:00" {
				t.Errorf("weekly run at %v", l)
			}
		}
	}
	if len(days) != 364 { // every day of 2026 but January 1st, which ran at the start
		t.Errorf("daily target ran on %d days, want 364", len(days))
	}
	for d, n := range days {
		if n != 1 {
			t.Errorf("daily target ran %d times on %s", n, d)
		}
	}
	if weeks != 52 { // Mondays of 2026: Jan 5 … Dec 28
		t.Errorf("weekly target ran %d times, want 52", weeks)
	}
}
