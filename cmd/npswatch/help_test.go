package main

import (
	"os"
	"regexp"
	"slices"
	"strings"
	"testing"
)

// readmeSections splits the README into its "### " sections (heading line
// included), plus the analyst's day, which walks through several commands.
func readmeSections(t *testing.T) (sections []string, day string) {
	t.Helper()
	b, err := os.ReadFile("../../README.md")
	if err != nil {
		t.Fatal(err)
	}
	text := string(b)
	if i := strings.Index(text, "## The analyst's day"); i >= 0 {
		day = text[i:]
		if j := strings.Index(day[3:], "\n## "); j >= 0 {
			day = day[:j+3]
		}
	}
	for _, s := range strings.Split(text, "\n### ")[1:] {
		if j := strings.Index(s, "\n## "); j >= 0 {
			s = s[:j]
		}
		sections = append(sections, s)
	}
	return sections, day
}

var helpFlag = regexp.MustCompile(`(?m)^  --([a-z][a-z0-9-]*)`)

// TestHelpAgreesWithREADME: every command has a README section (its
// heading names it), every flag its help lists is written there (or in the
// analyst's day) with two dashes, and help itself writes flags with two
// dashes, as the README does.
func TestHelpAgreesWithREADME(t *testing.T) {
	sections, day := readmeSections(t)
	for _, c := range commands {
		t.Run(c.name, func(t *testing.T) {
			_, help, code := runCLI(t, c.name, "-h")
			if code != 0 {
				t.Fatalf("%s -h: exit %d\n%s", c.name, code, help)
			}
			if !strings.HasPrefix(help, "Usage: npswatch "+c.name) {
				t.Errorf("%s -h does not start with its usage:\n%s", c.name, help)
			}
			if regexp.MustCompile(`(?m)^\s+-[a-z]`).MatchString(help) {
				t.Errorf("%s -h lists a flag with one dash:\n%s", c.name, help)
			}
			var doc []string
			for _, s := range sections {
				head, _, _ := strings.Cut(s, "\n")
				if strings.Contains(head, "`npswatch "+c.name) || strings.Contains(head, "`"+c.name+" ") || strings.Contains(head, "`"+c.name+"`") {
					doc = append(doc, s)
				}
			}
			if len(doc) == 0 {
				t.Fatalf("no README section's heading names %q", c.name)
			}
			text := strings.Join(doc, "\n")
			if strings.Contains(text, "See \"The analyst's day\"") {
				text += "\n" + day
			}
			var missing []string
			for _, m := range helpFlag.FindAllStringSubmatch(help, -1) {
				if !regexp.MustCompile("--" + regexp.QuoteMeta(m[1]) + `\b`).MatchString(text) {
					missing = append(missing, "--"+m[1])
				}
			}
			if len(missing) > 0 {
				slices.Sort(missing)
				t.Errorf("README's %s section does not mention %s", c.name, strings.Join(missing, ", "))
			}
		})
	}
}
