package targets

import (
	"errors"
	"fmt"
	"regexp"
	"strings"

	"go.yaml.in/yaml/v3"

	"github.com/npswatch/npswatch"
)

// fieldLine is the line of the field a target's problem is about: the
// list item (a start URL) or the key in the target's mapping, else in the
// defaults it inherited the value from, else the target's own line.
func fieldLine(item, defaults *yaml.Node, err error, targetLine int) int {
	var fe *npswatch.FieldError
	if !errors.As(err, &fe) {
		return targetLine
	}
	for _, m := range []*yaml.Node{item, defaults} {
		v := valueOf(m, fe.Field)
		if v == nil {
			continue
		}
		if fe.Index >= 0 && v.Kind == yaml.SequenceNode && fe.Index < len(v.Content) {
			return v.Content[fe.Index].Line
		}
		return keyLine(m, fe.Field)
	}
	return targetLine
}

var (
	typeErrRe  = regexp.MustCompile("^cannot unmarshal !!(\\w+) `(.*)` into (\\S+)$")
	yamlKeyRe  = regexp.MustCompile(`^\s*(?:-\s+)?([A-Za-z_][A-Za-z0-9_]*)\s*:`)
	typeByName = map[string]string{
		"float64": "a number", "*float64": "a number", "int": "a whole number", "*int": "a whole number",
		"bool": "true or false", "*bool": "true or false", "string": "text", "*string": "text",
		"[]string": "a list", "targets.selectorsYAML": "a mapping of selectors", "*targets.selectorsYAML": "a mapping of selectors",
		"targets.targetYAML": "a mapping", "[]targets.targetYAML": "a list of targets",
	}
)

// typeProblem rewrites the YAML decoder's "cannot unmarshal !!str `three`
// into float64" at line as the field's problem: `rate: must be a number,
// got "three"`.
func typeProblem(text string, line int, data []byte) string {
	m := typeErrRe.FindStringSubmatch(text)
	if m == nil {
		return text
	}
	want, ok := typeByName[m[3]]
	if !ok {
		want = "a " + strings.TrimPrefix(m[3], "*")
	}
	msg := fmt.Sprintf("must be %s, got %q", want, m[2])
	if lines := strings.Split(string(data), "\n"); line >= 1 && line <= len(lines) {
		if k := yamlKeyRe.FindStringSubmatch(lines[line-1]); k != nil {
			return k[1] + ": " + msg
		}
	}
	return msg
}
