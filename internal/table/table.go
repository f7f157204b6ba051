// Package table reads the delimited text tables importers take in (CSV as
// RFC 4180 defines it, or tab-separated text), finding columns by their
// header names, so that a publisher may reorder or add columns between
// releases.
//
// A file is untrusted input. Open refuses a file larger than its limit
// before reading it (internal/limitio), drops a leading UTF-8 byte order
// mark, and checks the header (not empty, no name twice). Next then checks
// every record as it reads it: the number of fields against the header,
// valid UTF-8, no control characters other than tab and line breaks (which
// the catalog refuses in text), and no field longer than the cap. Each
// problem goes to the caller's report.Problems with the file, the line and
// byte column where the record or field starts (1-based, as encoding/csv
// counts them), the column's header name as its path, and what was
// expected. A record with a problem is skipped and reading goes on, so one
// read reports every bad row; a quoting error stops the read, as nothing
// after it can be trusted to be where it seems.
package table

import (
	"bytes"
	"encoding/csv"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"strings"
	"unicode/utf8"

	"github.com/rolemodel/rolemodel"
	"github.com/rolemodel/rolemodel/internal/limitio"
	"github.com/rolemodel/rolemodel/internal/report"
)

// DefaultMaxField is the longest field Next accepts unless Options.MaxField
// says otherwise: 64 KiB, far more than any text a catalog keeps.
const DefaultMaxField = 64 << 10

// Options say how a file is laid out and how much of it to accept.
type Options struct {
	// Comma separates fields: ',' (the zero value means ',') or '\t'.
	Comma rune
	// Unquoted reads every line as one record split at every Comma, with
	// no quoting, as O*NET's tab-separated release is written; a field
	// then cannot hold a line break. By default fields may be quoted as
	// RFC 4180 says, holding separators, line breaks and doubled quotes.
	Unquoted bool
	// MaxSize is the largest file read, in bytes; 0 means
	// rolemodel.MaxFileSize.
	MaxSize int64
	// MaxField is the longest field accepted, in bytes; 0 means
	// DefaultMaxField.
	MaxField int
}

// Table is one file being read record by record. Its methods are not safe
// for concurrent use.
type Table struct {
	name     string
	ps       *report.Problems
	comma    string
	header   []string
	cols     map[string]int
	maxField int

	// Quoted reading.
	r *csv.Reader
	// Unquoted reading.
	text  string
	next  int   // offset of the next line in text
	lineN int   // number of the line last read
	offs  []int // byte offset of each field of the current record in its line

	rec  []string
	line int // line where the current record starts
	done bool
}

var bom = []byte("\ufeff")

// Open reads the file name of fsys and its header. exists is false, with
// no problem added, when fsys has no such file. Otherwise t is nil when the
// file cannot be read or its header is unusable, and the reason has been
// added to ps.
func Open(fsys fs.FS, name string, o Options, ps *report.Problems) (t *Table, exists bool) {
	if o.Comma == 0 {
		o.Comma = ','
	}
	if o.MaxSize <= 0 {
		o.MaxSize = rolemodel.MaxFileSize
	}
	if o.MaxField <= 0 {
		o.MaxField = DefaultMaxField
	}
	f, err := fsys.Open(name)
	if errors.Is(err, fs.ErrNotExist) {
		return nil, false
	}
	if err != nil {
		ps.Add(name, 0, 0, "", rolemodel.ErrSyntax, "cannot open the file: %v", err)
		return nil, true
	}
	defer f.Close()
	if st, err := f.Stat(); err == nil && st.IsDir() {
		ps.Add(name, 0, 0, "", rolemodel.ErrSyntax, "is a directory: expected a file")
		return nil, true
	}
	data, size, err := limitio.ReadAll(f, o.MaxSize)
	switch {
	case errors.Is(err, limitio.ErrTooLarge) && size >= 0:
		ps.Add(name, 0, 0, "", rolemodel.ErrTooLarge, "the file is %d bytes, more than the limit of %d", size, o.MaxSize)
		return nil, true
	case errors.Is(err, limitio.ErrTooLarge):
		ps.Add(name, 0, 0, "", rolemodel.ErrTooLarge, "the file is more than the limit of %d bytes", o.MaxSize)
		return nil, true
	case err != nil:
		ps.Add(name, 0, 0, "", rolemodel.ErrSyntax, "cannot read the file: %v", err)
		return nil, true
	}
	return New(name, data, o, ps), true
}

// New reads the header of data, the contents of the file name, as Open
// does after reading the file. It returns nil when the header is unusable,
// having added the reason to ps.
func New(name string, data []byte, o Options, ps *report.Problems) *Table {
	if o.Comma == 0 {
		o.Comma = ','
	}
	if o.MaxField <= 0 {
		o.MaxField = DefaultMaxField
	}
	data = bytes.TrimPrefix(data, bom)
	t := &Table{name: name, ps: ps, maxField: o.MaxField, comma: string(o.Comma)}
	if o.Unquoted {
		t.text = string(data)
	} else {
		t.r = csv.NewReader(bytes.NewReader(data))
		t.r.Comma = o.Comma
		t.r.ReuseRecord = true
	}
	before := ps.Count()
	if !t.read() {
		if ps.Count() == before {
			ps.Add(name, 1, 0, "", rolemodel.ErrEmpty, "the file is empty: expected a header naming the columns")
		}
		return nil
	}
	if !t.check() {
		return nil
	}
	t.header = make([]string, len(t.rec))
	t.cols = make(map[string]int, len(t.rec))
	ok := true
	for i, h := range t.rec {
		h = strings.TrimSpace(h)
		t.header[i] = h
		if _, dup := t.cols[h]; dup && h != "" {
			line, col := t.pos(i)
			ps.Add(name, line, col, h, rolemodel.ErrDuplicate, "the header names column %q twice", cut(h))
			ok = false
			continue
		}
		t.cols[h] = i
	}
	if !ok {
		return nil
	}
	if t.r != nil {
		t.r.FieldsPerRecord = len(t.header)
	}
	return t
}

// Name returns the file's name, as problems give it.
func (t *Table) Name() string { return t.name }

// Header returns the column names of the header, trimmed of spaces.
func (t *Table) Header() []string { return t.header }

// Has reports whether the header names the column.
func (t *Table) Has(col string) bool { _, ok := t.cols[col]; return ok }

// Require adds a problem for each of cols the header does not name, and
// reports whether it names them all.
func (t *Table) Require(cols ...string) bool {
	ok := true
	for _, c := range cols {
		if !t.Has(c) {
			t.ps.Add(t.name, 1, 0, c, rolemodel.ErrInvalidValue, "the header has no column %q: expected the columns %s (in any order)", c, strings.Join(cols, ", "))
			ok = false
		}
	}
	return ok
}

// Next reads the next record and reports whether there is one. It skips a
// record with a problem, having added the problem, and returns false at the
// end of the file or after a problem that stops the read.
func (t *Table) Next() bool {
	for t.read() {
		if t.check() {
			return true
		}
	}
	return false
}

// Line returns the line where the current record starts.
func (t *Table) Line() int { return t.line }

// Get returns the named field of the current record with leading and
// trailing white space removed, or "" when the header has no such column.
func (t *Table) Get(col string) string {
	i, ok := t.cols[col]
	if !ok {
		return ""
	}
	return strings.TrimSpace(t.rec[i])
}

// Pos returns the line and byte column where the named field of the current
// record starts, or the record's line and 0 for a column the header lacks.
func (t *Table) Pos(col string) (line, column int) {
	i, ok := t.cols[col]
	if !ok {
		return t.line, 0
	}
	return t.pos(i)
}

// Problem adds a problem with the current record: at the named field, or
// at the record as a whole when col is "".
func (t *Table) Problem(col string, kind error, format string, args ...any) {
	line, column := t.Pos(col)
	t.ps.Add(t.name, line, column, col, kind, format, args...)
}

// read reads the next record into t.rec, reporting false at the end of the
// file or on an error that stops the read.
func (t *Table) read() bool {
	if t.done {
		return false
	}
	if t.r == nil {
		return t.readLine()
	}
	for {
		rec, err := t.r.Read()
		var pe *csv.ParseError
		switch {
		case err == io.EOF:
			t.done = true
			return false
		case errors.As(err, &pe) && errors.Is(pe.Err, csv.ErrFieldCount):
			// The reader has read the whole record; go on with the next.
			t.ps.Add(t.name, pe.StartLine, 0, "", rolemodel.ErrSyntax, "the record has %d fields, expected %d (%s): a row cut short or with an extra field", len(rec), len(t.header), cut(strings.Join(t.header, ", ")))
			continue
		case errors.As(err, &pe):
			t.ps.Add(t.name, pe.Line, pe.Column, "", rolemodel.ErrSyntax, "%v: expected RFC 4180 CSV (fields with separators, quotes or line breaks in double quotes, quotes inside them doubled)", pe.Err)
			t.done = true
			return false
		case err != nil:
			t.ps.Add(t.name, t.line, 0, "", rolemodel.ErrSyntax, "cannot read the file: %v", err)
			t.done = true
			return false
		}
		t.rec = rec
		t.line, _ = t.r.FieldPos(0)
		return true
	}
}

// readLine is read for unquoted text: the next non-empty line, split at
// every separator.
func (t *Table) readLine() bool {
	for t.next < len(t.text) {
		end := strings.IndexByte(t.text[t.next:], '\n')
		var line string
		if end < 0 {
			line, t.next = t.text[t.next:], len(t.text)
		} else {
			line, t.next = t.text[t.next:t.next+end], t.next+end+1
		}
		t.lineN++
		line = strings.TrimSuffix(line, "\r") // CRLF, LF, or a mix of both
		if line == "" {
			continue
		}
		t.line = t.lineN
		t.rec, t.offs = t.rec[:0], t.offs[:0]
		off := 0
		for {
			t.offs = append(t.offs, off)
			i := strings.Index(line[off:], t.comma)
			if i < 0 {
				t.rec = append(t.rec, line[off:])
				break
			}
			t.rec = append(t.rec, line[off:off+i])
			off += i + len(t.comma)
		}
		if t.header != nil && len(t.rec) != len(t.header) {
			t.ps.Add(t.name, t.line, 0, "", rolemodel.ErrSyntax, "the record has %d fields, expected %d (%s): a row cut short or with an extra field", len(t.rec), len(t.header), cut(strings.Join(t.header, ", ")))
			continue
		}
		return true
	}
	t.done = true
	return false
}

// check reports whether every field of the current record is text the
// catalog accepts, adding a problem for the first that is not.
func (t *Table) check() bool {
	for i, f := range t.rec {
		if len(f) > t.maxField {
			line, col := t.pos(i)
			t.ps.Add(t.name, line, col, t.col(i), rolemodel.ErrTooLarge, "the field is %d bytes, more than the limit of %d", len(f), t.maxField)
			return false
		}
		if !utf8.ValidString(f) {
			line, col := t.pos(i)
			t.ps.Add(t.name, line, col, t.col(i), rolemodel.ErrSyntax, "the field is not valid UTF-8 text")
			return false
		}
		if j := strings.IndexFunc(f, isControl); j >= 0 {
			line, col := t.pos(i)
			what := fmt.Sprintf("the control character %U", rune(f[j]))
			if f[j] == 0 {
				what = "a NUL byte"
			}
			t.ps.Add(t.name, line, col, t.col(i), rolemodel.ErrSyntax, "the field holds %s: expected text with no control characters other than tab and line breaks", what)
			return false
		}
	}
	return true
}

func isControl(r rune) bool { return r < 0x20 && r != '\t' && r != '\n' && r != '\r' || r == 0x7f }

// pos returns where field i of the current record starts.
func (t *Table) pos(i int) (line, column int) {
	if t.r != nil {
		return t.r.FieldPos(i)
	}
	if i < len(t.offs) {
		return t.line, t.offs[i] + 1
	}
	return t.line, 0
}

// col returns the header name of column i, or "" for a column past the
// header or the header itself.
func (t *Table) col(i int) string {
	if i < len(t.header) {
		return t.header[i]
	}
	return ""
}

// cut bounds text echoed in a message.
func cut(s string) string {
	const n = 200
	if len(s) <= n {
		return s
	}
	i := n
	for i > 0 && !utf8.RuneStart(s[i]) {
		i--
	}
	return s[:i] + "…"
}
