package ddat

import (
	"os"
	"slices"
	"strings"
	"testing"
	"testing/fstest"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/rolemodel/rolemodel"
	"github.com/rolemodel/rolemodel/role"
	"github.com/rolemodel/rolemodel/skill"
)

// realDir is the framework's download as the shared data keeps it.
const realDir = "../../shared/data/frameworks/uk-ddat"

func readReal(t testing.TB) *framework {
	t.Helper()
	if _, err := os.Stat(realDir + "/" + RolesFile); err != nil {
		t.Skipf("the DDaT download is not at %s (see ../shared/data/README.md): %v", realDir, err)
	}
	fw, err := read(os.DirFS(realDir), config{})
	require.NoError(t, err)
	return fw
}

func readFixture(t testing.TB, files ...string) (*framework, rolemodel.Parts) {
	t.Helper()
	fsys := fstest.MapFS{}
	for _, f := range files {
		data, err := os.ReadFile("testdata/framework/" + f)
		require.NoError(t, err)
		fsys[f] = &fstest.MapFile{Data: data}
	}
	fw, err := read(fsys, config{})
	require.NoError(t, err)
	return fw, fw.parts()
}

// ladderOf returns the titles of a ladder's roles rung by rung, entry
// first, and the tracks on each rung.
func ladderOf(p rolemodel.Parts, id role.LadderID) (rungs [][]string) {
	for _, r := range p.Roles {
		if r.Ladder != id {
			continue
		}
		for len(rungs) < r.Rank {
			rungs = append(rungs, nil)
		}
		rungs[r.Rank-1] = append(rungs[r.Rank-1], r.Title)
	}
	return rungs
}

func roleOf(t testing.TB, p rolemodel.Parts, id role.ID) role.Role {
	t.Helper()
	i := slices.IndexFunc(p.Roles, func(r role.Role) bool { return r.ID == id })
	require.GreaterOrEqual(t, i, 0, "role %s", id)
	return p.Roles[i]
}

func skillOf(t testing.TB, p rolemodel.Parts, id skill.ID) skill.Skill {
	t.Helper()
	i := slices.IndexFunc(p.Skills, func(s skill.Skill) bool { return s.ID == id })
	require.GreaterOrEqual(t, i, 0, "skill %s", id)
	return p.Skills[i]
}

func TestFixtureParts(t *testing.T) {
	fw, p := readFixture(t, RolesFile, SkillsFile)
	assert.Equal(t, []role.Source{Source()}, p.Sources)
	assert.Equal(t, []role.Family{
		{ID: "ddat-chief-digital-and-data", Title: "Chief digital and data", Sources: []string{SourceID}},
		{ID: "ddat-data", Title: "Data", Sources: []string{SourceID}},
		{ID: "ddat-software-development", Title: "Software development", Sources: []string{SourceID}},
	}, p.Families, "in the order of the file")
	require.Len(t, p.Ladders, 3)
	dev := p.Ladders[2]
	assert.Equal(t, role.LadderID("ddat-software-developer"), dev.ID)
	assert.Equal(t, "Software developer", dev.Title)
	assert.Equal(t, role.FamilyID("ddat-software-development"), dev.Family)
	assert.Equal(t, []string{SourceID}, dev.Sources)
	assert.True(t, strings.HasPrefix(dev.Description, "A software developer designs, runs and improves software that meets user needs."), dev.Description)
	assert.Len(t, p.Roles, 9+1+1)
	assert.Len(t, p.Skills, 5)
	assert.Equal(t, 2, fw.repeats, "the associate data analyst's three identical rows are one requirement")
	assert.Empty(t, p.Grades, "the framework has no pay grades")

	assert.Equal(t, [][]string{
		{"Apprentice developer"},
		{"Junior developer"},
		{"Developer"},
		{"Senior developer", "Senior developer - management"},
		{"Lead developer", "Lead developer - management"},
		{"Principal developer", "Principal developer - management"},
	}, ladderOf(p, "ddat-software-developer"))

	senior := roleOf(t, p, "ddat-senior-developer")
	assert.Equal(t, role.ICTrack, senior.Track)
	assert.Equal(t, 4, senior.Rank)
	assert.Equal(t, role.FamilyID("ddat-software-development"), senior.Family)
	assert.Equal(t, []string{SourceID}, senior.Sources)
	require.Len(t, senior.Descriptions, 1)
	assert.True(t, strings.HasPrefix(senior.Descriptions[0].Text, "A senior developer "), senior.Descriptions[0].Text)
	assert.Equal(t, role.ManagementTrack, roleOf(t, p, "ddat-senior-developer-management").Track)

	// Requirements keep the framework's word and text beside the level.
	lead := roleOf(t, p, "ddat-lead-developer-management")
	require.Len(t, lead.Skills, 2)
	prog := lead.Skills[slices.IndexFunc(lead.Skills, func(r skill.Requirement) bool { return r.Skill == "ddat-programming-and-build-software-engineering" })]
	assert.Equal(t, skill.Practitioner, prog.Level)
	assert.Equal(t, "Practitioner", prog.Label)
	assert.True(t, prog.Essential)
	assert.True(t, strings.HasPrefix(prog.Text, "You can:\n- "), prog.Text)
	assert.Equal(t, []string{SourceID}, prog.Sources)
	assert.Equal(t, skill.Expert, roleOf(t, p, "ddat-lead-developer").Skills[1].Level, "Expert is the catalog's Expert")

	// A Senior Civil Service role: one role, alone on its ladder.
	cto := roleOf(t, p, "ddat-chief-technology-officer")
	assert.Equal(t, "Chief technology officer", cto.Title)
	assert.Equal(t, role.LadderID("ddat-chief-technology-officer"), cto.Ladder)
	assert.Equal(t, 1, cto.Rank)
	assert.Equal(t, role.UnknownTrack, cto.Track)
	require.Len(t, cto.Descriptions, 1)
	assert.Equal(t, p.Ladders[0].Description, cto.Descriptions[0].Text, "the role's description, as its level has none")
	require.Len(t, cto.Skills, 2)
	for _, r := range cto.Skills {
		assert.Zero(t, r.Level)
		assert.Empty(t, r.Label)
		assert.True(t, strings.HasPrefix(r.Text, "You can:\n- "), r.Text)
	}

	// Skill descriptions with their level texts, from skills.csv.
	sec := skillOf(t, p, "ddat-information-security")
	assert.Equal(t, "Information security", sec.Name)
	parts := strings.Split(sec.Description, "\n\n")
	require.Len(t, parts, 5, sec.Description)
	assert.Equal(t, "Information security involves maintaining the security, confidentiality and integrity of information.", parts[0])
	for i, w := range []string{"Awareness", "Working", "Practitioner", "Expert"} {
		assert.True(t, strings.HasPrefix(parts[i+1], w+":\nYou can:\n- "), parts[i+1])
	}
	plan := skillOf(t, p, "ddat-strategic-technology-planning")
	assert.True(t, strings.HasPrefix(plan.Description, "You can:\n- determine the most appropriate technologies"), plan.Description)
	assert.NotContains(t, plan.Description, "Awareness:")

	_, err := rolemodel.Build(p)
	require.NoError(t, err)
}

// Without skills.csv, the skills take their descriptions and the texts of
// the levels roles require from roles.csv.
func TestFixtureWithoutSkills(t *testing.T) {
	_, with := readFixture(t, RolesFile, SkillsFile)
	_, without := readFixture(t, RolesFile)
	assert.Equal(t, len(with.Skills), len(without.Skills))
	sec := skillOf(t, without, "ddat-information-security")
	full := skillOf(t, with, "ddat-information-security").Description
	assert.True(t, strings.HasPrefix(full, sec.Description), "the levels the roles use, in the layout of skills.csv:\n%s", sec.Description)
	assert.Contains(t, sec.Description, "\n\nAwareness:\nYou can:")
	prog := skillOf(t, without, "ddat-programming-and-build-software-engineering")
	assert.NotContains(t, prog.Description, "Awareness:", "no software developer needs the skill at Awareness")
	assert.True(t, strings.HasPrefix(prog.Description, "Working:\nYou can:\n"), "the skill has no description (MISSING): %s", prog.Description)
	assert.Equal(t, with.Roles, without.Roles)
}

func TestKeyOf(t *testing.T) {
	tests := map[string]rungKey{
		"Trainee business analyst":            {0, 0, wordTrainee},
		"Apprentice developer":                {0, 1, wordTrainee},
		"Associate user researcher":           {0, 1, wordAssociate},
		"Junior user researcher":              {0, 1, wordJunior},
		"Data analyst":                        {0, 0, wordNone},
		"Operational control manager":         {0, 1, wordNone},
		"Major incident manager":              {0, 1, wordNone},
		"Senior operations analyst":           {0, 0, wordSenior},
		"Lead service transition manager":     {0, 1, wordLead},
		"Data ethics lead":                    {0, 1, wordLead},
		"Principal developer":                 {0, 1, wordPrincipal},
		"Head of (Agile) delivery management": {1, 1, wordNone},
		"Chief data architect":                {1, 1, wordNone},
		"Head":                                {0, 1, wordNone},
		"":                                    {0, 1, wordNone},
	}
	for name, want := range tests {
		assert.Equal(t, want, keyOf(name), name)
	}
	base, ok := managementBase("Lead DevOps engineer  -  Management ")
	assert.True(t, ok, "case and spacing are ignored")
	assert.True(t, ok)
	assert.Equal(t, "lead devops engineer", base)
	_, ok = managementBase(" - management")
	assert.False(t, ok)
	_, ok = managementBase("Lead DevOps engineer management")
	assert.False(t, ok)
}

// TestOrder checks the ladder rule on made-up ladders: names first, then
// the average skill level where names do not decide, and a shared rung
// where neither does.
func TestOrder(t *testing.T) {
	lv := func(title string, words ...int) *level {
		l := &level{id: role.ID(strings.ToLower(strings.ReplaceAll(title, " ", "-"))), title: title, track: role.ICTrack}
		if _, ok := managementBase(title); ok {
			l.track = role.ManagementTrack
		}
		for _, w := range words {
			l.reqs = append(l.reqs, skill.Requirement{Level: levels[w-1]})
		}
		return l
	}
	tests := []struct {
		name   string
		levels []*level
		want   [][]string
	}{{
		name: "alphabetical to ladder order",
		levels: []*level{
			lv("Head of X", 1), lv("Junior X", 4), lv("Lead X", 4), lv("Lead X - management", 1),
			lv("Principal X", 1), lv("Senior X", 1), lv("Trainee X", 4), lv("X", 1), lv("Associate X", 4),
		},
		want: [][]string{{"Trainee X"}, {"Associate X"}, {"Junior X"}, {"X"}, {"Senior X"}, {"Lead X", "Lead X - management"}, {"Principal X"}, {"Head of X"}},
	}, {
		name:   "analysts below managers",
		levels: []*level{lv("Head of ops", 1), lv("Ops analyst", 2), lv("Ops manager", 1), lv("Senior ops analyst", 3)},
		want:   [][]string{{"Ops analyst"}, {"Senior ops analyst"}, {"Ops manager"}, {"Head of ops"}},
	}, {
		name:   "the average skill level where names tie",
		levels: []*level{lv("Change analyst", 1, 2, 3), lv("Configuration analyst", 1, 2, 2), lv("Change manager", 4)},
		want:   [][]string{{"Configuration analyst"}, {"Change analyst"}, {"Change manager"}},
	}, {
		name:   "averages compared exactly, no stated level as 0",
		levels: []*level{lv("A manager", 2, 2, 3), lv("B manager", 3, 2), lv("C manager"), lv("D manager", 1)},
		want:   [][]string{{"C manager"}, {"D manager"}, {"A manager"}, {"B manager"}},
	}, {
		name:   "a shared rung where neither decides",
		levels: []*level{lv("Y manager", 2, 3), lv("X manager", 3, 2), lv("Senior X manager", 1)},
		want:   [][]string{{"X manager", "Y manager"}, {"Senior X manager"}},
	}, {
		name:   "a management level without its twin",
		levels: []*level{lv("Senior Z - management", 1), lv("Z", 4)},
		want:   [][]string{{"Z"}, {"Senior Z - management"}},
	}}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			l := &ladder{levels: tt.levels}
			order(l)
			var got [][]string
			for _, lv := range l.levels {
				for len(got) < lv.rank {
					got = append(got, nil)
				}
				got[lv.rank-1] = append(got[lv.rank-1], lv.title)
			}
			assert.Equal(t, tt.want, got)
		})
	}
}

func TestRealParts(t *testing.T) {
	fw := readReal(t)
	p := fw.parts()
	assert.Len(t, p.Families, 8)
	assert.Len(t, p.Ladders, 52)
	assert.Len(t, p.Roles, 205)
	assert.Len(t, p.Skills, 188)
	assert.Equal(t, 16, fw.repeats, "identical repeated rows merged")
	reqs, rungs, scs := 0, 0, 0
	for _, r := range p.Roles {
		reqs += len(r.Skills)
		if r.Track == role.UnknownTrack {
			scs++
		}
	}
	for _, l := range p.Ladders {
		rungs += len(ladderOf(p, l.ID))
	}
	assert.Equal(t, 1825-16, reqs, "a requirement per row but the merged repeats")
	assert.Equal(t, 199, rungs)
	assert.Equal(t, 4, scs, "the Senior Civil Service roles have no track")

	// The order of the framework's role pages
	// (https://ddat-capability-framework.service.gov.uk/role/<role>, 2024).
	published := map[role.LadderID][][]string{
		"ddat-software-developer": {{"Apprentice developer"}, {"Junior developer"}, {"Developer"},
			{"Senior developer", "Senior developer - management"}, {"Lead developer", "Lead developer - management"},
			{"Principal developer", "Principal developer - management"}},
		"ddat-user-researcher": {{"Associate user researcher"}, {"Junior user researcher"}, {"User researcher"},
			{"Senior user researcher"}, {"Lead user researcher"}, {"Head of user research"}},
		"ddat-command-and-control-centre-manager": {{"Operations analyst"}, {"Senior operations analyst"},
			{"Operational control manager"}, {"Head of command and control"}},
		"ddat-data-analyst": {{"Associate data analyst"}, {"Data analyst"}, {"Senior data analyst"}, {"Principal data analyst"}},
		"ddat-development-operations-devops-engineer": {{"Apprentice DevOps engineer"}, {"Junior DevOps engineer"}, {"DevOps engineer"},
			{"Senior DevOps engineer", "Senior DevOps engineer - management"}, {"Lead DevOps engineer", "Lead DevOps engineer - management"},
			{"Principal DevOps engineer", "Principal DevOps engineer - management"}},
		"ddat-chief-technology-officer": {{"Chief technology officer"}},
	}
	for id, want := range published {
		assert.Equal(t, want, ladderOf(p, id), id)
	}
	// The pages give the first and last levels of these, and how many.
	type ends struct {
		n           int
		first, last string
	}
	for id, want := range map[role.LadderID]ends{
		"ddat-service-desk-manager":       {4, "Service desk analyst", "Head of service desk"},
		"ddat-it-service-manager":         {4, "IT service analyst", "Head of IT service management"},
		"ddat-change-and-release-manager": {3, "Configuration analyst", "Change and release manager"},
		"ddat-service-transition-manager": {4, "Service acceptance analyst", "Lead service transition manager"},
		"ddat-data-scientist":             {6, "Trainee data scientist", "Head of data science"},
	} {
		l := ladderOf(p, id)
		assert.Equal(t, want, ends{len(l), l[0][0], l[len(l)-1][0]}, id)
	}

	// Only management twins share a rung: no two names are left unordered.
	for _, l := range p.Ladders {
		for _, rung := range ladderOf(p, l.ID) {
			if len(rung) > 1 {
				assert.Equal(t, []string{rung[0], rung[0] + " - management"}, rung)
			}
		}
	}

	_, err := rolemodel.Build(p)
	require.NoError(t, err)
}
