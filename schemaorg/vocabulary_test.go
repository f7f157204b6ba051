package schemaorg_test

import (
	"bytes"
	"encoding/json"
	"fmt"
	"net/url"
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"sort"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// extension is schemaorg.Extension, repeated so that a change to it fails
// here.
const extension = "https://github.com/rolemodel/rolemodel/schemaorg#"

// extensionTerms are the documented extension terms and their ranges.
var extensionTerms = map[string][]string{
	"proficiencyLevel": {"Text"},
	"proficiencyLabel": {"Text"},
	"essential":        {"Boolean"},
	"technology":       {"Boolean"},
	"hotTechnology":    {"Boolean"},
	"inDemand":         {"Boolean"},
}

// vocabulary is the excerpt of schema.org in testdata/vocabulary.json.
type vocabulary struct {
	Types      map[string][]string `json:"types"`     // type -> direct supertypes
	DataTypes  map[string][]string `json:"dataTypes"` // data type -> direct supertypes
	Properties map[string]struct {
		Domain []string `json:"domainIncludes"`
		Range  []string `json:"rangeIncludes"`
	} `json:"properties"`
}

func loadVocabulary(t testing.TB) *vocabulary {
	t.Helper()
	b, err := os.ReadFile(filepath.Join("testdata", "vocabulary.json"))
	require.NoError(t, err)
	var v vocabulary
	require.NoError(t, json.Unmarshal(b, &v))
	require.NotEmpty(t, v.Types)
	require.NotEmpty(t, v.Properties)
	return &v
}

// isA reports whether type t is want or has want among its supertypes.
func (v *vocabulary) isA(t, want string) bool {
	if t == want {
		return true
	}
	for _, s := range v.Types[t] {
		if v.isA(s, want) {
			return true
		}
	}
	for _, s := range v.DataTypes[t] {
		if v.isA(s, want) {
			return true
		}
	}
	return false
}

// isoDuration matches the ISO 8601 durations schema.org's Duration is
// written as (P1Y, P3M, PT1H, P1DT12H).
var isoDuration = regexp.MustCompile(`^P(\d+Y)?(\d+M)?(\d+W)?(\d+D)?(T(\d+H)?(\d+M)?(\d+(\.\d+)?S)?)?$`)

// stringTypes reports whether a JSON string may stand for a value of one of
// the range types: Text and its subtypes (URL only when it is an absolute
// URL), and Duration as an ISO 8601 duration.
func (v *vocabulary) stringFits(s string, ranges []string) bool {
	for _, r := range ranges {
		switch {
		case r == "URL":
			if u, err := url.Parse(s); err == nil && u.IsAbs() && u.Host != "" {
				return true
			}
		case r == "Duration":
			if s != "P" && s != "PT" && isoDuration.MatchString(s) {
				return true
			}
		case v.isA(r, "Text"), r == "Date", r == "DateTime":
			return true
		}
	}
	return false
}

func numberFits(n json.Number, ranges []string, v *vocabulary) bool {
	for _, r := range ranges {
		if r == "Integer" {
			if _, err := n.Int64(); err == nil {
				return true
			}
			continue
		}
		if v.isA(r, "Number") || r == "Float" {
			return true
		}
	}
	return false
}

// check validates a JSON-LD document decoded with UseNumber against the
// vocabulary and returns every problem, each with its JSON path.
func (v *vocabulary) check(doc any) []string {
	var problems []string
	add := func(path, format string, args ...any) {
		problems = append(problems, path+": "+fmt.Sprintf(format, args...))
	}
	var node func(path string, n map[string]any)
	var value func(path, prop string, val any, ranges []string)
	node = func(path string, n map[string]any) {
		typ, ok := n["@type"].(string)
		if !ok {
			add(path, "no @type")
			return
		}
		if _, known := v.Types[typ]; !known {
			add(path, "@type %q is not a schema.org type of the vocabulary", typ)
			return
		}
		keys := make([]string, 0, len(n))
		for k := range n {
			keys = append(keys, k)
		}
		sort.Strings(keys)
		for _, k := range keys {
			p := path + "." + k
			switch k {
			case "@type", "@id":
				continue
			case "@context":
				if path != "$" || n[k] != "https://schema.org" {
					add(p, "@context must be https://schema.org, at the top only")
				}
				continue
			}
			if ext, ok := strings.CutPrefix(k, extension); ok {
				// The package's documented extension terms, on skills only.
				ranges, known := extensionTerms[ext]
				if !known || typ != "DefinedTerm" {
					add(p, "%q is not a documented extension term of DefinedTerm", k)
					continue
				}
				value(p, k, n[k], ranges)
				continue
			}
			def, known := v.Properties[k]
			if !known {
				add(p, "%q is not a schema.org property of the vocabulary", k)
				continue
			}
			if !slices.ContainsFunc(def.Domain, func(d string) bool { return v.isA(typ, d) }) {
				add(p, "%q is not declared for %s or a supertype (domainIncludes %v)", k, typ, def.Domain)
				continue
			}
			value(p, k, n[k], def.Range)
		}
	}
	value = func(path, prop string, val any, ranges []string) {
		switch x := val.(type) {
		case []any:
			if len(x) == 0 {
				add(path, "empty list (omit the property)")
			}
			for i, e := range x {
				value(fmt.Sprintf("%s[%d]", path, i), prop, e, ranges)
			}
		case map[string]any:
			typ, _ := x["@type"].(string)
			if !slices.ContainsFunc(ranges, func(r string) bool { return v.isA(typ, r) }) {
				add(path, "a %s is not in the range of %s %v", typ, prop, ranges)
				return
			}
			node(path, x)
		case string:
			if x == "" {
				add(path, "empty text (omit the property)")
			} else if !v.stringFits(x, ranges) {
				add(path, "text %q is not in the range of %s %v", x, prop, ranges)
			}
		case json.Number:
			if !numberFits(x, ranges, v) {
				add(path, "number %s is not in the range of %s %v", x, prop, ranges)
			}
		case bool:
			if !slices.Contains(ranges, "Boolean") {
				add(path, "boolean is not in the range of %s %v", prop, ranges)
			}
		default:
			add(path, "unexpected JSON value %v", val)
		}
	}
	m, ok := doc.(map[string]any)
	if !ok {
		return []string{"$: not a JSON object"}
	}
	node("$", m)
	return problems
}

func decode(t testing.TB, b []byte) any {
	t.Helper()
	d := json.NewDecoder(bytes.NewReader(b))
	d.UseNumber()
	var doc any
	require.NoError(t, d.Decode(&doc))
	return doc
}

// TestVocabularyExcerpt checks the excerpt itself: every type a property's
// domain or range needs for this package's output is defined, and the
// supertype chains end in Thing.
func TestVocabularyExcerpt(t *testing.T) {
	v := loadVocabulary(t)
	for typ := range v.Types {
		assert.True(t, v.isA(typ, "Thing"), "%s does not lead to Thing", typ)
		for _, s := range v.Types[typ] {
			assert.Contains(t, v.Types, s, "supertype %s of %s", s, typ)
		}
	}
	for dt, supers := range v.DataTypes {
		for _, s := range supers {
			assert.Contains(t, v.DataTypes, s, "supertype %s of data type %s", s, dt)
		}
	}
}

// TestCheckerRejects shows the checker can fail: each document breaks one
// rule of the vocabulary.
func TestCheckerRejects(t *testing.T) {
	v := loadVocabulary(t)
	tests := []struct {
		name, doc, want string
	}{
		{"unknown property", `{"@context":"https://schema.org","@type":"Occupation","name":"X","salaryRange":"1-2"}`,
			`"salaryRange" is not a schema.org property`},
		{"property of another type", `{"@context":"https://schema.org","@type":"Occupation","name":"X","industry":"Software"}`,
			`"industry" is not declared for Occupation`},
		{"minValue on a distribution", `{"@type":"Occupation","name":"X","estimatedSalary":[{"@type":"MonetaryAmountDistribution","currency":"USD","minValue":1}]}`,
			`"minValue" is not declared for MonetaryAmountDistribution`},
		{"median on an amount", `{"@type":"Occupation","name":"X","estimatedSalary":{"@type":"MonetaryAmount","currency":"USD","median":1}}`,
			`"median" is not declared for MonetaryAmount`},
		{"unknown type", `{"@type":"Occupation","name":"X","skills":[{"@type":"Skill","name":"Go"}]}`,
			`a Skill is not in the range of skills`},
		{"object out of range", `{"@type":"Occupation","name":"X","skills":[{"@type":"Organization","name":"Go"}]}`,
			`a Organization is not in the range of skills`},
		{"text for a number", `{"@type":"Occupation","name":"X","experienceRequirements":{"@type":"OccupationalExperienceRequirements","monthsOfExperience":"ten"}}`,
			`text "ten" is not in the range of monthsOfExperience`},
		{"number for text", `{"@type":"Occupation","name":5}`, `number 5 is not in the range of name`},
		{"not a URL", `{"@type":"Occupation","name":"X","url":"onet 11-3021"}`, `text "onet 11-3021" is not in the range of url`},
		{"not a duration", `{"@type":"Occupation","name":"X","estimatedSalary":{"@type":"MonetaryAmountDistribution","currency":"USD","duration":"annual","median":1}}`,
			`text "annual" is not in the range of duration`},
		{"unknown top type", `{"@context":"https://schema.org","@type":"Job","name":"X"}`, `@type "Job" is not a schema.org type`},
		{"no type", `{"@context":"https://schema.org","name":"X"}`, `no @type`},
		{"empty value", `{"@type":"Occupation","name":""}`, `empty text`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			problems := v.check(decode(t, []byte(tt.doc)))
			require.NotEmpty(t, problems, "the checker accepted a bad document")
			assert.Contains(t, strings.Join(problems, "\n"), tt.want)
		})
	}
	// And it accepts a good one.
	ok := `{"@context":"https://schema.org","@type":"Occupation","name":"X","url":"https://example.com/x",
		"estimatedSalary":[{"@type":"MonetaryAmountDistribution","currency":"USD","duration":"P1Y","median":10.5},
		{"@type":"MonetaryAmount","currency":"EUR","value":{"@type":"QuantitativeValue","minValue":1,"maxValue":2,"unitText":"YEAR"}}]}`
	assert.Empty(t, v.check(decode(t, []byte(ok))))
}
