package role_test

import (
	"encoding/json"
	"fmt"
	"math"
	"slices"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/rolemodel/rolemodel/role"
)

// O*NET 29.3's ratings of two occupations (Interests file, OI scale).
var (
	softwareDevelopers = role.Interests{Realistic: 3.93, Investigative: 5.86, Artistic: 2.26, Social: 1.88, Enterprising: 1.87, Conventional: 5.46, HighPoint: "ICR"}
	chiefExecutives    = role.Interests{Realistic: 1.3, Investigative: 3.24, Artistic: 2.08, Social: 3.5, Enterprising: 6.86, Conventional: 4.1, HighPoint: "EC"}
)

func TestInterestsCorrelation(t *testing.T) {
	r, ok := softwareDevelopers.Correlation(softwareDevelopers)
	require.True(t, ok)
	assert.InDelta(t, 1, r, 1e-12, "a profile correlates perfectly with itself")

	// The shape matters, not the scale: doubling and shifting the scores
	// changes nothing.
	scaled := role.Interests{Realistic: 2*3.93 + 5, Investigative: 2*5.86 + 5, Artistic: 2*2.26 + 5, Social: 2*1.88 + 5, Enterprising: 2*1.87 + 5, Conventional: 2*5.46 + 5}
	r, ok = softwareDevelopers.Correlation(scaled)
	require.True(t, ok)
	assert.InDelta(t, 1, r, 1e-12)

	r, ok = softwareDevelopers.Correlation(chiefExecutives)
	require.True(t, ok)
	// Pearson's r as the textbook writes it: Σdxdy / √(Σdx² Σdy²).
	x, y := softwareDevelopers.Scores(), chiefExecutives.Scores()
	var mx, my float64
	for k := range 6 {
		mx += x[k] / 6
		my += y[k] / 6
	}
	var sxy, sxx, syy float64
	for k := range 6 {
		sxy += (x[k] - mx) * (y[k] - my)
		sxx += (x[k] - mx) * (x[k] - mx)
		syy += (y[k] - my) * (y[k] - my)
	}
	assert.InDelta(t, sxy/math.Sqrt(sxx*syy), r, 1e-12)
	assert.Less(t, r, 0.0, "investigative and enterprising profiles point different ways")
	r2, _ := chiefExecutives.Correlation(softwareDevelopers)
	assert.Equal(t, r, r2, "symmetric")

	flat := role.Interests{Realistic: 4, Investigative: 4, Artistic: 4, Social: 4, Enterprising: 4, Conventional: 4}
	r, ok = softwareDevelopers.Correlation(flat)
	assert.False(t, ok, "six equal scores have no shape")
	assert.Zero(t, r)
	_, ok = role.Interests{Realistic: math.NaN(), Investigative: 1}.Correlation(softwareDevelopers)
	assert.False(t, ok)
	_, ok = role.Interests{Realistic: math.Inf(1), Investigative: 1}.Correlation(softwareDevelopers)
	assert.False(t, ok)
}

func TestInterestsCode(t *testing.T) {
	assert.Equal(t, "ICR", softwareDevelopers.Code(3))
	assert.Equal(t, "EC", chiefExecutives.Code(2))
	assert.Equal(t, "ECSIAR", chiefExecutives.Code(99))
	assert.Equal(t, "", chiefExecutives.Code(-1))
	tie := role.Interests{Realistic: 5, Investigative: 2, Artistic: 5, Social: 5}
	assert.Equal(t, "RAS", tie.Code(3), "ties keep RIASEC order")
}

func TestRankByInterests(t *testing.T) {
	roles := []role.Role{
		{ID: "15-1252-00", Title: "Software Developers", Interests: &softwareDevelopers},
		{ID: "11-1011-00", Title: "Chief Executives", Interests: &chiefExecutives},
		{ID: "no-ratings", Title: "No Ratings"},
		{ID: "flat", Title: "Flat", Interests: &role.Interests{Realistic: 3, Investigative: 3, Artistic: 3, Social: 3, Enterprising: 3, Conventional: 3}},
		{ID: "a-twin", Title: "Twin", Interests: &softwareDevelopers},
	}
	// A person's raw scores on another scale, investigative and
	// conventional first.
	person := role.Interests{Realistic: 12, Investigative: 30, Artistic: 8, Social: 5, Enterprising: 9, Conventional: 25}
	got := role.RankByInterests(person, slices.Values(roles), 0)
	require.Len(t, got, 3, "roles without a profile, or with a flat one, are left out")
	assert.Equal(t, role.ID("11-1011-00"), got[2].Role)
	assert.Equal(t, role.ID("15-1252-00"), got[0].Role, "equal correlations: by ID")
	assert.Equal(t, role.ID("a-twin"), got[1].Role)
	assert.Equal(t, got[0].Correlation, got[1].Correlation)
	assert.Equal(t, "ICR", got[0].HighPoint)
	assert.Equal(t, "Software Developers", got[0].Title)
	assert.Greater(t, got[0].Correlation, 0.9)

	top := role.RankByInterests(person, slices.Values(roles), 1)
	assert.Equal(t, got[:1], top)
	assert.Nil(t, role.RankByInterests(role.Interests{}, slices.Values(roles), 5), "a profile without shape ranks nothing")

	b, err := json.Marshal(got[0])
	require.NoError(t, err)
	assert.Contains(t, string(b), `"role":"15-1252-00","title":"Software Developers","correlation":`)
}

func TestUses(t *testing.T) {
	r := role.Role{Technologies: []role.Technology{
		{Name: "Kubernetes", Category: "Application server software"},
		{Name: "Microsoft  Excel", Category: "Spreadsheet software"},
		{Name: "Zürich Tool"},
	}}
	for _, tech := range []string{"Kubernetes", "kubernetes", " KUBERNETES ", "microsoft excel", "spreadsheet software", "zürich tool", "ZÜRICH TOOL"} {
		assert.True(t, r.Uses(tech), tech)
	}
	for _, tech := range []string{"Kube", "Excel", "", "   ", "software"} {
		assert.False(t, r.Uses(tech), tech)
	}
	assert.False(t, role.Role{}.Uses("Kubernetes"))
}

// Rank the roles whose interest profiles are most like a person's: here a
// person's scores on an inventory of their own scale, and three O*NET 29.3
// occupations.
func ExampleRankByInterests() {
	roles := []role.Role{
		{ID: "15-1252-00", Title: "Software Developers", Interests: &role.Interests{
			Realistic: 3.93, Investigative: 5.86, Artistic: 2.26, Social: 1.88, Enterprising: 1.87, Conventional: 5.46, HighPoint: "ICR"}},
		{ID: "11-1011-00", Title: "Chief Executives", Interests: &role.Interests{
			Realistic: 1.3, Investigative: 3.24, Artistic: 2.08, Social: 3.5, Enterprising: 6.86, Conventional: 4.1, HighPoint: "EC"}},
		{ID: "27-1024-00", Title: "Graphic Designers", Interests: &role.Interests{
			Realistic: 3.2, Investigative: 2.83, Artistic: 7, Social: 2.31, Enterprising: 3.61, Conventional: 3.78, HighPoint: "A"}},
	}
	person := role.Interests{Realistic: 10, Investigative: 32, Artistic: 14, Social: 6, Enterprising: 8, Conventional: 27}
	fmt.Println("person:", person.Code(3))
	for _, m := range role.RankByInterests(person, slices.Values(roles), 0) {
		fmt.Printf("%-20s %-3s r=%+.2f\n", m.Title, m.HighPoint, m.Correlation)
	}
	// Output:
	// person: ICA
	// Software Developers  ICR r=+0.91
	// Graphic Designers    A   r=-0.02
	// Chief Executives     EC  r=-0.08
}
