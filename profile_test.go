package rolemodel_test

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/rolemodel/rolemodel"
	"github.com/rolemodel/rolemodel/skill"
)

func TestLoadProfile(t *testing.T) {
	p, err := rolemodel.LoadProfileFile("examples/skillgap/profile.yaml")
	require.NoError(t, err)
	assert.Len(t, p.Skills, 6)
	assert.Equal(t, []skill.CertificationID{"itil", "comptia-security-plus"}, p.Certifications)

	j, err := rolemodel.LoadProfile(strings.NewReader(`{"skills": [{"skill": "leadership", "level": 3}]}`))
	require.NoError(t, err)
	assert.Equal(t, skill.Practitioner, j.Skills[0].Level)
}

func TestLoadProfileBadInput(t *testing.T) {
	tests := []struct{ name, in, want string }{
		{"unknown key", "skills:\n  - skill: leadership\n    levl: working\n", `3:5: skills[0].levl: unknown field "levl" (did you mean "level"?)`},
		{"missing level", "skills:\n  - skill: leadership\n", `2:5: skills[0].level: is required: awareness, working, practitioner, advanced or expert (or 1 to 5)`},
		{"missing skill", "skills:\n  - level: working\n", `2:5: skills[0].skill: is required: the ID of a skill`},
		{"bad level", "skills:\n  - skill: leadership\n    level: guru\n", `3:12: skills[0].level: `},
		{"duplicate key", "skills: []\nskills: []\n", `2:1: key "skills" appears twice in one mapping (first at line 1)`},
		{"not a mapping", "- leadership\n", `1:1: expected a mapping with skills and certifications`},
		{"wrong type", "certifications: itil\n", `1:17: certifications: expected a list`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := rolemodel.LoadProfile(strings.NewReader(tt.in))
			var ve *rolemodel.ValidationError
			require.ErrorAs(t, err, &ve)
			var got []string
			for _, p := range ve.Problems {
				got = append(got, p.String())
			}
			found := false
			for _, g := range got {
				found = found || strings.HasPrefix(g, tt.want)
			}
			assert.True(t, found, "want a problem starting %q, got %q", tt.want, got)
		})
	}
	_, err := rolemodel.LoadProfileFile("testdata/no-such-profile.yaml")
	require.Error(t, err)
}

// A profile from another system names skills the catalog lacks: FitProfile
// keeps what the catalog knows and returns the rest.
func TestFitProfile(t *testing.T) {
	c := rolemodel.Default()
	p := skill.Profile{
		Skills: []skill.Held{
			{Skill: "leadership", Level: skill.Advanced},
			{Skill: "underwater-basket-weaving", Level: skill.Expert},
			{Skill: "cloud-architecture", Level: skill.Working},
		},
		Certifications: []skill.CertificationID{"pmp", "made-up-cert"},
	}
	_, err := c.Gap(p, "technology-director")
	require.ErrorIs(t, err, skill.ErrProfile, "unknown skills are refused by Gap")

	fit := c.FitProfile(p)
	assert.Equal(t, []skill.Held{{Skill: "underwater-basket-weaving", Level: skill.Expert}}, fit.UnknownSkills)
	assert.Equal(t, []skill.CertificationID{"made-up-cert"}, fit.UnknownCertifications)
	assert.Len(t, fit.Profile.Skills, 2)
	g, err := c.Gap(fit.Profile, "technology-director")
	require.NoError(t, err)
	assert.Greater(t, g.Readiness(), 0.0)
}
