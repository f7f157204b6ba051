package main

import (
	"bytes"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/rolemodel/rolemodel"
	"github.com/rolemodel/rolemodel/internal/golden"
)

func TestOutput(t *testing.T) {
	for name, o := range map[string]options{
		"default.txt":    {from: "Senior IT Manager", to: "Chief Technology Officer", k: 3, format: "text"},
		"it-manager.txt": {from: "it manager", to: "CIO", k: 2, format: "text"},
		"default.mmd":    {from: "Senior IT Manager", to: "CTO", k: 3, format: "mermaid"},
		"default.dot":    {from: "Senior IT Manager", to: "CTO", k: 3, format: "dot"},
		"ladder.txt":     {catalog: "../../testdata/ladder.yaml", from: "Software Engineer I", to: "Director of Engineering", k: 2, format: "text"},
		"td.txt":         {from: "Technology Director", to: "CIO", k: 1, format: "text"},
	} {
		t.Run(name, func(t *testing.T) {
			var b bytes.Buffer
			c, err := load(o.catalog)
			require.NoError(t, err)
			require.NoError(t, run(&b, c, o))
			golden.Check(t, name, b.Bytes())
		})
	}
}

func TestErrors(t *testing.T) {
	var b bytes.Buffer
	err := run(&b, rolemodel.Default(), options{from: "IT Direktor", to: "CTO", k: 3, format: "text"})
	require.Error(t, err)
	assert.Equal(t, `no role is called "IT Direktor"; did you mean "IT Director" or "Director of IT" or "Senior IT Director"?`, err.Error())

	err = run(&b, rolemodel.Default(), options{from: "CTO", to: "IT Manager", k: 3, format: "text"})
	assert.ErrorContains(t, err, "no path")

	err = run(&b, rolemodel.Default(), options{from: "CTO", to: "CTO", k: 0, format: "text"})
	assert.ErrorContains(t, err, "-k 0")

	err = run(&b, rolemodel.Default(), options{from: "CTO", to: "CTO", k: 1, format: "svg"})
	assert.ErrorContains(t, err, "expected text, dot or mermaid")
}
