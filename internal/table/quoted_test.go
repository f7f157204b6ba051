package table

import (
	"bytes"
	"encoding/csv"
	"errors"
	"fmt"
	"io"
	"runtime"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/rolemodel/rolemodel"
	"github.com/rolemodel/rolemodel/internal/report"
)

// record is one record as a reader gives it: its fields and where each
// starts.
type record struct {
	fields []string
	pos    []pos
}

// stdRecords reads data with encoding/csv's Reader and its defaults, every
// record whatever its width, up to the first error, which it returns as
// "line:col: message".
func stdRecords(data []byte, comma rune) ([]record, string) {
	r := csv.NewReader(bytes.NewReader(data))
	r.Comma = comma
	r.FieldsPerRecord = -1
	var out []record
	for {
		rec, err := r.Read()
		if err == io.EOF {
			return out, ""
		}
		if err != nil {
			var pe *csv.ParseError
			if errors.As(err, &pe) {
				return out, fmt.Sprintf("%d:%d: %v", pe.Line, pe.Column, pe.Err)
			}
			return out, err.Error()
		}
		rc := record{fields: rec}
		for i := range rec {
			l, c := r.FieldPos(i)
			rc.pos = append(rc.pos, pos{l, c})
		}
		out = append(out, rc)
	}
}

// ourRecords reads data with the scanner of this package, every record of
// at most MaxColumns fields, up to the first error, given as stdRecords
// gives it.
func ourRecords(data []byte, comma rune) ([]record, string) {
	var ps report.Problems
	t := &Table{name: "f", ps: &ps, comma: string(comma), quoted: true, text: string(data), maxField: len(data) + 1}
	var out []record
	for t.read() {
		out = append(out, record{fields: append([]string(nil), t.rec...), pos: append([]pos(nil), t.fpos...)})
	}
	if err := ps.Err(); err != nil {
		p := err.(*rolemodel.ValidationError).Problems[0]
		msg, _, _ := strings.Cut(p.Message, ": expected RFC 4180")
		return out, fmt.Sprintf("%d:%d: %s", p.Line, p.Column, msg)
	}
	return out, ""
}

// FuzzQuoted checks the quoted-CSV scanner against encoding/csv: the same
// records, fields and field positions, and the same first quoting error at
// the same line and column.
func FuzzQuoted(f *testing.F) {
	for _, s := range []string{
		"a,b\n1,2\n", "a,\"b\"\"c\"\r\n\"x\ny\",z", "\"unterminated", "a\"b,c\n", "\"a\"b\n",
		"\r\n\r\n", "a,b\r", "a,b\r\r\n", "\"\"\n\"\",\"\"\n", "a,\n,b\n,\n", "\"a\",\n", "\"a\r\nb\"\r\n",
		"\"a\n\n", "\"a\n\nb\"", "x\n\"\"\"\"\n", "a\tb\t\"c\td\"\n", "\xef\xbb\xbfa,b\n", "\"\xff\",\x00\n",
	} {
		f.Add([]byte(s), false)
	}
	f.Add([]byte("a\tb\t\"c\td\"\n\"x\"\"y\"\t\n"), true)
	f.Fuzz(func(t *testing.T, data []byte, tab bool) {
		comma := ','
		if tab {
			comma = '\t'
		}
		want, wantErr := stdRecords(data, comma)
		for _, r := range want {
			if len(r.fields) > MaxColumns {
				t.Skip("wider than a header may be")
			}
		}
		got, gotErr := ourRecords(data, comma)
		require.Equal(t, want, got, "records of %q", data)
		require.Equal(t, wantErr, gotErr, "error of %q", data)
	})
}

// A record with more fields than the header is refused while it is
// scanned: a line of 8 MiB of separators (issue 14.4, there 60 MiB, which
// allocated 10 GB in esco and 6 GB in onet) costs no allocation beyond the
// text, in quoted CSV and in unquoted TSV, and the next record is read.
func TestWideRecordRefusedWhileScanning(t *testing.T) {
	const n = 8 << 20
	for _, tt := range []struct {
		name string
		o    Options
		data string
	}{
		{"quoted CSV", Options{}, "a,b\n" + strings.Repeat(",", n) + "\n1,2\n"},
		{"quoted CSV in quotes", Options{}, "a,b\n" + strings.Repeat(`"",`, n/3) + "\n1,2\n"},
		{"unquoted TSV", Options{Comma: '\t', Unquoted: true}, "a\tb\n" + strings.Repeat("\t", n) + "\n1\t2\n"},
	} {
		t.Run(tt.name, func(t *testing.T) {
			var ps report.Problems
			var before, after runtime.MemStats
			runtime.GC()
			runtime.ReadMemStats(&before)
			tb := New("f", []byte(tt.data), tt.o, &ps)
			require.NotNil(t, tb)
			got := rows(tb, "a", "b")
			runtime.ReadMemStats(&after)
			assert.Equal(t, []map[string]string{{"a": "1", "b": "2"}}, got)
			allocated := after.TotalAlloc - before.TotalAlloc
			assert.Less(t, allocated, uint64(2*len(tt.data)+1<<20), "the text, its copy as a string, and little else")
			require.Equal(t, 1, ps.Count())
			p := ps.Err().(*rolemodel.ValidationError).Problems[0]
			assert.Equal(t, 2, p.Line)
			assert.Contains(t, p.Message, "fields, expected 2 (a, b)")
		})
	}
}

// A header wider than MaxColumns is refused the same way.
func TestWideHeader(t *testing.T) {
	for _, o := range []Options{{}, {Comma: '\t', Unquoted: true}} {
		var ps report.Problems
		data := strings.Repeat(string(cmpOr(o.Comma, ',')), 4<<20) + "\n"
		assert.Nil(t, New("f", []byte(data), o, &ps))
		require.Equal(t, 1, ps.Count())
		assert.Equal(t, fmt.Sprintf("f:1: the header has %d columns, more than the limit of 1000", 4<<20+1), ps.Err().(*rolemodel.ValidationError).Problems[0].String())
		assert.ErrorIs(t, ps.Err(), rolemodel.ErrTooLarge)
	}
}

func cmpOr(r, def rune) rune {
	if r == 0 {
		return def
	}
	return r
}

// A quoted field longer than the cap is refused without being copied
// whole.
func TestLongQuotedField(t *testing.T) {
	var ps report.Problems
	data := "a,b\n1,\"" + strings.Repeat("x\"\"", 1<<20) + "\"\n2,ok\n"
	tb := New("f", []byte(data), Options{MaxField: 100}, &ps)
	require.NotNil(t, tb)
	assert.Equal(t, []map[string]string{{"a": "2", "b": "ok"}}, rows(tb, "a", "b"))
	assert.Equal(t, []string{fmt.Sprintf("f:2:3: b: the field is %d bytes, more than the limit of 100", 2<<20)}, problems(t, &ps))
}

// Raw gives the record as the file has it.
func TestRaw(t *testing.T) {
	var ps report.Problems
	tb := New("f", []byte("a,b\r\n1,\"x\r\ny\"\r\n\r\n2,3"), Options{}, &ps)
	require.NotNil(t, tb)
	require.True(t, tb.Next())
	assert.Equal(t, "1,\"x\r\ny\"", tb.Raw())
	require.True(t, tb.Next())
	assert.Equal(t, "2,3", tb.Raw())
	tb = New("f", []byte("a\tb\n1\t2\r\n"), Options{Comma: '\t', Unquoted: true}, &ps)
	require.True(t, tb.Next())
	assert.Equal(t, "1\t2", tb.Raw())
	assert.Zero(t, ps.Count())
}
