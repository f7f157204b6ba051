package progression

import (
	"bytes"
	"encoding/json"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/rolemodel/rolemodel"
	"github.com/rolemodel/rolemodel/role"
	"github.com/rolemodel/rolemodel/skill"
)

// The FT's proficiency words travel with the levels that Compare, Gap and
// Plan report, so that a reader sees "Foundational → Working knowledge",
// not the catalog's "working → practitioner" (whose "working" reads as the
// FT's higher "Working knowledge").
func TestFTWordsTravelWithLevels(t *testing.T) {
	c, err := ReadFT(bytes.NewReader(fixture(t, "ft-engineering.yml")))
	require.NoError(t, err)
	const (
		comm = skill.ID("ft-engineering-communication")
		team = skill.ID("ft-engineering-team-work")
	)

	d, err := c.Compare("ft-engineering-senior-1", "ft-engineering-senior-2-ic")
	require.NoError(t, err)
	assert.Equal(t, []rolemodel.LevelChange{
		{Skill: comm, From: skill.Working, To: skill.Practitioner, FromLabel: "Foundational", ToLabel: "Working knowledge"},
		{Skill: team, From: skill.Working, To: skill.Practitioner, FromLabel: "Foundational", ToLabel: "Working knowledge"},
	}, d.SkillsRaised)
	b, err := json.Marshal(d.SkillsRaised[0])
	require.NoError(t, err)
	assert.JSONEq(t, `{"skill":"ft-engineering-communication","from":"working","to":"practitioner","from_label":"Foundational","to_label":"Working knowledge"}`, string(b))

	d, err = c.Compare("ft-engineering-principal-pm", "ft-engineering-senior-2-pm")
	require.NoError(t, err)
	assert.Equal(t, []rolemodel.LevelChange{
		{Skill: comm, From: skill.Advanced, To: skill.Practitioner, FromLabel: "Practitioner", ToLabel: "Working knowledge"},
		{Skill: team, From: skill.Expert, To: skill.Practitioner, FromLabel: "Expert", ToLabel: "Working knowledge"},
	}, d.SkillsLowered)

	me := skill.Profile{Skills: []skill.Held{{Skill: comm, Level: skill.Working}}}
	g, err := c.Gap(me, "ft-engineering-senior-2-ic")
	require.NoError(t, err)
	assert.Equal(t, []skill.Shortfall{{Skill: comm, Required: skill.Practitioner, Label: "Working knowledge", Held: skill.Working, Essential: true}}, g.Short)
	assert.Equal(t, []skill.Shortfall{{Skill: team, Required: skill.Practitioner, Label: "Working knowledge", Essential: true}}, g.Missing)

	p, err := c.Plan(me, "ft-engineering-senior-1", "ft-engineering-principal-ic")
	require.NoError(t, err)
	assert.Equal(t, []role.ID{"ft-engineering-senior-1", "ft-engineering-senior-2-ic", "ft-engineering-principal-ic"}, p.Path.Roles())
	require.Len(t, p.Steps, 2)
	var words [][]string
	for _, st := range p.Steps {
		var w []string
		for _, s := range st.Learn {
			w = append(w, string(s.Skill)+": "+s.Required.String()+" "+s.Label)
		}
		words = append(words, w)
	}
	assert.Equal(t, [][]string{
		{"ft-engineering-communication: practitioner Working knowledge", "ft-engineering-team-work: practitioner Working knowledge"},
		{"ft-engineering-communication: advanced Practitioner", "ft-engineering-team-work: advanced Practitioner"},
	}, words)
}

// Monzo's criteria carry no proficiency word, so nothing reported for its
// requirements has a label.
func TestMonzoHasNoWordsToTravel(t *testing.T) {
	c, err := ReadMonzo(monzoFS(t))
	require.NoError(t, err)
	d, err := c.Compare("monzo-engineering-backend-level-2", "monzo-engineering-backend-level-3")
	require.NoError(t, err)
	assert.Empty(t, d.SkillsRaised, "requirements without levels are neither raised nor lowered")
	assert.Empty(t, d.SkillsLowered)
	g, err := c.Gap(skill.Profile{}, "monzo-engineering-backend-level-3")
	require.NoError(t, err)
	require.NotEmpty(t, g.Missing)
	for _, s := range g.Missing {
		assert.Empty(t, s.Label, s.Skill)
		assert.Equal(t, skill.Unstated, s.Required, s.Skill)
	}
	b, err := json.Marshal(g.Missing[0])
	require.NoError(t, err)
	assert.NotContains(t, string(b), "label", "an empty label is left out of JSON")
}
