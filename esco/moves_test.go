package esco_test

import (
	"math"
	"slices"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/rolemodel/rolemodel"
	"github.com/rolemodel/rolemodel/career"
	"github.com/rolemodel/rolemodel/esco"
	"github.com/rolemodel/rolemodel/role"
	"github.com/rolemodel/rolemodel/salary"
)

func joinedKitchen(t testing.TB) *rolemodel.Catalog {
	t.Helper()
	c, x := kitchen(t)
	j, err := esco.Join(c, onetLike(t), x)
	require.NoError(t, err)
	return j
}

// assessment returns the assessment of the move from one title to another.
func assessment(t testing.TB, c *rolemodel.Catalog, from, to string, opts ...esco.MoveOption) esco.Assessment {
	t.Helper()
	as, err := esco.Assess(c, byTitle(t, c, from).ID, opts...)
	require.NoError(t, err)
	for _, a := range as {
		if r, _ := c.Role(a.Move.To); r.Title == to {
			return a
		}
	}
	require.Failf(t, "no move", "%s to %s", from, to)
	return esco.Assessment{}
}

func TestAssess(t *testing.T) {
	j := joinedKitchen(t)
	tests := []struct {
		from, to                        string
		viable, highly, desirable, pays bool
		zones                           [2]int
	}{
		// Down to the cooks: the skills are close, the pay is not (36,450 / 60,990 = 0.60).
		{"chef", "cook", true, true, false, true, [2]int{3, 2}},
		{"cook", "chef", true, true, true, true, [2]int{2, 3}},
		{"kitchen assistant", "grill cook", true, true, true, true, [2]int{2, 2}},
		// Job zones 1 and 3 are too far apart, however similar the skills.
		{"pizzaiolo", "pastry chef", false, false, false, true, [2]int{1, 3}},
		// Nothing known of the kitchen porter's pay or zone: viable on
		// similarity, and not desirable (not known) on no evidence.
		{"kitchen porter", "kitchen assistant", true, false, false, false, [2]int{0, 2}},
	}
	for _, tt := range tests {
		t.Run(tt.from+" to "+tt.to, func(t *testing.T) {
			a := assessment(t, j, tt.from, tt.to)
			assert.Equal(t, tt.viable, a.Viable, "viable")
			assert.Equal(t, tt.highly, a.HighlyViable, "highly viable")
			assert.Equal(t, tt.desirable, a.Desirable, "desirable")
			assert.Equal(t, tt.pays, a.PayKnown())
			assert.Equal(t, tt.zones, [2]int{a.FromZone, a.ToZone})
			assert.Equal(t, a.Move.Index, a.Similarity)
			assert.Equal(t, tt.pays, a.PayCheck != esco.Unknown)
			assert.Equal(t, a.ZonesKnown(), a.ZoneCheck != esco.Unknown)
			if a.PayKnown() {
				assert.InDelta(t, float64(a.ToPay.MinorUnits())/float64(a.FromPay.MinorUnits()), a.EarningsRatio, 1e-12)
			}
		})
	}

	as, err := esco.Assess(j, byTitle(t, j, "chef").ID)
	require.NoError(t, err)
	require.Len(t, as, 8, "every ESCO move of chef")
	assert.True(t, slices.IsSortedFunc(as, func(a, b esco.Assessment) int {
		if a.Similarity != b.Similarity {
			if a.Similarity > b.Similarity {
				return -1
			}
			return 1
		}
		return 0
	}))
	for _, a := range as {
		assert.Contains(t, a.Move.Sources, esco.SourceID)
	}

	chefs, err := esco.Assess(j, "35-1011-00")
	require.NoError(t, err)
	assert.Empty(t, chefs, "O*NET's moves are not ESCO's")
}

func TestAssessUnknown(t *testing.T) {
	j := joinedKitchen(t)
	a := assessment(t, j, "kitchen porter", "kitchen assistant")
	assert.Equal(t, esco.Unknown, a.ZoneCheck)
	assert.Equal(t, esco.Unknown, a.PayCheck)
	assert.True(t, a.Viable, "viable on similarity alone")
	assert.False(t, a.Desirable, "not desirable on no evidence")
	assert.Equal(t, esco.Unknown, a.Desirability())
	assert.Equal(t, "not known", a.Desirability().String())
	a = assessment(t, j, "kitchen porter", "kitchen assistant", esco.MinEarnings(0))
	assert.Equal(t, esco.Unknown, a.Desirability(), "no ratio accepts a pay not known")

	a = assessment(t, j, "chef", "cook")
	assert.Equal(t, esco.Yes, a.ZoneCheck)
	assert.Equal(t, esco.No, a.PayCheck)
	assert.Equal(t, esco.No, a.Desirability())
	a = assessment(t, j, "cook", "chef")
	assert.Equal(t, esco.Yes, a.Desirability())
	a = assessment(t, j, "pizzaiolo", "pastry chef")
	assert.Equal(t, esco.No, a.ZoneCheck)
	assert.Equal(t, esco.No, a.Desirability(), "not viable")
	assert.Equal(t, "yes", esco.Yes.String())
	assert.Equal(t, "no", esco.No.String())
}

func TestAssessOptions(t *testing.T) {
	j := joinedKitchen(t)
	a := assessment(t, j, "kitchen porter", "kitchen assistant", esco.RequireKnown())
	assert.False(t, a.Viable, "the job zones are not both known")
	assert.False(t, a.Desirable)

	a = assessment(t, j, "chef", "cook", esco.MinEarnings(0.5))
	assert.True(t, a.Desirable, "0.60 of the pay is enough at 0.5")
	a = assessment(t, j, "pizzaiolo", "pastry chef", esco.MaxJobZoneChange(2))
	assert.True(t, a.Viable)
	a = assessment(t, j, "pizzaiolo", "pastry chef", esco.MaxJobZoneChange(2), esco.HighlyViableFrom(0.3))
	assert.True(t, a.HighlyViable)
	a = assessment(t, j, "kitchen porter", "kitchen assistant", esco.MinSimilarity(0.4))
	assert.False(t, a.Viable, "0.397 is below 0.4")

	// Pay and zone found another way.
	flat := salary.FromMinorUnits(1_000_000, salary.MustParseCurrency("EUR"))
	a = assessment(t, j, "chef", "cook", esco.PayBy(func(role.Role) (salary.Money, bool) { return flat, true }), esco.JobZoneBy(func(role.Role) (int, bool) { return 0, false }))
	assert.Equal(t, 1.0, a.EarningsRatio)
	assert.True(t, a.Desirable)
	assert.False(t, a.ZonesKnown())
	a = assessment(t, j, "chef", "cook", esco.PayBy(nil), esco.JobZoneBy(nil))
	assert.InDelta(t, 36450.0/60990, a.EarningsRatio, 1e-12, "nil means the default")

	for _, o := range []esco.MoveOption{esco.MinSimilarity(-0.1), esco.MinSimilarity(math.NaN()), esco.HighlyViableFrom(1.5),
		esco.MinEarnings(-1), esco.MinEarnings(math.Inf(1)), esco.MaxJobZoneChange(-1)} {
		_, err := esco.Assess(j, byTitle(t, j, "chef").ID, o)
		assert.ErrorContains(t, err, "esco: ")
		_, err = esco.Viable(j, o)
		assert.Error(t, err)
	}
	_, err := esco.Assess(j, "nobody")
	assert.ErrorIs(t, err, rolemodel.ErrUnknownRole)
	var re *career.RoleError
	assert.ErrorAs(t, err, &re)
}

func TestViableAndDesirable(t *testing.T) {
	j := joinedKitchen(t)
	count := func(c *rolemodel.Catalog) (escoMoves, others int) {
		for r := range c.Roles() {
			for _, m := range r.Transitions {
				if slices.Contains(m.Sources, esco.SourceID) {
					escoMoves++
				} else {
					others++
				}
			}
		}
		return
	}
	all, onetMoves := count(j)
	v, err := esco.Viable(j)
	require.NoError(t, err)
	d, err := esco.Desirable(j)
	require.NoError(t, err)
	nv, ov := count(v)
	nd, od := count(d)
	assert.Equal(t, onetMoves, ov, "other moves are kept")
	assert.Equal(t, onetMoves, od)
	assert.Less(t, nv, all)
	assert.Less(t, nd, nv)

	// The same count as Assess.
	wantV, wantD := 0, 0
	for r := range j.Roles() {
		as, err := esco.Assess(j, r.ID)
		require.NoError(t, err)
		for _, a := range as {
			if a.Viable {
				wantV++
			}
			if a.Desirable {
				wantD++
			}
		}
	}
	assert.Equal(t, wantV, nv)
	assert.Equal(t, wantD, nd)

	// A path over desirable moves never takes a big pay cut, and never
	// starts where the pay is not known.
	from, to := byTitle(t, d, "kitchen porter"), byTitle(t, d, "head chef")
	_, err = d.Graph().ShortestPath(from.ID, to.ID)
	require.ErrorIs(t, err, career.ErrNoPath, "the kitchen porter's pay is not known")
	from = byTitle(t, d, "kitchen assistant")
	p, err := d.Graph().ShortestPath(from.ID, to.ID)
	require.NoError(t, err)
	for _, s := range p.Steps() {
		a := assessment(t, j, titleOf(t, j, s.From), titleOf(t, j, s.To))
		assert.True(t, a.Desirable)
	}
}

func titleOf(t testing.TB, c *rolemodel.Catalog, id role.ID) string {
	r, ok := c.Role(id)
	require.True(t, ok)
	return r.Title
}

func TestAnnualMedianAndJobZone(t *testing.T) {
	usd := salary.MustParseCurrency("USD")
	r := role.Role{Salaries: []role.Salary{
		{Statistic: salary.P90, Currency: usd, Value: salary.MustParseAmount("90000"), Period: salary.Annual},
		{Statistic: salary.Median, Currency: usd, Value: salary.MustParseAmount("20"), Period: salary.Hourly},
		{Statistic: salary.P50, Currency: usd, Value: salary.MustParseAmount("41000"), Period: salary.Annual},
	}}
	m, ok := esco.AnnualMedian(r)
	require.True(t, ok)
	assert.Equal(t, "USD 41,000.00", m.String(), "an annual figure first")
	r.Salaries = r.Salaries[:2]
	m, ok = esco.AnnualMedian(r)
	require.True(t, ok)
	assert.Equal(t, "USD 41,600.00", m.String(), "else an hourly one for 2,080 hours")
	_, ok = esco.AnnualMedian(role.Role{})
	assert.False(t, ok)

	z, ok := esco.JobZone(role.Role{Experience: []role.Experience{{Text: "x"}, {JobZone: 4}, {JobZone: 2}}})
	assert.True(t, ok)
	assert.Equal(t, 4, z)
	_, ok = esco.JobZone(role.Role{})
	assert.False(t, ok)
}
