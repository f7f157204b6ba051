package rolemodel

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/rolemodel/rolemodel/career"
	"github.com/rolemodel/rolemodel/role"
	"github.com/rolemodel/rolemodel/skill"
)

// forkCatalog has a short path through a role that needs what the person
// lacks, and a longer one through roles that need what the person has.
const forkCatalog = `
skills:
  - {id: finance, name: Finance}
  - {id: people, name: People Management}
certifications:
  - id: mba
    name: MBA
    evidences: [{skill: finance, level: advanced}]
roles:
  - {id: start, title: Start, advancement_to: [{role: finance-head}, {role: team-lead}]}
  - id: finance-head
    title: Finance Head
    skills: [{skill: finance, level: expert, essential: true}]
    advancement_to: [{role: goal}]
  - id: team-lead
    title: Team Lead
    skills: [{skill: people, level: working, essential: true}]
    advancement_to: [{role: manager}]
  - id: manager
    title: Manager
    skills: [{skill: people, level: practitioner, essential: true}]
    advancement_to: [{role: goal}]
  - id: goal
    title: Goal
    skills:
      - {skill: people, level: practitioner, essential: true}
      - {skill: finance, level: working}
`

func TestPlanPersonWeightedDiffersFromFewestMoves(t *testing.T) {
	c, err := Load(strings.NewReader(forkCatalog))
	require.NoError(t, err)
	manager := skill.Profile{Skills: []skill.Held{{Skill: "people", Level: skill.Advanced}}}

	fewest, err := c.Plan(manager, "start", "goal")
	require.NoError(t, err)
	assert.Equal(t, []role.ID{"start", "finance-head", "goal"}, fewest.Path.Roles())

	mine, err := c.Plan(manager, "start", "goal", c.ByGap(manager))
	require.NoError(t, err)
	assert.Equal(t, []role.ID{"start", "team-lead", "manager", "goal"}, mine.Path.Roles(),
		"the person-weighted plan goes through roles this person is ready for")
	for _, st := range mine.Steps {
		assert.True(t, st.Recorded)
		assert.Equal(t, 1.0, st.ReadinessBefore)
	}

	// The fewest-moves plan says what to learn, and which certification
	// evidences it.
	st := fewest.Steps[0]
	require.Len(t, st.Learn, 1)
	assert.Equal(t, skill.Shortfall{Skill: "finance", Required: skill.Expert, Essential: true}, st.Learn[0])
	assert.Equal(t, []skill.CertificationID{"mba"}, st.Certifications)
	assert.Less(t, st.ReadinessBefore, 1.0)
	// After learning finance at the first step, the goal is complete.
	assert.Equal(t, 1.0, fewest.Steps[1].ReadinessBefore)
	assert.Empty(t, fewest.Steps[1].Learn)
}

func TestPlanOnDefaultCatalog(t *testing.T) {
	c := Default()
	p, err := c.Plan(skill.Profile{}, "senior-it-manager", "cto")
	require.NoError(t, err)
	require.Len(t, p.Steps, 2)
	assert.True(t, p.Steps[0].Recorded, "the technology director has requirements")
	assert.Len(t, p.Steps[0].Learn, 68)
	assert.NotEmpty(t, p.Steps[0].Certifications)
	assert.False(t, p.Steps[1].Recorded, "the CTO is only named by the sources")
	assert.Empty(t, p.Steps[1].Learn)

	_, err = c.Plan(skill.Profile{}, "cto", "it-manager")
	assert.ErrorIs(t, err, career.ErrNoPath)
	_, err = c.Plan(skill.Profile{}, "nobody", "cto")
	assert.ErrorIs(t, err, ErrUnknownRole)
	_, err = c.Plan(skill.Profile{Skills: []skill.Held{{Skill: "x", Level: 1}}}, "it-manager", "cto")
	assert.ErrorIs(t, err, skill.ErrProfile)
}

func TestNextSteps(t *testing.T) {
	c, err := Load(strings.NewReader(forkCatalog))
	require.NoError(t, err)
	manager := skill.Profile{Skills: []skill.Held{{Skill: "people", Level: skill.Advanced}}}
	ns, err := c.NextSteps(manager, "start", 5)
	require.NoError(t, err)
	require.Len(t, ns, 2)
	assert.Equal(t, role.ID("team-lead"), ns[0].Move.To)
	assert.Equal(t, 1.0, ns[0].Readiness)
	assert.Equal(t, role.ID("finance-head"), ns[1].Move.To)
	assert.Contains(t, ns[1].Reason, "1 missing")

	ns, err = Default().NextSteps(skill.Profile{}, "technology-director", 2)
	require.NoError(t, err)
	require.Len(t, ns, 2)
	assert.False(t, ns[0].Recorded)
	assert.Contains(t, ns[0].Reason, "no skill requirements recorded")

	_, err = c.NextSteps(manager, "start", 0)
	assert.ErrorIs(t, err, career.ErrBadQuery)
	_, err = c.NextSteps(manager, "nowhere", 1)
	assert.ErrorIs(t, err, ErrUnknownRole)
}

func TestPlanSalaryChange(t *testing.T) {
	c, err := Load(strings.NewReader(`
sources: [{id: s, title: S}]
roles:
  - id: a
    title: A
    advancement_to: [{role: b}]
    salaries:
      - {statistic: range, currency: USD, min: 100000, max: 120000, period: annual, sources: [s]}
  - id: b
    title: B
    advancement_to: [{role: c}]
    salaries:
      - {statistic: median, currency: USD, value: 60, period: hourly, sources: [s]}
      - {statistic: average, currency: USD, value: 130000, period: annual, sources: [s]}
  - id: c
    title: C
`))
	require.NoError(t, err)
	p, err := c.Plan(skill.Profile{}, "a", "c")
	require.NoError(t, err)
	require.Len(t, p.Steps, 2)
	require.Len(t, p.Steps[0].Salaries, 1)
	sc := p.Steps[0].Salaries[0]
	assert.Equal(t, "USD", sc.Currency.String())
	// A: midpoint 110,000. B: 60/hour × 2,080 = 124,800 and 130,000; the
	// median of the two midpoints is 127,400. Change: 17,400.
	assert.Equal(t, "USD 17,400.00", sc.MedianChange.String())
	assert.Equal(t, 2, sc.To.Count())
	assert.Empty(t, p.Steps[1].Salaries)
	assert.Equal(t, "C has no salary figures from sources", p.Steps[1].SalaryNote)
}

// A statistic a source states per year and per hour (as BLS's OEWS does,
// and bls.Attach attaches) is one figure of the summary, not two; the
// spread percentiles (p10, p90) are not figures of what the role pays.
func TestPlanSalaryRestatedOnce(t *testing.T) {
	c, err := Load(strings.NewReader(`
sources: [{id: s, title: S}, {id: oews, title: OEWS}]
roles:
  - id: a
    title: A
    advancement_to: [{role: b}]
    salaries:
      - {statistic: average, currency: USD, value: 100000, period: annual, region: United States, sources: [s]}
  - id: b
    title: B
    salaries:
      - {statistic: range, currency: USD, min: 150000, max: 170000, period: annual, region: United States, sources: [s]}
      - {statistic: p10, currency: USD, value: 60000, period: annual, region: United States, year: 2024, sources: [oews]}
      - {statistic: median, currency: USD, value: 120000, period: annual, region: United States, year: 2024, sources: [oews]}
      - {statistic: p90, currency: USD, value: 200000, period: annual, region: United States, year: 2024, sources: [oews]}
      - {statistic: p10, currency: USD, value: 28.85, period: hourly, region: United States, year: 2024, sources: [oews]}
      - {statistic: median, currency: USD, value: 57.69, period: hourly, region: United States, year: 2024, sources: [oews]}
      - {statistic: p90, currency: USD, value: 96.15, period: hourly, region: United States, year: 2024, sources: [oews]}
`))
	require.NoError(t, err)
	p, err := c.Plan(skill.Profile{}, "a", "b")
	require.NoError(t, err)
	require.Len(t, p.Steps, 1)
	require.Len(t, p.Steps[0].Salaries, 1)
	sc := p.Steps[0].Salaries[0]
	// B: the range's midpoint 160,000 and the median 120,000, counted once
	// each; the median of the two is 140,000.
	assert.Equal(t, 2, sc.To.Count(), "%v", sc.To)
	assert.Equal(t, "$140,000", sc.To.MedianMidpoint().Short())
	assert.Equal(t, "$120,000", sc.To.Lowest().Short())
	assert.Equal(t, "$40,000", sc.MedianChange.Short())
}

// With roles paid in two currencies, the change is reported per currency
// both roles share, and a move between currencies says why there is none.
func TestPlanSalaryTwoCurrencies(t *testing.T) {
	c, err := Load(strings.NewReader(`
sources: [{id: s, title: S}]
roles:
  - id: a
    title: A
    advancement_to: [{role: b}]
    salaries:
      - {statistic: average, currency: GBP, value: 60000, period: annual, region: UK, sources: [s]}
      - {statistic: average, currency: USD, value: 100000, period: annual, region: US, sources: [s]}
  - id: b
    title: B
    advancement_to: [{role: d}]
    salaries:
      - {statistic: average, currency: GBP, value: 82500, period: annual, region: UK, sources: [s]}
      - {statistic: average, currency: USD, value: 130000, period: annual, region: US, sources: [s]}
  - id: d
    title: D
    salaries:
      - {statistic: average, currency: EUR, value: 90000, period: annual, sources: [s]}
`))
	require.NoError(t, err)
	p, err := c.Plan(skill.Profile{}, "a", "d")
	require.NoError(t, err)
	var got []string
	for _, sc := range p.Steps[0].Salaries {
		got = append(got, sc.MedianChange.Short())
	}
	assert.Equal(t, []string{"£22,500", "$30,000"}, got)
	assert.Empty(t, p.Steps[0].SalaryNote)
	assert.Empty(t, p.Steps[1].Salaries)
	assert.Equal(t, "B is paid in GBP (UK), USD (US), D in EUR (region not stated): no exchange rates are assumed", p.Steps[1].SalaryNote)
}

// Figures for different regions are not pooled: a move from a role paid
// £100,000 in London and £40,000 in the North East to one paid £110,000 in
// London is +£10,000 in London (not +£40,000 over a pooled median), and a
// move between roles paid only in different regions says so.
func TestPlanSalaryRegions(t *testing.T) {
	c, err := Load(strings.NewReader(`
sources: [{id: s, title: S}]
roles:
  - id: a
    title: A
    lateral_moves: [{role: b}]
    salaries:
      - {statistic: median, currency: GBP, value: 100000, period: annual, region: London, sources: [s]}
      - {statistic: median, currency: GBP, value: 40000, period: annual, region: North East, sources: [s]}
  - id: b
    title: B
    lateral_moves: [{role: d}]
    salaries:
      - {statistic: median, currency: GBP, value: 110000, period: annual, region: London, sources: [s]}
  - id: d
    title: D
    salaries:
      - {statistic: median, currency: GBP, value: 50000, period: annual, region: Manchester, sources: [s]}
`))
	require.NoError(t, err)
	p, err := c.Plan(skill.Profile{}, "a", "d")
	require.NoError(t, err)
	require.Len(t, p.Steps, 2)
	require.Len(t, p.Steps[0].Salaries, 1)
	sc := p.Steps[0].Salaries[0]
	assert.Equal(t, "London", sc.Region)
	assert.Equal(t, "£10,000", sc.MedianChange.Short())
	assert.Empty(t, p.Steps[1].Salaries)
	assert.Equal(t, "B is paid in GBP (London), D in GBP (Manchester): no figures for the same region to compare", p.Steps[1].SalaryNote)
}

// A certification that evidences a skill below the level a step needs only
// narrows the gap: it comes after one that closes it, and says so.
func TestPlanCertificationsByLevel(t *testing.T) {
	c, err := Load(strings.NewReader(`
skills:
  - {id: people-management, name: People management, kind: soft}
  - {id: budgeting, name: Budgeting, kind: hard}
certifications:
  - {id: aaa-team-leader, name: Team Leader, evidences: [{skill: people-management, level: practitioner}]}
  - {id: zzz-senior-leader, name: Senior Leader, evidences: [{skill: people-management, level: advanced}]}
  - {id: mmm-finance, name: Finance, evidences: [{skill: budgeting}]}
  - {id: bbb-intro, name: Intro, evidences: [{skill: people-management, level: awareness}]}
roles:
  - id: lead
    title: Lead
    advancement_to: [{role: head}]
  - id: head
    title: Head
    skills:
      - {skill: people-management, level: advanced, essential: true}
      - {skill: budgeting, level: working, essential: false}
`))
	require.NoError(t, err)
	p := skill.Profile{Skills: []skill.Held{{Skill: "people-management", Level: skill.Working}}}
	plan, err := c.Plan(p, "lead", "head")
	require.NoError(t, err)
	st := plan.Steps[0]
	assert.Equal(t, []skill.CertificationID{"mmm-finance", "zzz-senior-leader", "aaa-team-leader"}, st.Certifications,
		"closing certifications first (by ID among equals), then the one that only narrows; awareness is below what is held and is left out")
	assert.Equal(t, CertificationFit{Certification: "aaa-team-leader", Narrows: []skill.ID{"people-management"}}, st.CertificationFits[2])
	assert.Equal(t, []skill.ID{"people-management"}, st.CertificationFits[1].Closes)
}
