package main

import (
	"bytes"
	"os"
	"path/filepath"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/rolemodel/rolemodel"
	"github.com/rolemodel/rolemodel/career"
	"github.com/rolemodel/rolemodel/esco"
	"github.com/rolemodel/rolemodel/internal/golden"
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
