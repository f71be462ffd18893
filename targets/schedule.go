package targets

import (
	"fmt"
	"strconv"
	"strings"
	"time"
	_ "time/tzdata" // timezone: Europe/Vienna works on hosts without a zoneinfo database
)

// MinInterval is the shortest "every" a schedule may ask for: a monitor
// revisits whole sites, and sites are crawled politely.
const MinInterval = 5 * time.Minute

// scheduleKind is how a target is scheduled.
type scheduleKind int

const (
	schedManual scheduleKind = iota // never due automatically
	schedEvery                      // every fixed interval after the last run started
	schedDaily                      // once a day at a wall-clock time
	schedWeekly                     // once a week on a weekday at a wall-clock time
)

// Schedule says when `npswatch monitor` crawls a target. Its text forms:
//
//	manual (or empty)          never automatically; `npswatch crawl` it by hand
//	hourly                     every hour (the same as "every 1h")
//	every 6h, every 30m, 2d    a Go duration (or whole days), at least 5m, measured from the last run's start
//	daily at 02:00             once a day at that wall-clock time
//	weekly on mon at 02:00     once a week (mon, tue, … sun or monday, tuesday, …)
//
// Wall-clock times are in the targets file's `timezone` (UTC without one),
// so "daily at 02:00" in Europe/Vienna stays at 02:00 local time across
// daylight saving changes. A target that never ran is due at once.
type Schedule struct {
	kind    scheduleKind
	every   time.Duration
	hour    int
	minute  int
	weekday time.Weekday
	loc     *time.Location
}

var ScheduleForms = `"daily at HH:MM", "weekly on mon at HH:MM", "every 6h", "hourly" or "manual"`

// weekdays maps "mon" and "monday" (and so on) to their weekday.
var weekdays = func() map[string]time.Weekday {
	m := map[string]time.Weekday{}
	for d := time.Sunday; d <= time.Saturday; d++ {
		name := strings.ToLower(d.String())
		m[name], m[name[:3]] = d, d
	}
	return m
}()

// ParseSchedule reads a schedule (see Schedule). Wall-clock schedules are in
// UTC; in() moves them to the targets file's timezone.
func ParseSchedule(s string) (Schedule, error) {
	f := strings.Fields(strings.ToLower(s))
	sc := Schedule{loc: time.UTC}
	bad := func(format string, a ...any) (Schedule, error) {
		return Schedule{}, fmt.Errorf("schedule %q: %s", s, fmt.Sprintf(format, a...))
	}
	switch {
	case len(f) == 0 || len(f) == 1 && f[0] == "manual":
		sc.kind = schedManual
	case len(f) == 1 && f[0] == "hourly":
		sc.kind, sc.every = schedEvery, time.Hour
	case f[0] == "every":
		if len(f) != 2 {
			return bad(`want "every" and one duration, e.g. "every 6h" or "every 90m"`)
		}
		d, err := parseInterval(f[1])
		if err != nil {
			return bad("%v", err)
		}
		if d < MinInterval {
			return bad("%s is shorter than the %s minimum (sites are revisited whole; be polite)", f[1], MinInterval)
		}
		sc.kind, sc.every = schedEvery, d
	case f[0] == "daily":
		if len(f) != 3 || f[1] != "at" {
			return bad(`want "daily at HH:MM", e.g. "daily at 02:00"`)
		}
		h, m, err := parseClock(f[2])
		if err != nil {
			return bad("%v", err)
		}
		sc.kind, sc.hour, sc.minute = schedDaily, h, m
	case f[0] == "weekly":
		if len(f) != 5 || f[1] != "on" || f[3] != "at" {
			return bad(`want "weekly on DAY at HH:MM", e.g. "weekly on mon at 02:00"`)
		}
		wd, ok := weekdays[f[2]]
		if !ok {
			return bad("%q is not a weekday (mon, tue, wed, thu, fri, sat, sun)", f[2])
		}
		h, m, err := parseClock(f[4])
		if err != nil {
			return bad("%v", err)
		}
		sc.kind, sc.weekday, sc.hour, sc.minute = schedWeekly, wd, h, m
	default:
		return bad("want %s", ScheduleForms)
	}
	return sc, nil
}

// parseInterval reads a Go duration (6h, 90m, 1h30m) or whole days (2d).
func parseInterval(s string) (time.Duration, error) {
	if d, ok := strings.CutSuffix(s, "d"); ok {
		n, err := strconv.Atoi(d)
		if err != nil || n <= 0 || strconv.Itoa(n) != d {
			return 0, fmt.Errorf("%q is not a duration (want 6h, 30m, 1h30m or 2d)", s)
		}
		return time.Duration(n) * 24 * time.Hour, nil
	}
	d, err := time.ParseDuration(s)
	if err != nil || d <= 0 {
		return 0, fmt.Errorf("%q is not a duration (want 6h, 30m, 1h30m or 2d)", s)
	}
	return d, nil
}

// parseClock reads a 24-hour wall-clock time, H:MM or HH:MM.
func parseClock(s string) (hour, minute int, err error) {
	hs, ms, ok := strings.Cut(s, ":")
	hour, herr := strconv.Atoi(hs)
	minute, merr := strconv.Atoi(ms)
	if !ok || herr != nil || merr != nil || len(hs) < 1 || len(hs) > 2 || len(ms) != 2 ||
		hour < 0 || hour > 23 || minute < 0 || minute > 59 {
		return 0, 0, fmt.Errorf("%q is not a time of day (want HH:MM, 00:00 to 23:59)", s)
	}
	return hour, minute, nil
}

// in returns the schedule with its wall-clock times in loc.
func (s Schedule) in(loc *time.Location) Schedule {
	if loc != nil {
		s.loc = loc
	}
	return s
}

// Manual reports whether the schedule never makes a target due.
func (s Schedule) Manual() bool { return s.kind == schedManual }

// String is the schedule's canonical text form.
func (s Schedule) String() string {
	switch s.kind {
	case schedEvery:
		if s.every == time.Hour {
			return "hourly"
		}
		return "every " + shortDuration(s.every)
	case schedDaily:
		return fmt.Sprintf("daily at %02d:%02d", s.hour, s.minute)
	case schedWeekly:
		return fmt.Sprintf("weekly on %s at %02d:%02d", strings.ToLower(s.weekday.String()[:3]), s.hour, s.minute)
	}
	return "manual"
}

// shortDuration prints 6h0m0s as 6h and 90m as 1h30m.
func shortDuration(d time.Duration) string {
	if d%(24*time.Hour) == 0 {
		return strconv.Itoa(int(d/(24*time.Hour))) + "d"
	}
	s := d.String()
	s = strings.TrimSuffix(s, "0s")
	if strings.HasSuffix(s, "h0m") {
		s = strings.TrimSuffix(s, "0m")
	}
	return s
}

// Due reports whether a target whose last run started at last should run
// at now: it never ran, or a slot of the schedule lies after last and at or
// before now. A manual schedule is never due.
func (s Schedule) Due(last, now time.Time) bool {
	if s.Manual() {
		return false
	}
	return last.IsZero() || !s.after(last).After(now)
}

// Next returns when the target is due next: now when it is due already,
// else the first slot after last. It returns the zero time for a manual
// schedule.
func (s Schedule) Next(last, now time.Time) time.Time {
	switch {
	case s.Manual():
		return time.Time{}
	case s.Due(last, now):
		return now
	}
	return s.after(last)
}

// after returns the first slot of the schedule after t: t plus the interval,
// or the next wall-clock slot in the schedule's timezone. A slot is taken
// by a run on its local day at or after its wall-clock time, so the
// repeated hour when clocks go back does not run a daily target twice, and
// a slot in the hour skipped when clocks go forward moves to the same time
// after the change (02:30 becomes 03:30 summer time).
func (s Schedule) after(t time.Time) time.Time {
	switch s.kind {
	case schedManual:
		return time.Time{}
	case schedEvery:
		return t.Add(s.every)
	}
	loc := s.loc
	if loc == nil {
		loc = time.UTC
	}
	tl := t.In(loc)
	y, m, d := tl.Date()
	takenToday := tl.Hour() > s.hour || tl.Hour() == s.hour && tl.Minute() >= s.minute
	for i := 0; i < 15; i++ {
		if i == 0 && takenToday {
			continue
		}
		if s.kind == schedWeekly && time.Date(y, m, d+i, 12, 0, 0, 0, loc).Weekday() != s.weekday {
			continue
		}
		if c := time.Date(y, m, d+i, s.hour, s.minute, 0, 0, loc); c.After(t) {
			return c
		}
	}
	return t.Add(7 * 24 * time.Hour) // unreachable: a matching day is at most 7 days on
}
