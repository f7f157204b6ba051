package ddat_test

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/rolemodel/rolemodel/ddat"
	"github.com/rolemodel/rolemodel/internal/fuzzcheck/catalogcheck"
	"github.com/rolemodel/rolemodel/role"
	"github.com/rolemodel/rolemodel/skill"
)

// TestRealDownload loads the 2024 download and checks it through the
// catalog's public API; the ladder order is checked in the package's own
// tests (TestRealParts).
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
	assert.Equal(t, map[string]skill.Level{"": skill.Unstated, "Awareness": skill.Awareness, "Working": skill.Working, "Practitioner": skill.Practitioner, "Expert": skill.Expert}, labels)

	r, ok := c.Lookup("Senior data analyst")
	require.True(t, ok)
	assert.Equal(t, role.LadderID("data-analyst"), r.Ladder)
	assert.Equal(t, role.FamilyID("data"), r.Family)
	assert.Equal(t, 3, r.Rank)
	r, ok = c.Lookup("End user computing engineer")
	require.True(t, ok, "the download's name has a trailing space")
	assert.Equal(t, role.ID("end-user-computing-engineer"), r.ID)
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
