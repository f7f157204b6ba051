package progression

import (
	"bytes"
	"errors"
	"fmt"
	"os"
	"strings"
	"testing"
	"testing/iotest"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/rolemodel/rolemodel"
	"github.com/rolemodel/rolemodel/role"
	"github.com/rolemodel/rolemodel/skill"
)

func fixture(t testing.TB, name string) []byte {
	t.Helper()
	b, err := os.ReadFile("testdata/" + name)
	require.NoError(t, err)
	return b
}

// edit replaces the one occurrence of old in data with new.
func edit(t testing.TB, data []byte, old, new string) []byte {
	t.Helper()
	require.Equal(t, 1, bytes.Count(data, []byte(old)), "%q must occur once", old)
	return bytes.Replace(data, []byte(old), []byte(new), 1)
}

func problems(t testing.TB, err error) []string {
	t.Helper()
	require.Error(t, err)
	var ve *rolemodel.ValidationError
	require.ErrorAs(t, err, &ve)
	out := make([]string, len(ve.Problems))
	for i, p := range ve.Problems {
		out[i] = p.String()
	}
	return out
}

func TestReadFTFixture(t *testing.T) {
	p, err := readFT(bytes.NewReader(fixture(t, "ft-engineering.yml")), newConfig(nil))
	require.NoError(t, err)
	require.Len(t, p.Families, 1)
	assert.Equal(t, role.Family{ID: "ft-engineering", Title: "Engineering", Sources: []string{"ft-engineering-progression-engineering"}}, p.Families[0])
	require.Len(t, p.Ladders, 1)
	assert.Equal(t, role.LadderID("ft-engineering"), p.Ladders[0].ID)
	assert.Equal(t, "Competencies for engineers within the CTO organisation at the Financial Times.", p.Ladders[0].Description)
	type rung struct {
		id    role.ID
		rank  int
		track role.Track
		level role.Level
	}
	var got []rung
	for _, r := range p.Roles {
		got = append(got, rung{r.ID, r.Rank, r.Track, r.Level})
		assert.Equal(t, role.FamilyID("ft-engineering"), r.Family)
		assert.Equal(t, role.LadderID("ft-engineering"), r.Ladder)
		assert.Empty(t, r.AdvancementTo, "the catalog derives the moves")
	}
	assert.Equal(t, []rung{
		{"ft-engineering-senior-1", 1, role.UnknownTrack, role.IndividualContributor},
		{"ft-engineering-senior-2-ic", 2, role.ICTrack, role.IndividualContributor},
		{"ft-engineering-senior-2-pm", 2, role.ManagementTrack, role.Manager},
		{"ft-engineering-principal-ic", 3, role.ICTrack, role.Lead},
		{"ft-engineering-principal-pm", 3, role.ManagementTrack, role.Manager},
		{"ft-engineering-tech-director", 4, role.UnknownTrack, role.Director},
	}, got)
	require.Len(t, p.Skills, 2)
	assert.Equal(t, skill.Skill{ID: "ft-engineering-team-work", Name: "Team Work", Category: "FT Engineering theme",
		Description: "Collaborates effectively across the organisation.", Sources: []string{"ft-engineering-progression-engineering"}}, p.Skills[1])
	assert.Equal(t, []skill.Requirement{
		{Skill: "ft-engineering-communication", Level: skill.Working, Label: "Foundational", Essential: true,
			Text:    "Presents clearly to larger internal groups, facilitates productive discussions, and ensures understanding and alignment.",
			Sources: []string{"ft-engineering-progression-engineering"}},
		{Skill: "ft-engineering-team-work", Level: skill.Working, Label: "Foundational", Essential: true,
			Text:    "Facilitates team collaboration, and engages in cross-functional projects. Promotes mutual respect and values diverse perspectives.",
			Sources: []string{"ft-engineering-progression-engineering"}},
	}, p.Roles[0].Skills)
	assert.Equal(t, role.Source{ID: "ft-engineering-progression-engineering", Title: "Financial Times engineering progression: Engineering",
		Publisher: "Financial Times", URL: FTURL, License: "MIT", Note: "Copyright (c) 2019 Financial Times."}, p.Sources[0])

	c, err := rolemodel.Build(p)
	require.NoError(t, err)
	assert.Len(t, c.Rungs("ft-engineering"), 4)
}

// The problems of broken copies of the fixture, each with its file, line,
// column, field path and what was expected.
func TestReadFTProblems(t *testing.T) {
	good := fixture(t, "ft-engineering.yml")
	for _, tc := range []struct {
		name string
		data []byte
		want []string
	}{{
		"missing field",
		edit(t, good, "    proficiency: Foundational\n\n  - id: c4f221e2", "\n  - id: c4f221e2"),
		[]string{
			"engineering.yml:43:5: competencies[0].proficiency: missing: expected one of the words Awareness, Foundational, Working knowledge, Practitioner or Expert",
		},
	}, {
		"unknown proficiency",
		edit(t, good, "    proficiency: Working knowledge\n\n  - id: 56f80d11", "    proficiency: Working Knowledge!\n\n  - id: 56f80d11"),
		[]string{
			"engineering.yml:62:18: competencies[2].proficiency: unknown proficiency \"Working Knowledge!\": expected one of Awareness, Foundational, Working knowledge, Practitioner, Expert",
		},
	}, {
		// Issue 14's second round: a name's problem is at its line and
		// column whatever the character (NEL gave a path of the built
		// catalog with no line, where " " gave the line).
		"level name with NEL",
		edit(t, good, "    name: Technology Director", "    name: \"X\\u0085Y\""),
		[]string{
			`engineering.yml:24:11: levels[5].name: "X\u0085Y" holds the control character U+0085: a name, ID or label is one line of text, without control, line-separator or bidirectional formatting characters`,
		},
	}, {
		"level name blank",
		edit(t, good, "    name: Technology Director", "    name: \" \""),
		[]string{"engineering.yml:24:11: levels[5].name: empty: expected the level's name, such as \"Senior Engineer 1\""},
	}, {
		"level name invisible",
		edit(t, good, "    name: Technology Director", "    name: \"\\u200b\\ufeff\""),
		[]string{"engineering.yml:24:11: levels[5].name: empty: expected the level's name, such as \"Senior Engineer 1\""},
	}, {
		"theme name with a bidirectional override, level ID with U+2028",
		edit(t, edit(t, good, "    name: Team Work", "    name: \"Team\\u202eWork\""), "  - id: tech-director", "  - id: \"tech\\u2028director\""),
		[]string{
			`engineering.yml:23:9: levels[5].id: "tech\u2028director" holds the line separator U+2028: a name, ID or label is one line of text, without control, line-separator or bidirectional formatting characters`,
			`engineering.yml:37:11: themes[1].name: "Team\u202eWork" holds the bidirectional formatting character U+202E: a name, ID or label is one line of text, without control, line-separator or bidirectional formatting characters`,
			`engineering.yml:114:12: competencies[10].level: level "tech-director" is not one of the file's levels: expected one of "senior-1", "senior-2-ic", "senior-2-pm", "principal-ic", "principal-pm", "tech\u2028director"`,
			`engineering.yml:121:12: competencies[11].level: level "tech-director" is not one of the file's levels: expected one of "senior-1", "senior-2-ic", "senior-2-pm", "principal-ic", "principal-pm", "tech\u2028director"`,
		},
	}, {
		"duplicate competency",
		edit(t, good, "  - id: c4f221e2-b297-459d-a355-80d8f761d040", "  - id: 06443002-cda1-4b6d-87f9-f71c71eca721"),
		[]string{
			"engineering.yml:50:9: competencies[1].id: competency \"06443002-cda1-4b6d-87f9-f71c71eca721\" is listed twice (first at line 43)",
		},
	}, {
		"unknown level and theme",
		edit(t, good, "    level: senior-2-ic\n    theme: team-work", "    level: senior-3\n    theme: teamwork"),
		[]string{
			"engineering.yml:65:12: competencies[3].level: level \"senior-3\" is not one of the file's levels: expected one of \"senior-1\", \"senior-2-ic\", \"senior-2-pm\", \"principal-ic\", \"principal-pm\", \"tech-director\"",
			"engineering.yml:66:12: competencies[3].theme: theme \"teamwork\" is not one of the file's themes: expected one of \"communication\", \"team-work\"",
		},
	}, {
		"truncated",
		good[:bytes.Index(good, []byte("    level: senior-2-pm"))+len("    level: senior-2-p")],
		[]string{
			"engineering.yml:72:12: competencies[4].level: level \"senior-2-p\" is not one of the file's levels: expected one of \"senior-1\", \"senior-2-ic\", \"senior-2-pm\", \"principal-ic\", \"principal-pm\", \"tech-director\"",
			"engineering.yml:71:5: competencies[4].theme: missing: expected the ID of one of the file's themes",
			"engineering.yml:71:5: competencies[4].summary: missing: expected what the level expects of the theme",
			"engineering.yml:71:5: competencies[4].proficiency: missing: expected one of the words Awareness, Foundational, Working knowledge, Practitioner or Expert",
		},
	}, {
		"truncated in a value",
		good[:bytes.Index(good, []byte("Effectively presents"))+5],
		[]string{
			"engineering.yml:57:5: competencies[2].proficiency: missing: expected one of the words Awareness, Foundational, Working knowledge, Practitioner or Expert",
		},
	}, {
		"duplicate level",
		edit(t, good, "  - id: senior-2-pm\n", "  - id: senior-2-ic\n"),
		[]string{
			"engineering.yml:14:9: levels[2].id: level \"senior-2-ic\" is listed twice (first at line 11)",
			"engineering.yml:72:12: competencies[4].level: level \"senior-2-pm\" is not one of the file's levels: expected one of \"senior-1\", \"senior-2-ic\", \"principal-ic\", \"principal-pm\", \"tech-director\"",
			"engineering.yml:79:12: competencies[5].level: level \"senior-2-pm\" is not one of the file's levels: expected one of \"senior-1\", \"senior-2-ic\", \"principal-ic\", \"principal-pm\", \"tech-director\"",
		},
	}, {
		"duplicate level name",
		edit(t, good, "name: Principal Engineer (People Manager)", "name: principal engineer  (individual contributor)"),
		[]string{
			"engineering.yml:21:11: levels[4].name: level name \"principal engineer  (individual contributor)\" is also the name of level \"principal-ic\" at line 17",
		},
	}, {
		"unknown field",
		edit(t, good, "googleSheetId:", "googleSheet:"),
		[]string{
			"engineering.yml:4:1: googleSheet: unknown field \"googleSheet\" (known fields: name, summary, googleSheetId, isLegacy, levels, themes, competencies)",
		},
	}, {
		"wrong type",
		edit(t, good, "  - id: team-work\n    name: Team Work", "  - id: team-work\n    name: [Team, Work]"),
		[]string{
			"engineering.yml:37:11: themes[1].name: expected a string, got a list",
		},
	}, {
		"no themes",
		good[:bytes.Index(good, []byte("themes:"))],
		[]string{
			"engineering.yml:1:1: themes: no themes: expected a list of themes, each with an id and a name",
		},
	}, {
		"tab",
		edit(t, good, "  - id: senior-1\n", "  -\tid: senior-1\n"),
		[]string{
			"engineering.yml:8:4: invalid YAML: found character that cannot start any token: a tab follows the sequence dash, where YAML allows only spaces",
		},
	}, {
		"empty",
		[]byte("\ufeff \n\n"),
		[]string{
			"engineering.yml:1:1: the file is empty: expected an FT job family with name, summary, levels, themes and competencies",
		},
	}, {
		"not a mapping",
		[]byte("- a\n- b\n"),
		[]string{
			"engineering.yml:1:1: expected a mapping, got a list",
		},
	}, {
		"invalid UTF-8",
		edit(t, good, "name: Team Work", "name: Team \xffWork"),
		[]string{
			"engineering.yml:37:16: the input is not valid UTF-8 text",
		},
	}} {
		t.Run(tc.name, func(t *testing.T) {
			_, err := readFT(bytes.NewReader(tc.data), newConfig([]Option{File("engineering.yml")}))
			assert.Equal(t, tc.want, problems(t, err))
			assert.ErrorIs(t, err, rolemodel.ErrInvalid)
		})
	}
}

// ftYAML makes a job family with the given level names (IDs l1, l2, …),
// one theme t and the given competencies.
func ftYAML(levels []string, competencies string) string {
	var b strings.Builder
	b.WriteString("name: Data & Analytics\nsummary: Test.\nlevels:\n")
	for i, n := range levels {
		fmt.Fprintf(&b, "  - id: l%d\n    name: %s\n", i+1, n)
	}
	b.WriteString("themes:\n  - id: t\n    name: T\ncompetencies:\n" + competencies)
	return b.String()
}

func TestFTRungs(t *testing.T) {
	for _, tc := range []struct {
		name   string
		levels []string
		ranks  []int
		tracks []role.Track
	}{
		{"split and join", []string{"A", "B (Individual Contributor)", "B (People Manager)", "C"}, []int{1, 2, 2, 3}, []role.Track{0, role.ICTrack, role.ManagementTrack, 0}},
		{"manager first", []string{"B (People Manager)", "B (Individual Contributor)"}, []int{1, 1}, []role.Track{role.ManagementTrack, role.ICTrack}},
		{"suffix in any case", []string{"B (individual contributor)", "B  (PEOPLE MANAGER)"}, []int{1, 1}, []role.Track{role.ICTrack, role.ManagementTrack}},
		{"different names", []string{"B (Individual Contributor)", "C (People Manager)"}, []int{1, 2}, []role.Track{role.ICTrack, role.ManagementTrack}},
		{"same track twice", []string{"B (Individual Contributor)", "C (Individual Contributor)"}, []int{1, 2}, []role.Track{role.ICTrack, role.ICTrack}},
		{"not next to each other", []string{"B (Individual Contributor)", "C", "B (People Manager)"}, []int{1, 2, 3}, []role.Track{role.ICTrack, 0, role.ManagementTrack}},
		{"at most two on a rung", []string{"B (Individual Contributor)", "B (People Manager)", "B (Individual Contributor) "}, []int{1, 1, 2}, []role.Track{role.ICTrack, role.ManagementTrack, role.ICTrack}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			p, err := readFT(strings.NewReader(ftYAML(tc.levels, "")), newConfig(nil))
			if tc.name == "at most two on a rung" {
				// Only two suffixes exist: a third level of the same name
				// repeats one.
				assert.Equal(t, []string{`9:11: levels[2].name: level name "B (Individual Contributor)" is also the name of level "l1" at line 4`}, problems(t, err))
				return
			}
			require.NoError(t, err)
			var ranks []int
			var tracks []role.Track
			for _, r := range p.Roles {
				ranks = append(ranks, r.Rank)
				tracks = append(tracks, r.Track)
				assert.Equal(t, role.FamilyID("ft-data-analytics"), r.Family)
			}
			assert.Equal(t, tc.ranks, ranks)
			assert.Equal(t, tc.tracks, tracks)
		})
	}
}

func TestFTText(t *testing.T) {
	comp := func(id, level, summary, prof string, examples ...string) string {
		s := fmt.Sprintf("  - id: %s\n    level: %s\n    theme: t\n    summary: %s\n    proficiency: %s\n", id, level, summary, prof)
		if len(examples) > 0 {
			s += "    examples:\n"
			for _, e := range examples {
				s += "      - " + e + "\n"
			}
			s += "    supportingUrls: []\n"
		}
		return s
	}
	doc := ftYAML([]string{"Engineer", "Senior Engineer"},
		comp("a", "l1", "Handles requests", "Working knowledge", "Follows the process", "Asks for help")+
			comp("b", "l1", "Responds to change", "working knowledge")+
			comp("c", "l1", "Handles requests", "Working knowledge", "Follows the process", "Asks for help")+
			comp("d", "l2", "Plans work", "Foundational")+
			comp("e", "l2", "Leads incidents", "Practitioner", "Runs the call"))
	p, err := readFT(strings.NewReader(doc), newConfig(nil))
	require.NoError(t, err)
	r := p.Roles[0].Skills[0]
	assert.Equal(t, "- Handles requests\n  - Follows the process\n  - Asks for help\n- Responds to change", r.Text, "c repeats a under another ID")
	assert.Equal(t, "Working knowledge", r.Label)
	assert.Equal(t, skill.Practitioner, r.Level)
	r = p.Roles[1].Skills[0]
	assert.Equal(t, "- Plans work (Foundational)\n- Leads incidents (Practitioner)\n  - Runs the call", r.Text, "words that differ are given")
	assert.Equal(t, "Practitioner", r.Label, "the highest word")
	assert.Equal(t, skill.Advanced, r.Level)
	assert.Equal(t, skill.ID("ft-data-analytics-t"), r.Skill)
}

func TestFTLegacy(t *testing.T) {
	p, err := readFT(strings.NewReader("isLegacy: true\n"+ftYAML([]string{"A"}, "")), newConfig(nil))
	require.NoError(t, err)
	assert.Equal(t, "Copyright (c) 2019 Financial Times. The file marks this job family as legacy (isLegacy: true).", p.Sources[0].Note)
	assert.Empty(t, p.Roles[0].Skills, "a level without competencies has no requirements")
}

func TestLevelOf(t *testing.T) {
	for title, want := range map[string]role.Level{
		"Junior Engineer": role.IndividualContributor,
		"Senior Engineer 2 (Individual Contributor)":  role.IndividualContributor,
		"Senior Engineer 2 (People Manager)":          role.Manager,
		"Principal Engineer (Individual Contributor)": role.Lead,
		"Principal Engineer (People Manager)":         role.Manager,
		"Technology Director":                         role.Director,
		"Senior Director, Platforms":                  role.SeniorDirector,
		"VP Engineering":                              role.VicePresident,
		"Vice President of Data":                      role.VicePresident,
		"Chief Technology Officer":                    role.Executive,
		"Head of Global Service Desk":                 role.UnknownLevel,
		"Service Desk Manager":                        role.Manager,
		"Tech Lead":                                   role.Lead,
		"Leadership Coach":                            role.IndividualContributor,
	} {
		assert.Equal(t, want, levelOf(title), title)
	}
}

func TestReadFTOptions(t *testing.T) {
	good := fixture(t, "ft-engineering.yml")
	_, err := readFT(bytes.NewReader(good), newConfig([]Option{MaxFileSize(100), nil}))
	assert.Equal(t, []string{"the file is more than the limit of 100 bytes (see MaxFileSize)"}, problems(t, err))
	assert.ErrorIs(t, err, rolemodel.ErrTooLarge)

	f, err := os.Open("testdata/ft-engineering.yml")
	require.NoError(t, err)
	defer f.Close()
	_, err = readFT(f, newConfig([]Option{MaxFileSize(100), File("x.yml")}))
	assert.Equal(t, []string{fmt.Sprintf("x.yml: the file is %d bytes, more than the limit of 100 (see MaxFileSize)", len(good))}, problems(t, err), "a file's size is checked before it is read")

	_, err = readFT(iotest.ErrReader(errors.New("disk on fire")), newConfig(nil))
	assert.Equal(t, []string{"cannot be read: disk on fire"}, problems(t, err))
	assert.ErrorIs(t, err, rolemodel.ErrUnreadable)

	c, err := ReadFT(nil)
	assert.Nil(t, c)
	assert.Equal(t, []string{"no reader given"}, problems(t, err))
}

func TestFTTooManyRungs(t *testing.T) {
	levels := make([]string, maxRungs+1)
	for i := range levels {
		levels[i] = fmt.Sprintf("Level %d", i+1)
	}
	_, err := readFT(strings.NewReader(ftYAML(levels, "")), newConfig(nil))
	assert.Equal(t, []string{"2004:5: levels[1000]: more than 1000 rungs: a ladder has at most 1000"}, problems(t, err))
}
