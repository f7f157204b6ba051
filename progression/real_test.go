package progression

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"testing/fstest"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/rolemodel/rolemodel"
	"github.com/rolemodel/rolemodel/role"
	"github.com/rolemodel/rolemodel/skill"
)

const (
	ftDir    = "../../shared/data/frameworks/ft-engineering-progression"
	monzoDir = "../../shared/data/frameworks/monzo-progression-framework/frameworks"
)

func need(t testing.TB, dir string) {
	t.Helper()
	if _, err := os.Stat(dir); err != nil {
		t.Skipf("the shared framework data is not here (%v): these tests read ../shared/data/frameworks", err)
	}
}

func readFTFile(t testing.TB, name string) *rolemodel.Catalog {
	t.Helper()
	need(t, ftDir)
	f, err := os.Open(filepath.Join(ftDir, name))
	require.NoError(t, err)
	defer f.Close()
	c, err := ReadFT(f, File(name))
	require.NoError(t, err)
	return c
}

// counts are what a catalog holds of the job architecture.
type counts struct{ families, ladders, rungs, roles, skills, requirements int }

func countOf(c *rolemodel.Catalog) counts {
	var n counts
	for range c.Families() {
		n.families++
	}
	for l := range c.Ladders() {
		n.ladders++
		n.rungs += len(c.Rungs(l.ID))
	}
	for r := range c.Roles() {
		n.roles++
		n.requirements += len(r.Skills)
	}
	for range c.Skills() {
		n.skills++
	}
	return n
}

func TestRealFT(t *testing.T) {
	eng := readFTFile(t, "engineering.yml")
	assert.Equal(t, counts{families: 1, ladders: 1, rungs: 6, roles: 8, skills: 9, requirements: 72}, countOf(eng))
	var rungs [][]role.ID
	for _, rung := range eng.Rungs("ft-engineering") {
		var ids []role.ID
		for _, r := range rung {
			ids = append(ids, r.ID)
		}
		rungs = append(rungs, ids)
	}
	assert.Equal(t, [][]role.ID{
		{"ft-engineering-junior"}, {"ft-engineering-engineer"}, {"ft-engineering-senior-1"},
		{"ft-engineering-senior-2-ic", "ft-engineering-senior-2-pm"},
		{"ft-engineering-principal-ic", "ft-engineering-principal-pm"},
		{"ft-engineering-tech-director"},
	}, rungs)
	for from, want := range map[role.ID][]role.ID{
		"ft-engineering-senior-1":     {"ft-engineering-senior-2-ic", "ft-engineering-senior-2-pm"},
		"ft-engineering-senior-2-pm":  {"ft-engineering-principal-pm"},
		"ft-engineering-principal-ic": {"ft-engineering-tech-director"},
		"ft-engineering-principal-pm": {"ft-engineering-tech-director"},
	} {
		next, err := eng.NextRung(from)
		require.NoError(t, err)
		var ids []role.ID
		for _, r := range next {
			ids = append(ids, r.ID)
		}
		assert.Equal(t, want, ids, from)
	}
	// engineering.yml lines 512-517: principal-pm, communication.
	r, ok := eng.Role("ft-engineering-principal-pm")
	require.True(t, ok)
	assert.Equal(t, "Principal Engineer (People Manager)", r.Title)
	assert.Contains(t, r.Skills, skill.Requirement{
		Skill: "ft-engineering-communication", Level: skill.Advanced, Label: "Practitioner", Essential: true,
		Text:    "Role models effective communication, presents teamwork to the business, communicates difficult messages, and uses feedback to drive improvements. Skillfully adapts communication to engage diverse audiences, including stakeholders and vendors.",
		Sources: []string{"ft-engineering-progression-engineering"},
	})
	// All five words occur, each on its rank.
	labels := map[string]skill.Level{}
	for r := range eng.Roles() {
		for _, q := range r.Skills {
			labels[q.Label] = q.Level
		}
	}
	assert.Equal(t, map[string]skill.Level{"Awareness": skill.Awareness, "Foundational": skill.Working, "Working knowledge": skill.Practitioner,
		"Practitioner": skill.Advanced, "Expert": skill.Expert}, labels)

	ops := readFTFile(t, "operations.yml")
	assert.Equal(t, counts{families: 1, ladders: 1, rungs: 3, roles: 3, skills: 4, requirements: 12}, countOf(ops))
	src, _ := ops.Source("ft-engineering-progression-operations")
	assert.Equal(t, "Copyright (c) 2019 Financial Times. The file marks this job family as legacy (isLegacy: true).", src.Note)
	// operations.yml lists seven competencies for senior-2 and leadership.
	r, _ = ops.Role("ft-operations-senior-2")
	for _, q := range r.Skills {
		if q.Skill == "ft-operations-leadership" {
			assert.Equal(t, 7, strings.Count("\n"+q.Text, "\n- "), q.Text)
			assert.Equal(t, "Working knowledge", q.Label)
		}
	}
}

// The counts of each Monzo framework, checked by hand against its front
// matter (or, for yaml: false, its "## Level" and "### " headings).
func TestRealMonzo(t *testing.T) {
	need(t, monzoDir)
	for _, tc := range []struct {
		path                string
		rungs, topics, reqs int
		first               string // the entry rung's role
	}{
		{"customer-operations.md", 2, 4, 8, "monzo-customer-operations-level-1"},
		{"design/product-design.md", 6, 3, 18, "monzo-design-product-design-level-1"},
		{"design/user-research.md", 6, 3, 18, "monzo-design-user-research-level-1"},
		{"design/visual-design.md", 6, 3, 18, "monzo-design-visual-design-level-1"},
		{"engineering/backend.md", 6, 5, 28, "monzo-engineering-backend-level-1"},
		{"engineering/data.md", 6, 7, 37, "monzo-engineering-data-level-1"},
		{"engineering/mobile.md", 6, 5, 27, "monzo-engineering-mobile-level-1"},
		{"engineering/qualityanalyst.md", 3, 5, 13, "monzo-engineering-qualityanalyst-level-1"},
		{"engineering/web.md", 6, 5, 28, "monzo-engineering-web-level-1"},
		{"executive-support.md", 5, 4, 14, "monzo-executive-support-level-1"},
		{"generic.md", 6, 5, 30, "monzo-generic-level-1"},
		{"marketing.md", 7, 3, 21, "monzo-marketing-level-1"},
		{"operations/ops-individual-contributor.md", 5, 4, 20, "monzo-operations-ops-individual-contributor-level-1"},
		{"operations/ops-leadership.md", 5, 5, 25, "monzo-operations-ops-leadership-level-2"},
		{"people.md", 7, 5, 35, "monzo-people-level-1"},
		{"product.md", 4, 7, 28, "monzo-product-level-1"},
		{"techops.md", 5, 6, 26, "monzo-techops-level-1"},
	} {
		t.Run(tc.path, func(t *testing.T) {
			data, err := os.ReadFile(filepath.Join(monzoDir, tc.path))
			require.NoError(t, err)
			c, err := ReadMonzo(fstest.MapFS{tc.path: {Data: data}})
			require.NoError(t, err)
			assert.Equal(t, counts{families: 1, ladders: 1, rungs: tc.rungs, roles: tc.rungs, skills: tc.topics, requirements: tc.reqs}, countOf(c))
			var l role.Ladder
			for l = range c.Ladders() {
			}
			assert.Equal(t, role.ID(tc.first), c.Rungs(l.ID)[0][0].ID)
		})
	}

	c, err := ReadMonzo(os.DirFS(monzoDir))
	require.NoError(t, err)
	assert.Equal(t, counts{families: 10, ladders: 17, rungs: 91, roles: 91, skills: 29, requirements: 394}, countOf(c))

	// people.md line 205, whose tab after the dash is read as a space.
	r, ok := c.Role("monzo-people-level-1")
	require.True(t, ok)
	found := false
	for _, q := range r.Skills {
		found = found || strings.HasPrefix(q.Text, "- Understands people risk and conduct policies and procedures and follows them.")
	}
	assert.True(t, found, "people.md line 205")
	_, err = ReadMonzo(os.DirFS(monzoDir), StrictYAML())
	assert.Equal(t, []string{"people.md:205:12: invalid YAML: found character that cannot start any token: a tab follows the sequence dash, where YAML allows only spaces"}, problems(t, err))

	// design/product-design.md lines 100-104: level 6, Knowledge.
	r, _ = c.Role("monzo-design-product-design-level-6")
	assert.Equal(t, "Product Design, level 6", r.Title)
	assert.Equal(t, skill.ID("monzo-knowledge"), r.Skills[0].Skill)
	assert.True(t, strings.HasPrefix(r.Skills[0].Text, "You have an immense amount of knowledge"), r.Skills[0].Text)

	// Ops Leadership's topics use levels 2 to 6.
	next, err := c.NextRung("monzo-operations-ops-leadership-level-5")
	require.NoError(t, err)
	require.Len(t, next, 1)
	assert.Equal(t, "Ops Leadership, level 6", next[0].Title)
}

// The frameworks merge into one catalog without two entries sharing an ID.
func TestRealMerge(t *testing.T) {
	need(t, monzoDir)
	eng := readFTFile(t, "engineering.yml")
	ops := readFTFile(t, "operations.yml")
	monzo, err := ReadMonzo(os.DirFS(monzoDir))
	require.NoError(t, err)
	all, err := rolemodel.Merge(eng, ops)
	require.NoError(t, err)
	all, err = rolemodel.Merge(all, monzo)
	require.NoError(t, err)
	assert.Equal(t, counts{families: 12, ladders: 19, rungs: 100, roles: 102, skills: 42, requirements: 478}, countOf(all))
	assert.Len(t, all.LookupAll("Engineer"), 2, "both FT families have an Engineer")
}

// Broken copies of the real engineering.yml.
func TestRealFTProblems(t *testing.T) {
	need(t, ftDir)
	good, err := os.ReadFile(filepath.Join(ftDir, "engineering.yml"))
	require.NoError(t, err)
	for _, tc := range []struct {
		name string
		data []byte
		want []string
	}{
		{"unknown word", edit(t, good, "fostering a culture of improvement, both for themselves and for the development of others.\n    proficiency: Expert", "fostering a culture of improvement, both for themselves and for the development of others.\n    proficiency: Master"),
			[]string{`engineering.yml:464:18: competencies[51].proficiency: unknown proficiency "Master": expected one of Awareness, Foundational, Working knowledge, Practitioner, Expert`}},
		{"level removed", edit(t, good, "  - id: tech-director\n    name: Technology Director\n", ""),
			// and the same for the level's eight other competencies
			[]string{`engineering.yml:548:12: competencies[63].level: level "tech-director" is not one of the file's levels: expected one of "junior", "engineer", "senior-1", "senior-2-ic", "senior-2-pm", "principal-ic", "principal-pm"`}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			_, err := ReadFT(bytes.NewReader(tc.data), File("engineering.yml"))
			got := problems(t, err)
			assert.Equal(t, tc.want, got[:1])
			if tc.name == "level removed" {
				assert.Len(t, got, 9)
			}
		})
	}
}

// memFS copies the files under dir into memory.
func memFS(t testing.TB, dir string) fstest.MapFS {
	t.Helper()
	fsys := fstest.MapFS{}
	require.NoError(t, filepath.WalkDir(dir, func(p string, d os.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return err
		}
		data, err := os.ReadFile(p)
		rel, _ := filepath.Rel(dir, p)
		fsys[filepath.ToSlash(rel)] = &fstest.MapFile{Data: data}
		return err
	}))
	return fsys
}
