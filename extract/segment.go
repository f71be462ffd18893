package extract

import (
	"sort"
	"strings"
	"unicode/utf8"

	prose "github.com/jdkato/prose/v2"
)

// segment.go cuts the lines that hold claims into sentences. All lines of
// a page go through prose in one document (prose loads its model for
// every document); sentences never cross a line, and Chinese full stops
// end a sentence too, which prose's English model does not know.

// maxSentence is the longest claim text kept, in runes; longer sentences
// are cut to a window around the match.
const maxSentence = 300

// segmenter maps lines to their sentence spans.
type segmenter struct {
	lines  []string
	offset map[string]int // line → byte offset in the joined text
	joined string
	sents  [][2]int // sentence spans in joined, sorted
}

func newSegmenter() *segmenter { return &segmenter{offset: map[string]int{}} }

// add queues a line for segmentation.
func (s *segmenter) add(line string) {
	if _, ok := s.offset[line]; ok {
		return
	}
	s.offset[line] = -1
	s.lines = append(s.lines, line)
}

// run segments all queued lines.
func (s *segmenter) run() {
	var b strings.Builder
	for _, l := range s.lines {
		s.offset[l] = b.Len()
		b.WriteString(l)
		b.WriteByte('\n')
	}
	s.joined = b.String()
	var sents []string
	doc, err := prose.NewDocument(s.joined, prose.WithTagging(false), prose.WithExtraction(false),
		prose.WithTokenization(false))
	if err == nil {
		for _, st := range doc.Sentences() {
			sents = append(sents, st.Text)
		}
	}
	// locate the sentences, then cut them at line ends and CJK stops;
	// text prose skipped becomes sentences of its own.
	cursor := 0
	var raw [][2]int
	for _, st := range sents {
		if st == "" {
			continue
		}
		i := strings.Index(s.joined[cursor:], st)
		if i < 0 {
			continue
		}
		if i > 0 {
			raw = append(raw, [2]int{cursor, cursor + i})
		}
		raw = append(raw, [2]int{cursor + i, cursor + i + len(st)})
		cursor += i + len(st)
	}
	if cursor < len(s.joined) {
		raw = append(raw, [2]int{cursor, len(s.joined)})
	}
	for _, r := range raw {
		s.sents = append(s.sents, cutSpan(s.joined, r[0], r[1])...)
	}
}

// cutSpan splits joined[a:b] after newlines and CJK sentence stops.
func cutSpan(joined string, a, b int) [][2]int {
	var out [][2]int
	start := a
	for i := a; i < b; {
		r, w := utf8.DecodeRuneInString(joined[i:])
		i += w
		switch r {
		case '\n', '。', '！', '？', '；':
			out = append(out, [2]int{start, i})
			start = i
		}
	}
	if start < b {
		out = append(out, [2]int{start, b})
	}
	return out
}

// sentence returns the sentence of line that holds the match [start,end).
func (s *segmenter) sentence(line string, start, end int) string {
	base, ok := s.offset[line]
	if !ok || base < 0 {
		return window(line, start, end, start, end)
	}
	o := base + start
	i := sort.Search(len(s.sents), func(i int) bool { return s.sents[i][1] > o })
	if i == len(s.sents) || s.sents[i][0] > o {
		return window(line, start, end, start, end)
	}
	a, b := s.sents[i][0], s.sents[i][1]
	if b < base+end && base+end <= base+len(line) {
		// a match that runs over a sentence end keeps its whole text
		for j := i + 1; j < len(s.sents) && b < base+end; j++ {
			b = s.sents[j][1]
		}
	}
	if b > base+len(line) {
		b = base + len(line)
	}
	if a < base {
		a = base
	}
	return window(line, a-base, b-base, start, end)
}

// spans returns the sentence spans of a queued line, as byte offsets into
// the line; a line that was not queued is one sentence.
func (s *segmenter) spans(line string) [][2]int {
	base, ok := s.offset[line]
	if !ok || base < 0 {
		return [][2]int{{0, len(line)}}
	}
	end := base + len(line)
	i := sort.Search(len(s.sents), func(i int) bool { return s.sents[i][1] > base })
	var out [][2]int
	for ; i < len(s.sents) && s.sents[i][0] < end; i++ {
		a, b := max(s.sents[i][0], base), min(s.sents[i][1], end)
		if a < b {
			out = append(out, [2]int{a - base, b - base})
		}
	}
	if len(out) == 0 {
		out = append(out, [2]int{0, len(line)})
	}
	return out
}

// window returns line[a:b] tidied. A span longer than maxSentence runes
// is cut to about maxSentence runes around the match [ms,me).
func window(line string, a, b, ms, me int) string {
	a, b = max(a, 0), min(b, len(line))
	if a >= b {
		return ""
	}
	if utf8.RuneCountInString(line[a:b]) > maxSentence {
		const side = maxSentence / 2
		na, nb := max(a, ms-side), min(b, me+side)
		for na > a && !utf8.RuneStart(line[na]) {
			na--
		}
		for nb < b && !utf8.RuneStart(line[nb]) {
			nb++
		}
		a, b = na, nb
	}
	return truncateRunes(collapse(line[a:b]), 2*maxSentence)
}
