package table

import (
	"strings"
	"testing"
	"testing/fstest"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/rolemodel/rolemodel"
	"github.com/rolemodel/rolemodel/internal/report"
)

// rows reads every record of t as maps of the named columns.
func rows(t *Table, cols ...string) []map[string]string {
	var out []map[string]string
	for t.Next() {
		m := map[string]string{}
		for _, c := range cols {
			m[c] = t.Get(c)
		}
		out = append(out, m)
	}
	return out
}

func problems(t *testing.T, ps *report.Problems) []string {
	t.Helper()
	err := ps.Err()
	if err == nil {
		return nil
	}
	var out []string
	for _, p := range err.(*rolemodel.ValidationError).Problems {
		out = append(out, p.String())
	}
	return out
}

func TestCSV(t *testing.T) {
	const data = "\ufeffB, A ,C\r\n" +
		"1,\"two\r\nlines, \"\"quoted\"\"\",x\r\n" +
		"\r\n" +
		" 3 ,4,y\n"
	var ps report.Problems
	tb := New("f.csv", []byte(data), Options{}, &ps)
	require.NotNil(t, tb)
	assert.Equal(t, []string{"B", "A", "C"}, tb.Header())
	assert.True(t, tb.Require("A", "B"))
	assert.False(t, tb.Has("D"))

	require.True(t, tb.Next())
	assert.Equal(t, 2, tb.Line())
	assert.Equal(t, "two\nlines, \"quoted\"", tb.Get("A"), "CRLF inside quotes reads as LF")
	assert.Equal(t, "", tb.Get("D"))
	line, col := tb.Pos("C")
	assert.Equal(t, [2]int{3, 20}, [2]int{line, col})
	require.True(t, tb.Next())
	assert.Equal(t, 5, tb.Line(), "an empty line is skipped")
	assert.Equal(t, "3", tb.Get("B"), "fields are trimmed")
	assert.False(t, tb.Next())
	assert.False(t, tb.Next())
	assert.Empty(t, problems(t, &ps))
}

func TestBadRecords(t *testing.T) {
	const data = "a,b\n" +
		"1,2\n" +
		"3\n" + // too few fields
		"4,\xff\n" + // not UTF-8
		"5,x\x01y\n" + // a control character
		"6,\"tab\tand\nbreak\"\n" + // allowed
		"7,12345678901234\n" + // longer than the cap
		"8,9,10\n" + // too many
		"9,ok\n" +
		"10,\"bad\"quote\n" + // stops the read
		"11,never\n"
	var ps report.Problems
	tb := New("f.csv", []byte(data), Options{MaxField: 13}, &ps)
	require.NotNil(t, tb)
	assert.Equal(t, []map[string]string{
		{"a": "1", "b": "2"},
		{"a": "6", "b": "tab\tand\nbreak"},
		{"a": "9", "b": "ok"},
	}, rows(tb, "a", "b"))
	assert.Equal(t, []string{
		"f.csv:3: the record has 1 fields, expected 2 (a, b): a row cut short or with an extra field",
		"f.csv:4:3: b: the field is not valid UTF-8 text",
		"f.csv:5:3: b: the field holds the control character U+0001: expected text with no control characters other than tab and line breaks",
		"f.csv:8:3: b: the field is 14 bytes, more than the limit of 13",
		"f.csv:9: the record has 3 fields, expected 2 (a, b): a row cut short or with an extra field",
		`f.csv:11:8: extraneous or missing " in quoted-field: expected RFC 4180 CSV (fields with separators, quotes or line breaks in double quotes, quotes inside them doubled)`,
	}, problems(t, &ps))
}

func TestHeader(t *testing.T) {
	tests := map[string]struct {
		data string
		want []string
	}{
		"empty":      {"", []string{"f.csv:1: the file is empty: expected a header naming the columns"}},
		"only a BOM": {"\ufeff\n\n", []string{"f.csv:1: the file is empty: expected a header naming the columns"}},
		"twice":      {"a,b, a\n", []string{`f.csv:1:5: a: the header names column "a" twice`}},
		"NUL":        {"a,b\x00\n", []string{"f.csv:1:3: the field holds a NUL byte: expected text with no control characters other than tab and line breaks"}},
		"bad quote":  {"a,\"b\n", []string{`f.csv:1:6: extraneous or missing " in quoted-field: expected RFC 4180 CSV (fields with separators, quotes or line breaks in double quotes, quotes inside them doubled)`}},
	}
	for name, tt := range tests {
		t.Run(name, func(t *testing.T) {
			var ps report.Problems
			assert.Nil(t, New("f.csv", []byte(tt.data), Options{}, &ps))
			assert.Equal(t, tt.want, problems(t, &ps))
		})
	}

	var ps report.Problems
	tb := New("f.csv", []byte("a,b\n"), Options{}, &ps)
	require.NotNil(t, tb)
	assert.False(t, tb.Require("a", "c", "d"))
	assert.Equal(t, []string{
		`f.csv:1: c: the header has no column "c": expected the columns a, c, d (in any order)`,
		`f.csv:1: d: the header has no column "d": expected the columns a, c, d (in any order)`,
	}, problems(t, &ps))
	assert.False(t, tb.Next(), "a header alone has no records")
}

func TestUnquoted(t *testing.T) {
	const data = "\ufeffCode\tTitle\r\n" +
		"11\t\"Chief\" Executives\r\n" +
		"\n" +
		"12\tA\tB\n" +
		"13\t\x7f\n" +
		"14\tLast"
	var ps report.Problems
	tb := New("f.txt", []byte(data), Options{Comma: '\t', Unquoted: true}, &ps)
	require.NotNil(t, tb)
	require.True(t, tb.Next())
	assert.Equal(t, "\"Chief\" Executives", tb.Get("Title"), "quotes are text")
	line, col := tb.Pos("Title")
	assert.Equal(t, [2]int{2, 4}, [2]int{line, col})
	require.True(t, tb.Next())
	assert.Equal(t, 6, tb.Line())
	assert.Equal(t, "Last", tb.Get("Title"))
	assert.False(t, tb.Next())
	assert.Equal(t, []string{
		"f.txt:4: the record has 3 fields, expected 2 (Code, Title): a row cut short or with an extra field",
		"f.txt:5:4: Title: the field holds the control character U+007F: expected text with no control characters other than tab and line breaks",
	}, problems(t, &ps))
}

func TestOpen(t *testing.T) {
	fsys := fstest.MapFS{
		"a.csv": {Data: []byte("x\n1\n")},
		"big":   {Data: []byte("x\n1234567890\n")},
		"dir/f": {Data: []byte("x\n")},
	}
	var ps report.Problems
	tb, exists := Open(fsys, "a.csv", Options{}, &ps)
	require.True(t, exists)
	require.NotNil(t, tb)
	assert.Equal(t, "a.csv", tb.Name())
	assert.Equal(t, []map[string]string{{"x": "1"}}, rows(tb, "x"))

	tb, exists = Open(fsys, "none.csv", Options{}, &ps)
	assert.False(t, exists)
	assert.Nil(t, tb)
	assert.Zero(t, ps.Count(), "a missing file is no problem of Open's")

	tb, exists = Open(fsys, "big", Options{MaxSize: 8}, &ps)
	assert.True(t, exists)
	assert.Nil(t, tb)
	tb, exists = Open(fsys, "dir", Options{}, &ps)
	assert.True(t, exists)
	assert.Nil(t, tb)
	assert.Equal(t, []string{
		"big: the file is 13 bytes, more than the limit of 8",
		"dir: is a directory: expected a regular file",
	}, problems(t, &ps))
	assert.ErrorIs(t, ps.Err(), rolemodel.ErrTooLarge)
}

// indexControl finds what strings.IndexFunc with isControl finds, on valid
// UTF-8 text.
func TestIndexControl(t *testing.T) {
	for _, s := range []string{"", "plain", "tab\tand\nbreaks\r", "nul\x00", "esc \x1b[31m", "del\x7f", "é\x01", "日本\x1f語", "\u0085 NEL is C1, not C0", "\u2028", "x\x0b"} {
		assert.Equal(t, strings.IndexFunc(s, isControl), indexControl(s), "%q", s)
	}
}
