package rolemodel_test

import (
	"math/rand/v2"
	"os"
	"slices"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/rolemodel/rolemodel"
	"github.com/rolemodel/rolemodel/career"
	"github.com/rolemodel/rolemodel/esco"
	"github.com/rolemodel/rolemodel/skill"
)

// randomProfile holds a random third of the catalog's skills at random
// levels, and maybe a certification.
func randomProfile(c *rolemodel.Catalog, r *rand.Rand) skill.Profile {
	var p skill.Profile
	for s := range c.Skills() {
		if r.IntN(3) == 0 {
			p.Skills = append(p.Skills, skill.Held{Skill: s.ID, Level: skill.Level(1 + r.IntN(5))})
		}
	}
	for cert := range c.Certifications() {
		if r.IntN(4) == 0 {
			p.Certifications = append(p.Certifications, cert.ID)
		}
	}
	return p
}

// Match's readiness is Gap's, to the last bit, and its order is by
// readiness then ID.
func checkMatchAgainstGap(t *testing.T, c *rolemodel.Catalog, people int) {
	r := rand.New(rand.NewPCG(1, 2))
	for range people {
		p := randomProfile(c, r)
		all, err := c.Match(p, c.NumRoles())
		require.NoError(t, err)
		want := 0
		for role := range c.Roles() {
			if !role.HasRequirements() {
				continue
			}
			want++
		}
		require.Len(t, all, want, "every role with requirements, once")
		for i, m := range all {
			g, err := c.Gap(p, m.Role)
			require.NoError(t, err)
			require.Equal(t, g.Readiness(), m.Readiness, "%s", m.Role)
			var lacking []skill.ID
			for _, s := range slices.Concat(g.Missing, g.Short) {
				if s.Essential {
					lacking = append(lacking, s.Skill)
				}
			}
			slices.Sort(lacking)
			assert.Equal(t, lacking, m.Lacking, "%s", m.Role)
			if i > 0 {
				prev := all[i-1]
				require.True(t, prev.Readiness > m.Readiness || prev.Readiness == m.Readiness && prev.Role < m.Role, "order at %d", i)
			}
		}
		top, err := c.Match(p, 5)
		require.NoError(t, err)
		assert.Equal(t, all[:min(5, len(all))], top)
	}
}

func TestMatchEqualsGapDefault(t *testing.T) {
	checkMatchAgainstGap(t, rolemodel.Default(), 20)
	c, err := rolemodel.LoadFile("testdata/ladder.yaml")
	require.NoError(t, err)
	checkMatchAgainstGap(t, c, 50)
}

func TestMatchEqualsGapONet(t *testing.T) {
	checkMatchAgainstGap(t, loadONet29(t), 3)
}

func TestMatchLadder(t *testing.T) {
	c, err := rolemodel.LoadFile("testdata/ladder.yaml")
	require.NoError(t, err)
	p := skill.Profile{Skills: []skill.Held{{Skill: "programming", Level: skill.Advanced}, {Skill: "system-design", Level: skill.Practitioner}}}
	ms, err := c.Match(p, 3)
	require.NoError(t, err)
	require.Len(t, ms, 3)
	assert.Equal(t, []string{"senior-software-engineer", "software-engineer-1", "software-engineer-2"}, []string{string(ms[0].Role), string(ms[1].Role), string(ms[2].Role)})
	assert.Equal(t, 1.0, ms[0].Readiness)
	assert.Empty(t, ms[0].Lacking)

	_, err = c.Match(p, 0)
	assert.ErrorIs(t, err, career.ErrBadQuery)
	_, err = c.Match(skill.Profile{Skills: []skill.Held{{Skill: "juggling", Level: skill.Expert}}}, 3)
	assert.ErrorIs(t, err, skill.ErrProfile)

	each, err := c.MatchEach([]skill.Profile{p, {}}, 2)
	require.NoError(t, err)
	assert.Equal(t, ms[:2], each[0])
	assert.Len(t, each[1], 2)
}

// BenchmarkMatchONet ranks O*NET 29.3's 1,016 occupations for one person,
// on the catalog issue 17 measured (skills only: 35 requirements each) and
// on the full release (skills and knowledge: 68 each).
func BenchmarkMatchONet(b *testing.B) {
	b.Run("core", func(b *testing.B) { benchMatch(b, onetCore(b)) })
	b.Run("full", func(b *testing.B) { benchMatch(b, loadONet29(b)) })
}

func benchMatch(b *testing.B, c *rolemodel.Catalog) {
	p := randomProfile(c, rand.New(rand.NewPCG(3, 4)))
	_, _ = c.Match(p, 10) // builds the table
	b.Run("Match", func(b *testing.B) {
		cpuLoop(b, func() { _, _ = c.Match(p, 10) })
	})
	b.Run("GapEveryRole", func(b *testing.B) {
		b.ReportAllocs()
		for b.Loop() {
			for r := range c.Roles() {
				if g, err := c.Gap(p, r.ID); err == nil {
					_ = g.Readiness()
				}
			}
		}
	})
}

// escoDir is ESCO v1.1.1: 3,007 occupations, 13,896 skills.
const escoDir = "../shared/data/esco-1.1.1"

func loadESCO(tb testing.TB) *rolemodel.Catalog {
	tb.Helper()
	if _, err := os.Stat(escoDir); err != nil {
		tb.Skipf("ESCO v1.1.1 is not at %s (../shared/data, beside the repository): %v", escoDir, err)
	}
	c, err := esco.LoadDir(escoDir)
	require.NoError(tb, err)
	return c
}

func TestMatchEqualsGapESCO(t *testing.T) {
	if testing.Short() {
		t.Skip("loads ESCO")
	}
	checkMatchAgainstGap(t, loadESCO(t), 2)
}

// BenchmarkMatchESCO ranks ESCO's 3,007 occupations for one person: a
// sparse table, 13,896 skills.
func BenchmarkMatchESCO(b *testing.B) {
	c := loadESCO(b)
	p := randomProfile(c, rand.New(rand.NewPCG(3, 4)))
	_, _ = c.Match(p, 10) // builds the table
	cpuLoop(b, func() { _, _ = c.Match(p, 10) })
}

// cpuLoop runs f b.N times, reporting allocations and the process's CPU
// time per run (cpu-ns/op), which other work on the machine disturbs less
// than the time on the clock.
func cpuLoop(b *testing.B, f func()) {
	b.ReportAllocs()
	start, ok := processCPU()
	for b.Loop() {
		f()
	}
	if end, _ := processCPU(); ok {
		b.ReportMetric(float64(end-start)/float64(b.N), "cpu-ns/op")
	}
}

// BenchmarkPlanONet plans a career from Cooks, Restaurant to Chief
// Executives on O*NET 29.3 for one person, on the catalog issue 17
// measured and on the full release: the path of fewest moves, and the
// path of least skill gap (ByGap, its weights worked out for the roles
// the search reaches).
func BenchmarkPlanONet(b *testing.B) {
	b.Run("core", func(b *testing.B) { benchPlan(b, onetCore(b)) })
	b.Run("full", func(b *testing.B) { benchPlan(b, loadONet29(b)) })
}

func benchPlan(b *testing.B, c *rolemodel.Catalog) {
	p := randomProfile(c, rand.New(rand.NewPCG(3, 4)))
	const from, to = "35-2014-00", "11-1011-00"
	if _, err := c.Plan(p, from, to, c.ByGap(p)); err != nil {
		b.Fatal(err) // and builds the requirement table
	}
	b.Run("FewestMoves", func(b *testing.B) {
		cpuLoop(b, func() {
			if _, err := c.Plan(p, from, to); err != nil {
				b.Fatal(err)
			}
		})
	})
	b.Run("ByGap", func(b *testing.B) {
		cpuLoop(b, func() {
			if _, err := c.Plan(p, from, to, c.ByGap(p)); err != nil {
				b.Fatal(err)
			}
		})
	})
}
