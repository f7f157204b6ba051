package bls_test

import (
	"archive/zip"
	"bytes"
	"errors"
	"io/fs"
	"os"
	"slices"
	"strconv"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"github.com/xuri/excelize/v2"

	"github.com/rolemodel/rolemodel"
	"github.com/rolemodel/rolemodel/bls"
	"github.com/rolemodel/rolemodel/salary"
)

// The committed fixtures, cut from the BLS files (testdata/README.md).
const (
	wagesFixture = "testdata/national_M2024_dl.csv"
	notesFixture = "testdata/national_M2024_dl_field_descriptions.csv"
	projFixture  = "testdata/occupation_table_1.2.csv"
)

func usd(t testing.TB, s string) salary.Money {
	t.Helper()
	m, err := salary.ParseMoney("USD " + s)
	require.NoError(t, err)
	return m
}

func readFile(t testing.TB, path string) string {
	t.Helper()
	b, err := os.ReadFile(path)
	require.NoError(t, err)
	return string(b)
}

func TestLoadWagesFixture(t *testing.T) {
	w, err := bls.LoadWages(wagesFixture)
	require.NoError(t, err)
	assert.Equal(t, 9, w.Len())
	assert.Equal(t, "May 2024 OEWS Estimates", w.Title)
	assert.Equal(t, 2024, w.Year)
	assert.Equal(t, "U.S.", w.Area)
	assert.Equal(t, usd(t, "115.00"), w.TopHourly)
	assert.Equal(t, usd(t, "239200"), w.TopAnnual)

	e, ok := w.Detailed("11-3021")
	require.True(t, ok)
	assert.Equal(t, "Computer and Information Systems Managers", e.Title)
	assert.Equal(t, bls.Detailed, e.Group)
	assert.Equal(t, int64(645970), e.Employment)
	assert.Equal(t, usd(t, "171200"), e.Annual.Median.Money)
	assert.Equal(t, usd(t, "82.31"), e.Hourly.Median.Money)
	assert.Equal(t, "$239,200+", e.Annual.P90.String(), "A_PCT90 is #")
	assert.Equal(t, 6, e.Line)

	legislators, ok := w.Detailed("11-1031")
	require.True(t, ok)
	assert.True(t, legislators.AnnualOnly)
	assert.False(t, legislators.Hourly.Median.Known())
	assert.Equal(t, bls.NoWage, legislators.Hourly.Median.Mark)
	assert.Equal(t, "*", legislators.Hourly.Median.String())
	assert.Equal(t, usd(t, "44810"), legislators.Annual.Median.Money)

	actors, ok := w.Detailed("27-2011")
	require.True(t, ok)
	assert.True(t, actors.HourlyOnly)
	assert.Equal(t, bls.NoWage, actors.Annual.Mean.Mark)
	assert.Equal(t, usd(t, "23.33"), actors.Hourly.Median.Money)

	surgeons, ok := w.Detailed("29-1243")
	require.True(t, ok)
	assert.Equal(t, usd(t, "189720"), surgeons.Annual.P10.Money)
	for _, wg := range []bls.Wage{surgeons.Annual.P25, surgeons.Annual.Median, surgeons.Annual.P90} {
		assert.True(t, wg.OpenEnded())
		assert.Equal(t, bls.TopCoded, wg.Mark)
		assert.Equal(t, usd(t, "239200"), wg.Money)
	}
	assert.Equal(t, "$115+", surgeons.Hourly.Median.String())

	_, ok = w.Find("11-0000", bls.Major)
	assert.True(t, ok)
	_, ok = w.Detailed("11-0000")
	assert.False(t, ok, "a major group is not a detailed occupation")
	total, ok := w.Find("00-0000", bls.Total)
	require.True(t, ok)
	assert.Equal(t, int64(154187380), total.Employment)

	codes := []string{}
	for e := range w.All() {
		codes = append(codes, e.Code)
	}
	assert.Equal(t, []string{"00-0000", "11-0000", "11-1011", "11-1031", "11-3021", "13-1020", "15-1252", "27-2011", "29-1243"}, codes)
}

func TestForOccupation(t *testing.T) {
	w, err := bls.LoadWages(wagesFixture)
	require.NoError(t, err)
	for _, tc := range []struct {
		code, want string
		match      bls.Match
	}{
		{"11-3021.00", "11-3021", bls.Exact},
		{"11-3021.01", "11-3021", bls.Exact},
		{"11-3021", "11-3021", bls.Exact},
		{"13-1021.00", "13-1020", bls.ViaBroad},
		{"13-1023.00", "13-1020", bls.ViaBroad},
		{"11-1021.00", "", bls.NoMatch}, // not in the fixture, nor its broad occupation
		{"11-0000.00", "", bls.NoMatch}, // a major group
		{"55-3016.00", "", bls.NoMatch},
		{"", "", bls.NoMatch},
		{"11-3021.0", "", bls.NoMatch},
		{"1-13021.00", "", bls.NoMatch},
	} {
		e, m, ok := w.ForOccupation(tc.code)
		assert.Equal(t, tc.want != "", ok, tc.code)
		assert.Equal(t, tc.want, e.Code, tc.code)
		assert.Equal(t, tc.match, m, tc.code)
	}
	var none *bls.Wages
	_, _, ok := none.ForOccupation("11-3021.00")
	assert.False(t, ok)
	assert.Zero(t, none.Len())
}

func TestReadWagesWithoutNotes(t *testing.T) {
	data := readFile(t, wagesFixture)
	w, err := bls.ReadWages(strings.NewReader(data), "wages.csv")
	require.NoError(t, err)
	assert.Zero(t, w.Year, "neither notes nor a file name give the year")
	assert.Empty(t, w.Title)
	surgeons, _ := w.Detailed("29-1243")
	assert.Equal(t, bls.TopCoded, surgeons.Annual.Median.Mark)
	assert.False(t, surgeons.Annual.Median.Known(), "the top of the range is not stated")
	assert.Equal(t, "#", surgeons.Annual.Median.String())

	w, err = bls.ReadWages(strings.NewReader(data), "dl/national_M2024_dl.csv")
	require.NoError(t, err)
	assert.Equal(t, 2024, w.Year, "from the file name")

	// Line endings, a byte order mark and lower-case headers of older
	// releases read alike.
	crlf := "\ufeff" + strings.ReplaceAll(strings.Replace(data, "OCC_CODE", "occ_code", 1), "\n", "\r\n")
	w2, err := bls.ReadWages(strings.NewReader(crlf), "wages.csv")
	require.NoError(t, err)
	assert.Equal(t, slices.Collect(w.All()), slices.Collect(w2.All()))
}

// workbook writes sheets of rows as an .xlsx file, cells as text.
func workbook(t testing.TB, sheets ...sheetRows) []byte {
	return workbookOf(t, false, sheets...)
}

// workbookOf writes sheets of rows as an .xlsx file, cells that are
// numbers as numbers when numbers is set, as a spreadsheet program stores
// them.
func workbookOf(t testing.TB, numbers bool, sheets ...sheetRows) []byte {
	t.Helper()
	f := excelize.NewFile()
	defer f.Close()
	for i, s := range sheets {
		if i == 0 {
			require.NoError(t, f.SetSheetName("Sheet1", s.name))
		} else {
			_, err := f.NewSheet(s.name)
			require.NoError(t, err)
		}
		for r, row := range s.rows {
			cells := make([]any, len(row))
			for j, c := range row {
				cells[j] = c
				if v, err := strconv.ParseFloat(c, 64); numbers && err == nil {
					cells[j] = v
				}
			}
			cell, err := excelize.CoordinatesToCellName(1, r+1)
			require.NoError(t, err)
			require.NoError(t, f.SetSheetRow(s.name, cell, &cells))
		}
	}
	var b bytes.Buffer
	require.NoError(t, f.Write(&b))
	return b.Bytes()
}

type sheetRows struct {
	name string
	rows [][]string
}

func csvRows(t testing.TB, path string) [][]string {
	t.Helper()
	f, err := os.Open(path)
	require.NoError(t, err)
	defer f.Close()
	rows, err := csvReadAll(f)
	require.NoError(t, err)
	return rows
}

func TestReadWagesWorkbook(t *testing.T) {
	want, err := bls.LoadWages(wagesFixture)
	require.NoError(t, err)
	data := workbook(t,
		sheetRows{"national_M2024_dl", csvRows(t, wagesFixture)},
		sheetRows{"Field Descriptions", csvRows(t, notesFixture)},
	)
	w, err := bls.ReadWages(bytes.NewReader(data), "national.xlsx")
	require.NoError(t, err)
	assert.Equal(t, slices.Collect(want.All()), slices.Collect(w.All()))
	assert.Equal(t, want.Title, w.Title)
	assert.Equal(t, want.Year, w.Year)
	assert.Equal(t, want.TopAnnual, w.TopAnnual)
	assert.Equal(t, want.TopHourly, w.TopHourly)

	// Cells that hold numbers, as a spreadsheet program saves them
	// (154187380 is stored as 1.5418738E8), read alike.
	data = workbookOf(t, true,
		sheetRows{"national_M2024_dl", csvRows(t, wagesFixture)},
		sheetRows{"Field Descriptions", csvRows(t, notesFixture)},
	)
	w, err = bls.ReadWages(bytes.NewReader(data), "national.xlsx")
	require.NoError(t, err)
	assert.Equal(t, slices.Collect(want.All()), slices.Collect(w.All()))
	rows := csvRows(t, wagesFixture)
	rows[5][22] = "82.315"
	data = workbookOf(t, true, sheetRows{"national_M2024_dl", rows})
	_, err = bls.ReadWages(bytes.NewReader(data), "national.xlsx")
	ps := problemsOf(t, err)
	assert.Equal(t, "national.xlsx [national_M2024_dl]", ps[0].File)
	assert.Equal(t, 6, ps[0].Line)
	assert.Equal(t, 23, ps[0].Column)
	assert.Equal(t, "H_MEDIAN", ps[0].Path)

	// The data sheet is found by its header, wherever it is.
	rows = append([][]string{{"OEWS national estimates"}, {}}, csvRows(t, wagesFixture)...)
	data = workbook(t, sheetRows{"Index", [][]string{{"Contents"}}}, sheetRows{"Data", rows})
	w, err = bls.ReadWages(bytes.NewReader(data), "national.xlsx")
	require.NoError(t, err)
	assert.Equal(t, 9, w.Len())
	e, _ := w.Detailed("11-3021")
	assert.Equal(t, 8, e.Line, "the row number in the sheet")
}

// problemsOf returns the problems of a *rolemodel.ValidationError.
func problemsOf(t testing.TB, err error) []rolemodel.Problem {
	t.Helper()
	var ve *rolemodel.ValidationError
	require.True(t, errors.As(err, &ve), "%T %v", err, err)
	require.NotEmpty(t, ve.Problems)
	assert.ErrorIs(t, err, rolemodel.ErrInvalid)
	return ve.Problems
}

func TestWagesProblems(t *testing.T) {
	base := readFile(t, wagesFixture)
	header, _, _ := strings.Cut(base, "\n")
	cio := "99,U.S.,1,US,000000,Cross-industry,cross-industry,1235,11-3021,Computer and Information Systems Managers,detailed,645970,0.6,,,,,90.38,187990,0.3,50.22,64.59,82.31,103.95,#,104450,134350,171200,216220,#,,"
	require.Contains(t, base, cio+"\n")
	edit := func(old, new string) string { return strings.Replace(base, old, new, 1) }
	cases := []struct {
		name, input string
		kind        error
		line, col   int
		path, msg   string
	}{
		{"bad code", edit(",11-3021,", ",11-302X,"), rolemodel.ErrInvalidValue, 6, 56, "OCC_CODE", `"11-302X" is not an occupation code`},
		{"bad wage", edit(",171200,", ",171.200.5,"), rolemodel.ErrInvalidValue, 6, 0, "A_MEDIAN", `"171.200.5" is not a wage`},
		{"three decimals", edit(",82.31,", ",82.315,"), rolemodel.ErrInvalidValue, 6, 0, "H_MEDIAN", "is not a wage"},
		{"negative wage", edit(",82.31,", ",-82.31,"), rolemodel.ErrInvalidValue, 6, 0, "H_MEDIAN", "is not a wage"},
		{"bad employment", edit(",645970,", ",lots,"), rolemodel.ErrInvalidValue, 6, 0, "TOT_EMP", "is not an employment figure"},
		{"bad group", edit(",detailed,645970", ",detail,645970"), rolemodel.ErrInvalidValue, 6, 0, "O_GROUP", `"detail" is not an occupation level`},
		{"bad flag", strings.Replace(base, cio, cio[:len(cio)-2]+",yes,", 1), rolemodel.ErrInvalidValue, 6, 0, "ANNUAL", `"yes" is not a flag`},
		{"second area", edit("99,U.S.,1,US,000000,Cross-industry,cross-industry,1235,11-3021", "39,Ohio,2,OH,000000,Cross-industry,cross-industry,1235,11-3021"), rolemodel.ErrInvalidValue, 6, 0, "AREA_TITLE", `area "Ohio" differs from "U.S." on line 2`},
		{"duplicate", base + cio + "\n", rolemodel.ErrDuplicate, 11, 0, "OCC_CODE", "occupation 11-3021 (detailed) is listed twice, first on line 6"},
		{"unquoted comma", edit("Computer and Information Systems Managers,detailed", "Computer, and Information Systems Managers,detailed"), rolemodel.ErrSyntax, 6, 0, "", "the record has 33 fields, more than the 32 allowed"},
		{"empty title", edit("Computer and Information Systems Managers,", ","), rolemodel.ErrInvalidValue, 6, 0, "OCC_TITLE", "the occupation's title is empty: expected its name"},
		// Issue 14's second round: a title that shows as nothing, or with a
		// character a name may not hold, is refused at its cell.
		{"invisible title", edit("Computer and Information Systems Managers,", "\u200b\ufeff,"), rolemodel.ErrInvalidValue, 6, 0, "OCC_TITLE", "the occupation's title is empty: expected its name"},
		{"title with NEL", edit("Computer and Information Systems Managers,", "Computer\u0085Managers,"), rolemodel.ErrInvalidValue, 6, 0, "OCC_TITLE", `"Computer\u0085Managers" holds the control character U+0085`},
		{"title with a bidirectional override", edit("Computer and Information Systems Managers,", "Computer\u202eManagers,"), rolemodel.ErrInvalidValue, 6, 0, "OCC_TITLE", `"Computer\u202eManagers" holds the bidirectional formatting character U+202E`},
		{"not UTF-8", edit("Computer and", "Computer \xff and"), rolemodel.ErrSyntax, 6, 0, "OCC_TITLE", "not valid UTF-8"},
		{"control character", edit("Computer and", "Computer \x01and"), rolemodel.ErrSyntax, 6, 0, "OCC_TITLE", "control character U+0001"},
		{"bad quoting", edit("Computer and", `Computer "and`), rolemodel.ErrSyntax, 6, 0, "", "expected RFC 4180 CSV"},
		{"duplicate column", strings.Replace(base, "OCC_TITLE", "OCC_CODE", 1), rolemodel.ErrInvalidValue, 1, 0, "", "no header row"},
		{"repeated header", strings.Replace(base, ",ANNUAL,", ",A_MEAN,", 1), rolemodel.ErrDuplicate, 1, 0, "A_MEAN", `names column "A_MEAN" twice`},
		{"no header", "a,b,c\n1,2,3\n", rolemodel.ErrInvalidValue, 1, 0, "", "no header row naming the columns OCC_CODE, OCC_TITLE and O_GROUP"},
		{"header only", header + "\n", rolemodel.ErrEmpty, 0, 0, "", "lists no occupations"},
		{"empty", "", rolemodel.ErrEmpty, 0, 0, "", "the file is empty"},
		{"not a workbook", "PK\x03\x04 not really a zip", rolemodel.ErrSyntax, 0, 0, "", "not a workbook"},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			w, err := bls.ReadWages(strings.NewReader(tc.input), "wages.csv")
			assert.Nil(t, w)
			ps := problemsOf(t, err)
			p := ps[0]
			assert.ErrorIs(t, err, tc.kind)
			assert.Equal(t, tc.kind, p.Kind, p.String())
			assert.Equal(t, "wages.csv", p.File)
			assert.Equal(t, tc.line, p.Line, p.String())
			if tc.col != 0 {
				assert.Equal(t, tc.col, p.Column, p.String())
			}
			assert.Equal(t, tc.path, p.Path, p.String())
			assert.Contains(t, p.Message, tc.msg)
			assert.NotContains(t, err.Error(), "\x01")
			assert.NotContains(t, err.Error(), "\xff")
		})
	}
}

func TestWagesProblemsBounded(t *testing.T) {
	base := readFile(t, wagesFixture)
	long := strings.Repeat("9x", 5000)
	w, err := bls.ReadWages(strings.NewReader(strings.Replace(base, ",171200,", ","+long+",", 1)), "wages.csv")
	assert.Nil(t, w)
	ps := problemsOf(t, err)
	assert.Less(t, len(ps[0].Message), 200, "the value is cut: %s", ps[0].Message)
	assert.Contains(t, ps[0].Message, `"9x9x`)
	assert.Contains(t, ps[0].Message, `…`)

	// A file of bad rows lists a hundred problems and counts the rest.
	var b strings.Builder
	b.WriteString(base)
	for range 150 {
		b.WriteString("99,U.S.,1,US,000000,Cross-industry,cross-industry,1235,bad,Title,detailed,1,,,,,,,,,,,,,,,,,,,,\n")
	}
	_, err = bls.ReadWages(strings.NewReader(b.String()), "wages.csv")
	ps = problemsOf(t, err)
	require.Len(t, ps, rolemodel.MaxProblems)
	var ve *rolemodel.ValidationError
	require.ErrorAs(t, err, &ve)
	assert.Equal(t, 50, ve.More)
}

func TestLoadWagesFiles(t *testing.T) {
	_, err := bls.LoadWages("testdata/no-such-file.csv")
	var ve *rolemodel.ValidationError
	require.ErrorAs(t, err, &ve)
	assert.ErrorIs(t, err, rolemodel.ErrUnreadable)
	assert.ErrorIs(t, err, fs.ErrNotExist)
	assert.Equal(t, "testdata/no-such-file.csv", ve.Problems[0].File)

	_, err = bls.LoadWages("testdata")
	assert.EqualError(t, err, "rolemodel: cannot read the input: testdata: is a directory: expected a regular file")

	_, err = bls.ReadWages(nil, "x")
	assert.ErrorIs(t, err, rolemodel.ErrEmpty)
}

func TestWageString(t *testing.T) {
	assert.Equal(t, "", bls.Wage{}.String())
	assert.Equal(t, "**", bls.Wage{Mark: bls.NoEmployment}.String())
	assert.Equal(t, "~", bls.FewEstablishments.String())
	assert.Equal(t, "detailed", bls.Detailed.String())
	assert.Equal(t, "", bls.Group(0).String())
	assert.Equal(t, "Group(9)", bls.Group(9).String())
	assert.Equal(t, "Mark(9)", bls.Mark(9).String())
	assert.Equal(t, "via broad", bls.ViaBroad.String())
}

func TestWagesMarks(t *testing.T) {
	base := readFile(t, wagesFixture)
	// "**" and "~" are data wherever a figure may be.
	in := strings.Replace(base, ",645970,", ",**,", 1)
	in = strings.Replace(in, ",171200,", ",~,", 1)
	w, err := bls.ReadWages(strings.NewReader(in), "wages.csv")
	require.NoError(t, err)
	e, _ := w.Detailed("11-3021")
	assert.Equal(t, bls.NoEmployment, e.EmploymentMark)
	assert.Zero(t, e.Employment)
	assert.Equal(t, bls.FewEstablishments, e.Annual.Median.Mark)
	assert.False(t, e.Annual.Median.Known())
	// Thousands separators, as the workbook shows figures.
	in = strings.Replace(base, ",645970,", `,"645,970",`, 1)
	in = strings.Replace(in, ",171200,", `,"171,200.00",`, 1)
	w, err = bls.ReadWages(strings.NewReader(in), "wages.csv")
	require.NoError(t, err)
	e, _ = w.Detailed("11-3021")
	assert.Equal(t, int64(645970), e.Employment)
	assert.Equal(t, usd(t, "171200"), e.Annual.Median.Money)
	for _, bad := range []string{`"1,71,200"`, `",171"`, "1e5", "+5", ".5", "5."} {
		_, err = bls.ReadWages(strings.NewReader(strings.Replace(base, ",171200,", ","+bad+",", 1)), "wages.csv")
		assert.Error(t, err, bad)
	}
}

func TestMaxFileSize(t *testing.T) {
	_, err := bls.LoadWages(wagesFixture, bls.MaxFileSize(100))
	ps := problemsOf(t, err)
	assert.ErrorIs(t, err, rolemodel.ErrTooLarge)
	assert.Contains(t, ps[0].Message, "more than the limit of 100")
	_, err = bls.ReadProjections(strings.NewReader(readFile(t, projFixture)), "t.csv", bls.MaxFileSize(100))
	assert.ErrorIs(t, err, rolemodel.ErrTooLarge)
	_, err = bls.LoadProjections(projFixture, bls.MaxFileSize(0), nil)
	assert.NoError(t, err, "0 and nil keep the default")

	// A small archive that unzips to much more than the limit allows.
	var b bytes.Buffer
	z := zip.NewWriter(&b)
	w, err := z.Create("xl/worksheets/sheet1.xml")
	require.NoError(t, err)
	_, err = w.Write(bytes.Repeat([]byte{' '}, 4<<20))
	require.NoError(t, err)
	require.NoError(t, z.Close())
	require.Less(t, b.Len(), 64<<10)
	_, err = bls.ReadWages(bytes.NewReader(b.Bytes()), "bomb.xlsx", bls.MaxFileSize(64<<10))
	ps = problemsOf(t, err)
	assert.ErrorIs(t, err, rolemodel.ErrSyntax)
	assert.Contains(t, ps[0].Message, "unzip size exceeds the 1048576 bytes limit")
}
