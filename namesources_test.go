package rolemodel_test

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/rolemodel/rolemodel"
	"github.com/rolemodel/rolemodel/role"
)

// A role folded into another by Merge brings its name sources with its
// names: the merged role still says which source uses which name.
func TestMergeKeepsNameSources(t *testing.T) {
	const base = `
sources: [{id: a, title: A}, {id: b, title: B}]
roles:
  - id: td
    title: Technology Director
    codes: {onet_soc: "11-3021.00"}
    name_sources: [{name: Technology Director, sources: [a]}]
    sources: [a]
`
	const other = `
sources: [{id: b, title: B}]
roles:
  - id: x
    title: IT Director
    codes: {onet_soc: "11-3021.00"}
    name_sources: [{name: IT Director, sources: [b]}]
    sources: [b]
`
	a, err := rolemodel.Load(strings.NewReader(base))
	require.NoError(t, err)
	b, err := rolemodel.Load(strings.NewReader(other))
	require.NoError(t, err)
	m, err := rolemodel.Merge(a, b)
	require.NoError(t, err)
	td, ok := m.Role("td")
	require.True(t, ok)
	assert.Equal(t, []string{"Technology Director", "IT Director"}, td.Names())
	assert.Equal(t, []role.NameSource{
		{Name: "Technology Director", Sources: []string{"a"}},
		{Name: "IT Director", Sources: []string{"b"}},
	}, td.NameSources)
}

// The default catalog answers which sources call the technology director
// an IT director, and records what the first source says of the CTO title
// without making it an alias.
func TestDefaultNameSources(t *testing.T) {
	c := rolemodel.Default()
	td, ok := c.Lookup("IT Director")
	require.True(t, ok)
	require.Equal(t, role.ID("technology-director"), td.ID)
	var it, cto role.NameSource
	for _, n := range td.NameSources {
		switch n.Name {
		case "IT Director":
			it = n
		case "Chief Technology Officer":
			cto = n
		}
	}
	assert.Equal(t, []string{"technology-director-what-is-it", "it-director-roles-skills-salary", "path-to-exceptional-it-director"}, it.Sources)
	assert.Equal(t, []string{"technology-director-what-is-it"}, cto.Sources)
	assert.Contains(t, cto.Note, "in some organizations")
	assert.NotContains(t, td.Aliases, "Chief Technology Officer")
	r, ok := c.Lookup("CTO")
	require.True(t, ok)
	assert.Equal(t, role.ID("cto"), r.ID)
	assert.NotContains(t, r.Sources, "technology-director-what-is-it", "that article names the CTO only as another name of the technology director")
}
