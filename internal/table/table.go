// Package table reads the delimited text tables importers take in (CSV as
// RFC 4180 defines it, or tab-separated text), finding columns by their
// header names, so that a publisher may reorder or add columns between
// releases. Every CSV or TSV importer reads through it.
//
// A file is untrusted input. Open reads only a regular file, refused before
// it is opened when it is a directory, a named pipe or a device, and
// refused from its size before it is read when larger than its limit
// (internal/limitio). New then drops a leading UTF-8 byte order mark and
// checks the header (not empty, at most MaxColumns columns, no name twice).
// Next checks every record as it reads it: the number of fields against the
// header, valid UTF-8, no control characters other than tab and line breaks
// (a file holding them is not text), and no field longer than the cap. Each
// problem goes to the caller's report.Problems with the file, the line and
// byte column where the record or field starts (1-based, as encoding/csv
// counts them), the column's header name as its path, and what was
// expected. A record with a problem is skipped and reading goes on, so one
// read reports every bad row; a quoting error stops the read, as nothing
// after it can be trusted to be where it seems.
//
// # Memory
//
// A read holds the file's text once (at most Options.MaxSize bytes, read
// into a string without a copy) and one record: its fields are substrings
// of the text, except a quoted field that
// holds doubled quotes or line breaks, which is copied. A record is refused
// as soon as the scanner passes one field more than the header has, before
// any further field is kept, so the memory of a read is bounded by the size
// limit plus a header's width of fields, however the file is written: a
// line of 60 MiB of separators costs a scan of it and no allocation.
//
// # Quoted text
//
// Quoted CSV is read by a scanner of this package rather than by
// encoding/csv, whose Reader builds a whole record before its field count
// can be checked. It reads what encoding/csv's Reader reads with its
// defaults (no comments, no lazy quotes, no leading-space trimming): the
// same records, the same fields, the same positions, and a quoting error
// where the Reader has one (ErrBareQuote, ErrQuote). FuzzQuoted checks
// this against encoding/csv itself.
package table

import (
	"encoding/csv"
	"fmt"
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

// MaxColumns is the most columns a header may name. The widest file an
// importer reads (O*NET's Skills) has 15.
const MaxColumns = 1000

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
	// SizeHint, when not empty, is added to the problem of a file over
	// MaxSize to name the option that sets it ("see MaxFileSize").
	SizeHint string
}

// Table is one file being read record by record. Its methods are not safe
// for concurrent use.
type Table struct {
	name     string
	ps       *report.Problems
	comma    string
	quoted   bool
	header   []string
	cols     map[string]int
	maxField int

	text  string
	next  int // offset of the next line in text
	lineN int // number of the line last read

	rec  []string
	raw  string // the current record's text
	fpos []pos  // where each field of the current record starts
	long []int  // length of a quoted field cut at maxField+1 bytes, by field; 0 when whole
	line int    // line where the current record starts
	done bool

	// For a Scanner: the most fields a record may have (0: MaxColumns).
	scanner   bool
	maxFields int
}

type pos struct{ line, col int }

const bom = "\ufeff"

// Open reads the file name of fsys and its header. exists is false, with
// no problem added, when fsys has no such file (a symbolic link to nothing
// is a problem, not an absent file). Otherwise t is nil when the file cannot
// be read (it is not a regular file, or larger than MaxSize) or its header
// is unusable, and the reason has been added to ps as every loader reports
// it (report.Problems.AddIO).
func Open(fsys fs.FS, name string, o Options, ps *report.Problems) (t *Table, exists bool) {
	if o.MaxSize <= 0 {
		o.MaxSize = rolemodel.MaxFileSize
	}
	text, err := limitio.ReadFileText(fsys, name, o.MaxSize)
	if err != nil {
		if e := limitio.Fail(name, err); e.Absent() {
			return nil, false
		}
		ps.AddIO(name, err, o.SizeHint)
		return nil, true
	}
	return newTable(name, text, o, ps), true
}

// New reads the header of data, the contents of the file name, as Open
// does after reading the file. It returns nil when the header is unusable,
// having added the reason to ps.
func New(name string, data []byte, o Options, ps *report.Problems) *Table {
	return newTable(name, string(data), o, ps)
}

// newTable is New on the text of the file, which the table keeps: its
// fields are substrings of it.
func newTable(name, text string, o Options, ps *report.Problems) *Table {
	if o.Comma == 0 {
		o.Comma = ','
	}
	if o.MaxField <= 0 {
		o.MaxField = DefaultMaxField
	}
	text = strings.TrimPrefix(text, bom)
	t := &Table{name: name, ps: ps, maxField: o.MaxField, comma: string(o.Comma), quoted: !o.Unquoted, text: text}
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

// Fields returns the fields of the current record as the file has them,
// untrimmed, in the header's order. The slice is reused by Next.
func (t *Table) Fields() []string { return t.rec }

// Raw returns the text of the current record as the file has it, from its
// first byte to the end of its last line, without the line ending: a
// substring of the file, so that a caller can compare whole rows without
// building them.
func (t *Table) Raw() string { return t.raw }

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

// limit is the most fields the record being read may have: the header's
// width, or MaxColumns for the header itself.
func (t *Table) limit() int {
	switch {
	case t.header != nil:
		return len(t.header)
	case t.maxFields > 0:
		return t.maxFields
	}
	return MaxColumns
}

// tooMany reports a record with n fields where at most limit are allowed.
func (t *Table) tooMany(line, n int) {
	if t.scanner {
		t.ps.Add(t.name, line, 0, "", rolemodel.ErrSyntax, "the record has %d fields, more than the %d allowed: a field holds an unquoted separator, or the row is misaligned", n, t.limit())
		return
	}
	if t.header == nil {
		t.ps.Add(t.name, line, 0, "", rolemodel.ErrTooLarge, "the header has %d columns, more than the limit of %d", n, MaxColumns)
		return
	}
	t.ps.Add(t.name, line, 0, "", rolemodel.ErrSyntax, "the record has %d fields, expected %d (%s): a row cut short or with an extra field", n, len(t.header), cut(strings.Join(t.header, ", ")))
}

// read reads the next record into t.rec, reporting false at the end of the
// file or on an error that stops the read. A record with more or (after the
// header) fewer fields than allowed is reported and skipped.
func (t *Table) read() bool {
	for !t.done {
		var ok bool
		if t.quoted {
			ok = t.readQuoted()
		} else {
			ok = t.readLine()
		}
		if !ok {
			continue // a record reported and skipped, or the end
		}
		if t.header != nil && len(t.rec) != len(t.header) {
			t.tooMany(t.line, len(t.rec))
			continue
		}
		return true
	}
	return false
}

// nextLine returns the next line of the text without its line ending, and
// whether it had one ("\n" or "\r\n"; at the end of the text a last "\r" is
// dropped, as encoding/csv drops it). ok is false at the end of the text.
func (t *Table) nextLine() (line string, nl, ok bool) {
	if t.next >= len(t.text) {
		return "", false, false
	}
	rest := t.text[t.next:]
	t.lineN++
	end := strings.IndexByte(rest, '\n')
	if end < 0 {
		t.next = len(t.text)
		return strings.TrimSuffix(rest, "\r"), false, true
	}
	t.next += end + 1
	return strings.TrimSuffix(rest[:end], "\r"), true, true
}

// readLine is read for unquoted text: the next non-empty line, split at
// every separator. The separators are counted before the line is split, so
// a line of more fields than allowed costs no allocation.
func (t *Table) readLine() bool {
	for {
		line, _, ok := t.nextLine()
		if !ok {
			t.done = true
			return false
		}
		if line == "" {
			continue
		}
		t.line = t.lineN
		t.raw = line
		if n := strings.Count(line, t.comma) + 1; n > t.limit() {
			t.tooMany(t.line, n)
			return false
		}
		t.rec, t.fpos, t.long = t.rec[:0], t.fpos[:0], t.long[:0]
		off := 0
		for {
			t.fpos = append(t.fpos, pos{t.line, off + 1})
			t.long = append(t.long, 0)
			i := strings.Index(line[off:], t.comma)
			if i < 0 {
				t.rec = append(t.rec, line[off:])
				break
			}
			t.rec = append(t.rec, line[off:off+i])
			off += i + len(t.comma)
		}
		return true
	}
}

// readQuoted reads the next record of RFC 4180 text, as encoding/csv's
// Reader.Read does with its defaults (its readRecord, line by line: empty
// lines skipped, "\r\n" read as "\n", positions in bytes from 1). Past the
// allowed number of fields it keeps scanning to the end of the record,
// counting fields without keeping them, and then reports the record.
func (t *Table) readQuoted() bool {
	var line string
	var nl, ok bool
	start := 0
	for {
		start = t.next
		line, nl, ok = t.nextLine()
		if !ok {
			t.done = true
			return false
		}
		if line != "" {
			break // an empty line, or "\r" at the end of the text, is skipped
		}
	}
	t.line = t.lineN
	t.rec, t.fpos, t.long = t.rec[:0], t.fpos[:0], t.long[:0]
	limit := t.limit()
	n := 0 // fields scanned
	comma := t.comma
	p := pos{t.lineN, 1}
	for {
		if line == "" || line[0] != '"' {
			// An unquoted field, up to the next separator or the end of
			// the line.
			i := strings.Index(line, comma)
			field := line
			if i >= 0 {
				field = line[:i]
			}
			if j := strings.IndexByte(field, '"'); j >= 0 {
				return t.quoteError(p.line, p.col+j, csv.ErrBareQuote)
			}
			t.keep(n, limit, field, p, 0)
			n++
			if i < 0 {
				break
			}
			line = line[i+len(comma):]
			p.col += i + len(comma)
			continue
		}
		// A quoted field: from after its quote to a quote that is not
		// doubled, across lines. It is a substring of the text when it is
		// one piece of one line, and is copied otherwise (doubled quotes,
		// line breaks), up to maxField+1 bytes: only its size counts past
		// that, as it is refused.
		fieldAt := p
		line = line[1:]
		p.col++
		var f quotedField
		f.keep = n < limit
		f.max = t.maxField
		endRecord := false
		for {
			i := strings.IndexByte(line, '"')
			if i < 0 {
				// The field goes on past the end of the line.
				f.add(line)
				p.col += len(line)
				if nl {
					f.add("\n")
					p.col++
				}
				var more bool
				line, nl, more = t.nextLine()
				if !more {
					return t.quoteError(p.line, p.col, csv.ErrQuote) // the text ends inside the quotes
				}
				if line != "" || nl {
					p.line++
					p.col = 1
				}
				continue
			}
			f.add(line[:i])
			line = line[i+1:]
			p.col += i + 1
			if strings.HasPrefix(line, `"`) {
				f.add(`"`) // a doubled quote is one quote
				line = line[1:]
				p.col++
				continue
			}
			if strings.HasPrefix(line, comma) {
				line = line[len(comma):]
				p.col += len(comma)
				break
			}
			if line == "" {
				endRecord = true
				break
			}
			return t.quoteError(p.line, p.col-1, csv.ErrQuote)
		}
		field, long := f.value()
		t.keep(n, limit, field, fieldAt, long)
		n++
		if endRecord {
			break
		}
	}
	if n > limit {
		t.tooMany(t.line, n)
		return false
	}
	t.raw = strings.TrimSuffix(strings.TrimSuffix(t.text[start:t.next], "\n"), "\r")
	return true
}

// keep adds field number n of the record being read, if there is room.
func (t *Table) keep(n, limit int, field string, p pos, long int) {
	if n < limit {
		t.rec = append(t.rec, field)
		t.fpos = append(t.fpos, p)
		t.long = append(t.long, long)
	}
}

// quotedField assembles the text of a quoted field from its pieces.
type quotedField struct {
	keep   bool // the field is kept: assemble it
	max    int  // bytes kept beyond which only the size counts
	first  string
	pieces int
	b      strings.Builder
	size   int
}

func (f *quotedField) add(s string) {
	f.size += len(s)
	if !f.keep {
		return
	}
	switch f.pieces {
	case 0:
		f.first = s
	case 1:
		f.b.WriteString(f.first)
		fallthrough
	default:
		if f.b.Len() <= f.max {
			f.b.WriteString(s)
		}
	}
	f.pieces++
}

// value returns the field's text and, when it was cut, its whole size.
func (f *quotedField) value() (string, int) {
	if f.pieces <= 1 {
		return f.first, 0
	}
	if f.size > f.b.Len() {
		return f.b.String(), f.size
	}
	return f.b.String(), 0
}

// quoteError reports a quoting error at a line and byte column and stops
// the read.
func (t *Table) quoteError(line, col int, err error) bool {
	t.ps.Add(t.name, line, col, "", rolemodel.ErrSyntax, "%v: expected RFC 4180 CSV (fields with separators, quotes or line breaks in double quotes, quotes inside them doubled)", err)
	t.done = true
	return false
}

// check reports whether every field of the current record is text the
// catalog accepts, adding a problem for the first that is not.
func (t *Table) check() bool {
	if !t.checkSize() {
		return false
	}
	for i, f := range t.rec {
		if !utf8.ValidString(f) {
			line, col := t.pos(i)
			t.ps.Add(t.name, line, col, t.col(i), rolemodel.ErrSyntax, "the field is not valid UTF-8 text")
			return false
		}
		if j := indexControl(f); j >= 0 {
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

// checkSize reports whether every field of the current record is at most
// the cap, adding a problem for the first that is not.
func (t *Table) checkSize() bool {
	for i, f := range t.rec {
		if n := max(len(f), t.long[i]); n > t.maxField {
			line, col := t.pos(i)
			t.ps.Add(t.name, line, col, t.col(i), rolemodel.ErrTooLarge, "the field is %d bytes, more than the limit of %d", n, t.maxField)
			return false
		}
	}
	return true
}

// Scanner reads the records of delimited text one by one without a
// header: the scanner a Table reads with, for a reader that finds its
// header itself (package bls looks for it below a workbook's title rows).
// Memory is bounded as for a Table: a record of more fields than the limit
// (SetLimit; MaxColumns until set) is refused while it is scanned, reported
// and skipped. A field longer than Options.MaxField is refused too. The
// caller checks the rest (the width of a record against its header,
// UTF-8, control characters), in its own words.
type Scanner struct{ t *Table }

// NewScanner starts reading data, the contents of the file name, after a
// leading byte order mark.
func NewScanner(name string, data []byte, o Options, ps *report.Problems) *Scanner {
	if o.Comma == 0 {
		o.Comma = ','
	}
	if o.MaxField <= 0 {
		o.MaxField = DefaultMaxField
	}
	text := strings.TrimPrefix(string(data), bom)
	return &Scanner{&Table{name: name, ps: ps, maxField: o.MaxField, comma: string(o.Comma), quoted: !o.Unquoted, text: text, scanner: true}}
}

// SetLimit sets the most fields a record may have: the width of the header,
// once the caller has found it. n <= 0 means MaxColumns.
func (s *Scanner) SetLimit(n int) { s.t.maxFields = n }

// Next returns the fields of the next record (a slice reused by the next
// call), or false at the end of the text or after a problem that stops the
// read.
func (s *Scanner) Next() ([]string, bool) {
	for s.t.read() {
		if s.t.checkSize() {
			return s.t.rec, true
		}
	}
	return nil, false
}

// Pos returns the line and byte column where field i of the current record
// starts.
func (s *Scanner) Pos(i int) (line, column int) { return s.t.pos(i) }

// Line returns the line where the current record starts.
func (s *Scanner) Line() int { return s.t.line }

func isControl(r rune) bool { return r < 0x20 && r != '\t' && r != '\n' && r != '\r' || r == 0x7f }

// indexControl is strings.IndexFunc(s, isControl) for valid UTF-8 s, byte
// by byte: every control character isControl accepts is ASCII, and in
// UTF-8 no byte of a longer sequence is below 0x80, so the bytes find
// exactly the runes. It is several times faster on the megabytes a
// release holds.
func indexControl(s string) int {
	for i := range len(s) {
		if isControl(rune(s[i])) {
			return i
		}
	}
	return -1
}

// pos returns where field i of the current record starts.
func (t *Table) pos(i int) (line, column int) {
	if i < len(t.fpos) {
		return t.fpos[i].line, t.fpos[i].col
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
