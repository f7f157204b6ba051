package rolemodel

import (
	"encoding/json"
	"slices"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/rolemodel/rolemodel/role"
)

func TestBuild(t *testing.T) {
	parts := Parts{
		Sources: []role.Source{{ID: "s", Title: "S"}},
		Roles: []role.Role{
			{ID: "a", Title: "Analyst", Aliases: []string{"Data Person"}, AdvancementTo: []role.Ref{{Role: "b", Sources: []string{"s"}}}},
			{ID: "b", Title: "Manager", Aliases: []string{"data person"}},
		},
	}
	_, err := Build(parts)
	require.ErrorIs(t, err, ErrDuplicate, "names are unique by default")
	var ve *ValidationError
	require.ErrorAs(t, err, &ve)
	assert.Equal(t, "roles[b].aliases[0]", ve.Problems[0].Path)

	c, err := Build(parts, SharedNames())
	require.NoError(t, err)
	_, ok := c.Lookup("Data Person")
	assert.False(t, ok, "a shared name finds no single role")
	assert.Len(t, c.LookupAll("data  person"), 2)
	_, err = c.Find("Data Person")
	var amb *AmbiguousTitleError
	require.ErrorAs(t, err, &amb)
	assert.ErrorIs(t, err, ErrAmbiguousTitle)
	assert.Equal(t, []role.ID{"a", "b"}, amb.Roles)
	assert.ErrorContains(t, err, `"Analyst" (a)`)

	// A title wins over the same name as another role's alias.
	c2, err := Build(Parts{Roles: []role.Role{
		{ID: "a", Title: "Analyst"},
		{ID: "b", Title: "Manager", Aliases: []string{"analyst"}},
		{ID: "c", Title: "Lead", Aliases: []string{"ANALYST"}},
	}}, SharedNames())
	require.NoError(t, err)
	r, ok := c2.Lookup("analyst")
	require.True(t, ok, "the role titled Analyst is found")
	assert.Equal(t, role.ID("a"), r.ID)
	assert.Len(t, c2.LookupAll("analyst"), 3)
	p, err := c.Graph().ShortestPath("a", "b")
	require.NoError(t, err)
	assert.Equal(t, "Analyst → Manager", p.String())

	// Build copies: changing the parts afterwards changes nothing.
	before, _ := json.Marshal(c)
	parts.Roles[0].Aliases[0] = "changed"
	after, _ := json.Marshal(c)
	assert.Equal(t, string(before), string(after))

	// A role repeating its own name is still a problem.
	_, err = Build(Parts{Roles: []role.Role{{ID: "x", Title: "X", Aliases: []string{"x"}}}}, SharedNames())
	assert.ErrorIs(t, err, ErrDuplicate)
}

func TestBuildAgreesWithLoad(t *testing.T) {
	d := Default()
	var parts Parts
	for s := range d.Sources() {
		parts.Sources = append(parts.Sources, s)
	}
	for s := range d.Skills() {
		parts.Skills = append(parts.Skills, s)
	}
	for c := range d.Certifications() {
		parts.Certifications = append(parts.Certifications, c)
	}
	for r := range d.Roles() {
		parts.Roles = append(parts.Roles, r)
	}
	c, err := Build(parts)
	require.NoError(t, err)
	sameCatalog(t, d, c, "Build of the default parts equals Load of its files")
}

// sameCatalog asserts two catalogs hold the same entries and transitions.
// (Comparing the structs whole would also compare the graphs' query
// scratch, which depends on what was asked of them before.)
func sameCatalog(t *testing.T, want, got *Catalog, msg string) {
	t.Helper()
	w, err := json.Marshal(want)
	require.NoError(t, err)
	g, err := json.Marshal(got)
	require.NoError(t, err)
	assert.Equal(t, string(w), string(g), msg)
	assert.Equal(t, slices.Collect(want.Transitions()), slices.Collect(got.Transitions()), msg)
	for tr := range want.Transitions() {
		assert.Equal(t, want.TransitionSources(tr), got.TransitionSources(tr), msg)
	}
	assert.Equal(t, want.byName.view(), got.byName.view(), msg)
	assert.Equal(t, want.reqs, got.reqs, msg)
}

// Build refuses control characters in text as Load does, naming the field.
func TestBuildRefusesControlCharacters(t *testing.T) {
	_, err := Build(Parts{Roles: []role.Role{{ID: "a", Title: "A", Descriptions: []role.Statement{{Text: "x\x00y"}}}}})
	require.ErrorIs(t, err, ErrInvalidValue)
	var ve *ValidationError
	require.ErrorAs(t, err, &ve)
	assert.Equal(t, "roles[a].descriptions[0].text", ve.Problems[0].Path)
	assert.Contains(t, ve.Problems[0].Message, "U+0000")
	_, err = Build(Parts{Roles: []role.Role{{ID: "a", Title: "A", Descriptions: []role.Statement{{Text: "A\tB\nC\r\nD"}}}}})
	assert.NoError(t, err, "tabs and line breaks are free text")
	_, err = Build(Parts{Roles: []role.Role{{ID: "a", Title: "A\tB\nC"}}})
	require.ErrorIs(t, err, ErrInvalidValue, "a title is one line")
	require.ErrorAs(t, err, &ve)
	assert.Equal(t, "roles[a].title", ve.Problems[0].Path)
	assert.Contains(t, ve.Problems[0].Message, "U+0009")
}
