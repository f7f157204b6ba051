package main

import (
	"bytes"
	"encoding/json"
	"os"
	"path/filepath"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/rolemodel/rolemodel"
	"github.com/rolemodel/rolemodel/internal/golden"
	"github.com/rolemodel/rolemodel/onet"
	"github.com/rolemodel/rolemodel/skill"
)

func base() options {
	return options{target: "Technology Director", from: "Senior IT Manager", to: "Chief Technology Officer"}
}

func TestSampleProfile(t *testing.T) {
	o := base()
	o.profile = "profile.yaml"
	var b bytes.Buffer
	require.NoError(t, run(&b, rolemodel.Default(), o))
	golden.Check(t, "sample.txt", b.Bytes())

	o.asJSON = true
	b.Reset()
	require.NoError(t, run(&b, rolemodel.Default(), o))
	var rep report
	require.NoError(t, json.Unmarshal(b.Bytes(), &rep), "-json writes JSON")
	assert.Equal(t, "Technology Director", rep.Target)
	assert.Len(t, rep.Plan, 2)
}

func TestFlagsProfile(t *testing.T) {
	o := base()
	o.skills = []string{"change-management=expert"}
	o.certs = []string{"pmp"}
	p, err := loadProfile(o)
	require.NoError(t, err)
	assert.Equal(t, skill.Profile{Skills: []skill.Held{{Skill: "change-management", Level: skill.Expert}}, Certifications: []skill.CertificationID{"pmp"}}, p)
}

func TestErrors(t *testing.T) {
	for name, o := range map[string]func(*options){
		"bad skill flag":  func(o *options) { o.skills = []string{"change-management"} },
		"bad level":       func(o *options) { o.skills = []string{"change-management=guru"} },
		"unknown skill":   func(o *options) { o.skills = []string{"juggling=expert"} },
		"unknown target":  func(o *options) { o.target = "Wizard" },
		"missing profile": func(o *options) { o.profile = "nope.yaml" },
		"no requirements": func(o *options) { o.target = "CTO" },
	} {
		t.Run(name, func(t *testing.T) {
			opts := base()
			o(&opts)
			assert.Error(t, run(&bytes.Buffer{}, rolemodel.Default(), opts))
		})
	}
	dir := t.TempDir()
	bad := filepath.Join(dir, "p.yaml")
	require.NoError(t, os.WriteFile(bad, []byte("skills:\n  - skill: leadership\n    levl: expert\n"), 0o644))
	opts := base()
	opts.profile = bad
	err := run(&bytes.Buffer{}, rolemodel.Default(), opts)
	assert.ErrorContains(t, err, `p.yaml:3:5: skills[0].levl: unknown field "levl" (did you mean "level"?)`)
}

func TestONet(t *testing.T) {
	dir := "../../../shared/data/onet-29.3"
	if _, err := os.Stat(dir); err != nil {
		t.Skipf("O*NET 29.3 is not in ../shared/data (%v)", err)
	}
	c, err := onet.LoadDir(dir)
	require.NoError(t, err)
	o := onetDefaults(options{profile: "onet-profile.yaml"}, map[string]bool{})
	var b bytes.Buffer
	require.NoError(t, run(&b, c, o))
	golden.Check(t, "onet-29.3.txt", b.Bytes())

	o = onetDefaults(options{profile: "onet-profile.yaml", target: "Software Developers"}, map[string]bool{"target": true})
	assert.Equal(t, "Software Developers", o.target, "a role the flags set is kept")
	// A profile in the default catalog's skill IDs names skills O*NET lacks.
	o = onetDefaults(options{profile: "profile.yaml"}, map[string]bool{})
	assert.ErrorContains(t, run(&b, c, o), "it-infrastructure-management")
}
