package progression

import (
	"fmt"
	"os"
	"strings"
	"testing"
	"testing/fstest"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/rolemodel/rolemodel"
	"github.com/rolemodel/rolemodel/role"
	"github.com/rolemodel/rolemodel/skill"
)

// monzoFS is the fixture tree, with files replaced or added as given
// (path, content pairs; "" removes).
func monzoFS(t testing.TB, files ...string) fstest.MapFS {
	t.Helper()
	fsys := fstest.MapFS{}
	for _, p := range []string{"engineering/backend.md", "people.md", "design/product-design.md"} {
		fsys[p] = &fstest.MapFile{Data: fixture(t, "monzo/"+p)}
	}
	for i := 0; i+1 < len(files); i += 2 {
		if files[i+1] == "" {
			delete(fsys, files[i])
			continue
		}
		fsys[files[i]] = &fstest.MapFile{Data: []byte(files[i+1])}
	}
	return fsys
}

func TestReadMonzoFixture(t *testing.T) {
	p, err := readMonzo(monzoFS(t), newConfig(nil))
	require.NoError(t, err)
	src := []string{MonzoSource}
	assert.Equal(t, []role.Family{
		{ID: "monzo-design", Title: "Design", Sources: src},
		{ID: "monzo-engineering", Title: "Engineering", Sources: src},
		{ID: "monzo-people", Title: "People", Sources: src},
	}, p.Families)
	assert.Equal(t, []role.Ladder{
		{ID: "monzo-design-product-design", Title: "Product Design", Family: "monzo-design", Sources: src},
		{ID: "monzo-engineering-backend", Title: "Backend Engineering", Family: "monzo-engineering", Sources: src},
		{ID: "monzo-people", Title: "People", Family: "monzo-people", Sources: src},
	}, p.Ladders)
	type rung struct {
		id    role.ID
		title string
		rank  int
		reqs  int
	}
	var got []rung
	for _, r := range p.Roles {
		got = append(got, rung{r.ID, r.Title, r.Rank, len(r.Skills)})
		assert.Equal(t, role.UnknownTrack, r.Track)
		assert.Equal(t, role.UnknownLevel, r.Level)
	}
	assert.Equal(t, []rung{
		{"monzo-design-product-design-level-1", "Product Design, level 1", 1, 3},
		{"monzo-design-product-design-level-2", "Product Design, level 2", 2, 3},
		{"monzo-engineering-backend-level-2", "Backend Engineering, level 2", 1, 1},
		{"monzo-engineering-backend-level-3", "Backend Engineering, level 3", 2, 2},
		{"monzo-engineering-backend-level-4", "Backend Engineering, level 4", 3, 2},
		{"monzo-people-level-1", "People, level 1", 1, 1},
		{"monzo-people-level-2", "People, level 2", 2, 1},
	}, got)
	var skills []string
	for _, s := range p.Skills {
		skills = append(skills, string(s.ID)+": "+s.Name)
		assert.Equal(t, "Monzo progression topic", s.Category)
	}
	assert.Equal(t, []string{
		"monzo-knowledge: Knowledge",
		"monzo-ownership: Ownership",
		"monzo-collaboration: Collaboration",
		"monzo-communication: Communication",
		"monzo-leadership: Leadership",
		"monzo-conduct-culture-level-of-risk-compliance-knowledge-and-ownership-professional-conduct: Conduct & culture: level of risk & compliance knowledge and ownership; professional conduct",
	}, skills)

	// The tab of line 15 is read as a space: the criterion is the list's
	// first item.
	people := p.Roles[5].Skills[0]
	assert.True(t, strings.HasPrefix(people.Text, "- Understands people risk and conduct policies and procedures and follows them."), people.Text)
	assert.Equal(t, 4, strings.Count(people.Text, "\n- ")+1)
	assert.Equal(t, skill.Requirement{
		Skill: "monzo-communication", Essential: true, Sources: src,
		Text: "- Proactively communicates to their team what they are working on, why, how it's going and what help they need\n" +
			"- Accepts feedback graciously\n" +
			"- Gives feedback to peers when asked\n" +
			"- Provides helpful and actionable feedback in code reviews in an empathetic manner\n" +
			"  - Take a look at the levelling up your code reviews talk for some ideas\n" +
			"- Writes PR descriptions that provide context and provide rationale for significant decisions\n" +
			"  - I decided to X instead of Y here, I also considered Z but for these reasons I went with X",
	}, p.Roles[2].Skills[0])

	// A yaml: false framework's text is its paragraphs.
	design := p.Roles[0].Skills[1]
	assert.Equal(t, skill.ID("monzo-ownership"), design.Skill)
	assert.True(t, strings.HasPrefix(design.Text, "You acknowledge the role of a product designer"), design.Text)
	assert.NotContains(t, design.Text, "###")

	assert.Equal(t, role.Source{ID: MonzoSource, Title: "Monzo progression framework", Publisher: "Monzo Bank Limited",
		URL: MonzoURL, License: "MIT", Note: "Copyright (c) 2019 Monzo Bank Limited."}, p.Sources[0])

	c, err := rolemodel.Build(p)
	require.NoError(t, err)
	next, err := c.NextRung("monzo-engineering-backend-level-2")
	require.NoError(t, err)
	require.Len(t, next, 1)
	assert.Equal(t, role.ID("monzo-engineering-backend-level-3"), next[0].ID)
}

const monzoHead = "---\ntitle: \"🧪 Test Framework\"\nsidebarGroup: \"engineering\"\nyaml: true\nlevels: 2\ntopics:\n"

// The tolerance for a tab after a sequence dash, and the tabs that stay
// errors.
func TestMonzoTabs(t *testing.T) {
	_, err := readMonzo(monzoFS(t), newConfig([]Option{StrictYAML()}))
	assert.Equal(t, []string{"people.md:15:12: invalid YAML: found character that cannot start any token: a tab follows the sequence dash, where YAML allows only spaces"}, problems(t, err))
	assert.ErrorIs(t, err, rolemodel.ErrSyntax)

	for _, tc := range []struct {
		name, text string
		want       []string
	}{{
		"tab and spaces after the dash",
		"  - name: a\n    content:\n      - level: 1\n        criteria:\n          - \t \"x\"\n          -\t\t\"y\"\n      - level: 2\n        criteria: [z]\n",
		nil,
	}, {
		"tab before a mapping after the dash",
		"  -\tname: a\n    content:\n      -\tlevel: 1\n        criteria: [x]\n      - level: 2\n        criteria: [z]\n",
		nil,
	}, {
		"tab in the indentation",
		"  - name: a\n    content:\n      - level: 1\n\tcriteria: [x]\n",
		[]string{"test.md:10:1: invalid YAML: found a tab character that violates indentation: a tab in the indentation, where YAML allows only spaces"},
	}, {
		"tab after a nested dash",
		"  - name: a\n    content:\n      - level: 1\n        criteria:\n          - -\t\"x\"\n",
		[]string{"test.md:11:14: invalid YAML: found character that cannot start any token: a tab follows the sequence dash, where YAML allows only spaces"},
	}, {
		"tab before the dash",
		"  - name: a\n    content:\n      - level: 1\n        criteria:\n\t  - \"x\"\n",
		[]string{"test.md:11:1: invalid YAML: found character that cannot start any token: a tab in the indentation, where YAML allows only spaces"},
	}, {
		"tab in text is text",
		"  - name: a\n    content:\n      - level: 1\n        criteria:\n          - |\n            -\tkept\n      - level: 2\n        criteria: [z]\n",
		nil,
	}, {
		"too many tabs",
		"  - name: a\n    content:\n      - level: 1\n        criteria:\n" + strings.Repeat("          -\tx\n", maxTabFixes+1),
		[]string{"test.md:111:12: invalid YAML: found character that cannot start any token: a tab follows the sequence dash, where YAML allows only spaces (ReadMonzo reads at most 100 such tabs as spaces in a file of this size)"},
	}} {
		t.Run(tc.name, func(t *testing.T) {
			p, err := readMonzo(fstest.MapFS{"test.md": {Data: []byte(monzoHead + tc.text + "---\n")}}, newConfig(nil))
			if tc.want == nil {
				require.NoError(t, err)
				if tc.name == "tab in text is text" {
					assert.Equal(t, "- -\tkept", p.Roles[0].Skills[0].Text)
				}
				return
			}
			assert.Equal(t, tc.want, problems(t, err))
		})
	}
}

func TestReadMonzoProblems(t *testing.T) {
	people := string(fixture(t, "monzo/people.md"))
	backend := string(fixture(t, "monzo/engineering/backend.md"))
	design := string(fixture(t, "monzo/design/product-design.md"))
	topic := "  - name: a\n    content:\n      - level: 1\n        criteria: [x]\n      - level: 2\n        criteria: [y]\n"
	for _, tc := range []struct {
		name  string
		files []string
		want  []string
	}{{
		"truncated",
		[]string{"people.md", people[:len(people)/2]},
		[]string{
			"people.md:1:1: the front matter that starts on line 1 has no closing line \"---\"",
		},
	}, {
		"no front matter",
		[]string{"README.md", "# Progression\n\nSee the frameworks.\n"},
		[]string{
			"README.md:1:1: no front matter: expected the file to start with a line \"---\", the framework's YAML, and another line \"---\"",
		},
	}, {
		"levels disagree",
		[]string{"people.md", strings.Replace(people, "levels: 2", "levels: 3", 1)},
		[]string{
			"people.md:7:9: levels: levels is 3, but the framework describes 2 levels (1, 2)",
		},
	}, {
		"levels missing",
		[]string{"people.md", strings.Replace(people, "levels: 2\n", "", 1)},
		[]string{
			"people.md:2:1: levels: missing: expected the number of levels",
		},
	}, {
		"duplicate level",
		[]string{"engineering/backend.md", strings.Replace(backend, "      - level: 4\n", "      - level: 3\n", 1)},
		[]string{
			"engineering/backend.md:31:16: topics[0].content[2].level: level 3 of topic \"communication\" is listed twice (first at line 25)",
		},
	}, {
		"level out of range",
		[]string{"engineering/backend.md", strings.Replace(backend, "      - level: 4\n", "      - level: 0\n", 1)},
		[]string{
			"engineering/backend.md:31:16: topics[0].content[2].level: level 0 is out of range: expected a whole number from 1 to 999",
		},
	}, {
		"level not a number",
		[]string{"engineering/backend.md", strings.Replace(backend, "      - level: 4\n", "      - level: four\n", 1)},
		[]string{
			"engineering/backend.md:31:16: topics[0].content[2].level: expected a whole number, got a string \"four\"",
		},
	}, {
		"level missing",
		[]string{"engineering/backend.md", strings.Replace(backend, "      - level: 4\n        criteria:", "      - criteria:", 1)},
		[]string{
			"engineering/backend.md:31:9: topics[0].content[2].level: missing: expected the level number, from 1",
		},
	}, {
		"duplicate topic",
		[]string{"engineering/backend.md", strings.Replace(backend, `name: "leadership"`, `name: "Communication"`, 1)},
		[]string{
			"engineering/backend.md:38:11: topics[1].name: topic \"Communication\" repeats the topic \"communication\" at line 10",
		},
	}, {
		// Issue 14's second round: every character's problem at the
		// name's line, and an invisible name is empty.
		"topic name with NEL, title with a bidirectional override",
		[]string{"engineering/backend.md", strings.Replace(strings.Replace(backend, `name: "leadership"`, `name: "lead\u0085ership"`, 1), `title: "🛠️ Backend Engineering Framework"`, `title: "🛠️ Backend\u202e Engineering Framework"`, 1)},
		[]string{
			`engineering/backend.md:3:8: title: "🛠️ Backend\u202e Engineering Framework" holds the bidirectional formatting character U+202E: a name, ID or label is one line of text, without control, line-separator or bidirectional formatting characters`,
			`engineering/backend.md:38:11: topics[1].name: "lead\u0085ership" holds the control character U+0085: a name, ID or label is one line of text, without control, line-separator or bidirectional formatting characters`,
		},
	}, {
		"topic name invisible",
		[]string{"engineering/backend.md", strings.Replace(backend, `  - name: "leadership"`, `  - name: "\u200b\u180e"`, 1)},
		[]string{
			"engineering/backend.md:38:11: topics[1].name: empty: expected the topic's name, such as \"communication\"",
		},
	}, {
		"topic without name",
		[]string{"engineering/backend.md", strings.Replace(backend, `  - name: "leadership"`, `  - name: ""`, 1)},
		[]string{
			"engineering/backend.md:38:11: topics[1].name: empty: expected the topic's name, such as \"communication\"",
		},
	}, {
		"no criteria",
		[]string{"test.md", monzoHead + "  - name: a\n    content:\n      - level: 1\n      - level: 2\n        criteria: [\"\", y]\n---\n"},
		[]string{
			"test.md:9:9: topics[0].content[0]: no criteria: expected criteria or exampleCriteria",
			"test.md:11:20: topics[0].content[1].criteria[0]: empty: expected a criterion",
		},
	}, {
		"no topics",
		[]string{"test.md", "---\ntitle: T\nlevels: 1\n---\n"},
		[]string{
			"test.md:2:1: topics: no topics: expected a list of topics, each with a name and content by level (or yaml: false and the levels in the Markdown body)",
		},
	}, {
		"no title",
		[]string{"test.md", strings.Replace(monzoHead, "title: \"🧪 Test Framework\"\n", "", 1) + topic + "---\n"},
		[]string{
			"test.md:2:1: title: missing: expected the framework's title, such as \"Backend Engineering Framework\"",
		},
	}, {
		"unknown field",
		[]string{"test.md", strings.Replace(monzoHead, "yaml: true", "yml: true", 1) + topic + "---\n"},
		[]string{
			"test.md:4:1: yml: unknown field \"yml\" (did you mean \"yaml\"?)",
		},
	}, {
		"same title",
		[]string{"engineering/test.md", strings.Replace(monzoHead, "🧪 Test Framework", "🛠️ Backend Engineering Framework", 1) + topic + "---\n"},
		[]string{
			"engineering/test.md:2:8: title: title \"Backend Engineering\" is also the title of engineering/backend.md",
		},
	}, {
		"paths that make one ID",
		[]string{"engineering/back-end.md", strings.Replace(monzoHead, "Test", "Other", 1) + topic + "---\n", "engineering/back end.md", monzoHead + topic + "---\n"},
		[]string{
			"engineering/back-end.md: the file's path makes the same ID \"monzo-engineering-back-end\" as engineering/back end.md",
		},
	}, {
		"markdown heading",
		[]string{"design/product-design.md", strings.Replace(design, "## Level 2", "## Level two", 1)},
		[]string{
			"design/product-design.md:28:1: heading \"## Level two\": expected \"## Level N\", with N a whole number",
		},
	}, {
		"markdown order",
		[]string{"design/product-design.md", strings.Replace(design, "## Level 2", "## Level 1", 1)},
		[]string{
			"design/product-design.md:28:1: level 1 comes after level 1: expected levels in increasing order, each once",
		},
	}, {
		"markdown text outside a topic",
		[]string{"design/product-design.md", strings.Replace(design, "## Level 1\n", "Intro.\n\n## Level 1\nAbout level 1.\n", 1)},
		[]string{
			"design/product-design.md:10:1: text outside a topic: expected it under a heading \"### Topic\" of a level \"## Level N\"",
			"design/product-design.md:13:1: text outside a topic: expected it under a heading \"### Topic\" of a level \"## Level N\"",
		},
	}, {
		"markdown topic twice",
		[]string{"design/product-design.md", strings.Replace(design, "### Ownership", "### Knowledge", 1)},
		[]string{
			"design/product-design.md:18:5: topic \"Knowledge\" appears twice in level 1",
		},
	}, {
		"markdown empty",
		[]string{"design/product-design.md", design[:strings.Index(design, "## Level 1")] + "\n#### Notes\n"},
		[]string{
			"design/product-design.md:11:1: heading \"#### Notes\": expected \"## Level N\" or \"### Topic\"",
		},
	}, {
		"markdown level without topics",
		[]string{"design/product-design.md", design + "\n## Level 3\n\n---\n"},
		[]string{
			"design/product-design.md:46:1: level 3 has no topics: expected \"### Name\" headings with text",
		},
	}, {
		"markdown levels disagree",
		[]string{"design/product-design.md", strings.Replace(design, "levels:\n", "levels: 6\n", 1)},
		[]string{
			"design/product-design.md:7:9: levels: levels is 6, but the framework describes 2 levels (1, 2)",
		},
	}} {
		t.Run(tc.name, func(t *testing.T) {
			_, err := readMonzo(monzoFS(t, tc.files...), newConfig(nil))
			assert.Equal(t, tc.want, problems(t, err))
		})
	}
}

func TestMonzoFamiliesAndSkills(t *testing.T) {
	file := func(title, group, topics string) *fstest.MapFile {
		return &fstest.MapFile{Data: []byte("---\ntitle: \"" + title + "\"\nsidebarGroup: " + group + "\nlevels: 1\ntopics:\n" + topics + "---\n")}
	}
	topic := func(name, title string) string {
		return "  - name: \"" + name + "\"\n    title: " + title + "\n    content:\n      - level: 1\n        criteria: [x]\n"
	}
	fsys := fstest.MapFS{
		"a.md":              file("🎉 Marketing Framework", "", topic("impact", "")+topic("Domain knowledge", "")),
		"b.md":              file("Growth", "\"marketing\"", topic("impact", "\"💥 Impact!\"")),
		"ops/c.md":          file("🎯 Ops Leadership Framework", "", topic("IMPACT", "\"Impact (ops)\"")+topic("domain-knowledge", "\"🧠 Domain Knowledge\"")),
		"ops/notes.txt":     {Data: []byte("not a framework")},
		".github/README.md": {Data: []byte("# not a framework")},
		"ops/.draft.md":     {Data: []byte("# not a framework")},
	}
	p, err := readMonzo(fsys, newConfig(nil))
	require.NoError(t, err)
	var families, ladders, skills []string
	for _, f := range p.Families {
		families = append(families, string(f.ID)+" "+f.Title)
	}
	for _, l := range p.Ladders {
		ladders = append(ladders, string(l.ID)+" "+l.Title+" in "+string(l.Family))
	}
	for _, s := range p.Skills {
		skills = append(skills, string(s.ID)+" "+s.Name)
	}
	assert.Equal(t, []string{"monzo-a Marketing", "monzo-marketing Marketing", "monzo-ops Ops"}, families)
	assert.Equal(t, []string{"monzo-a Marketing in monzo-a", "monzo-b Growth in monzo-marketing", "monzo-ops-c Ops Leadership in monzo-ops"}, ladders)
	assert.Equal(t, []string{"monzo-impact Impact!", "monzo-domain-knowledge Domain Knowledge"}, skills, "one skill per topic ID, named by the first title")
}

func TestReadMonzoLevelsFromTwo(t *testing.T) {
	doc := "---\ntitle: Ops Leadership\nlevels: 3\ntopics:\n  - name: a\n    content:\n" +
		"      - level: 6\n        criteria: [z]\n      - level: 2\n        criteria: [x]\n      - level: 4\n        criteria: [y]\n---\n"
	p, err := readMonzo(fstest.MapFS{"ops.md": {Data: []byte(doc)}}, newConfig(nil))
	require.NoError(t, err)
	var got []string
	for _, r := range p.Roles {
		got = append(got, fmt.Sprintf("%d %s %s", r.Rank, r.ID, r.Skills[0].Text))
	}
	assert.Equal(t, []string{"1 monzo-ops-level-2 - x", "2 monzo-ops-level-4 - y", "3 monzo-ops-level-6 - z"}, got)
}

func TestReadMonzoOptions(t *testing.T) {
	_, err := readMonzo(monzoFS(t), newConfig([]Option{File("frameworks"), MaxFileSize(3000)}))
	assert.Equal(t, []string{"frameworks/engineering/backend.md: the file is 3078 bytes, more than the limit of 3000 (see MaxFileSize)"}, problems(t, err))
	assert.ErrorIs(t, err, rolemodel.ErrTooLarge)

	_, err = readMonzo(fstest.MapFS{"a.txt": {}}, newConfig(nil))
	assert.Equal(t, []string{"no Markdown files: expected the frameworks folder of Monzo's progression-framework repository, with a .md file per framework"}, problems(t, err))

	c, err := ReadMonzo(nil)
	assert.Nil(t, c)
	assert.Equal(t, []string{"no file system given"}, problems(t, err))

	_, err = readMonzo(os.DirFS("testdata/no-such-folder"), newConfig(nil))
	assert.Equal(t, []string{"does not exist"}, problems(t, err))
	assert.ErrorIs(t, err, rolemodel.ErrUnreadable)
}
