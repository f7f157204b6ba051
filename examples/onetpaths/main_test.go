package main

import (
	"bytes"
	"os"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/rolemodel/rolemodel"
	"github.com/rolemodel/rolemodel/internal/golden"
)

func TestBuiltin(t *testing.T) {
	c, err := load("")
	require.NoError(t, err)
	var b bytes.Buffer
	require.NoError(t, run(&b, c, options{from: "Computer Systems Analysts", to: "Computer and Information Systems Managers", k: 3}))
	golden.Check(t, "default.txt", b.Bytes())
}

func TestRelease29_3(t *testing.T) {
	dir := "../../../shared/data/onet-29.3"
	if _, err := os.Stat(dir); err != nil {
		t.Skipf("O*NET 29.3 is not in ../shared/data (%v)", err)
	}
	c, err := load(dir)
	require.NoError(t, err)
	var b bytes.Buffer
	// 29.3 has alternate titles: "Systems Architect" names one occupation.
	require.NoError(t, run(&b, c, options{from: "Registered Nurses", to: "Technology Director", k: 3}))
	golden.Check(t, "onet-29.3.txt", b.Bytes())
}

func TestErrors(t *testing.T) {
	c, err := load("")
	require.NoError(t, err)
	var b bytes.Buffer
	err = run(&b, c, options{from: "Computer Systems Analyst", to: "Chief Executives", k: 3})
	assert.ErrorIs(t, err, rolemodel.ErrUnknownRole)
	assert.ErrorContains(t, err, `did you mean "Computer Systems Analysts"`)

	err = run(&b, c, options{from: "Chief Executives", to: "Chief Executives", k: 0})
	assert.ErrorContains(t, err, "-k 0")

	_, err = load(t.TempDir())
	assert.ErrorContains(t, err, "not an O*NET text release")

	if dir := "../../../shared/data/onet-29.3"; func() bool { _, err := os.Stat(dir); return err == nil }() {
		c, err := load(dir)
		require.NoError(t, err)
		err = run(&b, c, options{from: "IT Manager", to: "Chief Executives", k: 1})
		assert.ErrorIs(t, err, rolemodel.ErrAmbiguousTitle)
		assert.ErrorContains(t, err, `"Computer and Information Systems Managers" (11-3021-00)`)
	}
}
