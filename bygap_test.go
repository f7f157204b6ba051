package rolemodel

import (
	"math/rand/v2"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/rolemodel/rolemodel/skill"
)

// ByGap weighs a move 1 − Gap's readiness for the role moved into (twice:
// once worked out, once remembered), and 1 for a role without
// requirements or an invalid profile.
func TestByGapWeights(t *testing.T) {
	c := Default()
	r := rand.New(rand.NewPCG(9, 10))
	for range 20 {
		var p skill.Profile
		for s := range c.Skills() {
			if r.IntN(3) == 0 {
				p.Skills = append(p.Skills, skill.Held{Skill: s.ID, Level: skill.Level(1 + r.IntN(5))})
			}
		}
		for cert := range c.Certifications() {
			if r.IntN(4) == 0 {
				p.Certifications = append(p.Certifications, cert.ID)
			}
		}
		weight := c.gapWeight(p)
		for range 2 {
			for ro := range c.Roles() {
				got := weight(ro.ID)
				if !ro.HasRequirements() {
					assert.Equal(t, 1.0, got, "%s", ro.ID)
					continue
				}
				g, err := c.Gap(p, ro.ID)
				require.NoError(t, err)
				assert.Equal(t, 1-g.Readiness(), got, "%s", ro.ID)
			}
		}
	}
	bad := c.gapWeight(skill.Profile{Skills: []skill.Held{{Skill: "juggling", Level: skill.Expert}}})
	assert.Equal(t, 1.0, bad("cto"))
	assert.Equal(t, 1.0, c.gapWeight(skill.Profile{})("no-such-role"))
}
