package esco_test

import (
	"math"
	"os"
	"slices"
	"testing"
	"testing/fstest"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/rolemodel/rolemodel"
	"github.com/rolemodel/rolemodel/esco"
	"github.com/rolemodel/rolemodel/role"
	"github.com/rolemodel/rolemodel/skill"
)

const (
	opsManagerURI = "http://data.europa.eu/esco/occupation/f0ca39a8-1e30-487c-95f9-ef2d5e734adc"
	opsManagerID  = role.ID("esco-f0ca39a8-1e30-487c-95f9-ef2d5e734adc")
	cisoURI       = "http://data.europa.eu/esco/occupation/276ba420-ef09-4a0e-b215-2c2e2f80ad28"
	sqlURI        = "http://data.europa.eu/esco/skill/598de5b0-5b58-4ea7-8058-a4bc4d18c742"
	noLabelURI    = "http://data.europa.eu/esco/skill/070b9cfc-5052-4567-ab82-cb931eaed700"
	woodURI       = "http://data.europa.eu/esco/skill/fb6f5f61-f3b8-40ba-8363-c8d762325ff7"
	firewallURI   = "http://data.europa.eu/esco/skill/e5b5053e-0ef6-4c4e-a3f2-42f955f4322c"
	budgetsURI    = "http://data.europa.eu/esco/skill/21c5790c-0930-4d74-b3b0-84caf5af12ea"
)

func loadFixture(t testing.TB, version string, opts ...esco.Option) *rolemodel.Catalog {
	t.Helper()
	c, err := esco.Load(os.DirFS("testdata/"+version), opts...)
	require.NoError(t, err)
	return c
}

func TestLoadFixture(t *testing.T) {
	c := loadFixture(t, "v1.0")
	assert.Equal(t, 9, c.NumRoles())
	assert.Len(t, slices.Collect(c.Skills()), 42)

	r, ok := c.Role(opsManagerID)
	require.True(t, ok)
	assert.Equal(t, "ICT operations manager", r.Title)
	assert.Equal(t, role.Codes{ESCO: opsManagerURI, ISCO08: "1330"}, r.Codes)
	assert.Equal(t, []string{esco.SourceID}, r.Sources)
	require.Len(t, r.Descriptions, 1)
	assert.Contains(t, r.Descriptions[0].Text, "ICT operations managers")
	assert.Contains(t, r.Aliases, "IT operations manager")
	assert.NotContains(t, r.Aliases, r.Title)
	require.Len(t, r.Skills, 12)
	assert.Equal(t, skill.Requirement{Skill: esco.SkillID(budgetsURI), Essential: true, Sources: []string{esco.SourceID}}, r.Skills[0])
	assert.False(t, r.Skills[8].Essential, "the optional skills follow the essential ones in the fixture")

	byTitle, ok := c.Lookup("it  OPERATIONS manager")
	require.True(t, ok, "aliases are looked up ignoring case and spacing")
	assert.Equal(t, opsManagerID, byTitle.ID)

	src, ok := c.Source(esco.SourceID)
	require.True(t, ok)
	assert.Equal(t, esco.Source(""), src)
	assert.Equal(t, "ESCO classification", src.Title)
	assert.Equal(t, "European Commission", src.Publisher)
	assert.Equal(t, "https://esco.ec.europa.eu/", src.URL)
	assert.Contains(t, src.License, esco.Attribution)
	assert.Equal(t, esco.Attribution, src.Note)
}

func TestSkills(t *testing.T) {
	c := loadFixture(t, "v1.0")
	tests := []struct {
		uri      string
		name     string
		kind     skill.Kind
		category string
		aliases  int
	}{
		{sqlURI, "SQL", skill.Hard, "knowledge (sector-specific)", 3},
		{firewallURI, "implement a firewall", skill.Soft, "skill/competence (transversal)", 0},
		{budgetsURI, "manage budgets", skill.Hard, "skill/competence (cross-sector)", 0},
		{woodURI, "types of wood materials", skill.Hard, "skill/competence knowledge (cross-sector)", 0},
		{noLabelURI, noLabelURI, skill.Hard, "skill/competence (sector-specific)", 0},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			s, ok := c.Skill(esco.SkillID(tt.uri))
			require.True(t, ok)
			assert.Equal(t, tt.name, s.Name)
			assert.Equal(t, tt.kind, s.Kind)
			assert.Equal(t, tt.category, s.Category)
			assert.Len(t, s.Aliases, tt.aliases)
			assert.Equal(t, []string{esco.SourceID}, s.Sources)
		})
	}
}

// The v1.0 and v1.1 layouts of the same relations give the same catalog.
func TestLayoutsAgree(t *testing.T) {
	a, b := loadFixture(t, "v1.0"), loadFixture(t, "v1.1")
	assert.Equal(t, slices.Collect(a.Roles()), slices.Collect(b.Roles()))
	assert.Equal(t, slices.Collect(a.Skills()), slices.Collect(b.Skills()))
	assert.Equal(t, slices.Collect(a.Transitions()), slices.Collect(b.Transitions()))
}

func TestTransitions(t *testing.T) {
	c := loadFixture(t, "v1.0")
	tech, ok := c.Lookup("ICT security technician")
	require.True(t, ok)
	mgr, ok := c.Lookup("ICT security manager")
	require.True(t, ok)
	require.Len(t, tech.Transitions, 1)
	m := tech.Transitions[0]
	assert.Equal(t, mgr.ID, m.To)
	assert.Equal(t, "advancement", m.Kind, "ISCO 3512 (level 3) to 2529 (level 4)")
	assert.InDelta(t, esco.Similarity(tech.Skills, mgr.Skills), m.Index, 0)
	assert.InDelta(t, 12.0/22, m.Index, 1e-12)
	assert.Equal(t, []string{esco.SourceID}, m.Sources)

	back := mgr.Transitions
	require.Len(t, back, 2)
	assert.Equal(t, role.Move{To: tech.ID, Kind: "lateral", Index: m.Index, Sources: []string{esco.SourceID}}, back[0], "a step down is lateral")
	assert.GreaterOrEqual(t, back[0].Index, back[1].Index)

	t.Run("threshold and limit", func(t *testing.T) {
		tests := []struct {
			opts []esco.Option
			want int // transitions in the catalog
		}{
			{nil, 10},
			{[]esco.Option{esco.Threshold(0.4)}, 10}, // 0.4 itself is in
			{[]esco.Option{esco.Threshold(0.41)}, 6},
			{[]esco.Option{esco.Threshold(0.5)}, 6},
			{[]esco.Option{esco.Threshold(0.6)}, 0},
			{[]esco.Option{esco.Threshold(0)}, 50}, // every pair that shares a skill
			{[]esco.Option{esco.Threshold(0), esco.MaxTransitions(1)}, 9},
			{[]esco.Option{esco.Threshold(math.NaN())}, 0},
			{[]esco.Option{esco.Threshold(1.01)}, 0},
			{[]esco.Option{esco.MaxTransitions(0)}, 0},
			{[]esco.Option{esco.MaxTransitions(-1)}, 0},
		}
		for _, tt := range tests {
			c := loadFixture(t, "v1.0", tt.opts...)
			n := 0
			for r := range c.Roles() {
				n += len(r.Transitions)
				for i, m := range r.Transitions {
					if i > 0 {
						prev := r.Transitions[i-1]
						assert.True(t, prev.Index > m.Index || prev.Index == m.Index && prev.To < m.To, "most similar first, ties by ID")
					}
				}
			}
			assert.Equal(t, tt.want, n)
		}
	})
}

func TestVersion(t *testing.T) {
	c := loadFixture(t, "v1.0", esco.Version("v1.0.9"))
	src, _ := c.Source(esco.SourceID)
	assert.Equal(t, esco.Attribution+" Version 1.0.9.", src.Note)

	dir := t.TempDir() + "/ESCO dataset - v1.1.1 - classification - en - csv"
	require.NoError(t, os.CopyFS(dir, os.DirFS("testdata/v1.1")))
	c, err := esco.LoadDir(dir)
	require.NoError(t, err)
	src, _ = c.Source(esco.SourceID)
	assert.Equal(t, esco.Attribution+" Version 1.1.1.", src.Note)

	c, err = esco.LoadDir(dir, esco.Version("1.2.0"))
	require.NoError(t, err)
	src, _ = c.Source(esco.SourceID)
	assert.Equal(t, esco.Attribution+" Version 1.2.0.", src.Note, "the option wins over the directory's name")

	c, err = esco.LoadDir("testdata/v1.0")
	require.NoError(t, err)
	src, _ = c.Source(esco.SourceID)
	assert.Equal(t, esco.Attribution, src.Note, "v1.0 alone is not an ESCO directory name")
}

func TestRoleID(t *testing.T) {
	tests := []struct{ uri, want string }{
		{opsManagerURI, string(opsManagerID)},
		{"http://data.europa.eu/esco/isco/C1330", "esco-c1330"},
		{"  http://example.org/x/A_B--c/ ", "esco-a-b-c"},
		{"urn:x:Ünïcode", "esco-urn-x-n-code"},
		{"http://example.org/", "esco-example-org"},
		{"", "esco"},
	}
	for _, tt := range tests {
		assert.Equal(t, role.ID(tt.want), esco.RoleID(tt.uri), tt.uri)
		assert.Equal(t, skill.ID(tt.want), esco.SkillID(tt.uri), tt.uri)
	}
}

func TestSkillLevel(t *testing.T) {
	tests := []struct {
		code string
		want int
	}{
		{"1330", 4}, {"1", 4}, {"2529", 4}, {"3512", 3}, {"4110", 2}, {"8", 2},
		{"9", 1}, {"0110", 0}, {"", 0}, {"x1", 0}, {"12345", 0}, {"1a", 0},
	}
	for _, tt := range tests {
		assert.Equal(t, tt.want, esco.SkillLevel(tt.code), tt.code)
	}
}

// Files the download lacks are missing from the result.
func TestOptionalFiles(t *testing.T) {
	occ, err := os.ReadFile("testdata/v1.0/occupations_en.csv")
	require.NoError(t, err)
	skills, err := os.ReadFile("testdata/v1.0/skills_en-us.csv")
	require.NoError(t, err)

	c, err := esco.Load(fstest.MapFS{"occupations_en.csv": {Data: occ}})
	require.NoError(t, err)
	assert.Equal(t, 9, c.NumRoles())
	assert.Empty(t, slices.Collect(c.Skills()))
	assert.Empty(t, slices.Collect(c.Transitions()))

	c, err = esco.Load(fstest.MapFS{"occupations_en.csv": {Data: occ}, "skills_en-us.csv": {Data: skills}})
	require.NoError(t, err)
	assert.Len(t, slices.Collect(c.Skills()), 42)
	r, _ := c.Role(opsManagerID)
	assert.Empty(t, r.Skills)

	_, err = esco.Load(fstest.MapFS{"skills_en-us.csv": {Data: skills}})
	requireProblem(t, err, rolemodel.ErrEmpty, "occupations_en.csv", 0, "")
}

func TestNilFS(t *testing.T) {
	c, err := esco.Load(nil)
	assert.Nil(t, c)
	p := requireProblem(t, err, rolemodel.ErrEmpty, "", 0, "")
	assert.Equal(t, "no file system given", p.Message)

	h, err := esco.ReadHierarchy(nil, esco.MaxFileSize(10))
	assert.Nil(t, h)
	p = requireProblem(t, err, rolemodel.ErrEmpty, "", 0, "")
	assert.Equal(t, "no file system given", p.Message)
}

func TestLoadDirNotADirectory(t *testing.T) {
	missing := t.TempDir() + "/nonexistent"
	file := "testdata/v1.0/occupations_en.csv"
	tests := []struct{ dir, want string }{
		{missing, "no such directory"},
		{"/nonexistent", "no such directory"},
		{file, "is not a directory: expected the folder of an ESCO CSV download"},
	}
	for _, tt := range tests {
		c, err := esco.LoadDir(tt.dir)
		assert.Nil(t, c)
		var ve *rolemodel.ValidationError
		require.ErrorAs(t, err, &ve)
		require.Len(t, ve.Problems, 1, "%v", err)
		require.ErrorIs(t, err, rolemodel.ErrUnreadable)
		assert.NotErrorIs(t, err, rolemodel.ErrInvalid, "an unreadable folder is not an invalid catalog")
		p := ve.Problems[0]
		assert.Equal(t, tt.dir, p.File)
		assert.Contains(t, p.Message, tt.want)
		assert.NotContains(t, p.Message, esco.OccupationsFile, "the directory is the problem, not a file in it")
	}
}
