package main

import (
	"bytes"
	"errors"
	"fmt"
	"os"

	"go.yaml.in/yaml/v3"

	"github.com/npswatch/npswatch"
)

// targetsFile is the YAML file given with --targets. See
// seeds/targets.example.yaml for a documented example.
type targetsFile struct {
	Defaults targetYAML   `yaml:"defaults"`
	Targets  []targetYAML `yaml:"targets"`
}

type targetYAML struct {
	Name         string   `yaml:"name"`
	StartURLs    []string `yaml:"start_urls"`
	Hosts        []string `yaml:"hosts"`
	Include      []string `yaml:"include"`
	Exclude      []string `yaml:"exclude"`
	Depth        *int     `yaml:"depth"`
	Rate         *float64 `yaml:"rate"`
	Concurrency  *int     `yaml:"concurrency"`
	MaxPages     *int     `yaml:"max_pages"`
	Proxy        string   `yaml:"proxy"`
	IgnoreRobots *bool    `yaml:"ignore_robots"`
	UserAgent    string   `yaml:"user_agent"`
	Tags         []string `yaml:"tags"`
	Notes        string   `yaml:"notes"`
	Schedule     string   `yaml:"schedule"`
}

// loadTargets reads a targets file; every problem is reported with its line.
func loadTargets(path string, base npswatch.Target) ([]npswatch.Target, error) {
	data, err := os.ReadFile(path)
	if err != nil {
		return nil, usageError("targets file: %v", err)
	}
	var f targetsFile
	dec := yaml.NewDecoder(bytes.NewReader(data))
	dec.KnownFields(true)
	if err := dec.Decode(&f); err != nil {
		return nil, usageError("targets file %s: %v", path, err)
	}
	var node yaml.Node
	_ = yaml.Unmarshal(data, &node)
	lines := targetLines(&node)
	if len(f.Targets) == 0 {
		return nil, usageError("targets file %s: no targets", path)
	}
	base = f.Defaults.apply(base)
	var out []npswatch.Target
	var errs []error
	for i, ty := range f.Targets {
		t := ty.apply(base)
		t.Name = ty.Name
		t.StartURLs, t.Hosts, t.Include, t.Exclude = ty.StartURLs, ty.Hosts, ty.Include, ty.Exclude
		err := t.Validate()
		if err == nil && t.Rate <= 0 {
			err = fmt.Errorf("target %q: rate %g: want a positive number of requests per second", t.Name, t.Rate)
		}
		if err != nil {
			line := 0
			if i < len(lines) {
				line = lines[i]
			}
			errs = append(errs, fmt.Errorf("%s:%d: %w", path, line, err))
			continue
		}
		out = append(out, t)
	}
	if err := errors.Join(errs...); err != nil {
		return nil, fmt.Errorf("%w: %w", errUsage, err)
	}
	return out, nil
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
	return t
}

// targetLines returns the line of each item of the top-level "targets" list.
func targetLines(doc *yaml.Node) []int {
	if doc == nil || len(doc.Content) == 0 {
		return nil
	}
	m := doc.Content[0]
	for i := 0; i+1 < len(m.Content); i += 2 {
		if m.Content[i].Value == "targets" {
			var out []int
			for _, it := range m.Content[i+1].Content {
				out = append(out, it.Line)
			}
			return out
		}
	}
	return nil
}
