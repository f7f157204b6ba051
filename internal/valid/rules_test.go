package valid

import (
	"testing"

	"github.com/stretchr/testify/assert"

	"github.com/rolemodel/rolemodel/role"
	"github.com/rolemodel/rolemodel/skill"
)

func f(v float64) *float64 { return &v }

// paths returns the paths of the problems Struct finds in v.
func paths(v any) []string {
	var out []string
	for _, p := range Struct(v) {
		out = append(out, p.Path+": "+p.Message)
	}
	return out
}

func TestQuotesCiteTheEntrysSources(t *testing.T) {
	r := skill.Requirement{Skill: "x", Sources: []string{"a", "b"}, Quotes: []skill.Quote{
		{Text: "A says.", Sources: []string{"a"}},
		{Text: "B says.", Sources: []string{"b"}},
	}}
	assert.Empty(t, paths(r))
	r.Quotes[1].Sources = []string{"b", "c"}
	assert.Equal(t, []string{"quotes[1].sources[1]: " + ruleMessages["quote_sources"]}, paths(r))
	r.Quotes[1].Text = ""
	assert.Contains(t, paths(r), "quotes[1].text: is required")

	c := role.CertificationRef{Certification: "pmp", Sources: []string{"a"}, Quotes: []skill.Quote{{Text: "t", Sources: []string{"z"}}}}
	assert.Equal(t, []string{"quotes[0].sources[0]: " + ruleMessages["quote_sources"]}, paths(c))
	c.Quotes[0].Sources = nil
	assert.Equal(t, []string{"quotes[0].sources: must have at least 1 entries"}, paths(c))
}

func TestDescriptionSources(t *testing.T) {
	s := skill.Skill{ID: "x", Name: "X", Description: "d", Sources: []string{"a", "b"}, DescriptionSources: []string{"b"}}
	assert.Empty(t, paths(s))
	s.DescriptionSources = []string{"c"}
	assert.Equal(t, []string{"description_sources[0]: " + ruleMessages["desc_sources"]}, paths(s))
	s.DescriptionSources, s.Description = []string{"a"}, ""
	assert.Equal(t, []string{"description_sources: " + ruleMessages["desc_missing"]}, paths(s))
}

func TestOutlookQualifiers(t *testing.T) {
	o := role.Outlook{Region: "US", GrowthPercent: f(12), AverageGrowthPercent: f(8), Sources: []string{"a"},
		Qualifiers: []role.Qualifier{{Figure: "growth_percent", Word: "about"}}}
	assert.Empty(t, paths(o))
	o.Qualifiers = append(o.Qualifiers, role.Qualifier{Figure: "vacancies", Word: "over"})
	assert.Equal(t, []string{"qualifiers[1].figure: " + ruleMessages["qualifier_unset"]}, paths(o))
	o.Qualifiers[1] = role.Qualifier{Figure: "growth_percent", Word: "almost"}
	assert.Equal(t, []string{"qualifiers[1].figure: " + ruleMessages["qualifier_twice"]}, paths(o))
	o.Qualifiers[1] = role.Qualifier{Figure: "salary", Word: "about"}
	assert.Equal(t, []string{`qualifiers[1].figure: "salary" is not allowed: expected one of growth_percent, average_growth_percent, openings_per_year, employment, projected_employment, vacancies`}, paths(o))
	o.Qualifiers[1] = role.Qualifier{Figure: "average_growth_percent"}
	assert.Equal(t, []string{"qualifiers[1].word: is required"}, paths(o))
}

func TestNameSources(t *testing.T) {
	r := role.Role{ID: "td", Title: "Technology Director", Aliases: []string{"IT Director"}, NameSources: []role.NameSource{
		{Name: "technology  director", Sources: []string{"a"}},
		{Name: "IT Director", Sources: []string{"a", "b"}},
		{Name: "Chief Technology Officer", Note: "Another role's title; one source gives it to this role in some organizations.", Sources: []string{"a"}},
	}}
	assert.Empty(t, paths(r), "names fold; a name with a note need not be an alias")
	r.NameSources = append(r.NameSources, role.NameSource{Name: "Head of IT", Sources: []string{"a"}})
	assert.Equal(t, []string{"name_sources[3].name: " + ruleMessages["name_unknown"]}, paths(r))
	r.NameSources[3] = role.NameSource{Name: "IT Director"}
	assert.Equal(t, []string{"name_sources[3].sources: must have at least 1 entries"}, paths(r))
}

func TestFieldsIsStructOfTheFields(t *testing.T) {
	// A role broken in and out of the fields checked: Fields finds the
	// problems Struct finds in them, in Struct's order, and no others.
	r := role.Role{
		ID: "Not a slug", Level: role.Level(200),
		Aliases:   []string{""},
		Salaries:  []role.Salary{{Note: "x"}, {Sources: []string{""}}},
		Outlook:   []role.Outlook{{FromYear: 2030, ToYear: 2020}},
		Sources:   []string{"a", ""},
		Education: []role.Education{{}},
	}
	in := func(p Problem, names ...string) bool {
		for _, n := range names {
			if p.Path == n || len(p.Path) > len(n) && p.Path[:len(n)] == n && (p.Path[len(n)] == '[' || p.Path[len(n)] == '.') {
				return true
			}
		}
		return false
	}
	for _, names := range [][]string{{"salaries", "outlook", "sources"}, {"sources"}, {"outlook", "salaries"}, {"aliases", "id"}, {}} {
		var want []Problem
		for _, p := range Struct(&r) {
			if in(p, names...) {
				want = append(want, p)
			}
		}
		assert.Equal(t, want, Fields(&r, names...), "%v", names)
		assert.Equal(t, want, Fields(r, names...), "%v, by value", names)
	}
	assert.NotEmpty(t, Fields(&r, "salaries"))
	assert.Len(t, Fields(3, "x"), 1, "not a struct")
}
