package bls_test

import (
	"bytes"
	"encoding/json"
	"os"
	"strings"
	"testing"

	"github.com/santhosh-tekuri/jsonschema/v6"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/rolemodel/rolemodel"
	"github.com/rolemodel/rolemodel/bls"
	"github.com/rolemodel/rolemodel/role"
	"github.com/rolemodel/rolemodel/salary"
)

// company is a small hand-made catalog whose roles carry O*NET-SOC codes.
func company(t testing.TB) *rolemodel.Catalog {
	t.Helper()
	src := []string{"handbook"}
	r := func(id, title, code string) role.Role {
		return role.Role{ID: role.ID(id), Title: title, Codes: role.Codes{ONetSOC: code}, Sources: src}
	}
	lead := r("engineering-manager", "Engineering Manager", "11-3021.00")
	lead.Salaries = []role.Salary{{
		Statistic: salary.RangeOfPay, Currency: salary.MustParseCurrency("USD"),
		Min: salary.MustParseAmount("150000"), Max: salary.MustParseAmount("190000"),
		Period: salary.Annual, Text: "$150,000 - $190,000", Sources: src,
	}}
	c, err := rolemodel.Build(rolemodel.Parts{
		Sources: []role.Source{{ID: "handbook", Title: "Company handbook"}},
		Roles: []role.Role{
			lead,
			r("buyer", "Buyer", "13-1023.00"),
			r("public-affairs-lead", "Public Affairs Lead", "11-1031.00"),
			r("voice-actor", "Voice Actor", "27-2011.00"),
			r("surgeon", "Pediatric Surgeon", "29-1243.00"),
			r("security-officer", "Security Officer", "55-3016.00"),
			r("intern", "Intern", ""),
		},
	})
	require.NoError(t, err)
	return c
}

func fixtures(t testing.TB) (*bls.Wages, *bls.Projections) {
	t.Helper()
	w, err := bls.LoadWages(wagesFixture)
	require.NoError(t, err)
	p, err := bls.LoadProjections(projFixture)
	require.NoError(t, err)
	return w, p
}

func count(r role.Role, src string) (salaries, outlook int) {
	for _, s := range r.Salaries {
		if len(s.Sources) == 1 && s.Sources[0] == src {
			salaries++
		}
	}
	for _, o := range r.Outlook {
		if len(o.Sources) == 1 && o.Sources[0] == src {
			outlook++
		}
	}
	return
}

func TestAttachCompany(t *testing.T) {
	w, p := fixtures(t)
	c, err := bls.Attach(company(t), w, p)
	require.NoError(t, err)

	wsrc, ok := c.Source("bls-oews-2024")
	require.True(t, ok)
	assert.Equal(t, "U.S. Bureau of Labor Statistics", wsrc.Publisher)
	assert.Equal(t, "Public domain", wsrc.License)
	assert.Contains(t, wsrc.Note, "Credit: U.S. Bureau of Labor Statistics")
	assert.Contains(t, wsrc.Title, "May 2024")
	assert.Equal(t, bls.WagesURL, wsrc.URL)
	psrc, ok := c.Source("bls-ep-2024-34")
	require.True(t, ok)
	assert.Contains(t, psrc.Title, "2024–2034")

	want := map[role.ID][3]int{ // salaries, outlook; then salaries from the company
		"engineering-manager": {12, 1, 1},
		"buyer":               {12, 1, 0}, // via 13-1020
		"public-affairs-lead": {6, 1, 0},  // annual only
		"voice-actor":         {6, 1, 0},  // hourly only
		"surgeon":             {12, 1, 0}, // top-coded
		"security-officer":    {0, 0, 0},  // military: not in OEWS or EP
		"intern":              {0, 0, 0},  // no code
	}
	for id, n := range want {
		r, ok := c.Role(id)
		require.True(t, ok)
		s, o := count(r, "bls-oews-2024")
		_, o = count(r, "bls-ep-2024-34")
		assert.Equal(t, n[0], s, "%s salaries", id)
		assert.Equal(t, n[1], o, "%s outlook", id)
		assert.Len(t, r.Salaries, n[0]+n[2], id)
		assert.Equal(t, n[0] > 0, containsString(r.Sources, "bls-oews-2024"), id)
		assert.Equal(t, n[1] > 0, containsString(r.Sources, "bls-ep-2024-34"), id)
	}

	em, _ := c.Role("engineering-manager")
	assert.Equal(t, salary.RangeOfPay, em.Salaries[0].Statistic, "the company's own figure stays first")
	var lines []string
	for _, s := range em.Salaries[1:] {
		rg, err := s.Range()
		require.NoError(t, err)
		lines = append(lines, rg.String())
	}
	assert.Equal(t, []string{
		`p10 $104,450 per year; region="United States"; year=2024; source="bls-oews-2024"`,
		`p25 $134,350 per year; region="United States"; year=2024; source="bls-oews-2024"`,
		`median $171,200 per year; region="United States"; year=2024; source="bls-oews-2024"`,
		`p75 $216,220 per year; region="United States"; year=2024; source="bls-oews-2024"`,
		`p90 $239,200+ per year; region="United States"; year=2024; source="bls-oews-2024"`,
		`average $187,990 per year; region="United States"; year=2024; source="bls-oews-2024"`,
		`p10 $50.22 per hour; region="United States"; year=2024; source="bls-oews-2024"`,
		`p25 $64.59 per hour; region="United States"; year=2024; source="bls-oews-2024"`,
		`median $82.31 per hour; region="United States"; year=2024; source="bls-oews-2024"`,
		`p75 $103.95 per hour; region="United States"; year=2024; source="bls-oews-2024"`,
		`p90 $115+ per hour; region="United States"; year=2024; source="bls-oews-2024"`,
		`average $90.38 per hour; region="United States"; year=2024; source="bls-oews-2024"`,
	}, lines)
	top := em.Salaries[5]
	assert.True(t, top.OpenEnded)
	assert.Equal(t, "#", top.Text)
	assert.Contains(t, top.Note, "at or above $239,200 a year")
	assert.Equal(t, "OEWS A_MEDIAN for SOC 11-3021 Computer and Information Systems Managers.", em.Salaries[3].Note)

	require.Len(t, em.Outlook, 1)
	o := em.Outlook[0]
	assert.Equal(t, "United States", o.Region)
	assert.Equal(t, "SOC 11-3021 Computer and information systems managers", o.Scope)
	require.NotNil(t, o.GrowthPercent)
	assert.InDelta(t, 15.2, *o.GrowthPercent, 1e-9)
	require.NotNil(t, o.AverageGrowthPercent)
	assert.InDelta(t, 3.1, *o.AverageGrowthPercent, 1e-9)
	assert.Equal(t, 2024, o.FromYear)
	assert.Equal(t, 2034, o.ToYear)
	assert.Equal(t, 55600, o.OpeningsPerYear)
	assert.Equal(t, 667100, o.Employment)
	assert.Equal(t, 2024, o.Year)
	assert.Equal(t, 768700, o.ProjectedEmployment)
	assert.Equal(t, "Bachelor's degree", o.TypicalEducation)
	assert.Equal(t, "5 years or more", o.WorkExperience)
	assert.Equal(t, "None", o.Training)
	assert.Equal(t, "Employment 667.1 thousand in 2024, projected 768.7 thousand in 2034 (+15.2%; all occupations +3.1%). 55.6 thousand openings a year on average, 2024–2034.", o.Text)

	buyer, _ := c.Role("buyer")
	assert.Equal(t, "SOC 13-1020 Buyers and purchasing agents, the most detailed figures BLS publishes for 13-1023", buyer.Outlook[0].Scope)
	assert.Contains(t, buyer.Salaries[0].Note, "SOC 13-1020 Buyers and Purchasing Agents, the most detailed figures BLS publishes for 13-1023")

	surgeon, _ := c.Role("surgeon")
	open := 0
	for _, s := range surgeon.Salaries {
		if s.OpenEnded {
			open++
		}
	}
	assert.Equal(t, 8, open, "A_PCT25 … A_PCT90 and H_PCT25 … H_PCT90 are #")

	// The result is a catalog like any other: it writes and reads back, and
	// what it writes is valid by the catalog schema.
	data, err := json.Marshal(c)
	require.NoError(t, err)
	back, err := rolemodel.Load(bytes.NewReader(data))
	require.NoError(t, err)
	again, err := json.Marshal(back)
	require.NoError(t, err)
	assert.JSONEq(t, string(data), string(again))
	validateSchema(t, data)
}

func containsString(s []string, x string) bool {
	for _, v := range s {
		if v == x {
			return true
		}
	}
	return false
}

func validateSchema(t *testing.T, data []byte) {
	t.Helper()
	f, err := os.Open("../catalog.schema.json")
	require.NoError(t, err)
	defer f.Close()
	doc, err := jsonschema.UnmarshalJSON(f)
	require.NoError(t, err)
	comp := jsonschema.NewCompiler()
	require.NoError(t, comp.AddResource("catalog.schema.json", doc))
	sch, err := comp.Compile("catalog.schema.json")
	require.NoError(t, err)
	v, err := jsonschema.UnmarshalJSON(bytes.NewReader(data))
	require.NoError(t, err)
	assert.NoError(t, sch.Validate(v))
}

func TestAttachAgainAndPartly(t *testing.T) {
	w, p := fixtures(t)
	base := company(t)
	once, err := bls.Attach(base, w, p)
	require.NoError(t, err)
	twice, err := bls.Attach(once, w, p)
	require.NoError(t, err)
	a, _ := json.Marshal(once)
	b, _ := json.Marshal(twice)
	assert.JSONEq(t, string(a), string(b), "attaching twice replaces the entries")

	same, err := bls.Attach(base, nil, nil)
	require.NoError(t, err)
	assert.Same(t, base, same)

	wagesOnly, err := bls.Attach(base, w, nil)
	require.NoError(t, err)
	r, _ := wagesOnly.Role("engineering-manager")
	assert.Len(t, r.Salaries, 13)
	assert.Empty(t, r.Outlook)
	_, ok := wagesOnly.Source("bls-ep-2024-34")
	assert.False(t, ok)

	outlookOnly, err := bls.Attach(base, nil, p)
	require.NoError(t, err)
	r, _ = outlookOnly.Role("engineering-manager")
	assert.Len(t, r.Salaries, 1)
	assert.Len(t, r.Outlook, 1)

	before, _ := json.Marshal(base)
	after, _ := json.Marshal(company(t))
	assert.JSONEq(t, string(after), string(before), "the catalog given does not change")

	empty, err := bls.Attach(nil, w, p)
	require.NoError(t, err)
	assert.Zero(t, empty.NumRoles())
}

func TestAttachWithoutYearOrTop(t *testing.T) {
	// A CSV read without its field descriptions or a dated name states no
	// top of the range: top-coded wages give no entry, the rest do.
	w, err := bls.ReadWages(strings.NewReader(readFile(t, wagesFixture)), "wages.csv")
	require.NoError(t, err)
	c, err := bls.Attach(company(t), w, nil)
	require.NoError(t, err)
	_, ok := c.Source("bls-oews")
	assert.True(t, ok)
	em, _ := c.Role("engineering-manager")
	assert.Len(t, em.Salaries, 1+10, "A_PCT90 and H_PCT90 are # with no stated top")
	assert.Zero(t, em.Salaries[1].Year)
	surgeon, _ := c.Role("surgeon")
	assert.Len(t, surgeon.Salaries, 4, "the means and the 10th percentiles")
}

func TestAttachOtherArea(t *testing.T) {
	in := strings.ReplaceAll(readFile(t, wagesFixture), "99,U.S.,1,US,", "39,Ohio,2,OH,")
	w, err := bls.ReadWages(strings.NewReader(in), "state_M2024_dl.csv")
	require.NoError(t, err)
	assert.Equal(t, "Ohio", w.Area)
	c, err := bls.Attach(company(t), w, nil)
	require.NoError(t, err)
	r, _ := c.Role("engineering-manager")
	assert.Equal(t, "Ohio", r.Salaries[1].Region)
}

// TestAttachConcurrently shares one Wages and Projections between
// goroutines, as their documentation allows (run with -race).
func TestAttachConcurrently(t *testing.T) {
	w, p := fixtures(t)
	c := company(t)
	want, err := bls.Attach(c, w, p)
	require.NoError(t, err)
	wantJSON, _ := json.Marshal(want)
	done := make(chan []byte)
	for range 4 {
		go func() {
			a, err := bls.Attach(c, w, p)
			if err != nil {
				done <- nil
				return
			}
			b, _ := json.Marshal(a)
			done <- b
		}()
	}
	for range 4 {
		assert.JSONEq(t, string(wantJSON), string(<-done))
	}
}

func TestSources(t *testing.T) {
	assert.Equal(t, "bls-oews", bls.WagesSource(nil).ID)
	assert.Equal(t, "bls-ep", bls.ProjectionsSource(nil).ID)
	assert.Equal(t, "bls-ep-2098-02", bls.ProjectionsSource(&bls.Projections{FromYear: 2098, ToYear: 2102}).ID)
}
