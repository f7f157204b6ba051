package rolemodel

import (
	"math/rand/v2"
	"slices"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/rolemodel/rolemodel/skill"
)

func TestGapReadinessProperties(t *testing.T) {
	c := Default()
	td, _ := c.Role("technology-director")
	var ids []skill.ID
	for s := range c.Skills() {
		ids = append(ids, s.ID)
	}
	r := rand.New(rand.NewPCG(5, 6))
	for range 300 {
		var p skill.Profile
		for _, id := range ids {
			if r.IntN(3) == 0 {
				p.Skills = append(p.Skills, skill.Held{Skill: id, Level: skill.Level(1 + r.IntN(5))})
			}
		}
		g, err := c.Gap(p, "technology-director")
		require.NoError(t, err)
		rd := g.Readiness()
		assert.GreaterOrEqual(t, rd, 0.0)
		assert.LessOrEqual(t, rd, 1.0)
		assert.Equal(t, len(td.Skills), g.Requirements())
		assert.Equal(t, g.Complete(), rd == 1, "readiness is 1 exactly when nothing essential is lacking")

		// Adding a skill, or raising one, never lowers readiness.
		q := p
		q.Skills = append(append([]skill.Held(nil), p.Skills...), skill.Held{Skill: ids[r.IntN(len(ids))], Level: skill.Level(1 + r.IntN(5))})
		g2, err := c.Gap(q, "technology-director")
		require.NoError(t, err)
		assert.GreaterOrEqual(t, g2.Readiness(), rd)
	}

	// Everything at Expert is complete.
	var all skill.Profile
	for _, id := range ids {
		all.Skills = append(all.Skills, skill.Held{Skill: id, Level: skill.Expert})
	}
	g, err := c.Gap(all, "technology-director")
	require.NoError(t, err)
	assert.Equal(t, 1.0, g.Readiness())
	assert.Empty(t, g.Missing)
	assert.Empty(t, g.Short)
}

func TestGapEssentialWeighsMore(t *testing.T) {
	reqs := []skill.Requirement{
		{Skill: "a", Level: skill.Advanced, Essential: true},
		{Skill: "b", Level: skill.Advanced},
	}
	onlyEssential := skill.Assess(skill.Profile{Skills: []skill.Held{{Skill: "a", Level: skill.Working}}}, reqs, nil)
	onlyOptional := skill.Assess(skill.Profile{Skills: []skill.Held{{Skill: "b", Level: skill.Working}}}, reqs, nil)
	// (3·2/4 + 0) / 4 = 0.375 and (0 + 1·2/4) / 4 = 0.125, by hand.
	assert.InDelta(t, 0.375, onlyEssential.Readiness(), 1e-12)
	assert.InDelta(t, 0.125, onlyOptional.Readiness(), 1e-12)
}

func TestGapCertificationCounts(t *testing.T) {
	c := Default()
	var withEvidence skill.Certification
	for cert := range c.Certifications() {
		if len(cert.Evidences) > 0 {
			withEvidence = cert
			break
		}
	}
	require.NotEmpty(t, withEvidence.ID)
	g, err := c.Gap(skill.Profile{Certifications: []skill.CertificationID{withEvidence.ID}}, "technology-director")
	require.NoError(t, err)
	found := false
	for _, l := range [][]skill.Shortfall{g.Short, g.Met} {
		for _, s := range l {
			if s.Via == withEvidence.ID {
				found = true
				assert.Equal(t, skill.EvidenceLevel, s.Held)
			}
		}
	}
	assert.True(t, found, "the certification's evidenced skill counts as held")
}

func TestGapErrors(t *testing.T) {
	c := Default()
	_, err := c.Gap(skill.Profile{}, "nobody")
	assert.ErrorIs(t, err, ErrUnknownRole)
	_, err = c.Gap(skill.Profile{}, "")
	assert.ErrorIs(t, err, ErrUnknownRole)
	_, err = c.Gap(skill.Profile{Skills: []skill.Held{{Skill: "juggling", Level: skill.Expert}}}, "technology-director")
	assert.ErrorIs(t, err, skill.ErrProfile)
	assert.ErrorContains(t, err, "juggling")
	_, err = c.Gap(skill.Profile{Skills: []skill.Held{{Skill: "leadershp", Level: skill.Expert}}}, "technology-director")
	assert.ErrorContains(t, err, `did you mean "leadership"?`)
	_, err = c.Gap(skill.Profile{Skills: []skill.Held{{Skill: "change-management", Level: 9}}}, "technology-director")
	assert.ErrorIs(t, err, skill.ErrProfile)
	_, err = c.Gap(skill.Profile{Certifications: []skill.CertificationID{"nope"}}, "technology-director")
	assert.ErrorIs(t, err, skill.ErrProfile)

	// A role the seeds only name has no requirements: a distinct state,
	// never a readiness of 1.
	_, err = c.Gap(skill.Profile{}, "cto")
	var nre *NoRequirementsError
	require.ErrorAs(t, err, &nre)
	assert.ErrorIs(t, err, ErrNoRequirements)
	assert.Equal(t, "cto", string(nre.Role))
}

func TestAssessSameForAnyRequirementOrder(t *testing.T) {
	r := rand.New(rand.NewPCG(8, 9))
	for range 200 {
		var reqs []skill.Requirement
		var p skill.Profile
		for i := range 1 + r.IntN(30) {
			id := skill.ID(string(rune('a' + i%26)))
			if i >= 26 {
				id += "2"
			}
			reqs = append(reqs, skill.Requirement{Skill: id, Level: skill.Level(r.IntN(6)), Essential: r.IntN(2) == 0})
			for range r.IntN(3) { // sometimes twice, at different levels
				p.Skills = append(p.Skills, skill.Held{Skill: id, Level: skill.Level(1 + r.IntN(5))})
			}
		}
		shuffled := slices.Clone(reqs)
		r.Shuffle(len(shuffled), func(i, j int) { shuffled[i], shuffled[j] = shuffled[j], shuffled[i] })
		sorted := slices.Clone(reqs)
		slices.SortFunc(sorted, func(a, b skill.Requirement) int { return strings.Compare(string(a.Skill), string(b.Skill)) })
		assert.Equal(t, skill.Assess(p, sorted, nil), skill.Assess(p, shuffled, nil))
	}
}
