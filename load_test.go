package rolemodel

import (
	"bytes"
	"encoding/json"
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// problems loads in and returns the problems it reports, failing the test if
// it loads.
func problems(t *testing.T, in string) []Problem {
	t.Helper()
	c, err := Load(strings.NewReader(in))
	require.Error(t, err)
	require.Nil(t, c, "a catalog with problems must not be returned")
	var ve *ValidationError
	require.ErrorAs(t, err, &ve)
	require.ErrorIs(t, err, ErrInvalid)
	require.NotEmpty(t, ve.Problems)
	return ve.Problems
}

const minimal = `
sources:
  - id: src
    title: A Source
roles:
  - id: a
    title: Role A
    sources: [src]
`

func TestLoadExample(t *testing.T) {
	c, err := LoadFile("testdata/example.yaml")
	require.NoError(t, err)
	assert.Equal(t, 3, c.NumRoles())
	r, ok := c.Lookup("  solutions   DESIGNER ")
	require.True(t, ok)
	assert.Equal(t, "example-architect", string(r.ID))
	require.Len(t, r.Salaries, 2)
	assert.Equal(t, "120000", r.Salaries[0].Min.String())
	assert.True(t, r.Salaries[0].OpenEnded)
	assert.Equal(t, "8-12+", r.Experience[0].Years.String())
	assert.Equal(t, 8, r.Experience[0].Years.Min())

	var moves []string
	for tr := range c.Transitions() {
		moves = append(moves, tr.String())
	}
	assert.Equal(t, []string{
		"example-architect -advancement-> example-director",
		"example-architect -lateral-> example-director",
		"example-engineer -entry-> example-architect",
	}, moves)
}

func TestLoadBadInput(t *testing.T) {
	tests := []struct {
		name     string
		in       string
		kind     error
		line     int
		path     string
		contains string
	}{
		{"unknown field", "roles:\n  - id: a\n    title: A\n    salaris: 5\n", ErrUnknownField, 4, "roles[a].salaris", `did you mean "salaries"`},
		{"unknown top-level field", "role:\n  - id: a\n", ErrUnknownField, 1, "role", `did you mean "roles"`},
		{"duplicate key yaml", "roles:\n  - id: a\n    title: A\n    title: B\n", ErrDuplicateKey, 4, "", `"title" appears twice`},
		{"duplicate key json", `{"roles": [{"id": "a",` + "\n" + `"id": "b", "title": "A"}]}`, ErrDuplicateKey, 2, "", `"id" appears twice`},
		{"duplicate top-level key", "roles: []\nroles: []\n", ErrDuplicateKey, 2, "", `"roles" appears twice`},
		{"wrong type", "roles:\n  - id: a\n    title: [x]\n", ErrWrongType, 3, "roles[a].title", "expected a string, got a list"},
		{"number for string", "roles:\n  - id: a\n    title: 42\n", ErrWrongType, 3, "roles[a].title", "quote it"},
		{"string for number", "roles:\n  - id: a\n    title: A\n    outlook:\n      - region: US\n        openings_per_year: many\n        sources: [s]\n", ErrWrongType, 6, "roles[a].outlook[0].openings_per_year", "expected a whole number"},
		{"int overflow", "roles:\n  - id: a\n    title: A\n    outlook:\n      - region: US\n        employment: 99999999999999999999999\n", ErrInvalidValue, 6, "roles[a].outlook[0].employment", "out of range"},
		{"malformed yaml", "roles:\n  - id: a\n    title: \"A\n  - id: b\n", ErrSyntax, 3, "", "invalid YAML"},
		{"malformed json", "{\n  \"roles\": [\n    {\"id\": \"a\",}\n  ]\n}", ErrSyntax, 3, "", "invalid JSON"},
		{"truncated json", `{"roles": [{"id": "a"`, ErrSyntax, 1, "", "ends in the middle"},
		{"trailing json", `{"roles": []} {}`, ErrSyntax, 1, "", "after the top-level value"},
		{"empty", "", ErrEmpty, 1, "", "empty"},
		{"only spaces", "  \n\t\n", ErrEmpty, 1, "", "empty"},
		{"binary garbage", "\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\xff\xfe", ErrSyntax, 1, "", "not valid UTF-8"},
		{"nul byte", "roles:\n  - id: a\x00\n", ErrSyntax, 2, "", "NUL"},
		{"not a mapping", "- a\n- b\n", ErrWrongType, 1, "", "expected a mapping"},
		{"missing role", minimal + "    entry_from:\n      - role: nowhere\n", ErrReference, 10, "roles[a].entry_from[0].role", `role "nowhere" is not in the catalog`},
		{"missing skill", minimal + "    skills:\n      - skill: flying\n", ErrReference, 10, "roles[a].skills[0].skill", `skill "flying" is not in the catalog's skills`},
		{"missing certification", minimal + "    certifications:\n      - certification: nope\n", ErrReference, 10, "roles[a].certifications[0].certification", "not in the catalog's certifications"},
		{"missing source", minimal + "  - id: b\n    title: B\n    sources: [elsewhere]\n", ErrReference, 11, "roles[b].sources[0]", `source "elsewhere" is not in the catalog's sources`},
		{"self transition", minimal + "    lateral_moves:\n      - role: a\n", ErrReference, 10, "roles[a].lateral_moves[0].role", "cannot list itself"},
		{"duplicate alias across roles", minimal + "    aliases: [The Boss]\n  - id: b\n    title: B\n    aliases: [\"the  boss\"]\n", ErrDuplicate, 12, "roles[b].aliases[0]", `already a name of role "a"`},
		{"title equals other alias", minimal + "    aliases: [Chief]\n  - id: b\n    title: CHIEF\n", ErrDuplicate, 11, "roles[b].title", `already a name of role "a"`},
		{"duplicate role id", minimal + "  - id: a\n    title: Other\n", ErrDuplicate, 9, "roles[a].id", "already used"},
		{"bad id", "roles:\n  - id: Not A Slug\n    title: A\n", ErrInvalidValue, 2, "roles[0].id", "lower-case slug"},
		{"missing title", "roles:\n  - id: a\n", ErrInvalidValue, 2, "roles[a].title", "is required"},
		{"min greater than max", minimal + "    salaries:\n      - statistic: range\n        currency: USD\n        min: 250000\n        max: 150000\n        period: annual\n        sources: [src]\n", ErrInvalidValue, 13, "roles[a].salaries[0].max", "minimum is greater than the maximum"},
		{"negative salary", minimal + "    salaries:\n      - statistic: average\n        currency: USD\n        value: -5\n        period: annual\n        sources: [src]\n", ErrInvalidValue, 12, "roles[a].salaries[0].value", "cannot be negative"},
		{"unknown currency", minimal + "    salaries:\n      - statistic: average\n        currency: ABC\n        value: 5\n        period: annual\n        sources: [src]\n", ErrInvalidValue, 11, "roles[a].salaries[0].currency", "not an ISO 4217 currency"},
		{"too many decimals for currency", minimal + "    salaries:\n      - statistic: average\n        currency: JPY\n        value: 5.5\n        period: annual\n        sources: [src]\n", ErrInvalidValue, 12, "roles[a].salaries[0].value", "decimal places"},
		{"percentage out of range", minimal + "    outlook:\n      - region: US\n        growth_percent: -150\n        sources: [src]\n", ErrInvalidValue, 11, "roles[a].outlook[0].growth_percent", "at least -100"},
		{"negative years", minimal + "    experience:\n      - years: \"-3\"\n", ErrInvalidValue, 10, "roles[a].experience[0].years", "whole numbers"},
		{"years min over max", minimal + "    experience:\n      - years: \"15-10\"\n", ErrInvalidValue, 10, "roles[a].experience[0].years", "minimum is greater than the maximum"},
		{"bad onet code", minimal + "    codes:\n      onet_soc: \"113021\"\n", ErrInvalidValue, 10, "roles[a].codes.onet_soc", "NN-NNNN.NN"},
		{"bad isco code", minimal + "    codes:\n      isco_08: \"13A0\"\n", ErrInvalidValue, 10, "roles[a].codes.isco_08", "one to four digits"},
		{"bad transition kind", minimal + "    transitions:\n      - to: a\n        kind: sideways\n", ErrInvalidValue, 11, "roles[a].transitions[0].kind", "entry, advancement, lateral"},
		{"yaml alias bomb", "a: &a [x, x, x, x, x, x, x, x, x, x]\nb: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a, *a]\nc: &c [*b, *b, *b, *b, *b, *b, *b, *b, *b, *b]\nd: &d [*c, *c, *c, *c, *c, *c, *c, *c, *c, *c]\ne: &e [*d, *d, *d, *d, *d, *d, *d, *d, *d, *d]\nf: &f [*e, *e, *e, *e, *e, *e, *e, *e, *e, *e]\ng: &g [*f, *f, *f, *f, *f, *f, *f, *f, *f, *f]\n", ErrTooLarge, 0, "", "more than"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			ps := problems(t, tt.in)
			var found *Problem
			for i := range ps {
				if strings.Contains(ps[i].Message, tt.contains) {
					found = &ps[i]
					break
				}
			}
			require.NotNil(t, found, "no problem mentions %q; got %v", tt.contains, ps)
			assert.ErrorIs(t, found.Err(), tt.kind)
			if tt.line > 0 {
				assert.Equal(t, tt.line, found.Line, "line of %v", found)
			}
			if tt.path != "" {
				assert.Equal(t, tt.path, found.Path)
			}
			_, err := Load(strings.NewReader(tt.in))
			assert.ErrorIs(t, err, tt.kind, "errors.Is on the returned error")
		})
	}
}

func TestLoadReportsEveryProblem(t *testing.T) {
	in := minimal + `    skills:
      - skill: nowhere
    entry_from:
      - role: nobody
  - id: b
    title: role a
    salaries:
      - statistic: range
        currency: USD
        min: 10
        max: 5
        period: annual
        sources: [src]
`
	ps := problems(t, in)
	var paths []string
	for _, p := range ps {
		paths = append(paths, p.Path)
	}
	assert.ElementsMatch(t, []string{
		"roles[a].skills[0].skill",
		"roles[a].entry_from[0].role",
		"roles[b].title",
		"roles[b].salaries[0].max",
	}, paths)
}

func TestLoadFileNamesTheFile(t *testing.T) {
	dir := t.TempDir()
	p := filepath.Join(dir, "bad.yaml")
	require.NoError(t, os.WriteFile(p, []byte("roles:\n  - id: a\n    title: A\n    wat: 1\n"), 0o644))
	_, err := LoadFile(p)
	require.Error(t, err)
	assert.Contains(t, err.Error(), p+":4:5: roles[a].wat: unknown field")

	_, err = LoadFile(filepath.Join(dir, "missing.yaml"))
	assert.ErrorIs(t, err, os.ErrNotExist)
}

func TestLoadNilReader(t *testing.T) {
	_, err := Load(nil)
	assert.ErrorIs(t, err, ErrEmpty)
}

func TestJSONAndYAMLAgree(t *testing.T) {
	y, err := LoadFile("testdata/example.yaml")
	require.NoError(t, err)
	data, err := json.Marshal(y)
	require.NoError(t, err)
	j, err := Load(bytes.NewReader(data))
	require.NoError(t, err)
	again, err := json.Marshal(j)
	require.NoError(t, err)
	assert.JSONEq(t, string(data), string(again))
	sameCatalog(t, y, j, "loading what MarshalJSON writes gives an equal catalog")
}

func TestValidationErrorUnwrapsOnlyItsKinds(t *testing.T) {
	_, err := Load(strings.NewReader("roles:\n  - id: a\n    title: A\n    nope: 1\n"))
	require.Error(t, err)
	assert.True(t, errors.Is(err, ErrUnknownField))
	assert.False(t, errors.Is(err, ErrSyntax))
}

func TestDecodingAndRuleProblemsTogether(t *testing.T) {
	in := minimal + `    salaris: 1
    title2: x
    salaries:
      - statistic: range
        currency: USD
        min: 10
        max: 5
        period: annual
        sources: [src]
  - id: b
    title: [not, a, string]
`
	ps := problems(t, in)
	var got []string
	for _, p := range ps {
		got = append(got, p.Path+": "+p.Message)
	}
	assert.Len(t, ps, 4, "%v", got)
	assert.Contains(t, got, `roles[a].salaries[0].max: the minimum is greater than the maximum`)
	assert.Contains(t, got, `roles[b].title: expected a string, got a list`, "the wrong type is reported once, not again as 'required'")
	for i := 1; i < len(ps); i++ {
		assert.LessOrEqual(t, ps[i-1].Line, ps[i].Line, "problems are in file order")
	}
}
