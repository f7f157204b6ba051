package rolemodel

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/rolemodel/rolemodel/skill"
)

func TestCompare(t *testing.T) {
	c, err := Load(strings.NewReader(`
skills:
  - {id: a, name: A}
  - {id: b, name: B}
  - {id: c, name: C}
  - {id: d, name: D}
roles:
  - id: junior
    title: Junior
    level: individual-contributor
    skills:
      - {skill: a, level: working, essential: true}
      - {skill: b, level: advanced, essential: true}
      - {skill: c, level: working}
    responsibilities:
      - {text: Write code.}
  - id: senior
    title: Senior
    level: lead
    skills:
      - {skill: a, level: expert, essential: true}
      - {skill: b, level: working, essential: true}
      - {skill: d, level: practitioner, essential: true}
    responsibilities:
      - {text: "Write  code."}
      - {text: Review code.}
  - id: named
    title: Named Only
`))
	require.NoError(t, err)
	d, err := c.Compare("junior", "senior")
	require.NoError(t, err)
	assert.True(t, d.FromRecorded && d.ToRecorded)
	require.Len(t, d.SkillsAdded, 1)
	assert.Equal(t, skill.ID("d"), d.SkillsAdded[0].Skill)
	assert.Equal(t, []LevelChange{{Skill: "a", From: skill.Working, To: skill.Expert}}, d.SkillsRaised)
	assert.Equal(t, []LevelChange{{Skill: "b", From: skill.Advanced, To: skill.Working}}, d.SkillsLowered)
	require.Len(t, d.SkillsDropped, 1)
	assert.Equal(t, skill.ID("c"), d.SkillsDropped[0].Skill)
	require.Len(t, d.ResponsibilitiesAdded, 1, "whitespace differences are not new duties")
	assert.Equal(t, "Review code.", d.ResponsibilitiesAdded[0].Text)

	d, err = c.Compare("named", "senior")
	require.NoError(t, err)
	assert.False(t, d.FromRecorded)
	assert.Len(t, d.SkillsAdded, 3)
	assert.Empty(t, d.SkillsDropped)

	_, err = c.Compare("junior", "nobody")
	assert.ErrorIs(t, err, ErrUnknownRole)
}
