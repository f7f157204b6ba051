package rolemodel_test

import (
	"slices"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/rolemodel/rolemodel"
	"github.com/rolemodel/rolemodel/career"
	"github.com/rolemodel/rolemodel/role"
	"github.com/rolemodel/rolemodel/skill"
)

// Issue 12.3: a move written on both roles, as two kinds, is one move.
func TestParallelMovesReadOnce(t *testing.T) {
	c, err := rolemodel.Load(strings.NewReader(`
roles:
  - {id: a, title: A, lateral_moves: [{role: b}]}
  - {id: b, title: B, entry_from: [{role: a}], skills: [{skill: s, level: working}]}
  - {id: c, title: C, entry_from: [{role: a}], advancement_to: [{role: b}]}
skills: [{id: s, name: S}]
`))
	require.NoError(t, err)
	ps, err := c.Graph().KShortestPaths("a", "b", 3)
	require.NoError(t, err)
	var got []string
	for _, p := range ps {
		got = append(got, p.String())
	}
	assert.Equal(t, []string{"A → B (entry, lateral)", "A → C → B"}, got, "no two alternatives read the same")

	steps, err := c.NextSteps(skill.Profile{}, "a", 5)
	require.NoError(t, err)
	var to []role.ID
	for _, s := range steps {
		to = append(to, s.Move.To)
	}
	assert.Equal(t, []role.ID{"b", "c"}, to, "B once")
	assert.True(t, steps[0].Kinds.Has(career.Lateral) && steps[0].Kinds.Has(career.Entry))
	assert.Contains(t, steps[0].Reason, "(entry, lateral)")
}

// Issue 12.6: a title where an ID is expected says so and names the ID.
func TestTitleWhereIDExpected(t *testing.T) {
	c, err := rolemodel.LoadFile("testdata/ladder.yaml")
	require.NoError(t, err)
	_, err = c.Graph().ShortestPath("Software Engineer I", "staff-engineer")
	require.ErrorIs(t, err, career.ErrUnknownRole)
	assert.EqualError(t, err, `unknown role ID "Software Engineer I": it is the title of role "software-engineer-1"; pass the ID`)

	_, err = c.Gap(skill.Profile{}, "staff engineer")
	assert.EqualError(t, err, `unknown role ID "staff engineer": it is the title of role "staff-engineer"; pass the ID`)
	_, err = rolemodel.Default().Compare("IT Director", "cto")
	assert.EqualError(t, err, `unknown role ID "IT Director": it is the title of role "technology-director"; pass the ID`, "aliases too")
	_, err = c.NextRung("nobody")
	assert.EqualError(t, err, `unknown role ID "nobody"`)

	id, ok := c.Graph().IDOf("  STAFF   engineer ")
	assert.True(t, ok)
	assert.Equal(t, role.ID("staff-engineer"), id)
	assert.Empty(t, slices.Collect(func(yield func(role.ID) bool) {
		for r := range c.Graph().Reachable("Staff Engineer") {
			if !yield(r) {
				return
			}
		}
	}), "Reachable takes IDs; IDOf turns a title into one")
}
