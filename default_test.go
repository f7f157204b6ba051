package rolemodel

import (
	"bytes"
	"encoding/json"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/rolemodel/rolemodel/career"
	"github.com/rolemodel/rolemodel/role"
	"github.com/rolemodel/rolemodel/salary"
)

func TestDefaultLoads(t *testing.T) {
	c, err := LoadFS(DefaultFS())
	require.NoError(t, err)
	assert.Same(t, Default(), Default(), "Default is parsed once and shared")
	assert.Equal(t, c.NumRoles(), Default().NumRoles())
}

func TestDefaultTechnologyDirectorTitles(t *testing.T) {
	c := Default()
	for _, title := range []string{
		"Technology Director", "Director of Technology", "IT Director", "Director of IT",
		"Director of Information Technology", "Senior IT Director",
		"Director of Information Systems", "Tech Director",
		"it director", "  TECH   director ",
	} {
		r, ok := c.Lookup(title)
		if assert.True(t, ok, title) {
			assert.Equal(t, role.ID("technology-director"), r.ID, title)
		}
	}
	_, ok := c.Lookup("Director of Nothing")
	assert.False(t, ok)
}

func TestDefaultKeepsEverySalarySource(t *testing.T) {
	r, ok := Default().Role("technology-director")
	require.True(t, ok)
	require.Len(t, r.Salaries, 4, "four sources, four entries: never averaged")
	type fig struct {
		stat     salary.Statistic
		min, max string
		value    string
		open     bool
		source   string
	}
	var got []fig
	for _, s := range r.Salaries {
		require.Len(t, s.Sources, 1)
		assert.Equal(t, "USD", s.Currency.String())
		assert.Equal(t, salary.Annual, s.Period)
		got = append(got, fig{s.Statistic, s.Min.String(), s.Max.String(), s.Value.String(), s.OpenEnded, s.Sources[0]})
	}
	assert.ElementsMatch(t, []fig{
		{salary.Average, "0", "0", "118942", false, "technology-director-what-is-it"},
		{salary.RangeOfPay, "150000", "250000", "0", true, "key-responsibilities-technology-director"},
		{salary.Median, "0", "0", "142500", false, "it-director-roles-skills-salary"},
		{salary.RangeOfPay, "180000", "275000", "0", true, "key-responsibilities-tech-director"},
	}, got)
}

func TestDefaultCareerLists(t *testing.T) {
	c := Default()
	g := c.Graph()
	var entry, adv, lat []role.ID
	for tr := range g.To("technology-director") {
		require.Equal(t, career.Entry, tr.Kind)
		entry = append(entry, tr.From)
	}
	for tr := range g.From("technology-director") {
		switch tr.Kind {
		case career.Advancement:
			adv = append(adv, tr.To)
		case career.Lateral:
			lat = append(lat, tr.To)
		}
	}
	assert.ElementsMatch(t, []role.ID{"senior-it-manager", "lead-solutions-architect", "senior-engineering-manager",
		"head-of-technology-department", "principal-software-architect", "head-of-engineering",
		"it-manager", "project-manager", "technical-lead"}, entry)
	assert.ElementsMatch(t, []role.ID{"vp-engineering", "cto", "cio", "senior-director-global-technology"}, adv)
	assert.ElementsMatch(t, []role.ID{"director-of-product-management", "director-of-information-security",
		"enterprise-architect", "head-of-information-security", "head-of-data-science"}, lat)

	// A move two sources state keeps both.
	assert.Equal(t, []string{"key-responsibilities-tech-director", "key-responsibilities-technology-director"},
		c.TransitionSources(career.Transition{From: "technology-director", To: "cto", Kind: career.Advancement}))

	// Roles the seeds only name get nothing invented.
	for r := range c.Roles() {
		if r.ID == "technology-director" {
			continue
		}
		assert.Empty(t, r.Skills, r.ID)
		assert.Empty(t, r.Salaries, r.ID)
		assert.Empty(t, r.Responsibilities, r.ID)
		assert.Empty(t, r.Descriptions, r.ID)
		assert.NotZero(t, r.Level, r.ID)
		assert.NotEmpty(t, r.Sources, r.ID)
		assert.False(t, r.HasRequirements(), r.ID)
	}
}

func TestDefaultRoundTrip(t *testing.T) {
	data, err := json.Marshal(Default())
	require.NoError(t, err)
	again, err := Load(bytes.NewReader(data))
	require.NoError(t, err)
	sameCatalog(t, Default(), again, "load(marshal(default)) equals default")
	data2, err := json.Marshal(again)
	require.NoError(t, err)
	assert.Equal(t, string(data), string(data2))
}

func TestCallerCannotChangeTheCatalog(t *testing.T) {
	c := Default()
	before, err := json.Marshal(c)
	require.NoError(t, err)

	r, ok := c.Lookup("IT Director")
	require.True(t, ok)
	r.Title = "changed"
	r.Aliases[0] = "changed"
	r.Salaries[0].Sources[0] = "changed"
	r.Skills[0].Sources = append(r.Skills[0].Sources[:0], "changed")
	r.Responsibilities = r.Responsibilities[:1]
	*r.Outlook[0].GrowthPercent = -1
	r.EntryFrom[0].Sources[0] = "changed"
	for s := range c.Skills() {
		s.Aliases = append(s.Aliases, "changed")
		if len(s.Sources) > 0 {
			s.Sources[0] = "changed"
		}
	}
	for cert := range c.Certifications() {
		if len(cert.Evidences) > 0 {
			cert.Evidences[0].Skill = "changed"
		}
	}
	srcs := c.TransitionSources(career.Transition{From: "technology-director", To: "cto", Kind: career.Advancement})
	srcs[0] = "changed"

	after, err := json.Marshal(c)
	require.NoError(t, err)
	assert.Equal(t, string(before), string(after))
	again, _ := c.Lookup("IT Director")
	assert.Equal(t, "Technology Director", again.Title)
}

func TestNilCatalog(t *testing.T) {
	var c *Catalog
	_, ok := c.Role("x")
	assert.False(t, ok)
	_, ok = c.Lookup("x")
	assert.False(t, ok)
	assert.Empty(t, c.LookupAll("x"))
	assert.Zero(t, c.NumRoles())
	for range c.Roles() {
		t.Fatal("nil catalog has no roles")
	}
	assert.Zero(t, c.Graph().Len())
	b, err := json.Marshal(c)
	require.NoError(t, err)
	assert.Equal(t, "null", string(b))
}
