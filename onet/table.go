package onet

import (
	"bytes"
	"errors"
	"fmt"
	"io/fs"
	"strings"
	"unicode/utf8"

	"github.com/rolemodel/rolemodel"
	"github.com/rolemodel/rolemodel/internal/limitio"
	"github.com/rolemodel/rolemodel/internal/report"
)

// table is one tab-separated O*NET file held in memory, read row by row.
// Fields are substrings of the file's text, so reading allocates per row
// only the slice of fields.
type table struct {
	file   string
	text   string
	header []string
	cols   map[string]int
	next   int // offset of the next line in text
	line   int // 1-based number of the line last read
	row    string
	fields []string
}

// readFile reads name from fsys, refusing a file larger than limit before
// reading it whole. It reports ok=false, with no problem, when the file does
// not exist.
func readFile(fsys fs.FS, name string, limit int64, ps *report.Problems) (data []byte, ok bool) {
	f, err := fsys.Open(name)
	if errors.Is(err, fs.ErrNotExist) {
		return nil, false
	}
	if err != nil {
		ps.Add(name, 0, 0, "", rolemodel.ErrSyntax, "cannot open: %v", err)
		return nil, false
	}
	defer f.Close()
	data, size, err := limitio.ReadAll(f, limit)
	switch {
	case errors.Is(err, limitio.ErrTooLarge) && size >= 0:
		ps.Add(name, 0, 0, "", rolemodel.ErrTooLarge, "the file is %d bytes, more than the limit of %d (see MaxFileSize)", size, limit)
		return nil, false
	case errors.Is(err, limitio.ErrTooLarge):
		ps.Add(name, 0, 0, "", rolemodel.ErrTooLarge, "the file is more than the limit of %d bytes (see MaxFileSize)", limit)
		return nil, false
	case err != nil:
		ps.Add(name, 0, 0, "", rolemodel.ErrSyntax, "cannot read: %v", err)
		return nil, false
	}
	return data, true
}

var bom = []byte("\ufeff")

// newTable checks the header of an O*NET file and that it holds every
// required column. Columns are found by name: releases differ in which
// columns they have and in what order.
func newTable(file string, data []byte, required []string, ps *report.Problems) (*table, bool) {
	data = bytes.TrimPrefix(data, bom)
	t := &table{file: file, text: string(data)}
	if !t.scan(ps) {
		if t.line == 0 {
			ps.Add(file, 1, 0, "", rolemodel.ErrEmpty, "the file is empty: expected a header line naming the columns %q", required)
		}
		return nil, false
	}
	t.header = t.fields
	t.fields = nil
	t.cols = make(map[string]int, len(t.header))
	for i, h := range t.header {
		h = strings.TrimSpace(h)
		if _, dup := t.cols[h]; dup {
			ps.Add(file, 1, 0, h, rolemodel.ErrDuplicate, "column %q appears twice in the header", h)
			return nil, false
		}
		t.cols[h] = i
	}
	ok := true
	for _, c := range required {
		if _, found := t.cols[c]; !found {
			ps.Add(file, 1, 0, c, rolemodel.ErrInvalidValue, "the header lacks the required column %q (it has %q)", c, t.header)
			ok = false
		}
	}
	return t, ok
}

// scan reads the next non-empty line into t.fields. It reports false at the
// end of the file or on a line that is not valid text, which it records as a
// problem.
func (t *table) scan(ps *report.Problems) bool {
	for t.next < len(t.text) {
		end := strings.IndexByte(t.text[t.next:], '\n')
		var line string
		if end < 0 {
			line = t.text[t.next:]
			t.next = len(t.text)
		} else {
			line = t.text[t.next : t.next+end]
			t.next += end + 1
		}
		t.line++
		line = strings.TrimSuffix(line, "\r") // CRLF, LF, or a mix of both
		if line == "" {
			continue
		}
		if !utf8.ValidString(line) {
			ps.Add(t.file, t.line, 0, "", rolemodel.ErrSyntax, "the line is not valid UTF-8 text")
			return false
		}
		// Tabs separate the fields; the catalog refuses other control
		// characters in text, so say here where they are.
		if i := strings.IndexFunc(line, func(r rune) bool { return r < 0x20 && r != '\t' || r == 0x7f }); i >= 0 {
			what := fmt.Sprintf("the control character %U", rune(line[i]))
			if line[i] == 0 {
				what = "a NUL byte"
			}
			ps.Add(t.file, t.line, 0, "", rolemodel.ErrSyntax, "the line holds %s: expected tab-separated text", what)
			return false
		}
		t.row = line
		t.fields = splitTabs(t.fields[:0], line)
		if t.header != nil && len(t.fields) != len(t.header) {
			ps.Add(t.file, t.line, 0, "", rolemodel.ErrSyntax, "the row has %d fields, expected %d (%s): a truncated or malformed row", len(t.fields), len(t.header), strings.Join(t.header, ", "))
			return false
		}
		return true
	}
	return false
}

func splitTabs(dst []string, line string) []string {
	for {
		i := strings.IndexByte(line, '\t')
		if i < 0 {
			return append(dst, line)
		}
		dst = append(dst, line[:i])
		line = line[i+1:]
	}
}

// get returns the field in the named column of the current row, or "" when
// the file has no such column.
func (t *table) get(col string) string {
	i, ok := t.cols[col]
	if !ok {
		return ""
	}
	return strings.TrimSpace(t.fields[i])
}

// column returns the 1-based byte column at which the named field of the
// current row starts, or 0 for "" or a column the file lacks.
func (t *table) column(col string) int {
	i, ok := t.cols[col]
	if !ok || col == "" || i >= len(t.fields) {
		return 0
	}
	c := 1
	for _, f := range t.fields[:i] {
		c += len(f) + 1
	}
	return c
}

// has reports whether the file has the named column.
func (t *table) has(col string) bool {
	_, ok := t.cols[col]
	return ok
}
