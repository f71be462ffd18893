package targets

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"os"
	"reflect"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"time"

	"go.yaml.in/yaml/v3"

	"github.com/npswatch/npswatch"
	"github.com/npswatch/npswatch/extract"
)

// targetsFile is the YAML file given with --targets. See
// seeds/targets.example.yaml for a documented example.
type targetsFile struct {
	Timezone string       `yaml:"timezone"` // of the schedules' wall-clock times; UTC when empty
	Defaults targetYAML   `yaml:"defaults"`
	Targets  []targetYAML `yaml:"targets"`
}

type targetYAML struct {
	Name         string         `yaml:"name"`
	StartURLs    []string       `yaml:"start_urls"`
	Hosts        []string       `yaml:"hosts"`
	Include      []string       `yaml:"include"`
	Exclude      []string       `yaml:"exclude"`
	Depth        *int           `yaml:"depth"`
	Rate         *float64       `yaml:"rate"`
	Concurrency  *int           `yaml:"concurrency"`
	MaxPages     *int           `yaml:"max_pages"`
	Proxy        string         `yaml:"proxy"`
	IgnoreRobots *bool          `yaml:"ignore_robots"`
	UserAgent    string         `yaml:"user_agent"`
	Tags         []string       `yaml:"tags"`
	Notes        string         `yaml:"notes"`
	Schedule     *string        `yaml:"schedule"`
	Selectors    *selectorsYAML `yaml:"selectors"`
	// Requisites: images (default), all or none; RequisiteHosts: CDN
	// hosts a page's images may come from besides its own domain.
	Requisites     string   `yaml:"requisites"`
	RequisiteHosts []string `yaml:"requisite_hosts"`
}

// selectorsYAML is a target's `selectors:` block.
type selectorsYAML struct {
	Item        string `yaml:"item"`
	Product     string `yaml:"product"`
	CAS         string `yaml:"cas"`
	Price       string `yaml:"price"`
	Description string `yaml:"description"`
	Vendor      string `yaml:"vendor"`
}

// Set is a checked targets file: its targets, each target's
// schedule (in the file's timezone) and that timezone.
type Set struct {
	Path      string
	Loc       *time.Location
	Targets   []npswatch.Target
	Schedules []Schedule // Schedules[i] is Targets[i]'s
}

// Problem is one thing wrong with a targets file, at a line (0 when
// it concerns the whole file).
type Problem struct {
	Line int
	Msg  string
}

// ProblemsError is every problem of a targets file, one per line, each
// named "FILE:LINE: …".
type ProblemsError struct {
	Path     string
	Problems []Problem
}

func (e *ProblemsError) Error() string {
	var b strings.Builder
	for i, p := range e.Problems {
		if i > 0 {
			b.WriteByte('\n')
		}
		if p.Line > 0 {
			fmt.Fprintf(&b, "%s:%d: %s", e.Path, p.Line, p.Msg)
		} else {
			fmt.Fprintf(&b, "%s: %s", e.Path, p.Msg)
		}
	}
	return b.String()
}

// Load reads and checks a targets file, base giving the values the
// file's defaults and targets do not set. The error, a *ProblemsError,
// names every problem found with its line: YAML syntax, unknown keys, wrong
// types, invalid targets (start URLs, depth, rate, proxy…), schedules and
// the timezone, and duplicate target names.
func Load(path string, base npswatch.Target) (*Set, error) {
	data, err := os.ReadFile(path)
	if err != nil {
		return nil, fmt.Errorf("targets file: %w", err)
	}
	set, problems := Check(path, data, base)
	if len(problems) > 0 {
		return nil, &ProblemsError{Path: path, Problems: problems}
	}
	return set, nil
}

var (
	yamlLineRe    = regexp.MustCompile(`^(?:yaml: )?line (\d+): (.*)$`)
	unknownKeyRe  = regexp.MustCompile(`^field (\S+) not found in type \S+$`)
	knownKeys     = yamlKeys(reflect.TypeFor[targetYAML]())
	knownTopLevel = yamlKeys(reflect.TypeFor[targetsFile]())
)

// Check parses a targets file and lists everything wrong with it.
func Check(path string, data []byte, base npswatch.Target) (*Set, []Problem) {
	var problems []Problem
	add := func(line int, format string, a ...any) {
		msg := strings.ReplaceAll(fmt.Sprintf(format, a...), "\n", "; ") // one problem, one line
		problems = append(problems, Problem{line, msg})
	}
	typeErrLines := map[int]bool{} // lines of values of the wrong type (decoded as zero)
	var f targetsFile
	dec := yaml.NewDecoder(bytes.NewReader(data))
	dec.KnownFields(true)
	if err := dec.Decode(&f); err != nil {
		var te *yaml.TypeError
		switch {
		case errors.Is(err, io.EOF):
			add(0, "empty file: no targets")
			return nil, problems
		case errors.As(err, &te):
			// unknown keys and wrong types: the decoder goes on after them,
			// so the rest of the file is still checked below
			for _, msg := range te.Errors {
				line, text := splitYAMLError(msg)
				if m := unknownKeyRe.FindStringSubmatch(text); m != nil {
					text = unknownKey(m[1], line, data)
				} else {
					typeErrLines[line] = true
					text = typeProblem(text, line, data)
				}
				add(line, "%s", text)
			}
		default:
			line, text := splitYAMLError(err.Error())
			add(line, "%s", text)
			return nil, problems // a syntax error: nothing after it can be trusted
		}
	}
	var doc yaml.Node
	_ = yaml.Unmarshal(data, &doc) // it decoded above
	top := mappingOf(&doc)
	items := targetItems(top)

	set := &Set{Path: path, Loc: time.UTC}
	if f.Timezone != "" {
		loc, err := loadLocation(f.Timezone)
		if err != nil {
			add(keyLine(top, "timezone"), "%v", err)
		} else {
			set.Loc = loc
		}
	}
	defaultsNode := valueOf(top, "defaults")
	var defSched *Schedule
	if f.Defaults.Schedule != nil {
		sc, err := ParseSchedule(*f.Defaults.Schedule)
		if err != nil {
			add(keyLine(defaultsNode, "schedule"), "defaults: %v", err)
		} else {
			defSched = &sc
		}
	}
	for _, k := range []string{"name", "start_urls", "hosts", "include", "exclude", "notes"} {
		if valueOf(defaultsNode, k) != nil {
			add(keyLine(defaultsNode, k), "defaults: %s belongs to a target, not to the defaults", k)
		}
	}
	if len(f.Targets) == 0 && len(problems) == 0 {
		add(keyLine(top, "targets"), "no targets")
	}
	base = f.Defaults.apply(base)
	names := map[string]int{} // target name → line of its first use
	for i, ty := range f.Targets {
		var item *yaml.Node
		if i < len(items) {
			item = items[i]
		}
		line := nodeLine(item)
		t := ty.apply(base)
		t.Name = ty.Name
		t.StartURLs, t.Hosts, t.Include, t.Exclude = ty.StartURLs, ty.Hosts, ty.Include, ty.Exclude
		t.Tags, t.Notes = mergeTags(f.Defaults.Tags, ty.Tags), strings.TrimSpace(ty.Notes)
		vname := t.Label()
		errs := t.Problems()
		for _, err := range errs {
			add(fieldLine(item, defaultsNode, err, line), "target %q: %v", vname, err)
		}
		// a value of the wrong type decoded as zero was reported above
		typeErr := func(field string) bool {
			n := valueOf(item, field)
			if n == nil {
				n = valueOf(defaultsNode, field)
			}
			return n != nil && typeErrLines[n.Line]
		}
		if len(errs) == 0 && t.Rate <= 0 && !typeErr("rate") {
			add(fieldLine(item, defaultsNode, &npswatch.FieldError{Field: "rate", Index: -1}, line),
				"target %q: rate %g: want a positive number of requests per second", vname, t.Rate)
		}
		if t.Concurrency == 0 && !typeErr("concurrency") {
			add(fieldLine(item, defaultsNode, &npswatch.FieldError{Field: "concurrency", Index: -1}, line),
				"target %q: concurrency 0: want at least 1 request in flight per host", vname)
		}
		label := t.Name
		if label == "" {
			label = "#" + strconv.Itoa(i+1)
		}
		for _, tag := range ty.Tags {
			if strings.TrimSpace(tag) == "" {
				add(keyLine(item, "tags"), "target %q: empty tag", label)
			}
		}
		if ty.Selectors != nil {
			sel := npswatch.Selectors(*ty.Selectors)
			if err := extract.CompileSelectors(&sel); err != nil {
				add(keyLine(item, "selectors"), "target %q: %v", label, err)
			} else if !sel.Empty() {
				t.Selectors = &sel
			}
		}
		sc := Schedule{loc: set.Loc}
		switch {
		case ty.Schedule != nil:
			t.Schedule = strings.TrimSpace(*ty.Schedule)
			s, err := ParseSchedule(t.Schedule)
			if err != nil {
				add(keyLine(item, "schedule"), "target %q: %v", label, err)
			}
			sc = s.in(set.Loc)
		case defSched != nil:
			t.Schedule = strings.TrimSpace(*f.Defaults.Schedule)
			sc = defSched.in(set.Loc)
		}
		if t.Name == "" && !sc.Manual() {
			add(line, "target #%d has a schedule but no name: monitor finds a target's last run by its name", i+1)
		}
		if t.Name != "" {
			nameLine := keyLine(item, "name")
			if first, dup := names[t.Name]; dup {
				add(nameLine, "duplicate target name %q (first at line %d)", t.Name, first)
			} else {
				names[t.Name] = nameLine
			}
		}
		set.Targets = append(set.Targets, t)
		set.Schedules = append(set.Schedules, sc)
	}
	slices.SortStableFunc(problems, func(a, b Problem) int { return a.Line - b.Line })
	return set, problems
}

// loadLocation loads a timezone by IANA name. "Local" is refused: a
// schedule should not change meaning with the host it runs on.
func loadLocation(name string) (*time.Location, error) {
	if strings.EqualFold(name, "local") {
		return nil, fmt.Errorf("timezone %q: name a zone (Europe/Vienna, UTC), not the host's local time", name)
	}
	loc, err := time.LoadLocation(name)
	if err != nil {
		return nil, fmt.Errorf("timezone %q: not an IANA time zone name (e.g. Europe/Vienna, UTC)", name)
	}
	return loc, nil
}

// mergeTags is the defaults' tags then the target's, each once.
func mergeTags(def, own []string) []string {
	var out []string
	for _, t := range slices.Concat(def, own) {
		if t = strings.TrimSpace(t); t != "" && !slices.Contains(out, t) {
			out = append(out, t)
		}
	}
	return out
}

// apply overlays the fields set in y on t.
func (y targetYAML) apply(t npswatch.Target) npswatch.Target {
	if y.Depth != nil {
		t.Depth = *y.Depth
	}
	if y.Rate != nil {
		t.Rate = *y.Rate
	}
	if y.Concurrency != nil {
		t.Concurrency = *y.Concurrency
	}
	if y.MaxPages != nil {
		t.MaxPages = *y.MaxPages
	}
	if y.Proxy != "" {
		t.Proxy = y.Proxy
	}
	if y.IgnoreRobots != nil {
		t.IgnoreRobots = *y.IgnoreRobots
	}
	if y.UserAgent != "" {
		t.UserAgent = y.UserAgent
	}
	if y.Requisites != "" {
		t.Requisites = strings.TrimSpace(y.Requisites)
	}
	if len(y.RequisiteHosts) > 0 {
		t.RequisiteHosts = slices.Clone(y.RequisiteHosts)
	}
	return t
}
