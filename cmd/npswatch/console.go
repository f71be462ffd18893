package main

import (
	"context"
	"fmt"
	"io"
	"log/slog"
	"regexp"
	"sort"
	"strings"
	"sync"
)

// console is standard error shared by log lines and a progress line: a log
// line clears the progress line, is written whole, and the progress line
// is drawn again below it, so neither mangles the other.
type console struct {
	mu     sync.Mutex
	w      io.Writer
	status string // the progress line on screen, "" when none
}

func (c *console) Write(p []byte) (int, error) {
	c.mu.Lock()
	defer c.mu.Unlock()
	if c.status != "" {
		io.WriteString(c.w, "\r\033[K")
	}
	n, err := c.w.Write(p)
	if c.status != "" {
		io.WriteString(c.w, c.status)
	}
	return n, err
}

// setStatus draws s as the progress line ("" clears it).
func (c *console) setStatus(s string) {
	c.mu.Lock()
	defer c.mu.Unlock()
	io.WriteString(c.w, "\r\033[K"+s)
	c.status = s
}

// warnShown is how many warnings of one cause are written before the rest
// are only counted.
const warnShown = 3

// summary counts the warnings of each cause a summarising handler held back.
type summary struct {
	mu   sync.Mutex
	seen map[string]int
}

// summarising is a slog.Handler that writes the first warnShown warnings of
// each cause (message and error with its URLs and hosts taken out: "fetch
// failed: HTTP 404") and counts the rest, for flush to report in one line
// each. Other levels pass through.
type summarising struct {
	slog.Handler
	s *summary
}

func newSummarising(h slog.Handler) *summarising {
	return &summarising{h, &summary{seen: map[string]int{}}}
}

var causeNoise = regexp.MustCompile(`[a-z][a-z0-9+.-]*://\S*|\b\d{1,3}(?:\.\d{1,3}){3}(?::\d+)?|\[[0-9a-f:]+\](?::\d+)?`)

func (h *summarising) Handle(ctx context.Context, r slog.Record) error {
	if r.Level != slog.LevelWarn {
		return h.Handler.Handle(ctx, r)
	}
	cause := r.Message
	r.Attrs(func(a slog.Attr) bool {
		if a.Key == "err" || a.Key == "why" {
			cause += ": " + causeNoise.ReplaceAllString(a.Value.String(), "…")
		}
		return true
	})
	h.s.mu.Lock()
	h.s.seen[cause]++
	n := h.s.seen[cause]
	h.s.mu.Unlock()
	if n > warnShown {
		return nil
	}
	return h.Handler.Handle(ctx, r)
}

func (h *summarising) WithAttrs(as []slog.Attr) slog.Handler {
	return &summarising{h.Handler.WithAttrs(as), h.s}
}

func (h *summarising) WithGroup(name string) slog.Handler {
	return &summarising{h.Handler.WithGroup(name), h.s}
}

// flush writes one line per cause whose warnings were held back.
func (h *summarising) flush(w io.Writer) {
	h.s.mu.Lock()
	defer h.s.mu.Unlock()
	var causes []string
	for c, n := range h.s.seen {
		if n > warnShown {
			causes = append(causes, c)
		}
	}
	sort.Strings(causes)
	for _, c := range causes {
		fmt.Fprintf(w, "warning: %d more like %q not shown (%d in all; --log-level debug shows each)\n",
			h.s.seen[c]-warnShown, strings.TrimSpace(c), h.s.seen[c])
	}
}
