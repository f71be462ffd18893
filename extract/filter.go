package extract

import (
	"regexp"
	"strings"
)

// filter.go makes the regexps cheap on whole pages: each one runs only on
// the lines that contain one of its trigger strings, found with a plain
// substring search over the lower-cased text. Go's regexp engine scans at
// tens of MB/s; a substring search at GB/s.

// lined is a text split into lines, with their lower-cased twins.
type lined struct {
	lines, lower []string
}

// newLined splits text once for any number of filtered regexps.
func newLined(text string) *lined {
	l := &lined{lines: strings.Split(text, "\n"), lower: strings.Split(strings.ToLower(text), "\n")}
	if len(l.lower) != len(l.lines) { // cannot happen: ToLower keeps '\n'
		l.lower = l.lines
	}
	return l
}

// lineRe is a regexp with its triggers (lower case). A regexp without
// triggers runs on every line.
type lineRe struct {
	re      *regexp.Regexp
	trig    []string
	maxLine int // skip longer lines (0: no limit); labels live on short lines
}

func newLineRe(pattern string, trig ...string) lineRe {
	return lineRe{re: regexp.MustCompile(pattern), trig: trig}
}

// hit reports whether line i holds a trigger.
func (f lineRe) hit(l *lined, i int) bool {
	if f.maxLine > 0 && len(l.lines[i]) > f.maxLine {
		return false
	}
	if len(f.trig) == 0 {
		return true
	}
	for _, t := range f.trig {
		if strings.Contains(l.lower[i], t) {
			return true
		}
	}
	return false
}

// match reports whether any line matches.
func (f lineRe) match(l *lined) bool {
	for i := range l.lines {
		if f.hit(l, i) && f.re.MatchString(l.lines[i]) {
			return true
		}
	}
	return false
}

// all returns up to n matches (each with its submatches) over all lines.
func (f lineRe) all(l *lined, n int) [][]string {
	var out [][]string
	for i := range l.lines {
		if len(out) >= n {
			break
		}
		if f.hit(l, i) {
			out = append(out, f.re.FindAllStringSubmatch(l.lines[i], n-len(out))...)
		}
	}
	return out
}

// matchText is match over a plain text.
func (f lineRe) matchText(text string) bool { return f.match(newLined(text)) }

// matchUnquoted is matchText for a match outside quotation marks: a post
// that quotes a seller's “in stock, we ship” reports those words.
func (f lineRe) matchUnquoted(text string) bool {
	l := newLined(text)
	for i, line := range l.lines {
		if !f.hit(l, i) {
			continue
		}
		for _, loc := range f.re.FindAllStringIndex(line, 8) {
			if !quoted(line, loc[0]) {
				return true
			}
		}
	}
	return false
}
