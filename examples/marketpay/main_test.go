package main

import (
	"bytes"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/rolemodel/rolemodel/internal/golden"
)

func defaults() options {
	return options{catalog: "company.yaml", wages: "../../bls/testdata/national_M2024_dl.csv",
		projections: "../../bls/testdata/occupation_table_1.2.csv", region: "New York"}
}

func TestOutput(t *testing.T) {
	london := defaults()
	london.region = "London"
	for name, o := range map[string]options{"newyork.txt": defaults(), "london.txt": london} {
		t.Run(name, func(t *testing.T) {
			var b bytes.Buffer
			require.NoError(t, run(&b, o))
			golden.Check(t, name, b.Bytes())
		})
	}
}

func TestErrors(t *testing.T) {
	o := defaults()
	o.wages = "nowhere.csv"
	assert.Error(t, run(&bytes.Buffer{}, o))
	o = defaults()
	o.catalog = "../../testdata/example.yaml"
	var b bytes.Buffer
	require.NoError(t, run(&b, o), "a catalog without codes runs and says so")
	assert.Contains(t, b.String(), "no U.S. market percentiles")
}
