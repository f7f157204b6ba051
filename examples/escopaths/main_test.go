package main

import (
	"bytes"
	"os"
	"path/filepath"
	"slices"
	"strconv"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/rolemodel/rolemodel"
	"github.com/rolemodel/rolemodel/career"
	"github.com/rolemodel/rolemodel/esco"
	"github.com/rolemodel/rolemodel/internal/golden"
	"github.com/rolemodel/rolemodel/role"
	"github.com/rolemodel/rolemodel/skill"
)

const sharedData = "../../../shared/data"

func TestFixture(t *testing.T) {
	c, err := load(fixture("."))
	require.NoError(t, err)
	var b bytes.Buffer
	require.NoError(t, run(&b, c, options{from: "KP", to: "head chef", n: 5}))
	golden.Check(t, "fixture.txt", b.Bytes())

	// Back down the kitchen no move is desirable (a chef would lose 40% of
	// the pay as a cook): the path takes viable moves.
	b.Reset()
	require.NoError(t, run(&b, c, options{from: "head pastry chef", to: "kitchen porter", n: 3}))
	golden.Check(t, "fixture-down.txt", b.Bytes())
}

func TestReal(t *testing.T) {
	if _, err := os.Stat(filepath.Join(sharedData, "esco-1.1.1", esco.OccupationsFile)); err != nil {
		t.Skipf("ESCO v1.1.1 is not in %s (%v)", sharedData, err)
	}
	c, err := load(shared(sharedData))
	require.NoError(t, err)
	var b bytes.Buffer
	require.NoError(t, run(&b, c, options{from: "nurse assistant", to: "specialist nurse", n: 5}))
	golden.Check(t, "real.txt", b.Bytes())
}

func TestErrors(t *testing.T) {
	c, err := load(fixture("."))
	require.NoError(t, err)
	var b bytes.Buffer
	err = run(&b, c, options{from: "kitchen portr", to: "chef", n: 5})
	assert.ErrorIs(t, err, rolemodel.ErrUnknownRole)
	assert.ErrorContains(t, err, `did you mean "kitchen porter"`)

	err = run(&b, c, options{from: "chef de cuisine", to: "cook", n: 5})
	assert.ErrorIs(t, err, rolemodel.ErrAmbiguousTitle, "an alternative label of chef and of head chef")

	err = run(&b, c, options{from: "Chefs and Head Cooks", to: "cook", n: 5})
	assert.ErrorContains(t, err, "not an ESCO occupation")

	err = run(&b, c, options{from: "cook", to: "chef", n: 0})
	assert.ErrorContains(t, err, "-n 0")

	_, err = load(files{esco: t.TempDir()})
	assert.ErrorIs(t, err, rolemodel.ErrEmpty)
	assert.NotErrorIs(t, err, career.ErrNoPath)
}

// A step into an occupation that O*NET rates, from one it does not, lists
// only the skills both were rated by, and counts the others.
func TestLearnLikeWithLike(t *testing.T) {
	c, err := load(fixture("."))
	require.NoError(t, err)
	from, to := mustFind(t, c, "kitchen porter"), mustFind(t, c, "kitchen assistant")
	var escoOnly []skill.Requirement
	for _, q := range from.Skills {
		if slices.Contains(q.Sources, esco.SourceID) {
			escoOnly = append(escoOnly, q)
		}
	}
	require.Less(t, len(escoOnly), len(from.Skills), "the fixture's kitchen porter has O*NET's ratings too")
	var onetShort []skill.Shortfall
	for _, q := range to.Skills {
		if !slices.Contains(q.Sources, esco.SourceID) {
			onetShort = append(onetShort, skill.Shortfall{Skill: q.Skill, Required: q.Level, Essential: q.Essential})
		}
	}
	require.NotEmpty(t, onetShort)
	var b bytes.Buffer
	learn(&b, c, from, to, onetShort)
	assert.NotContains(t, b.String(), "not compared", "O*NET rates both")
	from.Skills = escoOnly
	b.Reset()
	learn(&b, c, from, to, onetShort)
	assert.Equal(t, "     not compared ("+strconv.Itoa(len(onetShort))+"): skills O*NET 29.3 Database rates for kitchen\n"+
		"        assistant but rates none for kitchen porter, so what the person lacks of them is not known\n", b.String())
}

func mustFind(t *testing.T, c *rolemodel.Catalog, name string) role.Role {
	t.Helper()
	r, err := c.Find(name)
	require.NoError(t, err)
	return r
}
