package bls_test

import (
	"slices"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/rolemodel/rolemodel"
	"github.com/rolemodel/rolemodel/bls"
	"github.com/rolemodel/rolemodel/role"
	"github.com/rolemodel/rolemodel/skill"
)

// requireAsBuilt checks that got, which Attach made from c (by
// rolemodel.Catalog.Amend), is the catalog rolemodel.Build makes of c's
// parts with the same sources and the same facts on every role.
func requireAsBuilt(t *testing.T, c, got *rolemodel.Catalog, w *bls.Wages, p *bls.Projections) {
	t.Helper()
	parts := c.Parts()
	for _, s := range []role.Source{bls.WagesSource(w), bls.ProjectionsSource(p)} {
		if i := slices.IndexFunc(parts.Sources, func(x role.Source) bool { return x.ID == s.ID }); i >= 0 {
			parts.Sources[i] = s
		} else {
			parts.Sources = append(parts.Sources, s)
		}
	}
	for i := range parts.Roles {
		r := &parts.Roles[i]
		a, ok := got.Role(r.ID)
		require.True(t, ok, r.ID)
		r.Salaries, r.Outlook, r.Sources = a.Salaries, a.Outlook, a.Sources
	}
	want, err := rolemodel.Build(parts, rolemodel.SharedNames())
	require.NoError(t, err)

	assert.Equal(t, want.Parts(), got.Parts())
	wj, err := want.MarshalJSON()
	require.NoError(t, err)
	gj, err := got.MarshalJSON()
	require.NoError(t, err)
	assert.Equal(t, string(wj), string(gj))
	assert.Equal(t, slices.Collect(want.Transitions()), slices.Collect(got.Transitions()))
	for r := range want.Roles() {
		assert.Equal(t, want.LookupAll(r.Title), got.LookupAll(r.Title), r.Title)
	}
	for s := range want.Skills() {
		p := skill.Profile{Skills: []skill.Held{{Skill: s.ID, Level: skill.Level(4)}}}
		wm, werr := want.Match(p, 10)
		gm, gerr := got.Match(p, 10)
		assert.Equal(t, werr, gerr)
		assert.Equal(t, wm, gm)
		break
	}
	assert.Same(t, c.Graph(), got.Graph(), "the career graph is shared, not rebuilt")
}

func TestAttachIsBuildOfTheSameParts(t *testing.T) {
	w, p := fixtures(t)
	c := company(t)
	before, err := c.MarshalJSON()
	require.NoError(t, err)
	got, err := bls.Attach(c, w, p)
	require.NoError(t, err)
	requireAsBuilt(t, c, got, w, p)
	again, err := bls.Attach(got, w, p)
	require.NoError(t, err)
	requireAsBuilt(t, got, again, w, p)
	after, err := c.MarshalJSON()
	require.NoError(t, err)
	assert.Equal(t, string(before), string(after), "c does not change")
}

// TestRealAttachIsBuildOfTheSameParts is the same check on O*NET 29.3 and
// the BLS files as published: 1,016 occupations, most of them changed.
func TestRealAttachIsBuildOfTheSameParts(t *testing.T) {
	w := realWages(t, realWagesCSV)
	p := realProjections(t, realProjCSV)
	c := loadONet(t)
	before, err := c.MarshalJSON()
	require.NoError(t, err)
	got, err := bls.Attach(c, w, p)
	require.NoError(t, err)
	requireAsBuilt(t, c, got, w, p)
	// Attaching again replaces what the first Attach made.
	again, err := bls.Attach(got, w, p)
	require.NoError(t, err)
	requireAsBuilt(t, got, again, w, p)
	assert.Equal(t, got.Parts(), again.Parts())
	after, err := c.MarshalJSON()
	require.NoError(t, err)
	assert.Equal(t, string(before), string(after), "c does not change")
}
