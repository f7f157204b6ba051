package esco_test

import (
	"os"
	"slices"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/rolemodel/rolemodel"
	"github.com/rolemodel/rolemodel/bls"
	"github.com/rolemodel/rolemodel/esco"
	"github.com/rolemodel/rolemodel/role"
	"github.com/rolemodel/rolemodel/salary"
	"github.com/rolemodel/rolemodel/skill"
)

// onetLike builds a small catalog in the shape package onet makes: roles
// by O*NET-SOC code with skill levels, a job zone and a median wage, each
// citing its source, and a move between two of them. The kitchen codes of
// the crosswalk fixture, less 35-9021.00 (Dishwashers).
func onetLike(t testing.TB) *rolemodel.Catalog {
	t.Helper()
	src := []string{"onet-test"}
	pay := []string{"pay-test"}
	occ := func(id, code, title string, zone int, median string) role.Role {
		return role.Role{
			ID: role.ID(id), Title: title, Codes: role.Codes{ONetSOC: code}, Sources: []string{"onet-test", "pay-test"},
			Skills: []skill.Requirement{
				{Skill: "critical-thinking", Level: skill.FromONetLevel(float64(zone) + 0.5), Essential: zone > 1, Sources: src},
				{Skill: "active-listening", Level: skill.FromONetLevel(3), Essential: true, Sources: src},
			},
			Experience: []role.Experience{{Text: "Job Zone " + string(rune('0'+zone)) + ".", JobZone: zone, Sources: src}},
			Salaries: []role.Salary{{Statistic: salary.Median, Currency: salary.MustParseCurrency("USD"), Value: salary.MustParseAmount(median),
				Period: salary.Annual, Sources: pay}},
		}
	}
	chefs := occ("35-1011-00", "35-1011.00", "Chefs and Head Cooks", 3, "60990")
	chefs.Transitions = []role.Move{{To: "35-2012-00", Kind: "lateral", Index: 5, Sources: src}}
	fast := occ("35-2011-00", "35-2011.00", "Cooks, Fast Food", 1, "30160")
	fast.Transitions = []role.Move{{To: "35-2021-00", Kind: "advancement", Index: 3, Sources: src}}
	c, err := rolemodel.Build(rolemodel.Parts{
		Sources: []role.Source{{ID: "onet-test", Title: "An O*NET-like catalog"}, {ID: "pay-test", Title: "Median wages"}},
		Skills: []skill.Skill{
			{ID: "critical-thinking", Name: "Critical Thinking", Kind: skill.Hard, Sources: src},
			{ID: "active-listening", Name: "Active Listening", Kind: skill.Soft, Sources: src},
		},
		Roles: []role.Role{
			chefs,
			fast,
			occ("35-2012-00", "35-2012.00", "Cooks, Institution and Cafeteria", 2, "36450"),
			occ("35-2021-00", "35-2021.00", "Food Preparation Workers", 2, "34220"),
		},
	})
	require.NoError(t, err)
	return c
}

func kitchen(t testing.TB) (*rolemodel.Catalog, *esco.Crosswalk) {
	t.Helper()
	c := loadFixture(t, "v1.1.1")
	h, err := esco.ReadHierarchy(os.DirFS(fixture111))
	require.NoError(t, err)
	return c, loadCrosswalk(t).Inherit(h)
}

func byTitle(t testing.TB, c *rolemodel.Catalog, title string) role.Role {
	t.Helper()
	for r := range c.Roles() {
		if r.Title == title {
			return r
		}
	}
	require.Failf(t, "no role", "%q", title)
	return role.Role{}
}

func TestJoinCodesOnly(t *testing.T) {
	c := loadFixture(t, "v1.1.1")
	j, err := esco.Join(c, nil, loadCrosswalk(t))
	require.NoError(t, err)
	assert.Equal(t, c.NumRoles(), j.NumRoles())
	chef := byTitle(t, j, "chef")
	assert.Equal(t, "35-1011.00", chef.Codes.ONetSOC)
	assert.Equal(t, "3434", chef.Codes.ISCO08, "the other codes stay")
	assert.Equal(t, []string{"nesta-esco-onet"}, chef.Codes.Sources)
	assert.Contains(t, chef.Sources, "nesta-esco-onet")
	assert.Equal(t, "O*NET-SOC 35-1011.00 (chefs and head cooks) from ESCO to O*NET crosswalk (Mapping Career Causeways) (confidence 2, similarity 0.80).", chef.Codes.Note)
	assert.Empty(t, byTitle(t, j, "head chef").Codes.ONetSOC, "Nesta's file lists the top level only")
	src, ok := j.Source("nesta-esco-onet")
	require.True(t, ok)
	assert.Equal(t, "MIT", src.License)

	j, err = esco.Join(c, nil, loadCrosswalk(t).Inherit(mustHierarchy(t)))
	require.NoError(t, err)
	hc := byTitle(t, j, "head pastry chef")
	assert.Equal(t, "35-1011.00", hc.Codes.ONetSOC)
	assert.Contains(t, hc.Codes.Note, `inherited from the broader occupation "chef"`)
	coded := 0
	for r := range j.Roles() {
		if r.Codes.ONetSOC != "" {
			coded++
		}
	}
	assert.Equal(t, 12, coded)
}

func mustHierarchy(t testing.TB) *esco.Hierarchy {
	h, err := esco.ReadHierarchy(os.DirFS(fixture111))
	require.NoError(t, err)
	return h
}

func TestJoin(t *testing.T) {
	c, x := kitchen(t)
	onet := onetLike(t)
	var w esco.Warnings
	j, err := esco.Join(c, onet, x, esco.CollectWarnings(&w))
	require.NoError(t, err)

	// Many to one: the five chefs share 35-1011.00. Each has O*NET's facts,
	// citing O*NET's sources; the O*NET role stays a role of its own.
	for _, title := range []string{"chef", "pastry chef", "head chef", "private chef", "head pastry chef"} {
		r := byTitle(t, j, title)
		assert.Equal(t, "35-1011.00", r.Codes.ONetSOC, title)
		zone, ok := esco.JobZone(r)
		assert.True(t, ok, title)
		assert.Equal(t, 3, zone, title)
		pay, ok := esco.AnnualMedian(r)
		assert.True(t, ok, title)
		assert.Equal(t, "USD 60,990.00", pay.String())
		assert.Equal(t, []string{"pay-test"}, r.Salaries[0].Sources)
		q := r.Skills[len(r.Skills)-2]
		assert.Equal(t, skill.Requirement{Skill: "critical-thinking", Level: skill.FromONetLevel(3.5), Essential: true, Sources: []string{"onet-test"}}, q)
		assert.Subset(t, r.Sources, []string{"esco", "nesta-esco-onet", "onet-test", "pay-test"})
		assert.Len(t, r.Descriptions, 1, "O*NET's description is not copied")
	}
	chefs, ok := j.Role("35-1011-00")
	require.True(t, ok, "a code of several ESCO occupations leaves its O*NET role a role of its own")
	assert.Equal(t, "Chefs and Head Cooks", chefs.Title)

	// One to one: pizzaiolo alone has 35-2011.00, so Cooks, Fast Food is
	// the same job, folded into it.
	_, ok = j.Role("35-2011-00")
	assert.False(t, ok)
	pz := byTitle(t, j, "pizzaiolo")
	assert.Contains(t, pz.Aliases, "Cooks, Fast Food")
	ka := byTitle(t, j, "kitchen assistant")
	assert.Contains(t, ka.Aliases, "Food Preparation Workers")
	// O*NET's moves now start and end at the folded occupations.
	assert.Contains(t, pz.Transitions, role.Move{To: ka.ID, Kind: "advancement", Index: 3, Sources: []string{"onet-test"}})

	// The dishwashers' code is not in the O*NET catalog (as a code of
	// O*NET-SOC 2010 that O*NET-SOC 2019 renumbered is not): kitchen porter
	// gets no O*NET-SOC code, so no O*NET facts and no BLS wages, and its
	// note says why.
	kp := byTitle(t, j, "kitchen porter")
	assert.Empty(t, kp.Codes.ONetSOC)
	assert.Equal(t, "Not linked to O*NET: O*NET-SOC 35-9021.00 (dishwashers) from ESCO to O*NET crosswalk (Mapping Career Causeways) (confidence 2, similarity 0.84). "+
		"The O*NET catalog joined has no occupation 35-9021.00 (Nesta's crosswalk uses O*NET-SOC 2010 codes; O*NET 25.1 and later use O*NET-SOC 2019), so the code is not used.", kp.Codes.Note)
	_, ok = esco.JobZone(kp)
	assert.False(t, ok)
	require.Equal(t, 1, w.Len(), "%v", w.Problems)
	assert.Equal(t, rolemodel.Problem{File: nestaFixture, Line: 6, Path: "onet_code", Kind: rolemodel.ErrReference,
		Message: "O*NET-SOC 35-9021.00, the code of 1 ESCO occupation, is not in the O*NET catalog joined: it is of another version of the taxonomy " +
			"(Nesta's crosswalk uses O*NET-SOC 2010 codes; O*NET 25.1 and later use O*NET-SOC 2019) or an occupation the catalog leaves out, " +
			"so it has no O*NET-SOC code, none of O*NET's facts and no BLS wages; to link it, translate the crosswalk's codes to those of the O*NET release first " +
			"(O*NET-SOC 2019 for O*NET 25.1 and later, with O*NET's own 2010 to 2019 crosswalk)"},
		w.Problems[0])

	// BLS publishes wages for 35-9021 Dishwashers; an occupation the join
	// did not link gets none of them.
	wages, err := bls.LoadWages("../examples/escopaths/testdata/bls/national_M2024_dl.csv")
	require.NoError(t, err)
	_, _, ok = wages.ForOccupation("35-9021.00")
	require.True(t, ok, "the fixture has the dishwashers' wages")
	paid, err := bls.Attach(j, wages, nil)
	require.NoError(t, err)
	assert.Empty(t, byTitle(t, paid, "kitchen porter").Salaries)
	assert.NotEmpty(t, byTitle(t, paid, "kitchen assistant").Salaries)

	_, err = esco.Join(c, onet, x, esco.Strict())
	requireProblem(t, err, rolemodel.ErrReference, nestaFixture, 6, "onet_code")

	// Joining changes neither catalog.
	assert.Empty(t, byTitle(t, c, "chef").Codes.ONetSOC)
	assert.Equal(t, 4, onet.NumRoles())
	assert.Equal(t, c.NumRoles()+2, j.NumRoles(), "12 occupations, and Chefs and Head Cooks and Cooks, Institution and Cafeteria")
}

func TestJoinSeveralCodes(t *testing.T) {
	c := loadFixture(t, "v1.1.1")
	x, err := esco.ReadCrosswalk(strings.NewReader("concept_uri,onet_code,confidence,semantic_similarity\n"+
		chefURI+",35-2012.00,1,0.9\n"+
		chefURI+",35-1011.00,2,0.5\n"+
		"http://data.europa.eu/esco/occupation/not-in-the-catalog,35-2012.00,1,0.9\n"), "mine.csv",
		esco.CrosswalkSource(role.Source{ID: "mine", Title: "my crosswalk"}))
	require.NoError(t, err)
	var w esco.Warnings
	j, err := esco.Join(c, onetLike(t), x, esco.CollectWarnings(&w))
	require.NoError(t, err)
	chef := byTitle(t, j, "chef")
	assert.Equal(t, "35-1011.00", chef.Codes.ONetSOC, "the best link: the highest confidence")
	assert.Equal(t, "O*NET-SOC 35-1011.00 from my crosswalk (confidence 2, similarity 0.50). Also linked: 35-2012.00 (confidence 1, similarity 0.90).", chef.Codes.Note)
	zone, _ := esco.JobZone(chef)
	assert.Equal(t, 3, zone, "the facts of the best link only")
	require.Equal(t, 1, w.Len())
	assert.Equal(t, "the row links occupation http://data.europa.eu/esco/occupation/not-in-the-catalog, which the catalog does not have: it links nothing", w.Problems[0].Message)
	assert.Equal(t, 4, w.Problems[0].Line)

	// A role that has an O*NET-SOC code keeps it.
	parts := c.Parts()
	for i := range parts.Roles {
		if parts.Roles[i].Codes.ESCO == chefURI {
			parts.Roles[i].Codes.ONetSOC = "35-2011.00"
		}
	}
	mine, err := rolemodel.Build(parts, rolemodel.SharedNames())
	require.NoError(t, err)
	j, err = esco.Join(mine, nil, x)
	require.NoError(t, err)
	assert.Equal(t, "35-2011.00", byTitle(t, j, "chef").Codes.ONetSOC)
	assert.Empty(t, byTitle(t, j, "chef").Codes.Note)

	_, err = esco.Join(c, nil, nil)
	assert.ErrorIs(t, err, rolemodel.ErrEmpty)
	j, err = esco.Join(nil, nil, x)
	require.NoError(t, err, "a nil catalog is an empty one")
	assert.Zero(t, j.NumRoles())
	assert.True(t, slices.ContainsFunc(slices.Collect(j.Sources()), func(s role.Source) bool { return s.ID == "mine" }))
}
