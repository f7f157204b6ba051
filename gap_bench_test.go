package rolemodel

import (
	"fmt"
	"testing"

	"github.com/rolemodel/rolemodel/skill"
)

func BenchmarkGap50(b *testing.B) {
	reqs := make([]skill.Requirement, 50)
	var p skill.Profile
	for i := range reqs {
		id := skill.ID(fmt.Sprintf("s%02d", i))
		reqs[i] = skill.Requirement{Skill: id, Level: skill.Level(1 + i%5), Essential: i%2 == 0}
		if i%3 == 0 {
			p.Skills = append(p.Skills, skill.Held{Skill: id, Level: skill.Level(1 + i%4)})
		}
	}
	b.ReportAllocs()
	for b.Loop() {
		g := skill.Assess(p, reqs, nil)
		_ = g.Readiness()
	}
}

// BenchmarkGap50Unsorted is BenchmarkGap50 with the requirements in an
// arbitrary order, as a caller of skill.Assess may pass them.
func BenchmarkGap50Unsorted(b *testing.B) {
	reqs := make([]skill.Requirement, 50)
	var p skill.Profile
	for i := range reqs {
		id := skill.ID(fmt.Sprintf("s%02d", (i*17)%50))
		reqs[i] = skill.Requirement{Skill: id, Level: skill.Level(1 + i%5), Essential: i%2 == 0}
		if i%3 == 0 {
			p.Skills = append(p.Skills, skill.Held{Skill: id, Level: skill.Level(1 + i%4)})
		}
	}
	b.ReportAllocs()
	for b.Loop() {
		g := skill.Assess(p, reqs, nil)
		_ = g.Readiness()
	}
}

func BenchmarkGapDefault(b *testing.B) {
	c := Default()
	p := skill.Profile{Skills: []skill.Held{{Skill: "change-management", Level: skill.Expert}}, Certifications: []skill.CertificationID{"pmp"}}
	b.ReportAllocs()
	for b.Loop() {
		if _, err := c.Gap(p, "technology-director"); err != nil {
			b.Fatal(err)
		}
	}
}

func BenchmarkPlanDefault(b *testing.B) {
	c := Default()
	p := skill.Profile{Skills: []skill.Held{{Skill: "change-management", Level: skill.Expert}}}
	b.ReportAllocs()
	for b.Loop() {
		if _, err := c.Plan(p, "senior-it-manager", "cto"); err != nil {
			b.Fatal(err)
		}
	}
}
