package bls_test

import (
	"os"
	"slices"
	"sort"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/rolemodel/rolemodel"
	"github.com/rolemodel/rolemodel/bls"
	"github.com/rolemodel/rolemodel/onet"
	"github.com/rolemodel/rolemodel/role"
	"github.com/rolemodel/rolemodel/salary"
)

// The BLS and O*NET files shared by the project's tests (../shared/data).
const (
	realWagesXLSX = "../../shared/data/bls/oews-national-2024/national_M2024_dl.xlsx"
	realWagesCSV  = "../../shared/data/bls/oews-national-2024/national_M2024_dl.csv"
	realProjXLSX  = "../../shared/data/bls/projections-2024-34/occupation.xlsx"
	realProjCSV   = "../../shared/data/bls/projections-2024-34/occupation_table_1.2.csv"
	realONet      = "../../shared/data/onet-29.3"
)

func requireFile(t testing.TB, path string) {
	t.Helper()
	if _, err := os.Stat(path); err != nil {
		t.Skipf("%s not found (the shared data is not checked out): %v", path, err)
	}
}

func realWages(t testing.TB, path string) *bls.Wages {
	t.Helper()
	requireFile(t, path)
	w, err := bls.LoadWages(path)
	require.NoError(t, err)
	return w
}

func realProjections(t testing.TB, path string) *bls.Projections {
	t.Helper()
	requireFile(t, path)
	p, err := bls.LoadProjections(path)
	require.NoError(t, err)
	return p
}

func TestRealWages(t *testing.T) {
	for _, path := range []string{realWagesXLSX, realWagesCSV} {
		t.Run(path[strings.LastIndexByte(path, '.')+1:], func(t *testing.T) {
			w := realWages(t, path)
			assert.Equal(t, 854, w.Len())
			assert.Equal(t, 2024, w.Year)
			assert.Equal(t, "May 2024 OEWS Estimates", w.Title)
			assert.Equal(t, usd(t, "239200"), w.TopAnnual)
			assert.Equal(t, usd(t, "115"), w.TopHourly)
			groups := map[bls.Group]int{}
			annualOnly, hourlyOnly, topMedian := 0, 0, 0
			for e := range w.All() {
				groups[e.Group]++
				if e.AnnualOnly {
					annualOnly++
				}
				if e.HourlyOnly {
					hourlyOnly++
				}
				if e.Annual.Median.OpenEnded() {
					topMedian++
				}
			}
			assert.Equal(t, map[bls.Group]int{bls.Total: 1, bls.Major: 22, bls.Detailed: 831}, groups)
			assert.Equal(t, 59, annualOnly)
			assert.Equal(t, 5, hourlyOnly)
			assert.Equal(t, 17, topMedian, "A_MEDIAN is # for 17 occupations")

			// Known answer (shared/data/README.md).
			cio, ok := w.Detailed("11-3021")
			require.True(t, ok)
			assert.Equal(t, "Computer and Information Systems Managers", cio.Title)
			assert.Equal(t, usd(t, "171200"), cio.Annual.Median.Money)

			// Spot checks against the file. Pediatric Surgeons: top-coded
			// from the 25th percentile up, per year and per hour.
			ps, _ := w.Detailed("29-1243")
			assert.Equal(t, usd(t, "450810"), ps.Annual.Mean.Money)
			assert.Equal(t, usd(t, "189720"), ps.Annual.P10.Money)
			assert.Equal(t, "$239,200+", ps.Annual.P25.String())
			assert.Equal(t, "$239,200+", ps.Annual.P90.String())
			assert.Equal(t, usd(t, "216.74"), ps.Hourly.Mean.Money)
			assert.Equal(t, "$115+", ps.Hourly.Median.String())
			assert.Equal(t, int64(1050), ps.Employment)
			// Software Developers.
			sd, _ := w.Detailed("15-1252")
			assert.Equal(t, usd(t, "133080"), sd.Annual.Median.Money)
			assert.Equal(t, usd(t, "63.98"), sd.Hourly.Median.Money)
			assert.Equal(t, int64(1654440), sd.Employment)
			// Actors: hourly wages only.
			ac, _ := w.Detailed("27-2011")
			assert.True(t, ac.HourlyOnly)
			assert.Equal(t, usd(t, "23.33"), ac.Hourly.Median.Money)
			assert.Equal(t, bls.NoWage, ac.Annual.Mean.Mark)
		})
	}
}

// TestRealWagesFormsAgree checks that the workbook, whose cells show
// figures formatted ("171,200"), and its CSV form give the same rows.
func TestRealWagesFormsAgree(t *testing.T) {
	x := realWages(t, realWagesXLSX)
	c := realWages(t, realWagesCSV)
	assert.Equal(t, slices.Collect(c.All()), slices.Collect(x.All()))
}

func TestRealProjections(t *testing.T) {
	for _, path := range []string{realProjXLSX, realProjCSV} {
		t.Run(path[strings.LastIndexByte(path, '.')+1:], func(t *testing.T) {
			p := realProjections(t, path)
			assert.Equal(t, 1113, p.Len())
			assert.Equal(t, 2024, p.FromYear)
			assert.Equal(t, 2034, p.ToYear)
			types := map[bls.OccupationType]int{}
			depths := map[int]int{}
			for r := range p.All() {
				types[r.Type]++
				depths[r.Depth]++
			}
			assert.Equal(t, map[bls.OccupationType]int{bls.LineItem: 832, bls.Summary: 281}, types)
			assert.Equal(t, map[int]int{0: 1, 1: 22, 2: 95, 3: 477, 4: 518}, depths)

			// Known answer (shared/data/README.md).
			cio, ok := p.Find("11-3021")
			require.True(t, ok)
			assert.InDelta(t, 15.2, value(t, cio.ChangePercent), 1e-9)
			assert.InDelta(t, 55.6, value(t, cio.Openings), 1e-9)

			// Spot checks against the file.
			sd, _ := p.Find("15-1252")
			assert.InDelta(t, 15.8, value(t, sd.ChangePercent), 1e-9)
			assert.InDelta(t, 115.2, value(t, sd.Openings), 1e-9)
			assert.InDelta(t, 1693.8, value(t, sd.Employment), 1e-9)
			assert.InDelta(t, 1961.4, value(t, sd.ProjectedEmployment), 1e-9)
			ps, _ := p.Find("29-1243")
			assert.Equal(t, "$239,200+", ps.MedianAnnualWage.String())
			assert.Equal(t, "Internship/residency", ps.Training)
			buyers, _ := p.Find("13-1020")
			assert.Equal(t, bls.LineItem, buyers.Type, "a SOC broad occupation projected as one line")
			assert.InDelta(t, 5.8, value(t, buyers.ChangePercent), 1e-9)
			assert.Equal(t, "Moderate-term on-the-job training", buyers.Training)
			ac, _ := p.Find("27-2011")
			assert.False(t, ac.MedianAnnualWage.Known(), "—")
			total, _ := p.Total()
			assert.InDelta(t, 169956.1, value(t, total.Employment), 1e-9)
		})
	}
}

func TestRealProjectionsFormsAgree(t *testing.T) {
	x := realProjections(t, realProjXLSX)
	c := realProjections(t, realProjCSV)
	assert.True(t, strings.HasPrefix(x.Title, "Table 1.2 Occupational projections, 2024–2034"), x.Title)
	xs, cs := slices.Collect(x.All()), slices.Collect(c.All())
	require.Len(t, xs, len(cs))
	for i := range xs {
		assert.Equal(t, cs[i].Line+1, xs[i].Line, "the workbook has a title row")
		xs[i].Line = cs[i].Line
	}
	assert.Equal(t, cs, xs)
}

func loadONet(t testing.TB) *rolemodel.Catalog {
	t.Helper()
	requireFile(t, realONet+"/"+onet.OccupationsFile)
	c, err := onet.LoadDir(realONet)
	require.NoError(t, err)
	return c
}

// TestRealAttachONet attaches both files to O*NET 29.3 and counts the
// roles that gain figures, and those that do not, by reason.
func TestRealAttachONet(t *testing.T) {
	w := realWages(t, realWagesXLSX)
	p := realProjections(t, realProjXLSX)
	c := loadONet(t)
	a, err := bls.Attach(c, w, p)
	require.NoError(t, err)
	assert.Equal(t, c.NumRoles(), a.NumRoles())

	var wages, outlook, viaBroadW, viaBroadP int
	var noWages, noOutlook []string
	for r := range a.Roles() {
		code := r.Codes.ONetSOC
		if len(r.Salaries) > 0 {
			wages++
			if _, m, _ := w.ForOccupation(code); m == bls.ViaBroad {
				viaBroadW++
			}
		} else {
			noWages = append(noWages, code)
		}
		if len(r.Outlook) > 0 {
			outlook++
			if _, m, _ := p.ForOccupation(code); m == bls.ViaBroad {
				viaBroadP++
			}
		} else {
			noOutlook = append(noOutlook, code)
		}
	}
	t.Logf("O*NET 29.3: %d roles; %d with wages (%d via the broad occupation), %d without; %d with outlook (%d via broad), %d without",
		a.NumRoles(), wages, viaBroadW, len(noWages), outlook, viaBroadP, len(noOutlook))
	assert.Equal(t, 1016, a.NumRoles())
	assert.Equal(t, 982, wages)
	assert.Equal(t, 20, viaBroadW)
	assert.Equal(t, 983, outlook)
	assert.Equal(t, 20, viaBroadP)

	// Why the rest have none: the military (SOC major group 55) is outside
	// both surveys; OEWS does not survey fishers and hunters (45-3031, which
	// EP projects); and BLS publishes the others only inside combinations
	// of detailed occupations whose codes the files do not link to them
	// (see the package documentation, "Occupations BLS combines", and
	// TestRealAttachCombined).
	military := 0
	other := []string{}
	for _, code := range noWages {
		if strings.HasPrefix(code, "55-") {
			military++
		} else {
			other = append(other, code)
		}
	}
	sort.Strings(other)
	assert.Equal(t, 19, military)
	assert.Equal(t, []string{"21-1011.00", "21-1014.00", "25-2055.00", "25-2056.00", "25-9042.00", "25-9043.00", "25-9049.00",
		"45-3031.00", "51-2022.00", "51-2023.00", "53-1042.00", "53-1042.01", "53-1043.00", "53-1044.00", "53-1049.00"}, other)
	assert.NotContains(t, noOutlook, "45-3031.00", "EP projects fishers, whom OEWS does not survey")

	r, ok := a.Role(onet.RoleID("11-3021.00"))
	require.True(t, ok)
	require.Len(t, r.Salaries, 12)
	assert.Equal(t, salary.Median, r.Salaries[2].Statistic)
	assert.Equal(t, "171200", r.Salaries[2].Value.String())
	require.Len(t, r.Outlook, 1)
	assert.InDelta(t, 15.2, *r.Outlook[0].GrowthPercent, 1e-9)
	assert.Equal(t, 55600, r.Outlook[0].OpeningsPerYear)
	assert.Equal(t, []string{"onet-29-3", "bls-oews-2024", "bls-ep-2024-34"}, r.Sources)

	// O*NET specialisations share their SOC occupation's figures.
	r, _ = a.Role(onet.RoleID("15-1299.08"))
	assert.Contains(t, r.Outlook[0].Scope, "SOC 15-1299 ")
}

// TestRealAttachMerged attaches to the default catalog merged with O*NET:
// the Technology Director (11-3021.00) keeps its job-ad figures and gains
// BLS's beside them.
func TestRealAttachMerged(t *testing.T) {
	w := realWages(t, realWagesCSV)
	p := realProjections(t, realProjCSV)
	m, err := rolemodel.Merge(rolemodel.Default(), loadONet(t))
	require.NoError(t, err)
	a, err := bls.Attach(m, w, p)
	require.NoError(t, err)
	td, ok := a.Role("technology-director")
	require.True(t, ok)
	before, _ := m.Role("technology-director")
	assert.Len(t, td.Salaries, len(before.Salaries)+12)
	assert.Len(t, td.Outlook, len(before.Outlook)+1)
	var median role.Salary
	for _, s := range td.Salaries {
		if s.Statistic == salary.Median && s.Period == salary.Annual && s.Sources[0] == "bls-oews-2024" {
			median = s
		}
	}
	assert.Equal(t, "171200", median.Value.String())
	last := td.Outlook[len(td.Outlook)-1]
	assert.Equal(t, []string{"bls-ep-2024-34"}, last.Sources)
	assert.Equal(t, 768700, last.ProjectedEmployment)
}

// combined maps the O*NET 29.3 occupations that BLS publishes only within
// a combined code to that code, as a user of WithCodes would: BLS's titles
// name the combination (21-1018 "Substance Abuse, Behavioral Disorder, and
// Mental Health Counselors" for O*NET's 21-1011 Substance Abuse and
// Behavioral Disorder Counselors and 21-1014 Mental Health Counselors).
var combined = map[string]string{
	"21-1011": "21-1018", "21-1014": "21-1018",
	"25-2055": "25-2052", "25-2056": "25-2052",
	"25-9042": "25-9045", "25-9043": "25-9045", "25-9049": "25-9045",
	"51-2022": "51-2028", "51-2023": "51-2028",
	"53-1042": "53-1047", "53-1043": "53-1047", "53-1044": "53-1047", "53-1049": "53-1047",
}

// TestRealAttachCombined says, through ReportUnmatched, which O*NET 29.3
// occupations get no BLS figures and why, and attaches the combined
// occupations' figures with WithCodes.
func TestRealAttachCombined(t *testing.T) {
	w := realWages(t, realWagesCSV)
	p := realProjections(t, realProjCSV)
	c := loadONet(t)
	var un []bls.Unmatched
	_, err := bls.Attach(c, w, p, bls.ReportUnmatched(&un))
	require.NoError(t, err)
	var military, civilian []string
	for _, u := range un {
		assert.Equal(t, bls.NoRow, u.Wages, u.Code)
		if strings.HasPrefix(u.Code, "55-") {
			military = append(military, u.Code)
		} else {
			civilian = append(civilian, u.Code)
		}
	}
	assert.Len(t, military, 19)
	assert.Equal(t, []string{"21-1011.00", "21-1014.00", "25-2055.00", "25-2056.00", "25-9042.00", "25-9043.00", "25-9049.00",
		"45-3031.00", "51-2022.00", "51-2023.00", "53-1042.00", "53-1042.01", "53-1043.00", "53-1044.00", "53-1049.00"}, civilian,
		"14 in combinations, and the fishers OEWS does not survey")

	a, err := bls.Attach(c, w, p, bls.WithCodes(combined), bls.ReportUnmatched(&un))
	require.NoError(t, err)
	civilian = civilian[:0]
	for _, u := range un {
		if !strings.HasPrefix(u.Code, "55-") {
			civilian = append(civilian, u.Code)
		}
	}
	assert.Equal(t, []string{"45-3031.00"}, civilian)
	r, ok := a.Role(onet.RoleID("21-1014.00"))
	require.True(t, ok)
	require.Len(t, r.Outlook, 1)
	assert.Contains(t, r.Outlook[0].Scope, "SOC 21-1018 ")
	assert.Contains(t, r.Salaries[0].Note, "WithCodes")
}
