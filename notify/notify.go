package notify

import (
	"bytes"
	"cmp"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"net/http"
	"net/url"
	"os"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"time"

	"github.com/npswatch/npswatch"
	"github.com/npswatch/npswatch/storage"
)

// Payload is what monitor POSTs to the --notify URL after each run.
type Payload struct {
	RunID   string            `json:"run_id"`
	Target  string            `json:"target"`
	Tags    []string          `json:"tags,omitempty"`
	State   string            `json:"state"` // done or interrupted
	Started time.Time         `json:"started"`
	Ended   time.Time         `json:"ended,omitzero"`
	Stats   npswatch.RunStats `json:"stats"`
	NewHits []Hit             `json:"new_hits"` // high and critical hits first seen in this run; never null
	// FailingRuns is how many of the target's runs in a row, this one
	// included, could fetch no page at all (0 when this one fetched some).
	FailingRuns int `json:"failing_runs"`
	// Alert is set when FailingRuns reached monitor's --alert-after (and
	// every that many runs after): "target X unreachable in 3 runs in a row (last error: …)".
	Alert string `json:"alert,omitempty"`
}

// Hit is the part of a hit an alert carries; the full hit is in the
// database under its id (npswatch hits, npswatch export --hit ID).
type Hit struct {
	ID        string `json:"id"`
	URL       string `json:"url"`
	Product   string `json:"product"`
	Substance struct {
		ID       string `json:"id"`
		Name     string `json:"name"`
		CAS      string `json:"cas"`
		Severity string `json:"severity"`
	} `json:"substance"`
	Match struct {
		Kind       string  `json:"kind"`
		Term       string  `json:"term"`
		Confidence float64 `json:"confidence"`
	} `json:"match"`
	Claims []string `json:"claims"` // kinds of the listing's claims (reship, customs, stealth…); never null
}

// AlertSeverities are the severities that make a hit worth an alert, most
// severe first.
var AlertSeverities = []string{npswatch.SeverityCritical, npswatch.SeverityHigh}

// AlertHits returns the hits of severity high or critical first seen in
// run, critical first, then by first sighting. A hit is first seen in a run
// when its FirstSeen lies within the run and the run is the latest to have
// seen it. (Two runs in parallel that crawl the same pages can attribute a
// hit first seen by one to the other; the hit itself is stored either way.)
func AlertHits(ctx context.Context, db *storage.DB, run *npswatch.Run) ([]Hit, error) {
	hits, err := db.Hits(ctx, run.Started)
	if err != nil {
		return nil, fmt.Errorf("new hits of run %s: %w", run.ID, err)
	}
	inRun := map[string]bool{} // hits a page of this run showed
	for _, v := range hits {
		inRun[v.ID] = inRun[v.ID] || v.RunID == run.ID
	}
	var sel []*npswatch.Hit
	for _, v := range npswatch.MergeHits(hits) {
		if !inRun[v.ID] {
			continue
		}
		// the offer's hit with all its pages: one shown by an earlier run
		// on another page is not new
		h, err := db.Hit(ctx, v.ID)
		if err != nil {
			return nil, fmt.Errorf("new hits of run %s: %w", run.ID, err)
		}
		if h.FirstSeen.Before(run.Started) || !run.Ended.IsZero() && h.FirstSeen.After(run.Ended) ||
			!slices.Contains(AlertSeverities, h.Substance.Severity) {
			continue
		}
		sel = append(sel, h)
	}
	slices.SortStableFunc(sel, func(a, b *npswatch.Hit) int {
		return cmp.Or(slices.Index(AlertSeverities, a.Substance.Severity)-slices.Index(AlertSeverities, b.Substance.Severity),
			a.FirstSeen.Compare(b.FirstSeen), cmp.Compare(a.ID, b.ID))
	})
	out := make([]Hit, 0, len(sel))
	for _, h := range sel {
		var n Hit
		n.ID, n.URL, n.Product = h.ID, h.URL, h.Product
		n.Substance.ID, n.Substance.Name, n.Substance.CAS, n.Substance.Severity = h.Substance.ID, h.Substance.Name, h.Substance.CAS, h.Substance.Severity
		n.Match.Kind, n.Match.Term, n.Match.Confidence = h.Match.Kind, h.Match.Term, h.Match.Confidence
		n.Claims = []string{}
		for _, c := range slices.Concat(h.Claims, h.VendorClaims) {
			if !slices.Contains(n.Claims, c.Kind) {
				n.Claims = append(n.Claims, c.Kind)
			}
		}
		out = append(out, n)
	}
	return out, nil
}

// Notifier POSTs run summaries to one webhook. Payloads it could not
// deliver are kept in a spool directory and sent before the next one.
//
// OPSEC: the webhook is the only host it contacts. It does not use the
// environment's proxy settings (HTTP_PROXY…) and does not follow
// redirects, so a payload goes to the named host or nowhere.
type Notifier struct {
	url      string
	safeURL  string // for logs and messages: scheme and host; a webhook's path often holds its secret token
	ua       string
	client   *http.Client
	spoolDir string
	log      *slog.Logger

	budget  time.Duration   // all attempts of one payload, backoff included
	attempt time.Duration   // one attempt
	backoff []time.Duration // before the second, third… attempt; len+1 attempts
	// Sleep waits between attempts (a test replaces it to record the
	// waits instead).
	Sleep func(ctx context.Context, d time.Duration) error
}

// ErrURL is New's error for a webhook URL that is not an absolute http(s)
// URL.
var ErrURL = errors.New("notification URL")

// New checks the webhook URL and makes a Notifier that spools next to
// the database at dbPath.
func New(rawURL, dbPath string, log *slog.Logger) (*Notifier, error) {
	u, err := url.Parse(rawURL)
	if err != nil || (u.Scheme != "http" && u.Scheme != "https") || u.Host == "" {
		return nil, fmt.Errorf("%w: %q: want an absolute http(s) URL", ErrURL, rawURL)
	}
	tr := http.DefaultTransport.(*http.Transport).Clone()
	tr.Proxy = nil // only the webhook host is contacted, never a proxy from the environment
	return &Notifier{
		url:     rawURL,
		safeURL: u.Scheme + "://" + u.Host + "/…",
		ua:      "npswatch/" + npswatch.Version + " (monitor notification)",
		client: &http.Client{Transport: tr, CheckRedirect: func(*http.Request, []*http.Request) error {
			return http.ErrUseLastResponse // a redirect is an answer, not somewhere else to go
		}},
		spoolDir: dbPath + ".notify-spool",
		log:      log,
		budget:   10 * time.Second,
		attempt:  4 * time.Second,
		backoff:  []time.Duration{time.Second, 2 * time.Second},
		Sleep:    sleepCtx,
	}, nil
}

// sleepCtx waits d or until ctx is done.
func sleepCtx(ctx context.Context, d time.Duration) error {
	t := time.NewTimer(d)
	defer t.Stop()
	select {
	case <-t.C:
		return nil
	case <-ctx.Done():
		return ctx.Err()
	}
}

// Result is what became of one notification.
type Result struct {
	sent    bool
	spooled string // the file the payload was kept in when it was not sent
	resent  int    // spooled payloads sent before it
	err     error
}

// String is the notification's part of a run's summary line.
func (r Result) String() string {
	var s string
	switch {
	case r.sent:
		s = "notified"
	case r.spooled != "":
		s = fmt.Sprintf("notification failed (%v), kept in %s for the next monitor start", r.err, r.spooled)
	default:
		s = fmt.Sprintf("notification failed and could not be kept: %v", r.err)
	}
	if r.resent > 0 {
		s += fmt.Sprintf(" (+%d spooled sent)", r.resent)
	}
	return s
}

// deliver sends the spooled payloads, oldest first, then p; a payload that
// cannot be sent is spooled (or stays spooled). It never fails the run: the
// result says what happened. With ctx done nothing is sent: p is spooled.
func (n *Notifier) Deliver(ctx context.Context, p *Payload) Result {
	body, err := json.Marshal(p)
	if err != nil {
		return Result{err: fmt.Errorf("encode notification: %w", err)}
	}
	var res Result
	res.resent, _, err = n.Flush(ctx)
	if err == nil {
		_, err = n.send(ctx, body)
	}
	if err == nil {
		res.sent = true
		return res
	}
	res.err = err
	n.log.Error("notification failed", "run", p.RunID, "target", p.Target, "url", n.safeURL, "err", err)
	file, serr := n.spool(p.RunID, body)
	if serr != nil {
		n.log.Error("notification not spooled: the run's hits are in the database, the alert is lost", "run", p.RunID, "err", serr)
		res.err = errors.Join(err, serr)
		return res
	}
	res.spooled = file
	return res
}

// flush sends the spooled payloads, oldest first, deleting each once sent.
// It stops at the first that fails as if the receiver were down (network
// errors, 5xx, 429) and returns that error; a payload the receiver rejects
// (another 4xx, say a token that expired) stays spooled for the next time
// without holding up the others. It returns how many it sent and how many
// are left.
func (n *Notifier) Flush(ctx context.Context) (sent, left int, err error) {
	files, err := n.spooled()
	if err != nil {
		return 0, 0, err
	}
	for i, f := range files {
		body, err := os.ReadFile(f)
		if err != nil {
			return sent, len(files) - i, fmt.Errorf("read spooled notification: %w", err)
		}
		if permanent, err := n.send(ctx, body); err != nil {
			if permanent {
				n.log.Error("spooled notification rejected; kept for the next time", "file", f, "err", err)
				left++
				continue
			}
			return sent, len(files) - i, fmt.Errorf("resend %s: %w", filepath.Base(f), err)
		}
		if err := os.Remove(f); err != nil {
			return sent, len(files) - i, fmt.Errorf("sent, but cannot remove %s: %w", f, err)
		}
		n.log.Info("spooled notification sent", "file", f)
		sent++
	}
	return sent, left, nil
}

// spooled lists the spooled payloads, oldest first (run ids sort by time).
func (n *Notifier) spooled() ([]string, error) {
	ents, err := os.ReadDir(n.spoolDir)
	if errors.Is(err, os.ErrNotExist) {
		return nil, nil
	}
	if err != nil {
		return nil, fmt.Errorf("notification spool: %w", err)
	}
	var out []string
	for _, e := range ents {
		if !e.IsDir() && strings.HasSuffix(e.Name(), ".json") {
			out = append(out, filepath.Join(n.spoolDir, e.Name()))
		}
	}
	slices.Sort(out)
	return out, nil
}

// spool keeps a payload for later: <db>.notify-spool/<run>.json, mode 0600
// (it names hits), written whole or not at all. A run notified twice (an
// interrupted run, resumed) keeps its latest payload, which covers the first.
func (n *Notifier) spool(runID string, body []byte) (string, error) {
	if runID == "" || strings.ContainsAny(runID, `/\`) || runID[0] == '.' {
		return "", fmt.Errorf("run id %q cannot name a spool file", runID)
	}
	if err := os.MkdirAll(n.spoolDir, 0o700); err != nil {
		return "", fmt.Errorf("notification spool: %w", err)
	}
	file := filepath.Join(n.spoolDir, runID+".json")
	tmp, err := os.CreateTemp(n.spoolDir, ".tmp-*")
	if err != nil {
		return "", fmt.Errorf("notification spool: %w", err)
	}
	_, werr := tmp.Write(body)
	if err := errors.Join(werr, tmp.Sync(), tmp.Close()); err != nil {
		os.Remove(tmp.Name())
		return "", fmt.Errorf("notification spool: %w", err)
	}
	if err := os.Rename(tmp.Name(), file); err != nil {
		os.Remove(tmp.Name())
		return "", fmt.Errorf("notification spool: %w", err)
	}
	return file, nil
}

// send POSTs one payload, retrying network errors, 5xx and 429 with
// backoff, all within n.budget. Other answers than 2xx fail at once, as
// permanent: the receiver is there and refuses the payload.
func (n *Notifier) send(ctx context.Context, body []byte) (permanent bool, _ error) {
	if err := ctx.Err(); err != nil {
		return false, fmt.Errorf("not sent: %w", err)
	}
	ctx, cancel := context.WithTimeout(ctx, n.budget)
	defer cancel()
	var err error
	attempts := 0
	for i := 0; ; i++ {
		var retryAfter time.Duration
		var retry bool
		attempts++
		retry, retryAfter, err = n.post(ctx, body)
		if err == nil {
			return false, nil
		}
		if !retry && ctx.Err() == nil {
			return true, err
		}
		if !retry || i >= len(n.backoff) {
			break
		}
		wait := max(n.backoff[i], retryAfter)
		if dl, ok := ctx.Deadline(); ok && time.Until(dl) < wait {
			break // the next attempt would not fit in the budget
		}
		n.log.Warn("notification failed, retrying", "url", n.safeURL, "in", wait, "err", err)
		if serr := n.Sleep(ctx, wait); serr != nil {
			break
		}
	}
	if attempts > 1 {
		return false, fmt.Errorf("%d attempts: %w", attempts, err)
	}
	return false, err
}

// post makes one attempt; retry says whether another may succeed.
func (n *Notifier) post(ctx context.Context, body []byte) (retry bool, retryAfter time.Duration, err error) {
	actx, cancel := context.WithTimeout(ctx, n.attempt)
	defer cancel()
	req, err := http.NewRequestWithContext(actx, http.MethodPost, n.url, bytes.NewReader(body))
	if err != nil {
		return false, 0, err
	}
	req.Header.Set("Content-Type", "application/json")
	req.Header.Set("User-Agent", n.ua)
	resp, err := n.client.Do(req)
	if err != nil {
		if ue := (*url.Error)(nil); errors.As(err, &ue) {
			ue.URL = n.safeURL // the error names the URL: keep its token out of logs
		}
		if ctx.Err() != nil { // the budget or the monitor's context, not this attempt's timeout
			return false, 0, err
		}
		return true, 0, err // connection refused, reset, timed out: the receiver may be back in a moment
	}
	defer resp.Body.Close()
	_, _ = io.Copy(io.Discard, io.LimitReader(resp.Body, 64<<10))
	switch {
	case resp.StatusCode >= 200 && resp.StatusCode < 300:
		return false, 0, nil
	case resp.StatusCode == http.StatusTooManyRequests || resp.StatusCode >= 500:
		if s, err := strconv.Atoi(resp.Header.Get("Retry-After")); err == nil && s > 0 {
			retryAfter = time.Duration(s) * time.Second
		}
		return true, retryAfter, fmt.Errorf("webhook answered %s", resp.Status)
	}
	return false, 0, fmt.Errorf("webhook answered %s", resp.Status)
}
