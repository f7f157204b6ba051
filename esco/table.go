package esco

import (
	"bufio"
	"encoding/csv"
	"errors"
	"io"
	"io/fs"
	"strings"
	"unicode/utf8"

	"github.com/rolemodel/rolemodel"
	"github.com/rolemodel/rolemodel/internal/report"
)

// errTooLarge is what capReader returns past its limit.
var errTooLarge = errors.New("file too large")

// capReader reads at most limit bytes of r and fails with errTooLarge when r
// holds more.
type capReader struct {
	r    io.Reader // an io.LimitReader of limit+1 bytes
	left int64
}

func (c *capReader) Read(b []byte) (int, error) {
	n, err := c.r.Read(b)
	c.left -= int64(n)
	if c.left < 0 {
		return 0, errTooLarge
	}
	return n, err
}

// table reads one CSV file of an ESCO download record by record, finding
// columns by their header names.
type table struct {
	name  string
	f     fs.File
	r     *csv.Reader
	cols  map[string]int
	ncols int
	p     *report.Problems
	limit int64
	line  int // line of the current record
	done  bool
}

// openTable opens name in fsys. It returns (nil, nil) when the file does not
// exist and required is false. Problems with the file (size, header, missing
// columns) are added to p, and then the table is nil.
func openTable(fsys fs.FS, name string, required bool, limit int64, columns []string, p *report.Problems) *table {
	info, err := fs.Stat(fsys, name)
	if err != nil {
		if errors.Is(err, fs.ErrNotExist) {
			if required {
				p.Add(name, 0, 0, "", rolemodel.ErrEmpty, "the download has no %s: it is the one file an ESCO import needs", name)
			}
			return nil
		}
		p.Add(name, 0, 0, "", rolemodel.ErrSyntax, "cannot read the file: %v", err)
		return nil
	}
	if info.IsDir() {
		p.Add(name, 0, 0, "", rolemodel.ErrSyntax, "is a directory, expected a CSV file")
		return nil
	}
	if info.Size() > limit {
		p.Add(name, 0, 0, "", rolemodel.ErrTooLarge, "the file has %d bytes, more than the limit of %d (MaxFileSize)", info.Size(), limit)
		return nil
	}
	f, err := fsys.Open(name)
	if err != nil {
		p.Add(name, 0, 0, "", rolemodel.ErrSyntax, "cannot open the file: %v", err)
		return nil
	}
	br := bufio.NewReaderSize(&capReader{r: io.LimitReader(f, limit+1), left: limit}, 64<<10)
	// A byte order mark is allowed before the header.
	if b, err := br.Peek(3); err == nil && string(b) == "\uFEFF" {
		_, _ = br.Discard(3)
	}
	r := csv.NewReader(br)
	r.ReuseRecord = true
	t := &table{name: name, f: f, r: r, p: p, limit: limit}
	header, err := r.Read()
	if err != nil {
		if err == io.EOF {
			p.Add(name, 1, 0, "", rolemodel.ErrEmpty, "the file is empty: expected a header row naming the columns %s", strings.Join(columns, ", "))
		} else {
			t.readError(err)
		}
		t.close()
		return nil
	}
	t.ncols = len(header)
	r.FieldsPerRecord = len(header)
	t.cols = make(map[string]int, len(header))
	bad := false
	for i, h := range header {
		if !utf8.ValidString(h) {
			p.Add(name, 1, i+1, "", rolemodel.ErrSyntax, "the header is not valid UTF-8 text")
			bad = true
			break
		}
		h = strings.TrimSpace(h)
		if _, dup := t.cols[h]; dup && h != "" {
			p.Add(name, 1, i+1, h, rolemodel.ErrDuplicate, "the header names column %q twice", h)
			bad = true
			continue
		}
		t.cols[h] = i
	}
	for _, c := range columns {
		if _, ok := t.cols[c]; !ok && !bad {
			p.Add(name, 1, 0, c, rolemodel.ErrInvalidValue, "the header has no column %q: expected the columns %s (in any order)", c, strings.Join(columns, ", "))
			bad = true
		}
	}
	if bad {
		t.close()
		return nil
	}
	return t
}

// col returns the index of a column, or -1 when the header does not name it.
func (t *table) col(name string) int {
	if i, ok := t.cols[name]; ok {
		return i
	}
	return -1
}

// next returns the next record, or nil at the end of the file or after a
// problem that stops the read (which it adds). Its fields are valid UTF-8.
// The slice is reused by the next call.
func (t *table) next() []string {
	if t.done {
		return nil
	}
	rec, err := t.r.Read()
	if err != nil {
		if err != io.EOF {
			t.readError(err)
		}
		t.close()
		return nil
	}
	t.line, _ = t.r.FieldPos(0)
	for i, f := range rec {
		if !utf8.ValidString(f) {
			line, col := t.r.FieldPos(i)
			t.p.Add(t.name, line, col, t.header(i), rolemodel.ErrSyntax, "the field is not valid UTF-8 text")
			t.close()
			return nil
		}
		// The catalog refuses control characters in text; say where.
		if j := strings.IndexFunc(f, func(r rune) bool { return r < 0x20 && r != '\t' && r != '\n' && r != '\r' || r == 0x7f }); j >= 0 {
			line, col := t.r.FieldPos(i)
			t.p.Add(t.name, line, col, t.header(i), rolemodel.ErrSyntax, "the field holds the control character %U: expected text", rune(f[j]))
			t.close()
			return nil
		}
	}
	return rec
}

// header returns the name of column i.
func (t *table) header(i int) string {
	for name, j := range t.cols {
		if j == i {
			return name
		}
	}
	return ""
}

func (t *table) readError(err error) {
	var pe *csv.ParseError
	switch {
	case errors.Is(err, errTooLarge):
		t.p.Add(t.name, 0, 0, "", rolemodel.ErrTooLarge, "the file is larger than the limit of %d bytes (MaxFileSize)", t.limit)
	case errors.As(err, &pe) && errors.Is(pe.Err, csv.ErrFieldCount):
		t.p.Add(t.name, pe.StartLine, 0, "", rolemodel.ErrSyntax, "the record has a different number of fields from the header's %d: a row is cut short or has an extra field", t.ncols)
	case errors.As(err, &pe):
		t.p.Add(t.name, pe.Line, pe.Column, "", rolemodel.ErrSyntax, "%v: expected RFC 4180 CSV (fields with commas, quotes or line breaks in double quotes, quotes inside them doubled)", pe.Err)
	default:
		t.p.Add(t.name, t.line, 0, "", rolemodel.ErrSyntax, "cannot read the file: %v", err)
	}
}

func (t *table) close() {
	if !t.done {
		t.done = true
		_ = t.f.Close()
	}
}
