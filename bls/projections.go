package bls

import (
	"io"
	"iter"
	"math"
	"regexp"
	"slices"
	"strconv"
	"strings"

	"github.com/rolemodel/rolemodel"
	"github.com/rolemodel/rolemodel/internal/report"
	"github.com/rolemodel/rolemodel/salary"
)

// Thousands is a count in thousands as the Employment Projections tables
// publish it ("55.6" for 55,600), or no value ("—"). The zero Thousands
// has no value.
type Thousands struct {
	v  float64
	ok bool
}

// Value returns the figure in thousands, and false when there is none.
func (t Thousands) Value() (float64, bool) { return t.v, t.ok }

// Count returns the figure as a whole count, rounded to the nearest one
// (55.6 thousand → 55,600), and false when there is none or it is beyond
// ±1e15.
func (t Thousands) Count() (int64, bool) {
	if !t.ok || math.Abs(t.v) > 1e12 {
		return 0, false
	}
	return int64(math.Round(t.v * 1000)), true
}

// String returns the figure with its unit, "55.6 thousand", or "—" when
// there is none.
func (t Thousands) String() string {
	if !t.ok {
		return "—"
	}
	return ftoa(t.v) + " thousand"
}

// Percent is a percentage as the tables publish it ("15.2"), or no value
// ("—"). The zero Percent has no value.
type Percent struct {
	v  float64
	ok bool
}

// Value returns the percentage (15.2 for 15.2%), and false when there is
// none.
func (p Percent) Value() (float64, bool) { return p.v, p.ok }

// String returns "15.2%", or "—" when there is no value.
func (p Percent) String() string {
	if !p.ok {
		return "—"
	}
	return ftoa(p.v) + "%"
}

// OccupationType is the National Employment Matrix's occupation type: a
// Summary row adds up the rows below it, a LineItem is one occupation.
type OccupationType uint8

// The occupation types, as the tables write them ("Summary", "Line item").
const (
	Summary OccupationType = iota + 1
	LineItem
)

// String returns the type as the tables write it.
func (t OccupationType) String() string {
	switch t {
	case Summary:
		return "Summary"
	case LineItem:
		return "Line item"
	}
	return ""
}

// Projection is one row of the occupational projections table (Employment
// Projections table 1.2): an occupation's employment in the base and the
// target year, its change, annual openings, median wage and the
// preparation it typically needs.
type Projection struct {
	// Code is the National Employment Matrix code, "NN-NNNN" (a SOC code).
	Code string
	// Title is the title without its indentation.
	Title string
	// Depth is the title's level of indentation, 0 for the total: the
	// table indents titles by hierarchy (major group 1, line items 3 or 4).
	Depth int
	// Type is Summary or LineItem.
	Type OccupationType
	// Employment is the employment in the base year (FromYear) and
	// ProjectedEmployment in the target year (ToYear), in thousands,
	// including the self-employed.
	Employment, ProjectedEmployment Thousands
	// Change is the change in employment over the period, in thousands.
	Change Thousands
	// ChangePercent is the change in employment over the period, in
	// percent.
	ChangePercent Percent
	// SelfEmployed is the percentage of the base year's employment that is
	// self-employed.
	SelfEmployed Percent
	// Openings is the average number of openings a year over the period,
	// in thousands (from growth and from workers leaving).
	Openings Thousands
	// MedianAnnualWage is the median annual wage in the base year, from
	// OEWS; top-coded (">=$239,200") where OEWS top-codes it.
	MedianAnnualWage Wage
	// Education, Experience and Training are the typical education needed
	// for entry ("Bachelor's degree"), work experience in a related
	// occupation ("5 years or more", "None") and on-the-job training to
	// attain competency ("Moderate-term on-the-job training", "None"), in
	// the table's words; "" where the table has none (summary rows).
	Education, Experience, Training string
	// Line is the row's line in a CSV file, its row number in a workbook.
	Line int
}

// Projections is the occupational projections table of BLS's Employment
// Projections program (table 1.2 of occupation.xlsx). It is immutable once
// read and safe for concurrent use.
type Projections struct {
	// File is the name the file was read under.
	File string
	// Title is the table's title where the file has one above the header
	// ("Table 1.2 Occupational projections, 2024–2034, …"), or "".
	Title string
	// FromYear and ToYear are the base and target years of the
	// projections, from the employment columns' headers ("Employment,
	// 2024").
	FromYear, ToYear int

	rows   []Projection
	byCode map[string]int
}

// Len returns the number of rows.
func (p *Projections) Len() int {
	if p == nil {
		return 0
	}
	return len(p.rows)
}

// All yields every row in file order.
func (p *Projections) All() iter.Seq[Projection] {
	return func(yield func(Projection) bool) {
		if p == nil {
			return
		}
		for _, r := range p.rows {
			if !yield(r) {
				return
			}
		}
	}
}

// Find returns the row with a National Employment Matrix code, of either
// type.
func (p *Projections) Find(code string) (Projection, bool) {
	if p == nil {
		return Projection{}, false
	}
	i, ok := p.byCode[code]
	if !ok {
		return Projection{}, false
	}
	return p.rows[i], true
}

// Total returns the row for all occupations (00-0000).
func (p *Projections) Total() (Projection, bool) { return p.Find("00-0000") }

// ForOccupation returns the line item for an occupation code, an O*NET-SOC
// code ("11-3021.01" is SOC 11-3021) or a SOC code, by the rule Attach
// documents. It reports false when the table has no line item for it.
func (p *Projections) ForOccupation(code string) (Projection, Match, bool) {
	if p == nil {
		return Projection{}, NoMatch, false
	}
	soc, ok := socOf(code)
	if !ok {
		return Projection{}, NoMatch, false
	}
	if r, ok := p.Find(soc); ok && r.Type == LineItem {
		return r, Exact, true
	}
	if b := broadOf(soc); b != soc {
		if r, ok := p.Find(b); ok && r.Type == LineItem {
			return r, ViaBroad, true
		}
	}
	return Projection{}, NoMatch, false
}

// projection columns, found by header (folded to upper case). Headers name
// the years ("Employment, 2024", "Employment change, percent, 2024–34"),
// so most are matched by their beginning.
type projCols struct {
	title, code, typ, emp, proj, change, changePct, self, openings, wage, edu, exp, training int
	from, to                                                                                 int
}

var empRE = regexp.MustCompile(`^EMPLOYMENT, ((?:19|20|21)\d\d)$`)

func findProjCols(cols map[string]int) (projCols, bool) {
	c := projCols{title: -1, code: -1, typ: -1, emp: -1, proj: -1, change: -1, changePct: -1, self: -1, openings: -1, wage: -1, edu: -1, exp: -1, training: -1}
	type year struct{ y, i int }
	var emp []year
	for h, i := range cols {
		switch {
		case strings.HasSuffix(h, "NATIONAL EMPLOYMENT MATRIX TITLE") || h == "OCCUPATION TITLE":
			c.title = i
		case strings.HasSuffix(h, "NATIONAL EMPLOYMENT MATRIX CODE") || h == "OCCUPATION CODE":
			c.code = i
		case h == "OCCUPATION TYPE":
			c.typ = i
		case strings.HasPrefix(h, "EMPLOYMENT CHANGE, NUMERIC"):
			c.change = i
		case strings.HasPrefix(h, "EMPLOYMENT CHANGE, PERCENT"):
			c.changePct = i
		case strings.HasPrefix(h, "PERCENT SELF EMPLOYED"):
			c.self = i
		case strings.HasPrefix(h, "OCCUPATIONAL OPENINGS"):
			c.openings = i
		case strings.HasPrefix(h, "MEDIAN ANNUAL WAGE"):
			c.wage = i
		case strings.HasPrefix(h, "TYPICAL EDUCATION NEEDED FOR ENTRY"):
			c.edu = i
		case strings.HasPrefix(h, "WORK EXPERIENCE IN A RELATED OCCUPATION"):
			c.exp = i
		case strings.HasPrefix(h, "TYPICAL ON-THE-JOB TRAINING"):
			c.training = i
		default:
			if m := empRE.FindStringSubmatch(h); m != nil {
				y, _ := strconv.Atoi(m[1])
				emp = append(emp, year{y, i})
			}
		}
	}
	if len(emp) != 2 || emp[0].y == emp[1].y || c.title < 0 || c.code < 0 || c.typ < 0 {
		return c, false
	}
	slices.SortFunc(emp, func(a, b year) int { return a.y - b.y })
	c.from, c.emp, c.to, c.proj = emp[0].y, emp[0].i, emp[1].y, emp[1].i
	return c, true
}

// LoadProjections reads the Employment Projections occupation table at
// path: the occupation.xlsx workbook as BLS publishes it (its sheet
// "Table 1.2", or else the first sheet with the table's header) or that
// table saved as CSV. The format is told by content. The header may follow
// title rows; columns are found by header name, ignoring case: the
// title and code ("2024 National Employment Matrix title", "… code"),
// "Occupation type" and the two "Employment, YYYY" columns are required;
// the numeric and percent change, "Percent self employed", "Occupational
// openings", "Median annual wage", "Typical education needed for entry",
// "Work experience in a related occupation" and "Typical on-the-job
// training …" are read where present.
//
// "—" is no value; rows without a code and type (the footnotes) are
// skipped. Any other cell that is not a figure, a code that is not
// NN-NNNN, an unknown occupation type or a repeated code is a problem;
// LoadProjections reports them all (the first hundred) in one
// *rolemodel.ValidationError naming file, line and column (by header name)
// and returns no Projections. A file larger than DefaultMaxFileSize (or the
// MaxFileSize option) is refused.
func LoadProjections(path string, opts ...Option) (*Projections, error) {
	cfg := newConfig(opts)
	var ps report.Problems
	data, xlsx, ok := readFile(path, cfg.maxSize, &ps)
	if !ok {
		return nil, ps.Err()
	}
	return readProjections(path, data, xlsx, cfg, &ps)
}

// ReadProjections is LoadProjections on the content of r; name is used in
// problems.
func ReadProjections(r io.Reader, name string, opts ...Option) (*Projections, error) {
	cfg := newConfig(opts)
	var ps report.Problems
	data, xlsx, ok := readInput(r, name, cfg.maxSize, &ps)
	if !ok {
		return nil, ps.Err()
	}
	return readProjections(name, data, xlsx, cfg, &ps)
}

func readProjections(name string, data []byte, xlsx bool, cfg config, ps *report.Problems) (*Projections, error) {
	p := &Projections{File: name}
	found := false
	isHeader := func(cols map[string]int) bool { _, ok := findProjCols(cols); return ok }
	read := func(s *sheet) bool {
		cols, ok := s.findHeader(isHeader)
		if !ok {
			return false
		}
		pc, _ := findProjCols(cols)
		p.FromYear, p.ToYear = pc.from, pc.to
		if len(s.preamble) > 0 {
			p.Title = s.preamble[0]
		}
		p.readRows(s, pc)
		return true
	}
	if xlsx {
		f := openWorkbook(name, data, cfg.maxSize, ps)
		if f == nil {
			return nil, ps.Err()
		}
		defer f.Close()
		sheets := f.GetSheetList()
		if i := slices.IndexFunc(sheets, func(s string) bool { return strings.EqualFold(s, "Table 1.2") }); i > 0 {
			sheets = append([]string{sheets[i]}, slices.Delete(slices.Clone(sheets), i, i+1)...)
		}
		for _, sh := range sheets {
			g := openSheet(name, f, sh, ps)
			if g == nil {
				continue
			}
			found = read(&sheet{file: g.file, g: g, ps: ps, stored: true})
			g.close()
			if found {
				break
			}
		}
	} else {
		g := newCSVGrid(name, data, ps)
		found = read(&sheet{file: name, g: g, ps: ps})
		g.close()
	}
	if !found && ps.Count() == 0 {
		ps.Add(name, 1, 0, "", rolemodel.ErrInvalidValue, "no header row naming the columns of the occupational projections table (a National Employment Matrix title and code, Occupation type, and two columns \"Employment, YYYY\")")
	}
	if err := ps.Err(); err != nil {
		return nil, err
	}
	if len(p.rows) == 0 {
		return nil, &rolemodel.ValidationError{Problems: []rolemodel.Problem{{File: name, Message: "the table lists no occupations: expected a row per occupation after the header", Kind: rolemodel.ErrEmpty}}}
	}
	return p, nil
}

// noValue is how the tables write "no value".
const noValue = "—"

// maxTitle bounds an occupation's title: BLS's longest are about 130
// bytes, and Attach puts titles in notes a catalog bounds.
const maxTitle = 300

// maxWords bounds the text of the education, experience and training
// columns, as the catalog bounds an outlook's words.
const maxWords = 200

var topWageRE = regexp.MustCompile(`^>=\s*\$?([0-9,]+)$`)

func (p *Projections) readRows(s *sheet, c projCols) {
	p.byCode = map[string]int{}
	indents := map[int]bool{}
	for s.next() {
		code, typ := s.get(c.code), s.get(c.typ)
		if code == "" && typ == "" {
			continue // a footnote, a note or the source line
		}
		raw := s.raw(c.title)
		r := Projection{Code: code, Title: strings.TrimSpace(raw), Line: s.line()}
		r.Depth = len(raw) - len(strings.TrimLeft(raw, " \u00a0"))
		ok := true
		if !isSOC(code) {
			s.problem(c.code, rolemodel.ErrInvalidValue, "%s is not an occupation code: expected NN-NNNN, such as 11-3021", quote(code))
			ok = false
		}
		ok = s.title(c.title, r.Title) && ok
		switch {
		case strings.EqualFold(typ, "Summary"):
			r.Type = Summary
		case strings.EqualFold(typ, "Line item"):
			r.Type = LineItem
		default:
			s.problem(c.typ, rolemodel.ErrInvalidValue, "%s is not an occupation type: expected Summary or Line item", quote(typ))
			ok = false
		}
		thousands := func(i int, neg bool, into *Thousands) {
			v := s.get(i)
			if v == "" || v == noValue {
				return
			}
			f, fok := parseFloat(v, neg, s.stored)
			if !fok {
				s.problem(i, rolemodel.ErrInvalidValue, "%s is not a figure in thousands: expected a number such as 1,693.8, or — for none", quote(v))
				ok = false
				return
			}
			*into = Thousands{f, true}
		}
		percent := func(i int, lo, hi float64, into *Percent) {
			v := s.get(i)
			if v == "" || v == noValue {
				return
			}
			f, fok := parseFloat(v, lo < 0, s.stored)
			if !fok || f < lo || f > hi {
				s.problem(i, rolemodel.ErrInvalidValue, "%s is not a percentage from %s to %s: expected a number such as 15.2, or — for none", quote(v), ftoa(lo), ftoa(hi))
				ok = false
				return
			}
			*into = Percent{f, true}
		}
		words := func(i int) string {
			v := s.get(i)
			if v == noValue {
				return ""
			}
			if len(v) > maxWords {
				s.problem(i, rolemodel.ErrTooLarge, "the text is %d bytes, more than %d", len(v), maxWords)
				ok = false
				return ""
			}
			return v
		}
		thousands(c.emp, false, &r.Employment)
		thousands(c.proj, false, &r.ProjectedEmployment)
		thousands(c.change, true, &r.Change)
		thousands(c.openings, false, &r.Openings)
		percent(c.changePct, -100, 1000, &r.ChangePercent)
		percent(c.self, 0, 100, &r.SelfEmployed)
		if v := strings.TrimPrefix(s.get(c.wage), "$"); v != "" && v != noValue {
			if m := topWageRE.FindStringSubmatch(v); m != nil {
				if cents, cok := parseCents(m[1], false); cok {
					r.MedianAnnualWage = Wage{Money: salary.FromMinorUnits(cents, usd), Mark: TopCoded}
				}
			} else if cents, cok := parseCents(v, s.stored); cok {
				r.MedianAnnualWage = Wage{Money: salary.FromMinorUnits(cents, usd)}
			}
			if !r.MedianAnnualWage.Known() {
				s.problem(c.wage, rolemodel.ErrInvalidValue, "%s is not a wage: expected dollars such as 49,500, >=$239,200 for a top-coded wage, or — for none", quote(s.get(c.wage)))
				ok = false
			}
		}
		r.Education, r.Experience, r.Training = words(c.edu), words(c.exp), words(c.training)
		if !ok {
			continue
		}
		if j, dup := p.byCode[code]; dup {
			s.problem(c.code, rolemodel.ErrDuplicate, "occupation %s is listed twice, first on line %d", code, p.rows[j].Line)
			continue
		}
		indents[r.Depth] = true
		p.byCode[code] = len(p.rows)
		p.rows = append(p.rows, r)
	}
	// Depth is the rank of a row's indentation among the table's
	// indentations, whatever the number of spaces a level takes.
	levels := make([]int, 0, len(indents))
	for n := range indents {
		levels = append(levels, n)
	}
	slices.Sort(levels)
	for i := range p.rows {
		p.rows[i].Depth, _ = slices.BinarySearch(levels, p.rows[i].Depth)
	}
}
