package rolemodel

import (
	"errors"
	"slices"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/rolemodel/rolemodel/career"
	"github.com/rolemodel/rolemodel/role"
	"github.com/rolemodel/rolemodel/salary"
	"github.com/rolemodel/rolemodel/skill"
)

// Each rule of the job architecture gives one located problem, exactly.
func TestArchitectureRules(t *testing.T) {
	const fam = "families:\n  - {id: tech, title: Technology}\n  - {id: eng, title: Engineering, parent: tech}\n"
	const lad = "ladders:\n  - {id: se, title: SE, family: eng}\n"
	tests := []struct {
		name, in string
		kind     error
		want     string
	}{
		{"unknown parent family", "families:\n  - {id: eng, title: Engineering, parent: tech}\n", ErrReference,
			`2:43: families[eng].parent: family "tech" is not in the catalog's families`},
		{"own parent", "families:\n  - {id: eng, title: Engineering, parent: eng}\n", ErrReference,
			`2:43: families[eng].parent: a family cannot be its own parent`},
		{"parent cycle", "families:\n  - {id: a, title: A, parent: c}\n  - {id: b, title: B, parent: a}\n  - {id: c, title: C, parent: b}\n", ErrReference,
			`2:31: families[a].parent: families form a cycle of parents: a → c → b → a`},
		{"ladder in unknown family", "ladders:\n  - {id: se, title: SE, family: eng}\n", ErrReference,
			`2:33: ladders[se].family: family "eng" is not in the catalog's families`},
		{"two grades one rank", "grades:\n  - {id: l4, title: L4, rank: 4}\n  - {id: l5, title: L5, rank: 4}\n", ErrDuplicate,
			`3:31: grades[l5].rank: rank 4 is already the rank of grade "l4": grades are ranked, one grade per rank`},
		{"band min over mid", "grades:\n  - id: l5\n    title: L5\n    rank: 5\n    pay:\n      - {region: London, currency: GBP, period: annual, min: 90000, mid: 85000, max: 100000}\n", ErrInvalidValue,
			`6:74: grades[l5].pay[0].mid: the midpoint 85000 is below the minimum 90000: expected min <= mid <= max`},
		{"band mid over max", "grades:\n  - id: l5\n    title: L5\n    rank: 5\n    pay:\n      - {region: London, currency: GBP, period: annual, min: 70000, mid: 105000, max: 100000}\n", ErrInvalidValue,
			`6:87: grades[l5].pay[0].max: the maximum 100000 is below the midpoint 105000: expected min <= mid <= max`},
		{"two bands one region", "grades:\n  - id: l5\n    title: L5\n    rank: 5\n    pay:\n      - {region: London, currency: GBP, period: annual, min: 1, mid: 2, max: 3}\n      - {region: London, currency: GBP, period: annual, min: 4, mid: 5, max: 6}\n", ErrDuplicate,
			`7:18: grades[l5].pay[1].region: grade "l5" already has a pay band for region "London" (pay[0]): one band per grade and region`},
		{"band figure finer than the currency's minor unit", "grades:\n  - id: l5\n    title: L5\n    rank: 5\n    pay:\n      - {region: London, currency: GBP, period: annual, min: 1.555, mid: 2, max: 3}\n", ErrInvalidValue,
			`6:62: grades[l5].pay[0].min: has more decimal places than the currency's minor unit`},
		{"band without currency", "grades:\n  - id: l5\n    title: L5\n    rank: 5\n    pay:\n      - {region: London, period: annual, min: 1, mid: 2, max: 3}\n", ErrInvalidValue,
			`6:9: grades[l5].pay[0].currency: is required`},
		{"unknown family on role", "roles:\n  - {id: a, title: A, family: eng}\n", ErrReference,
			`2:31: roles[a].family: family "eng" is not in the catalog's families`},
		{"unknown ladder on role", "roles:\n  - {id: a, title: A, ladder: se, rank: 1}\n", ErrReference,
			`2:31: roles[a].ladder: ladder "se" is not in the catalog's ladders`},
		{"unknown grade on role", "roles:\n  - {id: a, title: A, grade: l5}\n", ErrReference,
			`2:30: roles[a].grade: grade "l5" is not in the catalog's grades`},
		{"rank without ladder", "roles:\n  - {id: a, title: A, rank: 2}\n", ErrInvalidValue,
			`2:29: roles[a].rank: rank 2 is a rung of a ladder, but the role names no ladder`},
		{"ladder without rank", fam + lad + "roles:\n  - {id: a, title: A, ladder: se}\n", ErrInvalidValue,
			`7:5: roles[a].rank: the role is on ladder "se" but has no rank: expected its rung, 1 for the entry rung`},
		{"rung on a ladder of another family", fam + lad + "roles:\n  - {id: a, title: A, family: tech, ladder: se, rank: 1}\n", ErrReference,
			`7:45: roles[a].ladder: ladder "se" is in family "eng", not in the role's family "tech"`},
		{"negative rank", fam + lad + "roles:\n  - {id: a, title: A, ladder: se, rank: -1}\n", ErrInvalidValue,
			`7:41: roles[a].rank: -1 is too small: must be at least 0`},
		{"duplicate family id", "families:\n  - {id: eng, title: A}\n  - {id: eng, title: B}\n", ErrDuplicate,
			`3:10: families[eng].id: family ID "eng" is already used by families[0]`},
		{"unknown field in grade", "grades:\n  - {id: l5, title: L5, rank: 5, band: 3}\n", ErrUnknownField,
			`2:34: grades[l5].band: unknown field "band" (did you mean "rank"?)`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			ps := problems(t, tt.in)
			var got []string
			for _, p := range ps {
				got = append(got, p.String())
			}
			require.Contains(t, got, tt.want)
			for _, p := range ps {
				if p.String() == tt.want {
					assert.ErrorIs(t, p.Kind, tt.kind)
				}
			}
		})
	}
}

func loadLadder(t *testing.T) *Catalog {
	t.Helper()
	c, err := LoadFile("testdata/ladder.yaml")
	require.NoError(t, err)
	return c
}

func TestLadderTable(t *testing.T) {
	c := loadLadder(t)
	tb, err := c.Table("software-engineering")
	require.NoError(t, err)
	assert.Equal(t, []role.Track{role.ICTrack, role.ManagementTrack}, tb.Tracks)
	assert.Equal(t, `rung | individual-contributor   | management
5    | Principal Engineer       | Director of Engineering
4    | Staff Engineer           | Engineering Manager
3    | Senior Software Engineer | -
2    | Software Engineer II     | -
1    | Software Engineer I      | -
`, tb.String())

	rungs := c.Rungs("software-engineering")
	require.Len(t, rungs, 5)
	assert.Equal(t, []role.ID{"staff-engineer", "engineering-manager"}, ids(rungs[3]), "by track, IC first")
	assert.Nil(t, c.Rungs("nowhere"))

	// Within a rung: no track first, then individual contributors, then
	// managers, each track in ID order.
	mixed, err := Build(Parts{
		Families: []role.Family{{ID: "eng", Title: "Engineering"}},
		Ladders:  []role.Ladder{{ID: "l", Title: "L", Family: "eng"}},
		Roles: []role.Role{
			{ID: "m-b", Title: "M B", Family: "eng", Ladder: "l", Rank: 1, Track: role.ManagementTrack},
			{ID: "ic-b", Title: "IC B", Family: "eng", Ladder: "l", Rank: 1, Track: role.ICTrack},
			{ID: "z-none", Title: "Z", Family: "eng", Ladder: "l", Rank: 1},
			{ID: "m-a", Title: "M A", Family: "eng", Ladder: "l", Rank: 1, Track: role.ManagementTrack},
			{ID: "ic-a", Title: "IC A", Family: "eng", Ladder: "l", Rank: 1, Track: role.ICTrack},
			{ID: "a-none", Title: "A", Family: "eng", Ladder: "l", Rank: 1},
		},
	})
	require.NoError(t, err)
	rungs = mixed.Rungs("l")
	require.Len(t, rungs, 1)
	assert.Equal(t, []role.ID{"a-none", "z-none", "ic-a", "ic-b", "m-a", "m-b"}, ids(rungs[0]))

	_, err = c.Table("nowhere")
	assert.ErrorIs(t, err, ErrUnknownLadder)
	assert.EqualError(t, err, `rolemodel: no ladder "nowhere" in the catalog`)
}

func ids(rs []role.Role) []role.ID {
	var out []role.ID
	for _, r := range rs {
		out = append(out, r.ID)
	}
	return out
}

// A ladder implies its advancement moves; the management track splits off
// at rung 4, where it first appears.
func TestLadderImpliesMoves(t *testing.T) {
	c := loadLadder(t)
	var got []string
	for tr := range c.Transitions() {
		got = append(got, string(tr.From)+" -"+tr.Kind.String()+"-> "+string(tr.To))
		assert.Empty(t, c.TransitionSources(tr), "first-party ladder: no sources")
	}
	assert.Equal(t, []string{
		"engineering-manager -advancement-> director-of-engineering",
		"senior-software-engineer -advancement-> engineering-manager",
		"senior-software-engineer -advancement-> staff-engineer",
		"software-engineer-1 -advancement-> software-engineer-2",
		"software-engineer-2 -advancement-> senior-software-engineer",
		"staff-engineer -advancement-> principal-engineer",
	}, got)

	next, err := c.NextRung("senior-software-engineer")
	require.NoError(t, err)
	assert.Equal(t, []role.ID{"engineering-manager", "staff-engineer"}, ids(next))
	next, err = c.NextRung("principal-engineer")
	require.NoError(t, err)
	assert.Empty(t, next, "top of the IC track, nothing above")
	_, err = c.NextRung("nobody")
	assert.ErrorIs(t, err, career.ErrUnknownRole)

	p, err := c.Graph().ShortestPath("software-engineer-1", "director-of-engineering")
	require.NoError(t, err)
	assert.Equal(t, 4, p.Moves())
}

// The rule where tracks join, where a role states no track, and where the
// author writes a move between two rungs (the author's move wins).
func TestLadderRuleCases(t *testing.T) {
	moves := func(t *testing.T, roles string) []string {
		t.Helper()
		c, err := Load(strings.NewReader("ladders:\n  - {id: l, title: L}\nsources:\n  - {id: s, title: S}\nroles:\n" + roles))
		require.NoError(t, err)
		var got []string
		for tr := range c.Transitions() {
			got = append(got, string(tr.From)+" -"+tr.Kind.String()+"-> "+string(tr.To)+" "+strings.Join(c.TransitionSources(tr), ","))
		}
		return got
	}
	t.Run("join", func(t *testing.T) {
		assert.Equal(t, []string{
			"ic -advancement-> top ",
			"pm -advancement-> top ",
		}, moves(t, "  - {id: ic, title: IC, ladder: l, rank: 1, track: individual-contributor}\n  - {id: pm, title: PM, ladder: l, rank: 1, track: management}\n  - {id: top, title: Top, ladder: l, rank: 2, track: management}\n"))
	})
	t.Run("no track splits to all", func(t *testing.T) {
		assert.Equal(t, []string{
			"a -advancement-> b ",
			"a -advancement-> c ",
		}, moves(t, "  - {id: a, title: A, ladder: l, rank: 1}\n  - {id: b, title: B, ladder: l, rank: 2, track: individual-contributor}\n  - {id: c, title: C, ladder: l, rank: 2, track: management}\n"))
	})
	t.Run("gap in ranks", func(t *testing.T) {
		assert.Equal(t, []string{"a -advancement-> b "}, moves(t, "  - {id: a, title: A, ladder: l, rank: 1}\n  - {id: b, title: B, ladder: l, rank: 5}\n"))
	})
	t.Run("a track climbs past the other's rung", func(t *testing.T) {
		assert.Equal(t, []string{
			"em -advancement-> dir ",
			"s -advancement-> em ",
			"s -advancement-> staff ",
			"staff -advancement-> dir ",
		}, moves(t, "  - {id: s, title: S, ladder: l, rank: 1, track: individual-contributor}\n  - {id: staff, title: Staff, ladder: l, rank: 2, track: individual-contributor}\n  - {id: em, title: EM, ladder: l, rank: 2, track: management}\n  - {id: dir, title: Dir, ladder: l, rank: 3, track: management}\n"))
	})
	t.Run("written move wins", func(t *testing.T) {
		assert.Equal(t, []string{
			"a -lateral-> b s",
		}, moves(t, "  - {id: a, title: A, ladder: l, rank: 1, lateral_moves: [{role: b, sources: [s]}]}\n  - {id: b, title: B, ladder: l, rank: 2}\n"))
	})
	t.Run("ladder sources cite the implied move", func(t *testing.T) {
		c, err := Load(strings.NewReader("sources:\n  - {id: s, title: S}\nladders:\n  - {id: l, title: L, sources: [s]}\nroles:\n  - {id: a, title: A, ladder: l, rank: 1}\n  - {id: b, title: B, ladder: l, rank: 2}\n"))
		require.NoError(t, err)
		assert.Equal(t, []string{"s"}, c.TransitionSources(career.Transition{From: "a", To: "b", Kind: career.Advancement}))
	})
}

func TestSelect(t *testing.T) {
	c := loadLadder(t)
	sel := func(q RoleQuery) []role.ID { return ids(slices.Collect(c.Select(q))) }
	all := sel(RoleQuery{})
	assert.Len(t, all, 7)
	assert.Equal(t, all, sel(RoleQuery{Family: "technology"}), "sub-families count, and a role's family is its ladder's")
	assert.Equal(t, all, sel(RoleQuery{Family: "engineering"}))
	assert.Equal(t, []role.ID{"director-of-engineering", "principal-engineer"}, sel(RoleQuery{Grade: "l7"}))
	assert.Equal(t, []role.ID{"principal-engineer", "staff-engineer"}, sel(RoleQuery{Level: role.Lead}))
	assert.Equal(t, []role.ID{"director-of-engineering", "engineering-manager"}, sel(RoleQuery{Track: role.ManagementTrack}))
	assert.Equal(t, []role.ID{"engineering-manager", "principal-engineer", "senior-software-engineer", "software-engineer-2", "staff-engineer"}, sel(RoleQuery{Skill: "system-design"}))
	assert.Equal(t, []role.ID{"principal-engineer", "senior-software-engineer", "software-engineer-2", "staff-engineer"}, sel(RoleQuery{Skill: "system-design", Essential: true}))
	assert.Equal(t, []role.ID{"principal-engineer", "staff-engineer"}, sel(RoleQuery{Skill: "system-design", MinLevel: skill.Advanced}))
	assert.Equal(t, []role.ID{"staff-engineer"}, sel(RoleQuery{Track: role.ICTrack, Grade: "l6"}))
	assert.Empty(t, sel(RoleQuery{Family: "finance"}))

	f, ok := c.FamilyOf("staff-engineer")
	assert.True(t, ok)
	assert.Equal(t, role.FamilyID("engineering"), f)

	var fams []role.FamilyID
	for f := range c.Families() {
		fams = append(fams, f.ID)
	}
	assert.Equal(t, []role.FamilyID{"engineering", "technology"}, fams)
	var grades []role.GradeID
	for g := range c.Grades() {
		grades = append(grades, g.ID)
	}
	assert.Equal(t, []role.GradeID{"l3", "l4", "l5", "l6", "l7"}, grades, "rank order")
	g, ok := c.Grade("l5")
	require.True(t, ok)
	assert.Len(t, g.Pay, 2)
}

func TestPayBand(t *testing.T) {
	c := loadLadder(t)
	b, err := c.PayBand("senior-software-engineer", "London")
	require.NoError(t, err)
	assert.Equal(t, "£70,000 - £100,000, midpoint £85,000", b.String())
	pay := salary.FromMinorUnits(80_750_00, salary.MustParseCurrency("GBP"))
	cr, err := b.CompaRatio(pay)
	require.NoError(t, err)
	assert.InDelta(t, 0.95, cr, 1e-12)
	pen, err := b.Penetration(pay)
	require.NoError(t, err)
	assert.InDelta(t, 0.358333, pen, 1e-6)

	_, err = c.PayBand("staff-engineer", "New York")
	var pe *PayBandError
	require.ErrorAs(t, err, &pe)
	assert.ErrorIs(t, err, ErrNoPayBand)
	assert.Equal(t, []string{"London"}, pe.Regions)
	assert.EqualError(t, err, `rolemodel: grade "l6" of role "staff-engineer" has no pay band for region "New York" (it has: "London")`)

	_, err = Default().PayBand("technology-director", "US")
	assert.ErrorIs(t, err, ErrNoGrade)
	assert.EqualError(t, err, `rolemodel: role "technology-director" has no pay grade`)
	_, err = c.PayBand("nobody", "London")
	assert.ErrorIs(t, err, career.ErrUnknownRole)
	assert.True(t, errors.Is(err, career.ErrUnknownRole))
}

func TestCompareRungsAndGrades(t *testing.T) {
	c := loadLadder(t)
	d, err := c.Compare("senior-software-engineer", "staff-engineer")
	require.NoError(t, err)
	assert.Equal(t, role.IndividualContributor, d.LevelFrom)
	steps, ok := d.Rung.Steps()
	assert.True(t, ok)
	assert.Equal(t, 1, steps, "one rung up although the coarse level only changes IC → lead")
	assert.Equal(t, GradeChange{From: "l5", To: "l6", RankFrom: 5, RankTo: 6}, d.Grade)
	require.Len(t, d.Bands, 1, "only London has bands at both grades")
	assert.Equal(t, "London", d.Bands[0].Region)
	assert.Equal(t, "£22,500", d.Bands[0].MidpointChange.Short())

	d, err = c.Compare("software-engineer-1", "software-engineer-2")
	require.NoError(t, err)
	require.Len(t, d.Bands, 2)
	assert.Equal(t, "New York", d.Bands[1].Region)
	assert.Equal(t, "$30,000", d.Bands[1].MidpointChange.Short())

	d, err = c.Compare("staff-engineer", "technology-director")
	require.Error(t, err, "not in this catalog")
	d, err = Default().Compare("technology-director", "cto")
	require.NoError(t, err)
	_, ok = d.Rung.Steps()
	assert.False(t, ok)
	assert.Empty(t, d.Bands)
}

func TestPlanReportsBands(t *testing.T) {
	c := loadLadder(t)
	p := skill.Profile{Skills: []skill.Held{{Skill: "programming", Level: skill.Working}}}
	plan, err := c.Plan(p, "software-engineer-1", "staff-engineer")
	require.NoError(t, err)
	require.Len(t, plan.Steps, 3)
	var mids []string
	for _, st := range plan.Steps {
		for _, b := range st.Bands {
			mids = append(mids, b.Region+" "+b.MidpointChange.Short())
		}
	}
	assert.Equal(t, []string{"London £12,500", "New York $30,000", "London £20,000", "New York $35,000", "London £22,500"}, mids)
}
