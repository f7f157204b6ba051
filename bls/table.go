package bls

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"strings"
	"unicode/utf8"

	"github.com/xuri/excelize/v2"

	"github.com/rolemodel/rolemodel"
	"github.com/rolemodel/rolemodel/internal/limitio"
	"github.com/rolemodel/rolemodel/internal/problem"
	"github.com/rolemodel/rolemodel/internal/report"
	"github.com/rolemodel/rolemodel/internal/table"
	"github.com/rolemodel/rolemodel/internal/valid"
)

// DefaultMaxFileSize is the largest file LoadWages, LoadProjections and
// their Read forms accept unless MaxFileSize says otherwise: 64 MiB, the
// catalog loader's limit (rolemodel.DefaultMaxFileSize), more than a
// hundred times the 2024 files.
const DefaultMaxFileSize = rolemodel.DefaultMaxFileSize

// unzipFactor bounds what a workbook may expand to when unzipped, as a
// multiple of the file size limit, so that a small hostile archive cannot
// take the memory of a large one. The 2024 workbooks expand eightfold.
const unzipFactor = 16

// Option changes how a file is read.
type Option func(*config)

type config struct {
	maxSize int64
}

func newConfig(opts []Option) config {
	c := config{maxSize: DefaultMaxFileSize}
	for _, o := range opts {
		if o != nil {
			o(&c)
		}
	}
	if c.maxSize <= 0 {
		c.maxSize = DefaultMaxFileSize
	}
	return c
}

// MaxFileSize sets the largest file read, in bytes; a larger file is
// refused with a problem of kind rolemodel.ErrTooLarge before it is read
// whole, and a workbook may not unzip to more than 16 times it. The
// default, and the value for n <= 0, is DefaultMaxFileSize.
func MaxFileSize(n int64) Option {
	return func(c *config) { c.maxSize = n }
}

// maxHeaderRow is how far down a sheet the header row is looked for: BLS
// workbooks put a title row or two above it.
const maxHeaderRow = 20

// zipMagic starts every .xlsx file (a ZIP archive).
var zipMagic = []byte("PK\x03\x04")

// grid is one sheet read row by row: a CSV file or a worksheet of a
// workbook.
type grid interface {
	// next returns the cells of the next row, or false at the end or after
	// a problem (which it records). The slice is reused by the next call.
	next() ([]string, bool)
	// pos returns the 1-based line (row) and column of cell i of the row
	// last returned.
	pos(i int) (line, col int)
	close()
}

// sheet reads one grid by header name.
type sheet struct {
	file   string
	g      grid
	ps     *report.Problems
	header []string
	cells  []string
	// stored says that cells hold numbers as a workbook stores them
	// ("67920.0", "1.5418738E8") rather than as the sheet shows them.
	stored bool
	// preamble holds the first cell of each non-empty row above the
	// header: a workbook's title rows.
	preamble []string
}

// readInput reads all of r under the size limit and says whether it is a
// workbook. It records a problem and returns false when it cannot.
func readInput(r io.Reader, file string, limit int64, ps *report.Problems) (data []byte, xlsx, ok bool) {
	if r == nil {
		ps.Add(file, 0, 0, "", rolemodel.ErrEmpty, "no input given")
		return nil, false, false
	}
	data, size, err := limitio.ReadAll(r, limit)
	switch {
	case errors.Is(err, limitio.ErrTooLarge) && size >= 0:
		ps.Add(file, 0, 0, "", rolemodel.ErrTooLarge, "the file is %d bytes, more than the limit of %d (MaxFileSize)", size, limit)
		return nil, false, false
	case errors.Is(err, limitio.ErrTooLarge):
		ps.Add(file, 0, 0, "", rolemodel.ErrTooLarge, "the file is more than the limit of %d bytes (MaxFileSize)", limit)
		return nil, false, false
	case err != nil:
		ps.AddIO(file, err, "")
		return nil, false, false
	}
	return checkInput(data, file, ps)
}

// readFile reads the regular file at path under the size limit, as every
// loader reads one (internal/limitio: a named pipe or a directory is
// refused from its mode, a missing file is ErrUnreadable), and says whether
// it is a workbook.
func readFile(path string, limit int64, ps *report.Problems) (data []byte, xlsx, ok bool) {
	data, err := limitio.ReadOSFile(path, limit)
	if err != nil {
		ps.AddIO(path, err, "MaxFileSize")
		return nil, false, false
	}
	return checkInput(data, path, ps)
}

// checkInput refuses an empty input and says whether data is a workbook.
func checkInput(data []byte, file string, ps *report.Problems) ([]byte, bool, bool) {
	switch {
	case len(data) == 0:
		ps.Add(file, 0, 0, "", rolemodel.ErrEmpty, "the file is empty: expected a workbook (.xlsx) or CSV text with a header row")
		return nil, false, false
	}
	return data, bytes.HasPrefix(data, zipMagic), true
}

// csvGrid reads RFC 4180 CSV text in UTF-8, with or without a byte order
// mark, with CRLF or LF line endings, through the scanner every CSV
// importer shares (internal/table): a row wider than the header (or, before
// the header is found, than table.MaxColumns) is refused while it is
// scanned, so that a row of millions of commas costs no memory.
type csvGrid struct {
	s    *table.Scanner
	done bool
}

func newCSVGrid(file string, data []byte, ps *report.Problems) *csvGrid {
	return &csvGrid{s: table.NewScanner(file, data, table.Options{}, ps)}
}

func (g *csvGrid) next() ([]string, bool) {
	if g.done {
		return nil, false
	}
	rec, ok := g.s.Next()
	if !ok {
		g.done = true
	}
	return rec, ok
}

func (g *csvGrid) pos(i int) (int, int) { return g.s.Pos(i) }

func (g *csvGrid) close() { g.done = true }

// xlsxGrid reads one worksheet of a workbook, with cell values as the
// workbook stores them ("171200.0" where the sheet shows "171,200"):
// applying each cell's number format would double the cost of reading the
// sheet, and the stored value is the one the format shows, rounded.
type xlsxGrid struct {
	file  string
	rows  *excelize.Rows
	ps    *report.Problems
	row   int
	cells []string
	done  bool
}

// openWorkbook opens the workbook in data. It records a problem and returns
// nil when it cannot.
func openWorkbook(file string, data []byte, limit int64, ps *report.Problems) (f *excelize.File) {
	defer func() {
		// excelize is not ours to vouch for on hostile input; a panic in it
		// is a file that cannot be read, not a crash of the caller.
		if v := recover(); v != nil {
			ps.Add(file, 0, 0, "", rolemodel.ErrSyntax, "the workbook cannot be read: %s", bounded(fmt.Sprint(v)))
			f = nil
		}
	}()
	f, err := excelize.OpenReader(bytes.NewReader(data), excelize.Options{UnzipSizeLimit: unzipFactor * limit})
	if err != nil {
		ps.Add(file, 0, 0, "", rolemodel.ErrSyntax, "not a workbook that can be read: %s", bounded(err.Error()))
		return nil
	}
	return f
}

// openSheet starts reading the named worksheet of f.
func openSheet(file string, f *excelize.File, name string, ps *report.Problems) (g *xlsxGrid) {
	defer func() {
		if v := recover(); v != nil {
			ps.Add(file, 0, 0, name, rolemodel.ErrSyntax, "the worksheet cannot be read: %s", bounded(fmt.Sprint(v)))
			g = nil
		}
	}()
	rows, err := f.Rows(name)
	if err != nil {
		ps.Add(file, 0, 0, name, rolemodel.ErrSyntax, "the worksheet cannot be read: %s", bounded(err.Error()))
		return nil
	}
	return &xlsxGrid{file: file + " [" + name + "]", rows: rows, ps: ps}
}

func (g *xlsxGrid) next() (cells []string, ok bool) {
	if g.done {
		return nil, false
	}
	defer func() {
		if v := recover(); v != nil {
			g.ps.Add(g.file, g.row, 0, "", rolemodel.ErrSyntax, "the row cannot be read: %s", bounded(fmt.Sprint(v)))
			g.close()
			cells, ok = nil, false
		}
	}()
	if !g.rows.Next() {
		if err := g.rows.Error(); err != nil {
			g.ps.Add(g.file, g.row, 0, "", rolemodel.ErrSyntax, "the worksheet cannot be read: %s", bounded(err.Error()))
		}
		g.close()
		return nil, false
	}
	g.row++
	cells, err := g.rows.Columns(excelize.Options{RawCellValue: true})
	if err != nil {
		g.ps.Add(g.file, g.row, 0, "", rolemodel.ErrSyntax, "the row cannot be read: %s", bounded(err.Error()))
		g.close()
		return nil, false
	}
	g.cells = cells
	return cells, true
}

func (g *xlsxGrid) pos(i int) (int, int) { return g.row, i + 1 }

func (g *xlsxGrid) close() {
	if !g.done {
		g.done = true
		_ = g.rows.Close()
	}
}

// findHeader reads rows until one names the columns isHeader looks for,
// within the first maxHeaderRow rows. It reports false, recording no
// problem, when there is none.
func (s *sheet) findHeader(isHeader func(cols map[string]int) bool) (map[string]int, bool) {
	for range maxHeaderRow {
		cells, ok := s.g.next()
		if !ok {
			return nil, false
		}
		cols := make(map[string]int, len(cells))
		for i, c := range cells {
			k := fold(c)
			if _, dup := cols[k]; !dup && k != "" {
				cols[k] = i
			}
		}
		if isHeader(cols) {
			s.header = make([]string, len(cells))
			for i, c := range cells {
				s.header[i] = strings.TrimSpace(c)
			}
			for k, i := range cols {
				if j := firstOther(cells, i, k); j >= 0 {
					line, col := s.g.pos(j)
					s.ps.Add(s.file, line, col, headerName(s.header[j]), rolemodel.ErrDuplicate, "the header names column %s twice", quote(s.header[j]))
					return nil, false
				}
			}
			if g, ok := s.g.(*csvGrid); ok {
				g.s.SetLimit(len(s.header))
			}
			return cols, true
		}
		for _, c := range cells {
			if c = strings.TrimSpace(c); c != "" {
				if len(c) > 400 || !utf8.ValidString(c) || strings.ContainsFunc(c, isControl) {
					break // not a title a catalog could cite
				}
				s.preamble = append(s.preamble, c)
				break
			}
		}
	}
	return nil, false
}

// firstOther returns the index after i of another cell that folds to k, or -1.
func firstOther(cells []string, i int, k string) int {
	for j := i + 1; j < len(cells); j++ {
		if fold(cells[j]) == k {
			return j
		}
	}
	return -1
}

// next reads the next row that is not blank. Its cells are valid UTF-8
// without control characters; a row that breaks that is recorded as a
// problem and skipped.
func (s *sheet) next() bool {
	for {
		cells, ok := s.g.next()
		if !ok {
			return false
		}
		blank := true
		bad := false
		for i, c := range cells {
			if c != "" {
				blank = false
			}
			if !utf8.ValidString(c) {
				s.problem(i, rolemodel.ErrSyntax, "the cell is not valid UTF-8 text")
				bad = true
				break
			}
			if j := strings.IndexFunc(c, isControl); j >= 0 {
				s.problem(i, rolemodel.ErrSyntax, "the cell holds the control character %U: expected text", rune(c[j]))
				bad = true
				break
			}
		}
		if blank || bad {
			continue
		}
		if _, isCSV := s.g.(*csvGrid); isCSV && len(cells) != len(s.header) {
			// CSV rows are as wide as the header; a wider or narrower one is
			// misaligned (an unquoted comma) or cut short.
			s.problem(-1, rolemodel.ErrSyntax, "the row has %d fields, expected %d as the header has: a field holds an unquoted comma, or the row is cut short", len(cells), len(s.header))
			continue
		}
		if len(cells) > len(s.header) {
			for i := len(s.header); i < len(cells); i++ {
				if strings.TrimSpace(cells[i]) != "" {
					s.problem(i, rolemodel.ErrSyntax, "the row has a cell %s beyond the %d columns of the header: a field holds an unquoted comma, or the row is misaligned", quote(cells[i]), len(s.header))
					bad = true
					break
				}
			}
			if bad {
				continue
			}
		}
		s.cells = cells
		return true
	}
}

func isControl(r rune) bool { return r < 0x20 && r != '\t' || r == 0x7f }

// get returns the trimmed cell of column i of the current row: "" for a
// column the row does not reach or that the header lacks (i < 0).
func (s *sheet) get(i int) string {
	if i < 0 || i >= len(s.cells) {
		return ""
	}
	return strings.TrimSpace(s.cells[i])
}

// title checks an occupation's title read from cell i, reporting at the
// cell a title that is empty or shows as nothing (white space and
// invisible characters only, valid.Blank), is too long, or breaks the
// catalog's rule for the characters of names (valid.CheckName: one line,
// no control, line-separator or bidirectional formatting character).
func (s *sheet) title(i int, t string) bool {
	switch {
	case valid.Blank(t):
		s.problem(i, rolemodel.ErrInvalidValue, "the occupation's title is empty: expected its name")
	case len(t) > maxTitle:
		s.problem(i, rolemodel.ErrInvalidValue, "the occupation's title is %d bytes: expected 1 to %d", len(t), maxTitle)
	default:
		if msg := valid.CheckName(t); msg != "" {
			s.problem(i, rolemodel.ErrInvalidValue, "%s", msg)
			return false
		}
		return true
	}
	return false
}

// raw returns cell i untrimmed.
func (s *sheet) raw(i int) string {
	if i < 0 || i >= len(s.cells) {
		return ""
	}
	return s.cells[i]
}

// line returns the line (row) of the current row.
func (s *sheet) line() int {
	l, _ := s.g.pos(0)
	return l
}

// problem records a problem with cell i of the current row (i < 0 for the
// row as a whole), naming its column by header.
func (s *sheet) problem(i int, kind error, format string, args ...any) {
	var line, col int
	name := ""
	if i >= 0 {
		line, col = s.g.pos(i)
		if i < len(s.header) {
			name = headerName(s.header[i])
		}
	} else {
		line, _ = s.g.pos(0)
	}
	s.ps.Add(s.file, line, col, name, kind, format, args...)
}

// headerName returns a column's header as a problem's path: as written
// when it is short plain text, quoted otherwise.
func headerName(h string) string {
	if len(h) > 80 || !utf8.ValidString(h) || strings.ContainsFunc(h, func(r rune) bool { return r < 0x20 || r == 0x7f }) {
		return quote(h)
	}
	return h
}

// fold returns a header name for comparison: trimmed, in upper case, with
// runs of spaces as one ("annual " and "ANNUAL" fold alike).
func fold(s string) string {
	return strings.ToUpper(strings.Join(strings.Fields(s), " "))
}

// quote returns s quoted for a message, cut to a length a person can read:
// the input may be hostile and of any size.
func quote(s string) string { return problem.Quote(s, 60) }

// bounded quotes an error text from a library, cut to a readable length.
func bounded(s string) string { return quote(s) }
