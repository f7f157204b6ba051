package ddat_test

import (
	"slices"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/rolemodel/rolemodel/ddat"
	"github.com/rolemodel/rolemodel/internal/fuzzcheck/catalogcheck"
	"github.com/rolemodel/rolemodel/role"
	"github.com/rolemodel/rolemodel/skill"
)

// TestRealDownload loads the 2024 download and checks it through the
// catalog's public API, with the ladder orders the framework's role pages
// publish (https://ddat-capability-framework.service.gov.uk/role/<role>,
// 2024).
func TestRealDownload(t *testing.T) {
	realFiles(t)
	c, err := ddat.LoadDir(realDir)
	require.NoError(t, err)
	assert.Equal(t, 205, c.NumRoles())
	skills, reqs, labels := 0, 0, map[string]skill.Level{}
	for range c.Skills() {
		skills++
	}
	ladders, families := map[role.LadderID]bool{}, map[role.FamilyID]bool{}
	for r := range c.Roles() {
		reqs += len(r.Skills)
		ladders[r.Ladder], families[r.Family] = true, true
		assert.Equal(t, []string{ddat.SourceID}, r.Sources, r.ID)
		assert.GreaterOrEqual(t, r.Rank, 1, r.ID)
		for _, q := range r.Skills {
			labels[q.Label] = q.Level
			assert.True(t, q.Essential)
			assert.Equal(t, []string{ddat.SourceID}, q.Sources)
		}
	}
	assert.Equal(t, 188, skills)
	assert.Equal(t, 1825-16, reqs, "one requirement per row, but the 16 repeated rows")
	assert.Len(t, ladders, 52)
	assert.Len(t, families, 8)
	assert.Len(t, slices.Collect(c.Families()), 8)
	assert.Len(t, slices.Collect(c.Ladders()), 52)
	assert.Empty(t, slices.Collect(c.Grades()), "the framework has no pay grades")
	rungs := 0
	for l := range c.Ladders() {
		rungs += len(c.Rungs(l.ID))
	}
	assert.Equal(t, 199, rungs)
	// A move per pair of consecutive rungs (199 - 52), and on the two
	// ladders with a management track one more where it splits off at rung
	// 4 and two up it.
	assert.Equal(t, 199-52+2*3, len(slices.Collect(c.Transitions())))

	titles := func(l role.LadderID) (out [][]string) {
		for _, rung := range c.Rungs(l) {
			var ts []string
			for _, r := range rung {
				ts = append(ts, r.Title)
			}
			out = append(out, ts)
		}
		return out
	}
	assert.Equal(t, [][]string{{"Apprentice developer"}, {"Junior developer"}, {"Developer"},
		{"Senior developer", "Senior developer - management"}, {"Lead developer", "Lead developer - management"},
		{"Principal developer", "Principal developer - management"}}, titles("ddat-software-developer"))
	assert.Equal(t, [][]string{{"Associate user researcher"}, {"Junior user researcher"}, {"User researcher"},
		{"Senior user researcher"}, {"Lead user researcher"}, {"Head of user research"}}, titles("ddat-user-researcher"))
	assert.Equal(t, [][]string{{"Operations analyst"}, {"Senior operations analyst"},
		{"Operational control manager"}, {"Head of command and control"}}, titles("ddat-command-and-control-centre-manager"))
	assert.Equal(t, [][]string{{"Configuration analyst"}, {"Change and release analyst"}, {"Change and release manager"}},
		titles("ddat-change-and-release-manager"))
	assert.Equal(t, [][]string{{"Service acceptance analyst"}, {"Service readiness analyst"},
		{"Service transition manager"}, {"Lead service transition manager"}}, titles("ddat-service-transition-manager"))
	assert.Equal(t, [][]string{{"Chief technology officer"}}, titles("ddat-chief-technology-officer"))

	next, err := c.NextRung("ddat-developer")
	require.NoError(t, err)
	require.Len(t, next, 2)
	assert.Equal(t, []role.ID{"ddat-senior-developer", "ddat-senior-developer-management"}, []role.ID{next[0].ID, next[1].ID}, "the ladder splits")
	next, err = c.NextRung("ddat-principal-developer")
	require.NoError(t, err)
	assert.Empty(t, next, "the top rung")
	f, ok := c.Family("ddat-chief-digital-and-data")
	require.True(t, ok)
	assert.Equal(t, "Chief digital and data", f.Title)
	l, ok := c.Ladder("ddat-data-analyst")
	require.True(t, ok)
	assert.Equal(t, role.FamilyID("ddat-data"), l.Family)
	assert.Equal(t, map[string]skill.Level{"": skill.Unstated, "Awareness": skill.Awareness, "Working": skill.Working, "Practitioner": skill.Practitioner, "Expert": skill.Expert}, labels)

	r, ok := c.Lookup("Senior data analyst")
	require.True(t, ok)
	assert.Equal(t, role.LadderID("ddat-data-analyst"), r.Ladder)
	assert.Equal(t, role.FamilyID("ddat-data"), r.Family)
	assert.Equal(t, 3, r.Rank)
	r, ok = c.Lookup("End user computing engineer")
	require.True(t, ok, "the download's name has a trailing space")
	assert.Equal(t, role.ID("ddat-end-user-computing-engineer"), r.ID)
	assert.Equal(t, 2, r.Rank)

	src, ok := c.Source(ddat.SourceID)
	require.True(t, ok)
	assert.Equal(t, ddat.Source(), src)
	assert.Equal(t, ddat.Attribution, src.Note)

	catalogcheck.RoundTrip(t, c)
}

// BenchmarkLoad loads the 2024 download: 1,825 rows of roles.csv (2.4 MB)
// and 188 of skills.csv.
func BenchmarkLoad(b *testing.B) {
	realFiles(b)
	b.ReportAllocs()
	for b.Loop() {
		if _, err := ddat.LoadDir(realDir); err != nil {
			b.Fatal(err)
		}
	}
}
