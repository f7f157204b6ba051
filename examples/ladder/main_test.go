package main

import (
	"bytes"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/rolemodel/rolemodel/internal/golden"
)

// defaults are the options of a run with no flags (the FT sample person).
func defaults() options {
	return withDefaults(options{ft: "ft-engineering.yml", ddatDir: "../../ddat/testdata/framework", ddatFixture: true,
		pay: "£80,750", band: "£70,000 - £100,000, midpoint £85,000", region: "London"}, nil)
}

// given returns o as main makes it when the flags named in set are given.
func given(o options, set ...string) options {
	s := map[string]bool{}
	for _, f := range set {
		s[f] = true
	}
	o.role, o.profile = "", "" // not yet defaulted
	return withDefaults(o, s)
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
	// -ddat or -catalog alone: a role picked on the ladder, and a person
	// who meets its requirements.
	ddAlone := defaults()
	ddAlone.ddat = "Software developer"
	ddAlone = given(ddAlone, "ddat")
	ownAlone := defaults()
	ownAlone.catalog = "../../testdata/ladder.yaml"
	ownAlone = given(ownAlone, "catalog")
	for name, o := range map[string]options{"ft.txt": ft, "principal.txt": principal, "ddat.txt": dd, "catalog.txt": own,
		"ddat-alone.txt": ddAlone, "catalog-alone.txt": ownAlone} {
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
	o.ddat = "Data scientist"
	o = given(o, "ddat")
	assert.EqualError(t, run(&bytes.Buffer{}, o), `-ddat "Data scientist": no such DDaT role in ../../ddat/testdata/framework, which has 3: Chief technology officer, Data analyst, Software developer; for the whole framework, point -ddat-dir at its download (roles.csv and skills.csv, https://ddat-capability-framework.service.gov.uk/download)`)
	o.realDDaT = "/data/uk-ddat"
	assert.ErrorContains(t, run(&bytes.Buffer{}, o), `which has 3: Chief technology officer, Data analyst, Software developer; the whole framework is in /data/uk-ddat: add -ddat-dir /data/uk-ddat`)
	o = defaults()
	o.band = "lots"
	assert.ErrorContains(t, run(&bytes.Buffer{}, o), "-band")
	o = defaults()
	o.ft = "missing.yml"
	assert.Error(t, run(&bytes.Buffer{}, o))
}

// The role and profile a run gets when their flags are left out.
func TestDefaults(t *testing.T) {
	o := given(options{}, "pay")
	assert.Equal(t, ftRole, o.role)
	assert.Equal(t, ftProfile, o.profile)
	assert.False(t, o.sample)

	o = given(options{ddat: "Software developer"}, "ddat")
	assert.Empty(t, o.role, "picked on the ladder")
	assert.Empty(t, o.profile)
	assert.True(t, o.sample, "a person who meets the role")

	o = given(options{catalog: "x.yaml", role: "Staff Engineer"}, "catalog", "role", "profile")
	assert.Empty(t, o.profile, `-profile "" is no profile`)
	assert.False(t, o.sample)

	// A ladder of one rung: its role, at the top of its track.
	o = defaults()
	o.ddat = "Chief technology officer"
	o = given(o, "ddat")
	var b bytes.Buffer
	require.NoError(t, run(&b, o))
	assert.Contains(t, b.String(), "From Chief technology officer (rung 1):\n  the top of its track: no rung above\n")
}
