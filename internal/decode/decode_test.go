package decode_test

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"strings"
	"testing"
	"time"
	"unicode/utf8"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/rolemodel/rolemodel/internal/decode"
	"github.com/rolemodel/rolemodel/role"
)

type testItem struct {
	Name  string `json:"name"`
	Count int    `json:"count,omitempty"`
}

type testInner struct {
	Label   string `json:"label"`
	Enabled bool   `json:"enabled"`
}

type testDoc struct {
	Title   string         `json:"title"`
	Inner   testInner      `json:"inner"`
	Items   []testItem     `json:"items"`
	Rate    *float64       `json:"rate,omitempty"`
	Count   int            `json:"count"`
	Small   int8           `json:"small"`
	Active  bool           `json:"active"`
	Years   role.Years     `json:"years"`
	Tags    []string       `json:"tags"`
	Extra   map[string]int `json:"extra"`
	Ignored string         `json:"-"`
	NoTag   string
}

// load parses data and decodes it into a testDoc, failing the test if
// parsing fails.
func load(t *testing.T, data string) (testDoc, *decode.Result) {
	t.Helper()
	n, err := decode.Parse([]byte(data), "test.file", decode.DefaultLimits)
	require.NoError(t, err)
	require.NotNil(t, n)
	var d testDoc
	res := decode.Into(n, "test.file", &d)
	require.NotNil(t, res)
	return d, res
}

// intoErrors decodes data and returns the problems Into reports, failing the
// test if there are none.
func intoErrors(t *testing.T, data string) []*decode.Error {
	t.Helper()
	_, res := load(t, data)
	require.NotEmpty(t, res.Errors, "expected decoding problems")
	return res.Errors
}

// pos returns the position of path, or the zero Pos.
func pos(res *decode.Result, path string) decode.Pos {
	p, _ := res.Pos(path)
	return p
}

// parseErr parses data and returns the *decode.Error it fails with.
func parseErr(t *testing.T, data string) *decode.Error {
	t.Helper()
	n, err := decode.Parse([]byte(data), "test.file", decode.DefaultLimits)
	require.Error(t, err)
	assert.Nil(t, n)
	var de *decode.Error
	require.ErrorAs(t, err, &de)
	assert.Equal(t, "test.file", de.File)
	return de
}

const docJSON = `{
  "title": "T",
  "inner": {"label": "L", "enabled": true},
  "items": [
    {"name": "a", "count": 1},
    {"name": "b", "count": 2}
  ],
  "rate": 2.5,
  "count": 7,
  "small": -8,
  "active": false,
  "years": "10-15+",
  "tags": ["x", "y"],
  "extra": {"k": 1, "l": 2},
  "NoTag": "n"
}`

const docYAML = `title: T
inner:
  label: L
  enabled: true
items:
  - name: a
    count: 1
  - name: b
    count: 2
rate: 2.5
count: 7
small: -8
active: false
years: 10-15+
tags: [x, y]
extra:
  k: 1
  l: 2
NoTag: "n"
`

func wantDoc() testDoc {
	rate := 2.5
	return testDoc{
		Title:  "T",
		Inner:  testInner{Label: "L", Enabled: true},
		Items:  []testItem{{Name: "a", Count: 1}, {Name: "b", Count: 2}},
		Rate:   &rate,
		Count:  7,
		Small:  -8,
		Active: false,
		Years:  role.MustParseYears("10-15+"),
		Tags:   []string{"x", "y"},
		Extra:  map[string]int{"k": 1, "l": 2},
		NoTag:  "n",
	}
}

func TestIntoJSONAndYAML(t *testing.T) {
	for name, data := range map[string]string{"json": docJSON, "yaml": docYAML} {
		t.Run(name, func(t *testing.T) {
			d, res := load(t, data)
			require.Empty(t, res.Errors)
			assert.Equal(t, wantDoc(), d)
		})
	}
	j, _ := load(t, docJSON)
	y, _ := load(t, docYAML)
	assert.Equal(t, j, y, "JSON and YAML give the same value")
}

func TestIntoPositions(t *testing.T) {
	tests := []struct {
		name string
		data string
		want map[string]decode.Pos
	}{
		{"json", docJSON, map[string]decode.Pos{
			"":               {1, 1},
			"title":          {2, 12},
			"inner":          {3, 12},
			"inner.label":    {3, 22},
			"inner.enabled":  {3, 38},
			"items":          {4, 12},
			"items[0]":       {5, 5},
			"items[0].name":  {5, 14},
			"items[1]":       {6, 5},
			"items[1].name":  {6, 14},
			"items[1].count": {6, 28},
			"rate":           {8, 11},
			"years":          {12, 12},
			"tags[1]":        {13, 17},
			"extra.l":        {14, 26},
		}},
		{"yaml", docYAML, map[string]decode.Pos{
			"":               {1, 1},
			"title":          {1, 8},
			"inner":          {3, 3},
			"inner.label":    {3, 10},
			"inner.enabled":  {4, 12},
			"items[0]":       {6, 5},
			"items[1]":       {8, 5},
			"items[1].name":  {8, 11},
			"items[1].count": {9, 12},
			"rate":           {10, 7},
			"years":          {14, 8},
			"tags[1]":        {15, 11},
			"extra.l":        {18, 6},
		}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, res := load(t, tt.data)
			require.Empty(t, res.Errors)
			for path, want := range tt.want {
				got, ok := res.Pos(path)
				if assert.True(t, ok, "no position for %q", path) {
					assert.Equal(t, want, got, "position of %q", path)
				}
			}
		})
	}
}

func TestIntoNull(t *testing.T) {
	for name, data := range map[string]string{
		"json": `{"rate": null, "title": null, "items": null}`,
		"yaml": "rate: null\ntitle: ~\nitems:\n",
	} {
		t.Run(name, func(t *testing.T) {
			d, res := load(t, data)
			require.Empty(t, res.Errors)
			assert.Nil(t, d.Rate)
			assert.Equal(t, "", d.Title)
			assert.Nil(t, d.Items)
		})
	}
}

func TestIntoYearsFromNumber(t *testing.T) {
	for name, data := range map[string]string{"json": `{"years": 3}`, "yaml": "years: 3"} {
		d, res := load(t, data)
		require.Empty(t, res.Errors, name)
		assert.Equal(t, role.MustParseYears("3"), d.Years, name)
	}
}

func TestDuplicateKey(t *testing.T) {
	tests := []struct {
		name      string
		data      string
		line, col int
		first     int
	}{
		{"json", "{\n  \"title\": \"a\",\n  \"count\": 1,\n  \"title\": \"b\"\n}", 4, 3, 2},
		{"json nested", "{\n  \"inner\": {\n    \"label\": \"a\",\n\n    \"label\": \"b\"\n  }\n}", 5, 5, 3},
		{"json in list", "[\n  {\"a\": 1},\n  {\"b\": 1, \"b\": 2}\n]", 3, 12, 3},
		{"yaml", "title: a\ncount: 1\ntitle: b\n", 3, 1, 1},
		{"yaml nested", "inner:\n  label: a\n  enabled: true\n  label: b\n", 4, 3, 2},
		{"yaml flow", "inner: {label: a, label: b}\n", 1, 19, 1},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			de := parseErr(t, tt.data)
			assert.ErrorIs(t, de, decode.ErrDuplicateKey)
			assert.Equal(t, tt.line, de.Line)
			assert.Equal(t, tt.col, de.Col)
			assert.Contains(t, de.Msg, fmt.Sprintf("first at line %d", tt.first))
		})
	}
}

func TestUnknownField(t *testing.T) {
	tests := []struct {
		name      string
		data      string
		path      string
		line, col int
		suggest   string
	}{
		{"json typo", "{\n  \"titel\": \"a\"\n}", "titel", 2, 3, "title"},
		{"json case", `{"Title": "a"}`, "Title", 1, 2, "title"},
		{"json nested", "{\"inner\": {\n  \"lable\": \"a\"}}", "inner.lable", 2, 3, "label"},
		{"json in list", `{"items": [{"name": "a"}, {"nmae": "b"}]}`, "items[1].nmae", 1, 28, "name"},
		{"yaml typo", "title: a\ncuont: 3\n", "cuont", 2, 1, "count"},
		{"yaml plural", "tag: [x]\n", "tag", 1, 1, "tags"},
		{"yaml in list", "items:\n  - name: a\n  - nam: b\n", "items[1].nam", 3, 5, "name"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			errs := intoErrors(t, tt.data)
			require.Len(t, errs, 1)
			e := errs[0]
			assert.ErrorIs(t, e, decode.ErrUnknownField)
			assert.Equal(t, tt.path, e.Path)
			assert.Equal(t, tt.line, e.Line)
			assert.Equal(t, tt.col, e.Col)
			assert.Contains(t, e.Msg, fmt.Sprintf("did you mean %q?", tt.suggest))
			assert.Equal(t, "test.file", e.File)
			assert.Equal(t, fmt.Sprintf("test.file:%d:%d: %s: %s", tt.line, tt.col, tt.path, e.Msg), e.Error())
		})
	}

	t.Run("no suggestion", func(t *testing.T) {
		errs := intoErrors(t, `{"zzzzzzzzzz": 1}`)
		require.Len(t, errs, 1)
		assert.ErrorIs(t, errs[0], decode.ErrUnknownField)
		assert.NotContains(t, errs[0].Msg, "did you mean")
		assert.Contains(t, errs[0].Msg, "known fields: title, inner, items")
		assert.NotContains(t, errs[0].Msg, "Ignored", `a json:"-" field is not a known name`)
	})

	t.Run("json dash field", func(t *testing.T) {
		errs := intoErrors(t, `{"Ignored": "x", "-": "y"}`)
		require.Len(t, errs, 2)
		for _, e := range errs {
			assert.ErrorIs(t, e, decode.ErrUnknownField)
		}
	})
}

func TestTypeErrors(t *testing.T) {
	tests := []struct {
		name string
		data string
		path string
		sent error
	}{
		{"string for int", `{"count": "7"}`, "count", decode.ErrType},
		{"float for int", `{"count": 7.5}`, "count", decode.ErrType},
		{"exponent for int", `{"count": 1e3}`, "count", decode.ErrType},
		{"number for string", `{"title": 5}`, "title", decode.ErrType},
		{"bool for string", `{"title": true}`, "title", decode.ErrType},
		{"string for bool", `{"active": "true"}`, "active", decode.ErrType},
		{"yaml yes for bool", "active: yes\n", "active", decode.ErrType},
		{"number for bool", `{"active": 1}`, "active", decode.ErrType},
		{"string for float", `{"rate": "2.5"}`, "rate", decode.ErrType},
		{"map for list", `{"items": {}}`, "items", decode.ErrType},
		{"list for struct", `{"inner": []}`, "inner", decode.ErrType},
		{"scalar for struct", "inner: x\n", "inner", decode.ErrType},
		{"list for map", `{"extra": [1]}`, "extra", decode.ErrType},
		{"bool for text", `{"years": true}`, "years", decode.ErrType},
		{"list for text", "years: [1]\n", "years", decode.ErrType},
		{"nested", `{"items": [{"name": 1}]}`, "items[0].name", decode.ErrType},
		{"bad years", `{"years": "15-10"}`, "years", decode.ErrValue},
		{"int overflow", `{"count": 99999999999999999999}`, "count", decode.ErrValue},
		{"int overflow yaml", "count: 99999999999999999999\n", "count", decode.ErrValue},
		{"int8 overflow", `{"small": 128}`, "small", decode.ErrValue},
		{"int8 underflow", "small: -129\n", "small", decode.ErrValue},
		{"float overflow", `{"rate": 1e400}`, "rate", decode.ErrValue},
		{"yaml nan", "rate: .nan\n", "rate", decode.ErrValue},
		{"yaml NaN", "rate: .NaN\n", "rate", decode.ErrValue},
		{"yaml inf", "rate: .inf\n", "rate", decode.ErrValue},
		{"yaml -inf", "rate: -.Inf\n", "rate", decode.ErrValue},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			errs := intoErrors(t, tt.data)
			require.Len(t, errs, 1, "%v", errs)
			assert.ErrorIs(t, errs[0], tt.sent)
			assert.Equal(t, tt.path, errs[0].Path)
			assert.Positive(t, errs[0].Line)
			assert.Positive(t, errs[0].Col)
		})
	}
}

func TestOverflowMessage(t *testing.T) {
	errs := intoErrors(t, `{"small": 300}`)
	require.Len(t, errs, 1)
	assert.Contains(t, errs[0].Msg, "from -128 to 127")
}

func TestFloatNotNumber(t *testing.T) {
	// YAML's "NaN" without the dot is a string, not a float.
	errs := intoErrors(t, "rate: NaN\n")
	require.Len(t, errs, 1)
	assert.ErrorIs(t, errs[0], decode.ErrType)
}

func TestIntoReportsEveryProblem(t *testing.T) {
	errs := intoErrors(t, "titel: a\ncount: x\nactive: 3\nitems:\n  - name: 1\n  - nme: b\n")
	var paths []string
	for _, e := range errs {
		paths = append(paths, e.Path)
	}
	assert.Equal(t, []string{"titel", "count", "active", "items[0].name", "items[1].nme"}, paths)
}

func TestIntoMaxErrors(t *testing.T) {
	var b strings.Builder
	b.WriteString("{")
	for i := range decode.MaxErrors + 20 {
		if i > 0 {
			b.WriteString(",")
		}
		fmt.Fprintf(&b, "\"unknown%d\": 1", i)
	}
	b.WriteString("}")
	_, res := load(t, b.String())
	require.Len(t, res.Errors, decode.MaxErrors, "the one cap of internal/problem")
	assert.Equal(t, 20, res.More, "the rest are counted, not listed")
	assert.Equal(t, "unknown99", res.Errors[decode.MaxErrors-1].Path)
}

// Decoding no longer checks characters: the catalog's rule for names and
// free text (internal/valid.Text) applies to every catalog however built.
// What decoding does is make its messages and paths safe to log: a key
// with a line break is escaped in the path as in the message (issue 14.2).
func TestIntoEscapesPaths(t *testing.T) {
	errs := intoErrors(t, `{"x\nINFO forged": 1, "tit\u202ele": 2, "\u001b[31m": 3}`)
	require.Len(t, errs, 3)
	assert.Equal(t, `x\nINFO forged`, errs[0].Path)
	assert.Equal(t, `tit\u202ele`, errs[1].Path)
	assert.Equal(t, `\x1b[31m`, errs[2].Path)
	for _, e := range errs {
		assert.NotContains(t, e.Error(), "\n")
		assert.NotContains(t, e.Error(), "\x1b")
		assert.NotContains(t, e.Error(), "\u202e")
	}
}

func TestIntoPanicsWithoutPointer(t *testing.T) {
	n, err := decode.Parse([]byte(`{}`), "", decode.DefaultLimits)
	require.NoError(t, err)
	assert.Panics(t, func() { decode.Into(n, "", testDoc{}) })
	assert.Panics(t, func() { decode.Into(n, "", (*testDoc)(nil)) })
}

// billionLaughs returns a YAML document whose aliases expand to 10^levels
// values.
func billionLaughs(levels int) string {
	var b strings.Builder
	b.WriteString(`a0: &a0 ["lol","lol","lol","lol","lol","lol","lol","lol","lol","lol"]` + "\n")
	for i := 1; i <= levels; i++ {
		fmt.Fprintf(&b, "a%d: &a%d [", i, i)
		for j := range 10 {
			if j > 0 {
				b.WriteString(",")
			}
			fmt.Fprintf(&b, "*a%d", i-1)
		}
		b.WriteString("]\n")
	}
	return b.String()
}

func TestAliasBomb(t *testing.T) {
	start := time.Now()
	de := parseErr(t, billionLaughs(9))
	assert.ErrorIs(t, de, decode.ErrLimit)
	assert.Positive(t, de.Line)
	assert.Less(t, time.Since(start), 10*time.Second)

	// A few aliases are fine.
	n, err := decode.Parse([]byte(billionLaughs(2)), "", decode.DefaultLimits)
	require.NoError(t, err)
	assert.Equal(t, decode.Map, n.Kind())

	// The limit is configurable.
	lim := decode.DefaultLimits
	lim.MaxAliasNodes = 50
	_, err = decode.Parse([]byte(billionLaughs(2)), "", lim)
	assert.ErrorIs(t, err, decode.ErrLimit)
}

func TestSelfReferentialAlias(t *testing.T) {
	for _, data := range []string{"a: &x [*x]\n", "a: &x {b: *x}\n"} {
		t.Run(data, func(t *testing.T) {
			var err error
			assert.NotPanics(t, func() {
				_, err = decode.Parse([]byte(data), "", decode.DefaultLimits)
			})
			assert.Error(t, err)
		})
	}
}

func nestedJSON(depth int) string {
	return strings.Repeat("[", depth) + strings.Repeat("]", depth)
}

func nestedJSONObjects(depth int) string {
	return strings.Repeat(`{"a":`, depth) + "1" + strings.Repeat("}", depth)
}

// nestedYAML returns a block-style YAML document with depth nested mappings.
func nestedYAML(depth int) string {
	var b strings.Builder
	for i := range depth - 1 {
		b.WriteString(strings.Repeat(" ", i) + "a:\n")
	}
	b.WriteString(strings.Repeat(" ", depth-1) + "a: 1\n")
	return b.String()
}

func TestDepthLimit(t *testing.T) {
	max := decode.DefaultLimits.MaxDepth
	require.Equal(t, 64, max)
	tests := []struct {
		name string
		data string
		ok   bool
	}{
		{"json arrays at limit", nestedJSON(max), true},
		{"json arrays 100", nestedJSON(100), false},
		{"json arrays limit+1", nestedJSON(max + 1), false},
		{"json objects at limit", nestedJSONObjects(max), true},
		{"json objects 100", nestedJSONObjects(100), false},
		{"json arrays 100000", nestedJSON(100_000), false},
		{"yaml mappings at limit", nestedYAML(max), true},
		{"yaml mappings 100", nestedYAML(100), false},
		{"yaml mappings limit+1", nestedYAML(max + 1), false},
		{"yaml flow 100", "a: " + strings.Repeat("[", 100) + "1" + strings.Repeat("]", 100), false},
		{"yaml flow 100000", "a: " + strings.Repeat("[", 100_000) + strings.Repeat("]", 100_000), false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var n *decode.Node
			var err error
			require.NotPanics(t, func() {
				n, err = decode.Parse([]byte(tt.data), "", decode.DefaultLimits)
			})
			if tt.ok {
				require.NoError(t, err)
				assert.NotNil(t, n)
				return
			}
			require.Error(t, err)
			if !strings.Contains(tt.name, "100000") {
				// Past the limit, the limit is what stops the parse.
				assert.ErrorIs(t, err, decode.ErrLimit)
			}
		})
	}

	t.Run("yaml and json agree", func(t *testing.T) {
		// mapping + 63 lists = 64 levels: accepted by both.
		for _, data := range []string{
			`{"a": ` + nestedJSON(max-1) + `}`,
			"a: " + nestedJSON(max-1),
		} {
			_, err := decode.Parse([]byte(data), "", decode.DefaultLimits)
			assert.NoError(t, err)
		}
		// mapping + 64 lists = 65 levels.
		_, err := decode.Parse([]byte(`{"a": `+nestedJSON(max)+`}`), "", decode.DefaultLimits)
		assert.ErrorIs(t, err, decode.ErrLimit, "json")

		_, err = decode.Parse([]byte("a: "+nestedJSON(max)), "", decode.DefaultLimits)
		assert.ErrorIs(t, err, decode.ErrLimit, "yaml")
	})

	// A lower limit is honoured.
	_, err := decode.Parse([]byte(nestedJSON(4)), "", decode.Limits{MaxDepth: 3, MaxNodes: 100, MaxAliasNodes: 100})
	assert.ErrorIs(t, err, decode.ErrLimit)
	_, err = decode.Parse([]byte(nestedJSON(3)), "", decode.Limits{MaxDepth: 3, MaxNodes: 100, MaxAliasNodes: 100})
	assert.NoError(t, err)
}

func TestNodeLimit(t *testing.T) {
	lim := decode.Limits{MaxDepth: 10, MaxNodes: 5, MaxAliasNodes: 10}
	for name, data := range map[string]string{
		"json": `[1, 2, 3, 4, 5]`,
		"yaml": "- 1\n- 2\n- 3\n- 4\n- 5\n",
	} {
		_, err := decode.Parse([]byte(data), "", lim)
		assert.ErrorIs(t, err, decode.ErrLimit, name)
	}
	_, err := decode.Parse([]byte(`[1, 2, 3, 4]`), "", lim)
	assert.NoError(t, err, "a list and four numbers are five values")

	t.Run("yaml counts like json", func(t *testing.T) {
		_, err := decode.Parse([]byte("- 1\n- 2\n- 3\n- 4\n"), "", lim)
		assert.NoError(t, err)
	})
}

func TestMultipleYAMLDocuments(t *testing.T) {
	for _, tt := range []struct {
		data string
		line int // of the second document's start
	}{
		{"title: a\n---\ntitle: b\n", 2},
		{"---\ntitle: a\n---\ntitle: b\n", 3},
		{"title: a\n...\n---\ntitle: b\n", 3},
	} {
		t.Run(tt.data, func(t *testing.T) {
			de := parseErr(t, tt.data)
			assert.ErrorIs(t, de, decode.ErrSyntax)
			assert.Contains(t, de.Msg, "more than one YAML document")
			assert.Equal(t, tt.line, de.Line)
		})
	}
	t.Run("content after a flow document", func(t *testing.T) {
		// yaml.Unmarshal reads the first document and ignores what follows
		// "{}" here; a catalog must not lose that silently.
		de := parseErr(t, "{}00")
		assert.ErrorIs(t, de, decode.ErrSyntax)
	})
	t.Run("explicit single document", func(t *testing.T) {
		d, res := load(t, "---\ntitle: a\n...\n")
		require.Empty(t, res.Errors)
		assert.Equal(t, "a", d.Title)
	})
}

func TestBOM(t *testing.T) {
	for name, data := range map[string]string{"json": docJSON, "yaml": docYAML} {
		t.Run(name, func(t *testing.T) {
			d, res := load(t, "\xef\xbb\xbf"+data)
			require.Empty(t, res.Errors)
			assert.Equal(t, wantDoc(), d)
			assert.Equal(t, decode.Pos{Line: 1, Col: 1}, pos(res, ""))
		})
	}
}

func TestEmpty(t *testing.T) {
	for name, data := range map[string]string{
		"empty":        "",
		"spaces":       " \n\t\r\n",
		"bom":          "\xef\xbb\xbf",
		"bom spaces":   "\xef\xbb\xbf \n",
		"yaml comment": "# nothing here\n",
	} {
		t.Run(name, func(t *testing.T) {
			de := parseErr(t, data)
			assert.ErrorIs(t, de, decode.ErrEmpty)
		})
	}
}

func TestInvalidText(t *testing.T) {
	tests := []struct {
		name      string
		data      string
		line, col int
	}{
		{"utf8 json", "{\n  \"title\": \"\xff\"\n}", 2, 13},
		{"utf8 yaml", "title: ok\nname: é\xc3\n", 2, 8},
		{"utf8 first byte", "\x80", 1, 1},
		{"truncated rune", "a: \xe2\x82", 1, 4},
		{"nul json", "{\"title\": \"a\x00\"}", 1, 13},
		{"nul yaml", "title: a\ncount: 1\x00\n", 2, 9},
		{"nul after multibyte", "title: ééé\x00", 1, 11},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			de := parseErr(t, tt.data)
			assert.ErrorIs(t, de, decode.ErrSyntax)
			assert.Equal(t, tt.line, de.Line, "line")
			assert.Equal(t, tt.col, de.Col, "column")
			assert.True(t, strings.HasPrefix(de.Error(), fmt.Sprintf("test.file:%d:%d: ", tt.line, tt.col)), de.Error())
		})
	}
}

func TestJSONEscapesAndTabs(t *testing.T) {
	data := "{\t\"title\":\t\"a\\u00e9\\ud83d\\ude00\\n\\t\\\"\\\\\\/\",\n\t\"tags\":\t[\"\\u0041\", \"\\uD834\\uDD1E\"],\n\t\"count\":\t3}"
	d, res := load(t, data)
	require.Empty(t, res.Errors)
	assert.Equal(t, "aé😀\n\t\"\\/", d.Title)
	assert.Equal(t, []string{"A", "𝄞"}, d.Tags)
	assert.Equal(t, 3, d.Count)
	assert.Equal(t, decode.Pos{Line: 1, Col: 12}, pos(res, "title"), "a tab counts as one column")
	assert.Equal(t, decode.Pos{Line: 2, Col: 10}, pos(res, "tags"))
	assert.Equal(t, decode.Pos{Line: 2, Col: 21}, pos(res, "tags[1]"))
	assert.Equal(t, decode.Pos{Line: 3, Col: 11}, pos(res, "count"))
}

func TestColumnsCountRunes(t *testing.T) {
	_, res := load(t, `{"title": "é😀", "count": 1}`)
	require.Empty(t, res.Errors)
	assert.Equal(t, decode.Pos{Line: 1, Col: 26}, pos(res, "count"))
}

func TestJSONSyntaxErrors(t *testing.T) {
	tests := []struct {
		name      string
		data      string
		line, col int // of the offending token (inside a literal, string or number: its first character)
	}{
		{"missing value", "{\n  \"title\": \n}", 3, 1},
		{"trailing comma", "{\"title\": \"a\",\n}", 2, 1},
		{"trailing comma in list", "[1,\n  ]", 2, 3},
		{"missing colon", `{"a" 1}`, 1, 6},
		{"missing comma", `[1 2]`, 1, 4},
		{"missing comma in object", `{"a":1 "b":2}`, 1, 8},
		{"single quotes", "{'title': 'a'}", 1, 2},
		{"bad literal", "{\n\"active\": tru\n}", 2, 11},
		{"bad escape", `{"title": "\x41"}`, 1, 11},
		{"bad number", "[\n  -x]", 2, 3},
		{"bad value", "{\"a\": [1,\n\n   x]}", 3, 4},
		{"unterminated object", "{\"title\": \"a\"", 1, 14}, // the last character
		{"unterminated string", "{\"title\": \"a", 1, 13},
		{"trailing bracket", "{}\n]", 2, 1},
		{"trailing data", "{}\n{}", 2, 1},
		{"trailing string", `{} "abc"`, 1, 4},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			de := parseErr(t, tt.data)
			assert.ErrorIs(t, de, decode.ErrSyntax)
			assert.Positive(t, de.Line)
			assert.Positive(t, de.Col)
		})
	}

	// The end of input and a trailing syntax error are located exactly.
	for _, tt := range tests[len(tests)-5 : len(tests)-2] {
		t.Run(tt.name+"/position", func(t *testing.T) {
			de := parseErr(t, tt.data)
			assert.Equal(t, tt.line, de.Line, "line")
			assert.Equal(t, tt.col, de.Col, "column")
		})
	}

	t.Run("trailing data position", func(t *testing.T) {
		for _, tt := range tests[len(tests)-2:] {
			de := parseErr(t, tt.data)
			assert.Equal(t, tt.line, de.Line, "%s: line", tt.name)
			assert.Equal(t, tt.col, de.Col, "%s: column", tt.name)
		}
	})

	t.Run("position", func(t *testing.T) {
		for _, tt := range tests[:len(tests)-5] {
			de := parseErr(t, tt.data)
			assert.Equal(t, tt.line, de.Line, "%s: line", tt.name)
			assert.Equal(t, tt.col, de.Col, "%s: column", tt.name)
		}
	})
}

func TestYAMLSyntaxAndTypeErrors(t *testing.T) {
	tests := []struct {
		name string
		data string
		sent error
	}{
		{"unclosed flow", "title: [a\n", decode.ErrSyntax},
		{"bad indent", "title: a\n  count: 1\n", decode.ErrSyntax},
		{"tab indent", "inner:\n\tlabel: a\n", decode.ErrSyntax},
		{"merge key", "base: &b {label: a}\ninner:\n  <<: *b\n", decode.ErrType},
		{"complex key", "? [a, b]\n: 1\n", decode.ErrType},
		{"null key", "~: 1\n", decode.ErrType},
		{"binary tag", "title: !!binary aGVsbG8=\n", decode.ErrType},
		{"custom tag", "title: !thing x\n", decode.ErrType},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var err error
			require.NotPanics(t, func() { _, err = decode.Parse([]byte(tt.data), "test.file", decode.DefaultLimits) })
			require.Error(t, err)
			assert.ErrorIs(t, err, tt.sent)
			var de *decode.Error
			require.ErrorAs(t, err, &de)
			assert.Positive(t, de.Line)
		})
	}
}

func TestYAMLUnknownAnchor(t *testing.T) {
	// go-yaml reports no line for this one.
	_, err := decode.Parse([]byte("title: *nope\n"), "", decode.DefaultLimits)
	assert.ErrorIs(t, err, decode.ErrSyntax)
	assert.ErrorContains(t, err, "nope")
}

func TestYAMLScalarKeys(t *testing.T) {
	// Keys that YAML reads as numbers or booleans are still usable names.
	n, err := decode.Parse([]byte("1: a\ntrue: b\n"), "", decode.DefaultLimits)
	require.NoError(t, err)
	var m map[string]string
	res := decode.Into(n, "", &m)
	require.Empty(t, res.Errors)
	assert.Equal(t, map[string]string{"1": "a", "true": "b"}, m)
}

func TestYAMLBoolsAndNumbers(t *testing.T) {
	d, res := load(t, "active: True\ncount: 1_000\nrate: 1e3\n")
	require.Empty(t, res.Errors)
	assert.True(t, d.Active)
	assert.Equal(t, 1000, d.Count)
	require.NotNil(t, d.Rate)
	assert.Equal(t, 1000.0, *d.Rate)
}

func TestNodeKinds(t *testing.T) {
	for name, data := range map[string]string{
		"json": "{\"s\": \"x\",\n\"n\": 1.5,\n\"b\": true,\n\"z\": null,\n\"l\": [1],\n\"m\": {}}",
		"yaml": "s: x\nn: 1.5\nb: true\nz: null\nl: [1]\nm: {}\n",
	} {
		t.Run(name, func(t *testing.T) {
			n, err := decode.Parse([]byte(data), "", decode.DefaultLimits)
			require.NoError(t, err)
			require.Equal(t, decode.Map, n.Kind())
			require.Equal(t, 6, n.Len())
			want := []struct {
				key   string
				kind  decode.Kind
				value string
			}{
				{"s", decode.String, "x"},
				{"n", decode.Number, "1.5"},
				{"b", decode.Bool, "true"},
				{"z", decode.Null, ""},
				{"l", decode.Seq, ""},
				{"m", decode.Map, ""},
			}
			for i, w := range want {
				key, at, v := n.Pair(i)
				assert.Equal(t, w.key, key)
				assert.Equal(t, w.kind, v.Kind(), w.key)
				assert.Equal(t, w.value, v.Text(), w.key)
				assert.Equal(t, i+1, at.Line, "%s: key line", w.key)
			}
			assert.Equal(t, "a list", decode.Seq.String())
			assert.Equal(t, "a mapping", decode.Map.String())
		})
	}
}

func TestErrorString(t *testing.T) {
	tests := []struct {
		e    decode.Error
		want string
	}{
		{decode.Error{File: "f.yaml", Line: 3, Col: 7, Path: "roles[0].title", Msg: "bad"}, "f.yaml:3:7: roles[0].title: bad"},
		{decode.Error{File: "f.yaml", Line: 3, Msg: "bad"}, "f.yaml:3: bad"},
		{decode.Error{File: "f.yaml", Msg: "bad"}, "f.yaml: bad"},
		{decode.Error{Line: 2, Col: 1, Msg: "bad"}, "2:1: bad"},
		{decode.Error{Msg: "bad"}, "bad"},
		{decode.Error{Path: "a", Msg: "bad"}, "a: bad"},
	}
	for _, tt := range tests {
		assert.Equal(t, tt.want, tt.e.Error())
	}
	e := &decode.Error{Err: decode.ErrValue}
	assert.True(t, errors.Is(e, decode.ErrValue))
	assert.False(t, errors.Is(e, decode.ErrType))
}

// FuzzParse checks that Parse and Into never panic and that every failure is
// a *decode.Error.
func FuzzParse(f *testing.F) {
	for _, s := range []string{
		docJSON, docYAML, "", "\xef\xbb\xbf{}", "[", "{\"a\":", "a: &x [*x]\n", billionLaughs(3),
		nestedJSON(70), nestedYAML(70), "a: 1\n---\nb: 2\n", "\x00", "\xff", "{\"title\": \"\\ud83d\\ude00\"}",
		"? [a]\n: 1\n", "<<: {a: 1}\n", "count: 99999999999999999999\n", "rate: .nan\n",
	} {
		f.Add([]byte(s))
	}
	lim := decode.Limits{MaxDepth: 32, MaxNodes: 10_000, MaxAliasNodes: 1_000}
	f.Fuzz(func(t *testing.T, data []byte) {
		n, err := decode.Parse(data, "fuzz", lim)
		if err != nil {
			var de *decode.Error
			if !errors.As(err, &de) {
				t.Fatalf("error %v is not a *decode.Error", err)
			}
			if n != nil {
				t.Fatalf("Parse failed but returned a node")
			}
			return
		}
		if n == nil {
			t.Fatalf("Parse succeeded with a nil node")
		}
		var d testDoc
		res := decode.Into(n, "fuzz", &d)
		for _, e := range res.Errors {
			if e.Err == nil {
				t.Fatalf("problem %v has no sentinel", e)
			}
		}
		var list []map[string]string
		decode.Into(n, "fuzz", &list)
	})
}

// Issue 12.8: the common YAML mistakes get a column and a hint; valid
// constructs near them (block scalars, flow lists) get no wrong hint.
func TestYAMLHints(t *testing.T) {
	tests := []struct{ name, in, want string }{
		{"mis-indented key", "roles:\n  - id: a\n    title: A\n   level: lead\n",
			"x.yaml:4:4: invalid YAML: did not find expected '-' indicator: this line lines up with no key above it: indent it as its mapping's other keys"},
		{"key indented too far", "roles:\n- id: a\n  title: A\n    aliases: [x]\n",
			"x.yaml:4:5: invalid YAML: mapping values are not allowed in this context: this line is indented more than the line above it, which opens no block: keys of one mapping line up in one column (here column 3)"},
		{"tab", "roles:\n  - id: a\n\ttitle: A\n",
			"x.yaml:3:1: invalid YAML: found a tab character that violates indentation: a tab in the indentation, where YAML allows only spaces"},
		{"unquoted colon", "roles:\n  - id: a\n    title: Director: IT\n",
			`x.yaml:3:20: invalid YAML: mapping values are not allowed in this context: a value that holds ": " must be quoted: write it in double quotes`},
		{"unquoted colon at top", "title: a: b\n",
			`x.yaml:1:9: invalid YAML: mapping values are not allowed in this context: a value that holds ": " must be quoted: write it in double quotes`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := decode.Parse([]byte(tt.in), "x.yaml", decode.DefaultLimits)
			require.Error(t, err)
			assert.Equal(t, tt.want, err.Error())
		})
	}
	// A block scalar's text and a flow list over lines are not mistakes.
	for _, in := range []string{
		"a:\n  b: |\n    deep text\n      more\n  c: x\nd: [1,\n  2]\n",
		"a:\n  - x\n  - y\nb: c\n",
	} {
		_, err := decode.Parse([]byte(in), "ok.yaml", decode.DefaultLimits)
		assert.NoError(t, err, in)
	}
}

// jsonSeeds are the tricky JSON inputs FuzzJSON starts from (and
// internal/fuzzseeds writes to its corpus).
var jsonSeeds = []string{
	docJSON, `{}`, `[]`, `[1,2]`, `{"a":1,"a":2}`, `{"a":"\u0061","\u0061":1}`,
	`["\ud83d\ude00", "\ud83d", "\ude00\ud83d", "\u00e9\n\t\"\\\/\b\f\r"]`,
	`[0, -0, 1.5, -1.5e10, 1E+2, 1e-2, 01, 1., .5, -, 1e, 1e+, +1, 0x10]`,
	`[true, false, null, tru, nul, fals, True]`, `{"a" 1}`, `{"a":1,}`, `[1,]`, `[1 2]`,
	"[\"a\tb\"]", "[\"\\x\"]", `["\u12"]`, `{"a":{"b":[{"c":null}]}}`, `{} x`, `[`, `{"a":`, `"`,
}

// toAny is n as encoding/json decodes JSON into an any with UseNumber.
func toAny(n *decode.Node) any {
	switch n.Kind() {
	case decode.Map:
		m := map[string]any{}
		for i := range n.Len() {
			k, _, v := n.Pair(i)
			m[k] = toAny(v)
		}
		return m
	case decode.Seq:
		s := []any{}
		for i := range n.Len() {
			s = append(s, toAny(n.Item(i)))
		}
		return s
	case decode.Number:
		return json.Number(n.Text())
	case decode.String:
		return n.Text()
	case decode.Bool:
		return n.Text() == "true"
	}
	return nil
}

// FuzzJSON checks the package's JSON scanner against encoding/json on any
// text that Parse reads as JSON (valid UTF-8 starting with '{' or '['): a
// document Parse accepts, encoding/json accepts with the same values; one
// Parse refuses as a syntax error, encoding/json refuses too. (A duplicate
// key may be found before a syntax error further on, so a document refused
// for one may or may not be valid JSON.)
func FuzzJSON(f *testing.F) {
	for _, s := range jsonSeeds {
		f.Add([]byte(s))
	}
	lim := decode.Limits{MaxDepth: 32, MaxNodes: 10_000, MaxAliasNodes: 1_000}
	f.Fuzz(func(t *testing.T, data []byte) {
		body := bytes.TrimPrefix(data, []byte("\xef\xbb\xbf"))
		start := bytes.TrimLeft(body, " \t\r\n")
		if !utf8.Valid(body) || len(start) == 0 || start[0] != '{' && start[0] != '[' {
			return
		}
		n, err := decode.Parse(data, "fuzz", lim)
		valid := json.Valid(body)
		switch {
		case err == nil:
			require.True(t, valid, "Parse accepted what encoding/json refuses")
			dec := json.NewDecoder(bytes.NewReader(body))
			dec.UseNumber()
			var want any
			require.NoError(t, dec.Decode(&want))
			require.Equal(t, want, toAny(n))
		case errors.Is(err, decode.ErrSyntax):
			require.False(t, valid, "Parse refused valid JSON: %v", err)
			var de *decode.Error
			require.ErrorAs(t, err, &de)
			require.Positive(t, de.Line, "%v", err)
			require.Positive(t, de.Col, "%v", err)
		case errors.Is(err, decode.ErrDuplicateKey), errors.Is(err, decode.ErrLimit):
		default:
			t.Fatalf("unexpected error %v", err)
		}
	})
}
