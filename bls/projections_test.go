package bls_test

import (
	"bytes"
	"io/fs"
	"slices"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/rolemodel/rolemodel"
	"github.com/rolemodel/rolemodel/bls"
)

func value[T interface{ Value() (float64, bool) }](t testing.TB, x T) float64 {
	t.Helper()
	v, ok := x.Value()
	require.True(t, ok, "no value")
	return v
}

func TestLoadProjectionsFixture(t *testing.T) {
	p, err := bls.LoadProjections(projFixture)
	require.NoError(t, err)
	assert.Equal(t, 21, p.Len(), "the footnotes are not rows")
	assert.Equal(t, 2024, p.FromYear)
	assert.Equal(t, 2034, p.ToYear)
	assert.Empty(t, p.Title, "the CSV has no title row")

	r, ok := p.Find("11-3021")
	require.True(t, ok)
	assert.Equal(t, "Computer and information systems managers", r.Title)
	assert.Equal(t, bls.LineItem, r.Type)
	assert.Equal(t, 3, r.Depth)
	assert.InDelta(t, 667.1, value(t, r.Employment), 1e-9)
	n, ok := r.Employment.Count()
	assert.True(t, ok)
	assert.Equal(t, int64(667100), n)
	assert.InDelta(t, 768.7, value(t, r.ProjectedEmployment), 1e-9)
	assert.InDelta(t, 101.6, value(t, r.Change), 1e-9)
	assert.InDelta(t, 15.2, value(t, r.ChangePercent), 1e-9)
	assert.InDelta(t, 0.9, value(t, r.SelfEmployed), 1e-9)
	assert.Equal(t, "55.6 thousand", r.Openings.String())
	n, _ = r.Openings.Count()
	assert.Equal(t, int64(55600), n)
	assert.Equal(t, "$171,200", r.MedianAnnualWage.String())
	assert.Equal(t, "Bachelor's degree", r.Education)
	assert.Equal(t, "5 years or more", r.Experience)
	assert.Equal(t, "None", r.Training)
	assert.Equal(t, 8, r.Line)

	total, ok := p.Total()
	require.True(t, ok)
	assert.Equal(t, bls.Summary, total.Type)
	assert.Equal(t, 0, total.Depth)
	assert.Equal(t, "Total, all occupations", total.Title)
	assert.Empty(t, total.Education, "— is no value")
	assert.Equal(t, "3.1%", total.ChangePercent.String())

	legislators, _ := p.Find("11-1031")
	_, ok = legislators.SelfEmployed.Value()
	assert.False(t, ok, "—")
	assert.Equal(t, "—", legislators.SelfEmployed.String())

	actors, _ := p.Find("27-2011")
	assert.False(t, actors.MedianAnnualWage.Known())
	assert.Equal(t, 4, actors.Depth)
	assert.Equal(t, "Some college, no degree", actors.Education)

	surgeons, _ := p.Find("29-1243")
	assert.Equal(t, "$239,200+", surgeons.MedianAnnualWage.String())
	assert.Equal(t, bls.TopCoded, surgeons.MedianAnnualWage.Mark)
	assert.Equal(t, "0 thousand", surgeons.Openings.String(), "0.0 is a value")

	depths := map[string]int{}
	for r := range p.All() {
		depths[r.Code] = r.Depth
	}
	assert.Equal(t, map[string]int{"00-0000": 0, "11-0000": 1, "11-1000": 2, "11-1011": 3}, map[string]int{
		"00-0000": depths["00-0000"], "11-0000": depths["11-0000"], "11-1000": depths["11-1000"], "11-1011": depths["11-1011"]})

	for _, tc := range []struct {
		code, want string
		match      bls.Match
	}{
		{"11-3021.00", "11-3021", bls.Exact},
		{"13-1022.00", "13-1020", bls.ViaBroad},
		{"15-1250.00", "", bls.NoMatch}, // a summary row
		{"15-1251.00", "", bls.NoMatch}, // its broad occupation is a summary
		{"11-0000", "", bls.NoMatch},
	} {
		r, m, ok := p.ForOccupation(tc.code)
		assert.Equal(t, tc.want != "", ok, tc.code)
		assert.Equal(t, tc.want, r.Code, tc.code)
		assert.Equal(t, tc.match, m, tc.code)
	}
}

func TestReadProjectionsWorkbook(t *testing.T) {
	want, err := bls.LoadProjections(projFixture)
	require.NoError(t, err)
	title := "Table 1.2 Occupational projections, 2024–2034, and worker characteristics, 2024 (Employment in thousands)"
	rows := append([][]string{{title}}, csvRows(t, projFixture)...)
	data := workbook(t,
		sheetRows{"Index", [][]string{{"Table 1.1"}, {"Table 1.2"}}},
		sheetRows{"Table 1.1", [][]string{{"Employment by major occupational group"}, {"Occupation", "Code"}}},
		sheetRows{"Table 1.2", rows},
	)
	p, err := bls.ReadProjections(bytes.NewReader(data), "occupation.xlsx")
	require.NoError(t, err)
	assert.Equal(t, title, p.Title)
	// As a spreadsheet program stores numbers: 309.39999999999998 for 309.4.
	numeric, err := bls.ReadProjections(bytes.NewReader(workbookOf(t, true, sheetRows{"Table 1.2", rows})), "occupation.xlsx")
	require.NoError(t, err)
	assert.Equal(t, slices.Collect(p.All()), slices.Collect(numeric.All()))
	assert.Equal(t, want.FromYear, p.FromYear)
	got := slices.Collect(p.All())
	exp := slices.Collect(want.All())
	require.Len(t, got, len(exp))
	for i := range got {
		assert.Equal(t, exp[i].Line+1, got[i].Line, "the title row comes first")
		got[i].Line = exp[i].Line
	}
	assert.Equal(t, exp, got)
}

func TestProjectionsNegativeChange(t *testing.T) {
	in := strings.Replace(readFile(t, projFixture), "667.1,768.7,0.4,0.4,101.6,15.2", `667.1,566.5,0.4,0.3,-100.6,-15.1`, 1)
	in = strings.Replace(in, "3712.9", `"3,712.9"`, 1)
	p, err := bls.ReadProjections(strings.NewReader(in), "t.csv")
	require.NoError(t, err)
	r, _ := p.Find("11-3021")
	assert.InDelta(t, -100.6, value(t, r.Change), 1e-9)
	assert.Equal(t, "-15.1%", r.ChangePercent.String())
}

func TestProjectionsProblems(t *testing.T) {
	base := readFile(t, projFixture)
	header, _, _ := strings.Cut(base, "\n")
	edit := func(old, new string) string {
		require.Contains(t, base, old)
		return strings.Replace(base, old, new, 1)
	}
	const cio = "Computer and information systems managers,11-3021,Line item,667.1,768.7,0.4,0.4,101.6,15.2,0.9,55.6,171200,"
	cases := []struct {
		name, input string
		kind        error
		line        int
		path, msg   string
	}{
		{"bad code", edit(",11-3021,", ",11-30211,"), rolemodel.ErrInvalidValue, 8, "2024 National Employment Matrix code", `"11-30211" is not an occupation code`},
		{"no code", edit(",11-3021,", ",,"), rolemodel.ErrInvalidValue, 8, "2024 National Employment Matrix code", `"" is not an occupation code`},
		{"bad type", edit("11-3021,Line item", "11-3021,Detail"), rolemodel.ErrInvalidValue, 8, "Occupation type", `"Detail" is not an occupation type`},
		{"bad figure", edit(cio, strings.Replace(cio, "667.1", "667.1k", 1)), rolemodel.ErrInvalidValue, 8, "Employment, 2024", `"667.1k" is not a figure in thousands`},
		{"negative employment", edit(cio, strings.Replace(cio, "667.1", "-667.1", 1)), rolemodel.ErrInvalidValue, 8, "Employment, 2024", "is not a figure in thousands"},
		{"percent out of range", edit(cio, strings.Replace(cio, "15.2", "-150", 1)), rolemodel.ErrInvalidValue, 8, "Employment change, percent, 2024–34", `"-150" is not a percentage from -100 to 1000`},
		{"self-employed over 100", edit(cio, strings.Replace(cio, ",0.9,", ",100.5,", 1)), rolemodel.ErrInvalidValue, 8, "Percent self employed, 2024", "is not a percentage from 0 to 100"},
		{"bad wage", edit(cio, strings.Replace(cio, "171200", "high", 1)), rolemodel.ErrInvalidValue, 8, "Median annual wage, dollars, 2024[1]", `"high" is not a wage`},
		{"bad top wage", edit(`">=$239,200",Doctoral`, `">=$239,2000",Doctoral`), rolemodel.ErrInvalidValue, 22, "Median annual wage, dollars, 2024[1]", "is not a wage"},
		{"long words", edit("Bachelor's degree,5 years or more", strings.Repeat("x", 201)+",5 years or more"), rolemodel.ErrTooLarge, 5, "Typical education needed for entry", "more than 200"},
		{"row in one field", base + "\"      " + cio + "Bachelor's degree,5 years or more,None,OOH Content\"\n", rolemodel.ErrSyntax, 27, "", "the row has 1 fields, expected 16"},
		{"duplicate code", base + "      " + cio + "Bachelor's degree,5 years or more,None,OOH Content\n", rolemodel.ErrDuplicate, 27, "2024 National Employment Matrix code", "occupation 11-3021 is listed twice, first on line 8"},
		{"one year", strings.Replace(base, "Employment, 2034", "Employment, 2024", 1), rolemodel.ErrInvalidValue, 1, "", "no header row"},
		{"no header", "Title,Code\nA,11-1011\n", rolemodel.ErrInvalidValue, 1, "", "no header row"},
		{"header only", header + "\n", rolemodel.ErrEmpty, 0, "", "lists no occupations"},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			p, err := bls.ReadProjections(strings.NewReader(tc.input), "ep.csv")
			assert.Nil(t, p)
			ps := problemsOf(t, err)
			pr := ps[0]
			assert.Equal(t, tc.kind, pr.Kind, pr.String())
			assert.Equal(t, "ep.csv", pr.File)
			assert.Equal(t, tc.line, pr.Line, pr.String())
			assert.Equal(t, tc.path, pr.Path, pr.String())
			assert.Contains(t, pr.Message, tc.msg)
		})
	}
}

func TestLoadProjectionsFiles(t *testing.T) {
	_, err := bls.LoadProjections("testdata/no-such-file.xlsx")
	assert.ErrorIs(t, err, rolemodel.ErrUnreadable)
	assert.ErrorIs(t, err, fs.ErrNotExist)
	_, err = bls.ReadProjections(strings.NewReader("PK\x03\x04"), "x.xlsx")
	assert.ErrorIs(t, err, rolemodel.ErrSyntax)
	// A workbook without the table.
	_, err = bls.ReadProjections(bytes.NewReader(workbook(t, sheetRows{"Index", [][]string{{"nothing here"}}})), "x.xlsx")
	assert.ErrorIs(t, err, rolemodel.ErrInvalidValue)
	var none *bls.Projections
	assert.Zero(t, none.Len())
	_, ok := none.Total()
	assert.False(t, ok)
}

func TestThousandsAndPercent(t *testing.T) {
	var th bls.Thousands
	_, ok := th.Count()
	assert.False(t, ok)
	assert.Equal(t, "—", th.String())
	var pc bls.Percent
	_, ok = pc.Value()
	assert.False(t, ok)
	assert.Equal(t, "Line item", bls.LineItem.String())
	assert.Equal(t, "Summary", bls.Summary.String())
	assert.Equal(t, "", bls.OccupationType(0).String())
}
