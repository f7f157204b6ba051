package bls

import (
	"io"
	"iter"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"

	"github.com/xuri/excelize/v2"

	"github.com/rolemodel/rolemodel"
	"github.com/rolemodel/rolemodel/internal/report"
	"github.com/rolemodel/rolemodel/salary"
)

// usd is the currency of every BLS wage.
var usd = salary.MustParseCurrency("USD")

// Mark is a special value BLS prints in a cell instead of a figure. The
// OEWS field descriptions define them; they are data, not errors.
type Mark uint8

// The marks, as national_M2024_dl_field_descriptions defines them.
const (
	// NoMark: the cell holds a figure, or is empty.
	NoMark Mark = iota
	// TopCoded is "#": a wage at or above the top of the survey's range
	// ($115.00 an hour, $239,200 a year in May 2024), or ">=$239,200" in
	// the projections' wage column.
	TopCoded
	// NoWage is "*": no wage estimate is available.
	NoWage
	// NoEmployment is "**": no employment estimate is available.
	NoEmployment
	// FewEstablishments is "~": fewer than 0.5% of establishments report
	// the occupation.
	FewEstablishments
)

var markText = [...]string{"", "#", "*", "**", "~"}

// String returns the mark as BLS prints it ("#", "*", "**", "~"), or "" for
// NoMark.
func (m Mark) String() string {
	if int(m) < len(markText) {
		return markText[m]
	}
	return "Mark(" + strconv.Itoa(int(m)) + ")"
}

// markOf returns the mark a cell holds.
func markOf(s string) (Mark, bool) {
	switch s {
	case "#":
		return TopCoded, true
	case "*":
		return NoWage, true
	case "**":
		return NoEmployment, true
	case "~":
		return FewEstablishments, true
	}
	return NoMark, false
}

// Wage is one published wage: a figure in U.S. dollars, a top-coded figure
// (at or above the survey's top, an open-ended figure), or a mark saying
// why there is none. The zero Wage is an empty cell.
type Wage struct {
	// Money is the figure in U.S. dollars; for a top-coded wage the top of
	// the survey's range, which the wage is at or above. It is the zero
	// Money when the cell holds no figure, or holds "#" in a file that does
	// not state the top of its range.
	Money salary.Money
	// Mark is the special value the cell holds, or NoMark.
	Mark Mark
}

// Known reports whether w has a figure (exact, or open-ended when
// TopCoded).
func (w Wage) Known() bool { return !w.Money.IsZero() }

// OpenEnded reports whether the figure is a lower bound: the wage is at or
// above Money.
func (w Wage) OpenEnded() bool { return w.Mark == TopCoded }

// String returns the figure as people write pay ("$171,200", "$23.80"),
// "$239,200+" for a top-coded wage, the mark for a cell without a figure
// ("*"), or "" for an empty cell.
func (w Wage) String() string {
	switch {
	case w.Known() && w.OpenEnded():
		return w.Money.Short() + "+"
	case w.Known():
		return w.Money.Short()
	}
	return w.Mark.String()
}

// Distribution is the mean and the percentiles of an occupation's wages
// for one pay period, as OEWS publishes them.
type Distribution struct {
	// Mean is the mean wage (H_MEAN, A_MEAN).
	Mean Wage
	// P10 is the 10th percentile wage (H_PCT10, A_PCT10).
	P10 Wage
	// P25 is the 25th percentile wage.
	P25 Wage
	// Median is the median wage, the 50th percentile (H_MEDIAN, A_MEDIAN).
	Median Wage
	// P75 is the 75th percentile wage.
	P75 Wage
	// P90 is the 90th percentile wage.
	P90 Wage
}

// Group is an occupation's level in the Standard Occupational
// Classification, OEWS's O_GROUP column.
type Group uint8

// The levels, broadest first. OEWS marks as Detailed the most detailed
// figures it publishes for an occupation: usually a SOC detailed
// occupation (11-3021), sometimes a SOC broad occupation (13-1020 Buyers
// and Purchasing Agents) or an OEWS combination of detailed occupations.
const (
	Total Group = iota + 1
	Major
	Minor
	Broad
	Detailed
)

var groupText = [...]string{"", "total", "major", "minor", "broad", "detailed"}

// String returns the group as OEWS writes it ("detailed"), or "" for the
// zero Group.
func (g Group) String() string {
	if int(g) < len(groupText) {
		return groupText[g]
	}
	return "Group(" + strconv.Itoa(int(g)) + ")"
}

func parseGroup(s string) (Group, bool) {
	for i, t := range groupText {
		if i > 0 && strings.EqualFold(s, t) {
			return Group(i), true
		}
	}
	return 0, false
}

// Estimate is one row of the OEWS file: an occupation's employment and
// wages.
type Estimate struct {
	// Code is the SOC or OEWS occupation code, "NN-NNNN" (11-3021).
	Code string
	// Title is the occupation's title as OEWS writes it.
	Title string
	// Group is the row's level: Total, Major, Minor, Broad or Detailed.
	Group Group
	// Employment is the estimated total employment (TOT_EMP, rounded to
	// the nearest 10, excluding the self-employed); 0 when not published.
	Employment int64
	// EmploymentMark is the mark the employment cell holds (NoEmployment
	// for "**"), or NoMark.
	EmploymentMark Mark
	// Annual and Hourly are the wages per year and per hour.
	Annual, Hourly Distribution
	// AnnualOnly is the ANNUAL flag: only annual wages are published (for
	// occupations paid by the year that work fewer than 2,080 hours, such
	// as teachers and pilots). HourlyOnly is the HOURLY flag: only hourly
	// wages (actors, dancers, musicians).
	AnnualOnly, HourlyOnly bool
	// Line is the row's line in a CSV file, its row number in a workbook.
	Line int
}

// Wages is an OEWS national file: employment and wage estimates by
// occupation, for one area (the United States) and all industries. A file
// of the same layout for another single area reads alike. It is immutable
// once read and safe for concurrent use.
type Wages struct {
	// File is the name the file was read under.
	File string
	// Title is the title the file's field descriptions give ("May 2024
	// OEWS Estimates"), or "".
	Title string
	// Year is the year of the estimates (May of that year), from the field
	// descriptions or else from the file name (national_M2024_dl → 2024);
	// 0 when neither says.
	Year int
	// Area is the area the estimates are for, as AREA_TITLE writes it
	// ("U.S."); "" when the file has no such column.
	Area string
	// TopHourly and TopAnnual are the top of the survey's wage range, which
	// a wage marked "#" is at or above ($115.00 and $239,200 in May 2024),
	// as the field descriptions state them; zero when not stated.
	TopHourly, TopAnnual salary.Money

	rows  []Estimate
	index map[groupKey]int
}

type groupKey struct {
	code  string
	group Group
}

// Len returns the number of rows.
func (w *Wages) Len() int {
	if w == nil {
		return 0
	}
	return len(w.rows)
}

// All yields every row in file order.
func (w *Wages) All() iter.Seq[Estimate] {
	return func(yield func(Estimate) bool) {
		if w == nil {
			return
		}
		for _, e := range w.rows {
			if !yield(e) {
				return
			}
		}
	}
}

// Find returns the row for an occupation code at a level. OEWS lists an
// occupation it publishes only at the broad level twice, as Broad and as
// Detailed.
func (w *Wages) Find(code string, g Group) (Estimate, bool) {
	if w == nil {
		return Estimate{}, false
	}
	i, ok := w.index[groupKey{code, g}]
	if !ok {
		return Estimate{}, false
	}
	return w.rows[i], true
}

// Detailed returns the Detailed row for a code: Find(code, Detailed).
func (w *Wages) Detailed(code string) (Estimate, bool) { return w.Find(code, Detailed) }

// ForOccupation returns the detailed estimate for an occupation code: an
// O*NET-SOC code ("11-3021.01" is SOC 11-3021) or a SOC code, by the rule
// Attach documents. It reports false when OEWS publishes no detailed
// figures for it.
func (w *Wages) ForOccupation(code string) (Estimate, Match, bool) {
	if w == nil {
		return Estimate{}, NoMatch, false
	}
	soc, ok := socOf(code)
	if !ok {
		return Estimate{}, NoMatch, false
	}
	if e, ok := w.Detailed(soc); ok {
		return e, Exact, true
	}
	if b := broadOf(soc); b != soc {
		if e, ok := w.Detailed(b); ok {
			return e, ViaBroad, true
		}
	}
	return Estimate{}, NoMatch, false
}

// The OEWS columns the reader uses. Names are compared ignoring case and
// surrounding space, as releases differ ("occ_code", "annual ").
const (
	colArea     = "AREA_TITLE"
	colCode     = "OCC_CODE"
	colTitle    = "OCC_TITLE"
	colGroup    = "O_GROUP"
	colGroupOld = "OCC_GROUP" // the name in older releases
	colEmp      = "TOT_EMP"
	colAnnual   = "ANNUAL"
	colHourly   = "HOURLY"
)

// wageCols are the wage columns, in the order of a Distribution's fields,
// hourly then annual.
var wageCols = [2][6]string{
	{"H_MEAN", "H_PCT10", "H_PCT25", "H_MEDIAN", "H_PCT75", "H_PCT90"},
	{"A_MEAN", "A_PCT10", "A_PCT25", "A_MEDIAN", "A_PCT75", "A_PCT90"},
}

func (d *Distribution) field(i int) *Wage {
	return [...]*Wage{&d.Mean, &d.P10, &d.P25, &d.Median, &d.P75, &d.P90}[i]
}

// LoadWages reads the OEWS national file at path, as BLS publishes it
// (national_M2024_dl.xlsx, the workbook) or as CSV (its data sheet saved
// as CSV). The format is told by content, not by name. Columns are found by
// header name, ignoring case: OCC_CODE, OCC_TITLE and O_GROUP are required;
// AREA_TITLE, TOT_EMP, H_MEAN, A_MEAN, H_PCT10 … H_PCT90, A_PCT10 … A_PCT90,
// ANNUAL and HOURLY are read where present. Of a workbook, the first sheet
// with such a header (within its first 20 rows) is read.
//
// The year and the top of the wage range ("#") come from the field
// descriptions: the workbook's "Field Descriptions" sheet, or for a CSV file
// the file beside it named as BLS names them (national_M2024_dl.csv →
// national_M2024_dl_field_descriptions.csv) when it exists. Without them
// the year comes from the file name and a "#" cell has no figure (see
// Wage).
//
// Special values are data: "#" a top-coded wage, "*" no wage estimate,
// "**" no employment estimate, "~" an occupation few establishments report.
// Any other cell that is not a figure, a code that is not NN-NNNN, an
// unknown O_GROUP, a repeated code and group, or a second area is a
// problem; LoadWages reports them all (the first hundred) in one
// *rolemodel.ValidationError naming file, line and column (by header name)
// and returns no Wages. A file larger than DefaultMaxFileSize (or the
// MaxFileSize option) is refused.
func LoadWages(path string, opts ...Option) (*Wages, error) {
	cfg := newConfig(opts)
	var ps report.Problems
	data, xlsx, ok := readFile(path, cfg.maxSize, &ps)
	if !ok {
		return nil, ps.Err()
	}
	var notes []string
	if !xlsx {
		notes = readNotesCSV(descriptionsFile(path))
	}
	return readWages(path, data, xlsx, notes, cfg, &ps)
}

// ReadWages is LoadWages on the content of r, an OEWS workbook or CSV
// text; name is used in problems and for the year. The field descriptions
// are read from a workbook's own sheet; for CSV there are none.
func ReadWages(r io.Reader, name string, opts ...Option) (*Wages, error) {
	cfg := newConfig(opts)
	var ps report.Problems
	data, xlsx, ok := readInput(r, name, cfg.maxSize, &ps)
	if !ok {
		return nil, ps.Err()
	}
	return readWages(name, data, xlsx, nil, cfg, &ps)
}

// descriptionsFile returns the name BLS gives the field descriptions of a
// data file: national_M2024_dl.csv → national_M2024_dl_field_descriptions.csv.
func descriptionsFile(path string) string {
	return strings.TrimSuffix(path, filepath.Ext(path)) + "_field_descriptions.csv"
}

// readNotesCSV returns the first cell of each of the first rows of a field
// descriptions CSV file, or nil when there is none.
func readNotesCSV(path string) []string {
	var ps report.Problems
	data, _, ok := readFile(path, 1<<20, &ps)
	if !ok {
		return nil
	}
	g := newCSVGrid(path, data, &ps)
	var out []string
	for range maxNoteRows {
		cells, ok := g.next()
		if !ok {
			break
		}
		if len(cells) > 0 {
			out = append(out, cells[0])
		}
	}
	return out
}

// maxNoteRows is how far the field descriptions are read for the title and
// the notes: they are at rows 1 and about 50.
const maxNoteRows = 100

var (
	titleRE = regexp.MustCompile(`^\s*(?:[A-Za-z]+ )?((?:19|20|21)\d\d) OEWS Estimates\s*$`)
	topRE   = regexp.MustCompile(`^#\s*=\s*indicates a wage equal to or greater than \$([0-9,]+(?:\.[0-9]{1,2})?) per hour or \$([0-9,]+(?:\.[0-9]{1,2})?) per year`)
	yearRE  = regexp.MustCompile(`_M_?((?:19|20|21)\d\d)(?:[_.]|$)`)
)

// applyNotes takes the title, year and top of the wage range from the
// field descriptions' lines.
func (w *Wages) applyNotes(lines []string) {
	for _, l := range lines {
		if m := titleRE.FindStringSubmatch(l); m != nil && w.Title == "" {
			w.Title = strings.TrimSpace(l)
			w.Year, _ = strconv.Atoi(m[1])
		}
		if m := topRE.FindStringSubmatch(strings.TrimSpace(l)); m != nil {
			h, ok1 := parseCents(m[1], false)
			a, ok2 := parseCents(m[2], false)
			if ok1 && ok2 && h > 0 && a > 0 {
				w.TopHourly, w.TopAnnual = salary.FromMinorUnits(h, usd), salary.FromMinorUnits(a, usd)
			}
		}
	}
}

func readWages(file string, data []byte, xlsx bool, notes []string, cfg config, ps *report.Problems) (*Wages, error) {
	w := &Wages{File: file}
	isHeader := func(cols map[string]int) bool {
		_, g1 := cols[colGroup]
		_, g2 := cols[colGroupOld]
		_, c := cols[colCode]
		_, t := cols[colTitle]
		return c && t && (g1 || g2)
	}
	var s *sheet
	var cols map[string]int
	if xlsx {
		f := openWorkbook(file, data, cfg.maxSize, ps)
		if f == nil {
			return nil, ps.Err()
		}
		defer f.Close()
		sheets := f.GetSheetList()
		for _, name := range sheets {
			if strings.EqualFold(name, "Field Descriptions") {
				w.applyNotes(sheetNotes(file, f, name))
			}
		}
		for _, name := range sheets {
			if strings.EqualFold(name, "Field Descriptions") {
				continue
			}
			g := openSheet(file, f, name, ps)
			if g == nil {
				continue
			}
			s = &sheet{file: g.file, g: g, ps: ps, stored: true}
			c, ok := s.findHeader(isHeader)
			if ok {
				cols = c
				w.readRows(s, cols)
			}
			g.close()
			if ok {
				break
			}
		}
	} else {
		w.applyNotes(notes)
		s = &sheet{file: file, g: newCSVGrid(file, data, ps), ps: ps}
		if c, ok := s.findHeader(isHeader); ok {
			cols = c
			w.readRows(s, cols)
		}
		s.g.close()
	}
	if cols == nil && ps.Count() == 0 {
		ps.Add(file, 1, 0, "", rolemodel.ErrInvalidValue, "no header row naming the columns %s, %s and %s: not an OEWS file", colCode, colTitle, colGroup)
	}
	if w.Year == 0 {
		if m := yearRE.FindStringSubmatch(filepath.Base(file)); m != nil {
			w.Year, _ = strconv.Atoi(m[1])
		}
	}
	if err := ps.Err(); err != nil {
		return nil, err
	}
	if len(w.rows) == 0 {
		return nil, &rolemodel.ValidationError{Problems: []rolemodel.Problem{{File: file, Message: "the file lists no occupations: expected a row per occupation after the header", Kind: rolemodel.ErrEmpty}}}
	}
	return w, nil
}

// sheetNotes returns the first cell of each of the first rows of a
// workbook's field descriptions sheet. A sheet that cannot be read gives
// none: the notes are optional.
func sheetNotes(file string, f *excelize.File, name string) []string {
	var ps report.Problems
	g := openSheet(file, f, name, &ps)
	if g == nil {
		return nil
	}
	defer g.close()
	var out []string
	for range maxNoteRows {
		cells, ok := g.next()
		if !ok {
			break
		}
		if len(cells) > 0 {
			out = append(out, cells[0])
		}
	}
	return out
}

func (w *Wages) readRows(s *sheet, cols map[string]int) {
	col := func(name string) int {
		if i, ok := cols[name]; ok {
			return i
		}
		return -1
	}
	iCode, iTitle, iGroup := col(colCode), col(colTitle), col(colGroup)
	if iGroup < 0 {
		iGroup = col(colGroupOld)
	}
	iArea, iEmp, iAnnual, iHourly := col(colArea), col(colEmp), col(colAnnual), col(colHourly)
	var iWage [2][6]int
	for p := range wageCols {
		for k, name := range wageCols[p] {
			iWage[p][k] = col(name)
		}
	}
	top := [2]salary.Money{w.TopHourly, w.TopAnnual}
	w.index = map[groupKey]int{}
	areaLine := 0
	for s.next() {
		e := Estimate{Code: s.get(iCode), Title: s.get(iTitle), Line: s.line()}
		ok := true
		if !isSOC(e.Code) {
			s.problem(iCode, rolemodel.ErrInvalidValue, "%s is not an occupation code: expected NN-NNNN, such as 11-3021", quote(e.Code))
			ok = false
		}
		ok = s.title(iTitle, e.Title) && ok
		g, gok := parseGroup(s.get(iGroup))
		if !gok {
			s.problem(iGroup, rolemodel.ErrInvalidValue, "%s is not an occupation level: expected total, major, minor, broad or detailed", quote(s.get(iGroup)))
			ok = false
		}
		e.Group = g
		if a := s.get(iArea); iArea >= 0 {
			switch {
			case areaLine == 0:
				w.Area, areaLine = a, e.Line
			case a != w.Area:
				s.problem(iArea, rolemodel.ErrInvalidValue, "area %s differs from %s on line %d: expected the national file, one area throughout", quote(a), quote(w.Area), areaLine)
				ok = false
			}
		}
		if v := s.get(iEmp); v != "" {
			if m, isMark := markOf(v); isMark {
				e.EmploymentMark = m
			} else if n, nok := parseCount(v, s.stored); nok {
				e.Employment = n
			} else {
				s.problem(iEmp, rolemodel.ErrInvalidValue, "%s is not an employment figure: expected a whole number such as 154,187,380, or ** for none", quote(v))
				ok = false
			}
		}
		for p := range wageCols {
			d := &e.Hourly
			if p == 1 {
				d = &e.Annual
			}
			for k := range wageCols[p] {
				i := iWage[p][k]
				v := s.get(i)
				if v == "" {
					continue
				}
				wg := d.field(k)
				if m, isMark := markOf(v); isMark {
					wg.Mark = m
					if m == TopCoded {
						wg.Money = top[p]
					}
					continue
				}
				c, cok := parseCents(v, s.stored)
				if !cok || c == 0 {
					// Nobody is paid $0: a zero is a damaged cell, and
					// as a figure it would read as pay that no one earns.
					s.problem(i, rolemodel.ErrInvalidValue, "%s is not a wage: expected dollars above zero such as 171,200 or 23.80, or one of # * ** ~", quote(v))
					ok = false
					continue
				}
				wg.Money = salary.FromMinorUnits(c, usd)
			}
		}
		var fok bool
		if e.AnnualOnly, fok = parseFlag(s.get(iAnnual)); !fok {
			s.problem(iAnnual, rolemodel.ErrInvalidValue, "%s is not a flag: expected TRUE or an empty cell", quote(s.get(iAnnual)))
			ok = false
		}
		if e.HourlyOnly, fok = parseFlag(s.get(iHourly)); !fok {
			s.problem(iHourly, rolemodel.ErrInvalidValue, "%s is not a flag: expected TRUE or an empty cell", quote(s.get(iHourly)))
			ok = false
		}
		if !ok {
			continue
		}
		k := groupKey{e.Code, e.Group}
		if j, dup := w.index[k]; dup {
			s.problem(iCode, rolemodel.ErrDuplicate, "occupation %s (%s) is listed twice, first on line %d", e.Code, e.Group, w.rows[j].Line)
			continue
		}
		w.index[k] = len(w.rows)
		w.rows = append(w.rows, e)
	}
}

// parseFlag reads an ANNUAL or HOURLY cell: TRUE, or empty (or FALSE).
func parseFlag(s string) (bool, bool) {
	switch {
	case s == "" || strings.EqualFold(s, "false"):
		return false, true
	case strings.EqualFold(s, "true"):
		return true, true
	}
	return false, false
}

// isSOC reports whether s is an occupation code NN-NNNN.
func isSOC(s string) bool {
	return len(s) == 7 && s[2] == '-' && digits(s[:2]) && digits(s[3:])
}

// socOf returns the SOC code of an O*NET-SOC code ("11-3021.01" →
// "11-3021") or of a SOC code.
func socOf(code string) (string, bool) {
	switch {
	case isSOC(code):
		return code, true
	case len(code) == 10 && code[7] == '.' && digits(code[8:]) && isSOC(code[:7]):
		return code[:7], true
	}
	return "", false
}

// broadOf returns the SOC broad occupation of a detailed one: its code with
// the last digit 0 (11-3021 → 11-3020).
func broadOf(soc string) string { return soc[:6] + "0" }
