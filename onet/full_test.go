package onet_test

import (
	"os"
	"slices"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/rolemodel/rolemodel"
	"github.com/rolemodel/rolemodel/bls"
	"github.com/rolemodel/rolemodel/onet"
	"github.com/rolemodel/rolemodel/role"
	"github.com/rolemodel/rolemodel/skill"
)

// The counts below were taken from the files with awk and cut, not from
// this package: for example, the occupations with a task are
// `cut -f1 "Task Statements (from xlsx).txt" | sort -u | wc -l` less the
// header.

// roleCounts counts the roles that have each kind of content.
type roleCounts struct {
	tasks, knowledge, skills, technologies, education, experience, interests, wages, outlook int
	none                                                                                     []role.Role // no tasks, technologies or interests
}

func countRoles(c *rolemodel.Catalog) roleCounts {
	var n roleCounts
	for r := range c.Roles() {
		if len(r.Responsibilities) > 0 {
			n.tasks++
		}
		if slices.ContainsFunc(r.Skills, func(q skill.Requirement) bool { return strings.HasSuffix(string(q.Skill), "-knowledge") }) {
			n.knowledge++
		}
		if slices.ContainsFunc(r.Skills, func(q skill.Requirement) bool { return !strings.HasSuffix(string(q.Skill), "-knowledge") }) {
			n.skills++
		}
		if len(r.Technologies) > 0 {
			n.technologies++
		}
		if slices.ContainsFunc(r.Education, func(e role.Education) bool { return len(e.Distribution) > 0 }) {
			n.education++
		}
		if slices.ContainsFunc(r.Experience, func(e role.Experience) bool { return len(e.Distribution) > 0 }) {
			n.experience++
		}
		if r.Interests != nil {
			n.interests++
		}
		if len(r.Salaries) > 0 {
			n.wages++
		}
		if len(r.Outlook) > 0 {
			n.outlook++
		}
		if len(r.Responsibilities) == 0 && len(r.Technologies) == 0 && r.Interests == nil {
			n.none = append(n.none, r)
		}
	}
	return n
}

func TestRelease29_3Full(t *testing.T) {
	c, err := onet.LoadDir(release(t, "onet-29.3"))
	require.NoError(t, err)
	n := countRoles(c)
	assert.Equal(t, 923, n.tasks, "occupations in Task Statements")
	assert.Equal(t, 923, n.technologies, "occupations in Technology Skills")
	assert.Equal(t, 923, n.interests, "occupations in Interests")
	assert.Equal(t, 879, n.knowledge, "occupations in Knowledge, each with a rating kept")
	assert.Equal(t, 879, n.skills)
	assert.Equal(t, 858, n.education, "occupations in Education, Training, and Experience")
	assert.Equal(t, 858, n.experience)

	// The 93 occupations without any of it: 77 residual "All Other"
	// occupations and the 16 military occupations (SOC major group 55)
	// for which O*NET collects no data.
	allOther, military := 0, 0
	for _, r := range n.none {
		switch {
		case strings.Contains(r.Title, "All Other"):
			allOther++
		case strings.HasPrefix(r.Codes.ONetSOC, "55-"):
			military++
		default:
			t.Errorf("%s %s has no tasks, technologies or interests", r.Codes.ONetSOC, r.Title)
		}
	}
	assert.Equal(t, 77, allOther)
	assert.Equal(t, 16, military)

	var tasks, primary, secondary, techs, hot, inDemand int
	for r := range c.Roles() {
		for _, x := range r.Responsibilities {
			tasks++
			switch x.Priority {
			case role.Primary:
				primary++
			case role.Secondary:
				secondary++
			}
		}
		for _, x := range r.Technologies {
			techs++
			if x.Hot {
				hot++
			}
			if x.InDemand {
				inDemand++
			}
		}
	}
	assert.Equal(t, 18796, tasks, "every row of Task Statements")
	assert.Equal(t, 13417, primary, "Core tasks")
	assert.Equal(t, 4222, secondary, "Supplemental tasks")
	assert.Equal(t, 32681, techs, "every row of Technology Skills")
	assert.Equal(t, 9584+2032, hot, "Hot Technology = Y")
	assert.Equal(t, 307+2032, inDemand, "In Demand = Y")
}

// Five spot checks against rows of the files, read by eye.
func TestRelease29_3SpotChecks(t *testing.T) {
	c, err := onet.LoadDir(release(t, "onet-29.3"))
	require.NoError(t, err)
	get := func(code string) role.Role {
		t.Helper()
		r, ok := c.Role(onet.RoleID(code))
		require.True(t, ok, code)
		return r
	}

	// 1. Task Statements, the first row: 11-1011.00 Chief Executives, task
	// 8823, Core. And 11-1031.00 Legislators' task 15267 has no type.
	ceo := get("11-1011.00")
	assert.Equal(t, role.Responsibility{ID: "8823", Priority: role.Primary, Sources: []string{"onet-29-3"},
		Text: "Direct or coordinate an organization's financial or budget activities to fund operations, maximize investments, or increase efficiency."},
		ceo.Responsibilities[0])
	leg := get("11-1031.00")
	i := slices.IndexFunc(leg.Responsibilities, func(x role.Responsibility) bool { return x.ID == "15267" })
	require.GreaterOrEqual(t, i, 0)
	assert.Equal(t, "Analyze and understand the local and national implications of proposed legislation.", leg.Responsibilities[i].Text)
	assert.Equal(t, role.UnstatedPriority, leg.Responsibilities[i].Priority, "a task without ratings is unranked")

	// 2. Knowledge: Chief Executives, Administration and Management (2.C.1.a),
	// IM 4.78 and LV 6.5: level ceil(6.5×5/7) = 5, essential.
	k := slices.IndexFunc(ceo.Skills, func(q skill.Requirement) bool { return q.Skill == "administration-and-management-knowledge" })
	require.GreaterOrEqual(t, k, 0)
	assert.Equal(t, skill.Requirement{Skill: "administration-and-management-knowledge", Level: skill.Expert, Essential: true,
		Text: "importance 4.78 of 5, level 6.5 of 7", Sources: []string{"onet-29-3"}}, ceo.Skills[k])
	area, ok := c.Skill("administration-and-management-knowledge")
	require.True(t, ok)
	assert.Equal(t, "O*NET knowledge 2.C.1.a", area.Category)
	assert.Equal(t, "Administration and Management", area.Name)
	math, _ := c.Skill("mathematics-knowledge")
	assert.Equal(t, "Mathematics (knowledge)", math.Name, "2.C.4.a, named as the skill 2.A.1.e is")
	math, _ = c.Skill("mathematics")
	assert.Equal(t, "Mathematics", math.Name)

	// 3. Technology Skills: 13 rows name Kubernetes; 15-1252.00 Software
	// Developers lists it under Application server software (43232701), hot
	// and in demand, among its 426 products.
	var using []string
	for r := range c.RolesUsing("kubernetes") {
		using = append(using, r.Codes.ONetSOC)
	}
	assert.Len(t, using, 13)
	assert.Contains(t, using, "15-1252.00")
	dev := get("15-1252.00")
	assert.Len(t, dev.Technologies, 426)
	i = slices.IndexFunc(dev.Technologies, func(x role.Technology) bool { return x.Name == "Kubernetes" })
	require.GreaterOrEqual(t, i, 0)
	assert.Equal(t, role.Technology{Name: "Kubernetes", Category: "Application server software", CategoryCode: "43232701",
		Hot: true, InDemand: true, Sources: []string{"onet-29-3"}}, dev.Technologies[i])

	// 4. Interests: Software Developers, OI 3.93 5.86 2.26 1.88 1.87 5.46,
	// high points 2 6 1: "ICR". Graphic Designers (27-1024.00) have one
	// high point, 3 then 0 and 0: "A".
	assert.Equal(t, &role.Interests{Realistic: 3.93, Investigative: 5.86, Artistic: 2.26, Social: 1.88, Enterprising: 1.87, Conventional: 5.46,
		HighPoint: "ICR", Sources: []string{"onet-29-3"}}, dev.Interests)
	assert.Equal(t, "A", get("27-1024.00").Interests.HighPoint)

	// 5. Education, Training, and Experience: 11-3021.00 Computer and
	// Information Systems Managers, 26 respondents: RL category 6
	// (Bachelor's Degree) 47.68%, RW category 9 (over 6 years, up to 8)
	// 40.02%. And 15-1211.00 Computer Systems Analysts, whose most common
	// answer, category 5 (Associate's Degree, 50.71%), O*NET flags with
	// Recommend Suppress.
	cis := get("11-3021.00")
	require.Len(t, cis.Education, 2, "the job zone's text, then the distribution")
	edu := cis.Education[1]
	require.Len(t, edu.Distribution, 12)
	assert.Equal(t, role.Share{Category: "Bachelor's Degree", Percent: 47.68}, edu.Distribution[5])
	assert.Equal(t, role.Share{Category: "Less than a High School Diploma", Percent: 0}, edu.Distribution[0])
	assert.Equal(t, role.Share{Category: "Post-Secondary Certificate", Percent: 5.77}, edu.Distribution[2])
	assert.Equal(t, "Required level of education, as 26 respondents to O*NET's survey report it: most often Bachelor's Degree (47.68%).", edu.Text)
	assert.Zero(t, edu.Minimum, "no minimum degree is made up from the distribution")
	exp := cis.Experience[1]
	require.Len(t, exp.Distribution, 11)
	assert.Equal(t, role.Share{Category: "Over 6 years, up to and including 8 years", Percent: 40.02}, exp.Distribution[8])
	assert.Equal(t, "Related work experience, as 26 respondents to O*NET's survey report it: most often Over 6 years, up to and including 8 years (40.02%).", exp.Text)
	assert.Zero(t, exp.Years, "no figure of years is made up from the distribution")
	csa := get("15-1211.00")
	assert.Equal(t, role.Share{Category: "Associate's Degree (or other 2-year degree)", Percent: 50.71, LowPrecision: true}, csa.Education[1].Distribution[4])
	assert.Equal(t, "Required level of education, as 20 respondents to O*NET's survey report it: most often Associate's Degree (or other 2-year degree) (50.71%), an estimate O*NET flags as imprecise.", csa.Education[1].Text)
}

// The counts of the closing note: O*NET 29.3 with BLS wages and
// projections attached.
func TestRelease29_3WithBLS(t *testing.T) {
	dir := release(t, "onet-29.3")
	wagesFile, projFile := "../../shared/data/bls/oews-national-2024/national_M2024_dl.csv", "../../shared/data/bls/projections-2024-34/occupation_table_1.2.csv"
	for _, f := range []string{wagesFile, projFile} {
		if _, err := os.Stat(f); err != nil {
			t.Skipf("%s is not in ../shared/data (%v)", f, err)
		}
	}
	c, err := onet.LoadDir(dir)
	require.NoError(t, err)
	w, err := bls.LoadWages(wagesFile)
	require.NoError(t, err)
	p, err := bls.LoadProjections(projFile)
	require.NoError(t, err)
	a, err := bls.Attach(c, w, p)
	require.NoError(t, err)
	n := countRoles(a)
	t.Logf("of %d roles: tasks %d, knowledge %d, skills %d, technologies %d, education %d, experience %d, interests %d, wages %d, outlook %d; none of tasks, technologies and interests %d",
		a.NumRoles(), n.tasks, n.knowledge, n.skills, n.technologies, n.education, n.experience, n.interests, n.wages, n.outlook, len(n.none))
	assert.Equal(t, 982, n.wages, "as package bls counts them")
	assert.Equal(t, 983, n.outlook)
	assert.Equal(t, 923, n.tasks, "attaching keeps everything O*NET gave")
	assert.Equal(t, 923, n.interests)
	r, _ := a.Role(onet.RoleID("11-3021.00"))
	assert.Equal(t, []string{"onet-29-3", "bls-oews-2024", "bls-ep-2024-34"}, r.Sources)
	assert.NotEmpty(t, r.Technologies)
	assert.NotNil(t, r.Interests)
}
