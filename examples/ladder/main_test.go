package main

import (
	"bytes"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/rolemodel/rolemodel/internal/golden"
)

func defaults() options {
	return options{ft: "ft-engineering.yml", ddatDir: "../../ddat/testdata/framework", role: "Senior Engineer 1", profile: "profile.yaml",
		pay: "£80,750", band: "£70,000 - £100,000, midpoint £85,000", region: "London"}
}

func TestOutput(t *testing.T) {
	ft := defaults()
	principal := defaults()
	principal.role = "Principal Engineer (Individual Contributor)"
	principal.pay = "£98,000"
	dd := defaults()
	dd.ddat, dd.role, dd.profile = "Software developer", "Senior developer", ""
	own := defaults()
	own.catalog, own.ladder, own.role, own.profile, own.pay = "../../testdata/ladder.yaml", "software-engineering", "Senior Software Engineer", "", "£80,750"
	for name, o := range map[string]options{"ft.txt": ft, "principal.txt": principal, "ddat.txt": dd, "catalog.txt": own} {
		t.Run(name, func(t *testing.T) {
			var b bytes.Buffer
			require.NoError(t, run(&b, o))
			golden.Check(t, name, b.Bytes())
		})
	}
}

func TestErrors(t *testing.T) {
	o := defaults()
	o.role = "Chief Wizard"
	assert.ErrorContains(t, run(&bytes.Buffer{}, o), `no role is called "Chief Wizard"`)
	o = defaults()
	o.ddat = "Astronaut"
	assert.ErrorContains(t, run(&bytes.Buffer{}, o), `-ddat "Astronaut": no such DDaT role`)
	o = defaults()
	o.band = "lots"
	assert.ErrorContains(t, run(&bytes.Buffer{}, o), "-band")
	o = defaults()
	o.ft = "missing.yml"
	assert.Error(t, run(&bytes.Buffer{}, o))
}
