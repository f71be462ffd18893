package report

import (
	"fmt"
	"math"
	"slices"
	"strings"
	"time"
)

// knownCategories are the watchlist categories in stacking order, with
// their chart colours. Other categories follow alphabetically with colours
// from extraColors.
var knownCategories = []struct{ Name, Color string }{
	{"fentanyl-analogue", "#b3261e"},
	{"opioid", "#e8710a"},
	{"precursor-fentanyl", "#7b1fa2"},
	{"precursor-other", "#1967d2"},
	{"other-controlled", "#188038"},
	{"stimulant", "#9aa0a6"},
}

var extraColors = []string{"#00838f", "#c2185b", "#827717", "#5d4037", "#3949ab", "#455a64"}

// trendDay is one day of the normalised trend.
type trendDay struct {
	Day        time.Time // midnight UTC of the calendar date
	Total      int
	ByCategory map[string]int
}

// trendEnd is the calendar date the trend ends on, or false when the Data
// has no time to anchor it.
func trendEnd(d *Data) (time.Time, bool) {
	end := d.Until
	if !end.IsZero() {
		end = end.Add(-time.Nanosecond) // the period is [Since, Until)
	} else {
		end = d.Generated
	}
	if end.IsZero() {
		return time.Time{}, false
	}
	y, m, dd := end.UTC().Date()
	return time.Date(y, m, dd, 0, 0, 0, 0, time.UTC), true
}

// normTrend returns the 30 days ending on trendEnd, oldest first, and the
// categories that occur in them in stacking order.
func normTrend(d *Data) ([]trendDay, []string) {
	end, ok := trendEnd(d)
	if !ok {
		return []trendDay{}, []string{}
	}
	start := end.AddDate(0, 0, -(trendDays - 1))
	days := make([]trendDay, trendDays)
	for i := range days {
		days[i] = trendDay{Day: start.AddDate(0, 0, i), ByCategory: map[string]int{}}
	}
	seen := map[string]bool{}
	for _, dc := range d.Trend {
		y, m, dd := dc.Day.Date()
		day := time.Date(y, m, dd, 0, 0, 0, 0, time.UTC)
		if day.Before(start) || day.After(end) {
			continue
		}
		i := int(day.Sub(start).Hours()/24 + 0.5)
		for cat, n := range dc.ByCategory {
			if n <= 0 {
				continue
			}
			if cat == "" {
				cat = "uncategorised"
			}
			days[i].ByCategory[cat] += n
			days[i].Total += n
			seen[cat] = true
		}
	}
	return days, orderCategories(seen)
}

func orderCategories(seen map[string]bool) []string {
	var out []string
	for _, k := range knownCategories {
		if seen[k.Name] {
			out = append(out, k.Name)
		}
	}
	var rest []string
	for c := range seen {
		if !slices.ContainsFunc(knownCategories, func(k struct{ Name, Color string }) bool { return k.Name == c }) {
			rest = append(rest, c)
		}
	}
	slices.Sort(rest)
	return append(out, rest...)
}

// categoryColors assigns each category of cats its colour.
func categoryColors(cats []string) map[string]string {
	colors := map[string]string{}
	extra := 0
	for _, c := range cats {
		for _, k := range knownCategories {
			if k.Name == c {
				colors[c] = k.Color
			}
		}
		if colors[c] == "" {
			colors[c] = extraColors[extra%len(extraColors)]
			extra++
		}
	}
	return colors
}

// The chart: geometry computed here, drawn by the HTML template as SVG.
type chart struct {
	W, H       int
	PlotLeft   int
	PlotTop    int
	PlotRight  int
	PlotBottom int
	PlotHeight int
	LabelY     int
	Bars       []chartBar
	Ticks      []chartTick
	Labels     []chartLabel
	Legend     []legendItem
	Total      int
	Max        int
	From, To   string
	Empty      bool // no day to show
}

type chartBar struct {
	X, W   float64
	Segs   []chartSeg
	Total  int
	TopY   float64 // where the total label goes
	Label  string  // total above the bar, "" for 0
	Title  string
	Center float64
}

type chartSeg struct {
	Y, H  float64
	Color string
}

type chartTick struct {
	Y     float64
	Label string
}

type chartLabel struct {
	X     float64
	Label string
}

type legendItem struct {
	Category string
	Color    string
	Count    int
}

// niceCeil returns a round axis maximum ≥ v and its tick step: the
// smallest step of 1, 2 or 5 × 10^k that covers v in at most 5 ticks, and
// never less than 4.
func niceCeil(v int) (top, step int) {
	if v <= 4 {
		return 4, 1
	}
	for mag := 1; ; mag *= 10 {
		for _, f := range []int{1, 2, 5} {
			s := f * mag
			if n := (v + s - 1) / s; n <= 5 {
				return n * s, s
			}
		}
	}
}

func r1(x float64) float64 { return math.Round(x*10) / 10 }

func buildChart(days []trendDay, cats []string) chart {
	c := chart{W: 960, H: 260, PlotLeft: 44, PlotTop: 16, PlotRight: 948, PlotBottom: 226}
	c.PlotHeight = c.PlotBottom - c.PlotTop
	c.LabelY = c.PlotBottom + 18
	if len(days) == 0 {
		c.Empty = true
		return c
	}
	colors := categoryColors(cats)
	perCat := map[string]int{}
	for _, d := range days {
		c.Total += d.Total
		c.Max = max(c.Max, d.Total)
		for cat, n := range d.ByCategory {
			perCat[cat] += n
		}
	}
	for _, cat := range cats {
		c.Legend = append(c.Legend, legendItem{Category: cat, Color: colors[cat], Count: perCat[cat]})
	}
	axisMax, step := niceCeil(c.Max)
	plotH := float64(c.PlotBottom - c.PlotTop)
	scale := plotH / float64(axisMax)
	for v := 0; v <= axisMax; v += step {
		c.Ticks = append(c.Ticks, chartTick{Y: r1(float64(c.PlotBottom) - float64(v)*scale), Label: fmt.Sprint(v)})
	}
	slot := float64(c.PlotRight-c.PlotLeft) / float64(len(days))
	barW := r1(slot * 0.72)
	for i, d := range days {
		x := float64(c.PlotLeft) + slot*float64(i) + (slot-barW)/2
		b := chartBar{X: r1(x), W: barW, Total: d.Total, Center: r1(x + barW/2)}
		var parts []string
		y := float64(c.PlotBottom)
		for _, cat := range cats {
			n := d.ByCategory[cat]
			if n == 0 {
				continue
			}
			h := float64(n) * scale
			y -= h
			b.Segs = append(b.Segs, chartSeg{Y: r1(y), H: r1(h), Color: colors[cat]})
			parts = append(parts, fmt.Sprintf("%s %d", cat, n))
		}
		b.TopY = r1(y - 4)
		if d.Total > 0 {
			b.Label = fmt.Sprint(d.Total)
		}
		b.Title = fmt.Sprintf("%s: %d hits", d.Day.Format(dayLayout), d.Total)
		if len(parts) > 0 {
			b.Title += " (" + strings.Join(parts, ", ") + ")"
		}
		c.Bars = append(c.Bars, b)
		if i%5 == 0 || i == len(days)-1 {
			c.Labels = append(c.Labels, chartLabel{X: b.Center, Label: d.Day.Format("01-02")})
		}
	}
	c.From = days[0].Day.Format(dayLayout)
	c.To = days[len(days)-1].Day.Format(dayLayout)
	return c
}
