package esco_test

import (
	"os"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/rolemodel/rolemodel"
	"github.com/rolemodel/rolemodel/esco"
	"github.com/rolemodel/rolemodel/skill"
)

// real111Dir is the ESCO v1.1.1 download, with its relations, shared by the
// project's tests.
const real111Dir = "../../shared/data/esco-1.1.1"

func requireReal111(t testing.TB) {
	t.Helper()
	if _, err := os.Stat(real111Dir + "/" + esco.RelationsFileV1); err != nil {
		t.Skipf("ESCO v1.1.1 files not found in %s (the shared data is not checked out): %v", real111Dir, err)
	}
}

// loadReal111 loads the v1.1.1 download once per test binary.
var real111 struct {
	c *rolemodel.Catalog
	w esco.Warnings
}

func loadReal111(t testing.TB) (*rolemodel.Catalog, *esco.Warnings) {
	t.Helper()
	requireReal111(t)
	if real111.c == nil {
		c, err := esco.LoadDir(real111Dir, esco.CollectWarnings(&real111.w))
		require.NoError(t, err)
		real111.c = c
	}
	return real111.c, &real111.w
}

func TestReal111(t *testing.T) {
	c, w := loadReal111(t)
	assert.Equal(t, 3007, c.NumRoles())

	kinds := map[skill.Kind]int{}
	for s := range c.Skills() {
		kinds[s.Kind]++
	}
	assert.Equal(t, map[skill.Kind]int{skill.Hard: 13516, skill.Soft: 374, skill.UnknownKind: 6}, kinds,
		"13,896 skills: 2,993 + 66 knowledge and 10,457 skill/competence hard, 374 transversal skill/competence soft, six without a type")

	essential, optional, moves, codes := 0, 0, 0, 0
	byKind := map[string]int{}
	for r := range c.Roles() {
		for _, q := range r.Skills {
			if q.Essential {
				essential++
			} else {
				optional++
			}
		}
		for _, m := range r.Transitions {
			byKind[m.Kind]++
			moves++
		}
		if r.Codes.ESCOCode != "" {
			codes++
			assert.True(t, strings.HasPrefix(r.Codes.ESCOCode, r.Codes.ISCO08+"."), r.Title)
		}
	}
	assert.Equal(t, 64891, essential, "64,946 essential relations less those of the occupation the classification lacks")
	assert.Equal(t, 58897, optional, "58,909 optional relations less the same")
	assert.Equal(t, 3007, codes, "every occupation has its ESCO code")
	assert.Equal(t, 12455, moves, "at most 10 per occupation at similarity 0.3 or more")
	assert.Equal(t, map[string]int{"advancement": 822, "lateral": 11633}, byKind)

	// The data README's known answers.
	sd, ok := c.Lookup("software developer")
	require.True(t, ok)
	assert.Equal(t, "2512.4", sd.Codes.ESCOCode)
	assert.Equal(t, [2]int{24, 80}, essentialOptional(sd.Skills))
	cio, ok := c.Lookup("chief information officer")
	require.True(t, ok)
	assert.Len(t, cio.Skills, 88)
	assert.Equal(t, [2]int{23, 65}, essentialOptional(cio.Skills))

	// The most similar occupations to software developer, as a plain
	// weighted Jaccard over the relations file computes them.
	require.Len(t, sd.Transitions, 10)
	top, ok := c.Role(sd.Transitions[0].To)
	require.True(t, ok)
	assert.Equal(t, "ICT application developer", top.Title)
	assert.InDelta(t, 0.7021276595744681, sd.Transitions[0].Index, 1e-12)
	assert.InDelta(t, esco.Similarity(sd.Skills, top.Skills), sd.Transitions[0].Index, 0)
	last, _ := c.Role(sd.Transitions[9].To)
	assert.Equal(t, "ICT network engineer", last.Title)
	assert.InDelta(t, 0.43859649122807015, sd.Transitions[9].Index, 1e-12)

	// The publisher's flaws, each once.
	require.Equal(t, 7, w.Len(), "%v", w.Problems)
	assert.Equal(t, rolemodel.Problem{File: esco.RelationsFileV1, Line: 84425, Column: 1, Path: "occupationUri", Kind: rolemodel.ErrReference,
		Message: `67 relations name occupation "http://data.europa.eu/esco/occupation/a9e54177-a185-404d-b6e6-15663d31137e", which occupations_en.csv does not list, on lines 84425 to 84491: they are left out`},
		w.Problems[0])
	noType := 0
	for _, p := range w.Problems[1:] {
		assert.Equal(t, esco.SkillsFile, p.File)
		assert.Equal(t, "skillType", p.Path)
		noType++
	}
	assert.Equal(t, 6, noType)
	dp, ok := c.Skill(esco.SkillID("http://data.europa.eu/esco/skill/629685b8-5f9e-4522-8cff-b3e2c4ec625a"))
	require.True(t, ok)
	assert.Equal(t, "digital data processing", dp.Name)
	assert.Equal(t, skill.UnknownKind, dp.Kind)
	assert.Empty(t, dp.Category, "neither a type nor a reuse level")

	// Strict refuses the download for the same flaws.
	_, err := esco.LoadDir(real111Dir, esco.Strict())
	var ve *rolemodel.ValidationError
	require.ErrorAs(t, err, &ve)
	assert.Len(t, ve.Problems, 6+67)

	src, ok := c.Source(esco.SourceID)
	require.True(t, ok)
	assert.Equal(t, esco.Attribution+" Version 1.1.1.", src.Note)
}

// essentialOptional returns the numbers of essential and optional requirements.
func essentialOptional(reqs []skill.Requirement) [2]int {
	var n [2]int
	for _, q := range reqs {
		if q.Essential {
			n[0]++
		} else {
			n[1]++
		}
	}
	return n
}

func BenchmarkLoadReal111(b *testing.B) {
	requireReal111(b)
	b.ReportAllocs()
	start := cpuTime()
	for b.Loop() {
		if _, err := esco.LoadDir(real111Dir); err != nil {
			b.Fatal(err)
		}
	}
	reportCPU(b, start)
}
