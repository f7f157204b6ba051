package esco_test

import (
	"os"
	"slices"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/rolemodel/rolemodel"
	"github.com/rolemodel/rolemodel/esco"
	"github.com/rolemodel/rolemodel/skill"
)

// realDir is the ESCO v1.0 download shared by the project's tests.
const realDir = "../../shared/data/esco-1.0"

func requireReal(t testing.TB) {
	t.Helper()
	if _, err := os.Stat(realDir + "/occupations_en.csv"); err != nil {
		t.Skipf("ESCO v1.0 files not found in %s (the shared data is not checked out): %v", realDir, err)
	}
}

func loadReal(t testing.TB) *rolemodel.Catalog {
	t.Helper()
	requireReal(t)
	c, err := esco.LoadDir(realDir)
	require.NoError(t, err)
	return c
}

func TestRealFiles(t *testing.T) {
	c := loadReal(t)
	assert.Equal(t, 2942, c.NumRoles())
	aliases := 0
	for r := range c.Roles() {
		aliases += len(r.Aliases)
		assert.Len(t, r.Codes.ISCO08, 4, r.Title)
		assert.Len(t, r.Descriptions, 1, r.Title)
		assert.Empty(t, r.Skills, "v1.0 in ../shared has no relations file")
	}
	assert.Equal(t, 30003, aliases, "alternative and hidden labels, each once per occupation, never the title")

	kinds := map[skill.Kind]int{}
	types := map[string]int{}
	skillAliases, named := 0, 0
	for s := range c.Skills() {
		kinds[s.Kind]++
		typ, _, _ := strings.Cut(s.Category, " (")
		types[typ]++
		skillAliases += len(s.Aliases)
		if s.Name == "http://data.europa.eu/esco/skill/"+string(s.ID[len("esco-"):]) {
			named++
		}
	}
	assert.Equal(t, 13485, kinds[skill.Hard]+kinds[skill.Soft])
	assert.Equal(t, 13101, kinds[skill.Hard], "2,903 knowledge and 10,198 skill/competence concepts")
	assert.Equal(t, 384, kinds[skill.Soft], "transversal skill/competence concepts")
	assert.Equal(t, map[string]int{"knowledge": 2902, "skill/competence knowledge": 1, "skill/competence": 10198 + 384}, types,
		"the skill type is kept in Category: the 2,903 knowledge concepts include one typed both ways")
	assert.Equal(t, 67, skillAliases, "69 labels, less \"PERL\" (the name of Perl) and \"Live Script\" (again for JavaScript)")
	assert.Equal(t, 13, named, "concepts without an English label are named by their URI")

	r, ok := c.Lookup("ICT operations manager")
	require.True(t, ok)
	assert.Equal(t, opsManagerID, r.ID)
	assert.Equal(t, opsManagerURI, r.Codes.ESCO)
	assert.Equal(t, "1330", r.Codes.ISCO08)
	assert.Equal(t, []string{"IT process manager", "systems and networks manager", "IT operations manager", "data processing manager",
		"ICT acquisitions manager", "IT data processing manager", "ICT operations managers", "ICT data processing manager"}, r.Aliases)

	// ESCO gives some labels to several occupations.
	assert.Len(t, c.LookupAll("geologist"), 7, "one title and six aliases")
	g, ok := c.Lookup("geologist")
	require.True(t, ok, "the title wins")
	assert.Equal(t, "geologist", g.Title)

	src, ok := c.Source(esco.SourceID)
	require.True(t, ok)
	assert.Equal(t, esco.Attribution+" Version 1.0.", src.Note, "version from the directory's name")
}

func TestRealHierarchy(t *testing.T) {
	requireReal(t)
	h, err := esco.ReadHierarchy(os.DirFS(realDir))
	require.NoError(t, err)
	assert.Equal(t, 619, h.NumGroups())
	assert.Equal(t, 3551, h.NumRelations())

	levels := map[int]int{}
	for g := range h.Groups() {
		levels[len(g.Code)]++
	}
	assert.Equal(t, map[int]int{1: 10, 2: 43, 3: 130, 4: 436}, levels)
	first := slices.Collect(h.Groups())[:2]
	assert.Equal(t, []esco.Group{
		{Code: "0", URI: "http://data.europa.eu/esco/isco/C0", Label: "Armed forces occupations"},
		{Code: "01", URI: "http://data.europa.eu/esco/isco/C01", Label: "Commissioned armed forces officers"},
	}, first)

	g, ok := h.Group("1330")
	require.True(t, ok)
	assert.Equal(t, "http://data.europa.eu/esco/isco/C1330", g.URI)
	assert.Equal(t, "Information and communications technology service managers", g.Label)
	assert.Equal(t, []string{g.URI}, h.Broader(opsManagerURI))
	assert.Contains(t, h.Narrower(g.URI), opsManagerURI)
	assert.Equal(t, []string{"http://data.europa.eu/esco/isco/C133"}, h.Broader(g.URI))

	// Every occupation reaches an ISCO unit group, directly or through
	// broader occupations. For most that group is its iscoGroup; a few
	// narrower occupations sit under a broader occupation of another group.
	c := loadReal(t)
	viaOccupation, otherGroup := 0, 0
	for r := range c.Roles() {
		g, ok := h.ISCOGroup(r.Codes.ESCO)
		assert.True(t, ok, r.Title)
		if g.Code != r.Codes.ISCO08 {
			otherGroup++
		}
		if up := h.Broader(r.Codes.ESCO); len(up) > 0 {
			if _, isGroup := h.GroupByURI(up[0]); !isGroup {
				viaOccupation++
			}
		}
	}
	assert.Equal(t, 1240, viaOccupation)
	assert.Equal(t, 6, otherGroup, "such as nuclear medicine radiographer: iscoGroup 3211, under an occupation of 2269")
}
