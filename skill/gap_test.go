package skill_test

import (
	"testing"

	"github.com/stretchr/testify/assert"

	"github.com/rolemodel/rolemodel/skill"
)

// Each Shortfall carries its requirement's Label, whichever list it lands
// in, and none where the requirement has none.
func TestAssessKeepsLabels(t *testing.T) {
	reqs := []skill.Requirement{
		{Skill: "a", Level: skill.Working, Label: "Foundational", Essential: true},
		{Skill: "b", Level: skill.Practitioner, Label: "Working knowledge", Essential: true},
		{Skill: "c", Level: skill.Advanced, Label: "Practitioner"},
		{Skill: "d", Level: skill.Working},
	}
	p := skill.Profile{Skills: []skill.Held{{Skill: "a", Level: skill.Working}, {Skill: "b", Level: skill.Awareness}}}
	for _, order := range [][]int{{0, 1, 2, 3}, {3, 2, 1, 0}} { // the sorted path and the hashed one
		rs := make([]skill.Requirement, len(order))
		for i, j := range order {
			rs[i] = reqs[j]
		}
		g := skill.Assess(p, rs, nil)
		assert.Equal(t, []skill.Shortfall{{Skill: "a", Required: skill.Working, Label: "Foundational", Held: skill.Working, Essential: true}}, g.Met)
		assert.Equal(t, []skill.Shortfall{{Skill: "b", Required: skill.Practitioner, Label: "Working knowledge", Held: skill.Awareness, Essential: true}}, g.Short)
		assert.Equal(t, []skill.Shortfall{
			{Skill: "c", Required: skill.Advanced, Label: "Practitioner"},
			{Skill: "d", Required: skill.Working},
		}, g.Missing)
	}
}
