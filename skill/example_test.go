package skill_test

import (
	"fmt"

	"github.com/rolemodel/rolemodel/skill"
)

func ExampleFromONetLevel() {
	for _, lv := range []float64{0.5, 2.0, 3.5, 4.62, 6.0} {
		fmt.Println(lv, skill.FromONetLevel(lv))
	}
	// Output:
	// 0.5 awareness
	// 2 working
	// 3.5 practitioner
	// 4.62 advanced
	// 6 expert
}

func ExampleAssess() {
	reqs := []skill.Requirement{
		{Skill: "go", Level: skill.Advanced, Essential: true},
		{Skill: "kubernetes", Level: skill.Practitioner, Essential: true},
		{Skill: "terraform", Level: skill.Working},
	}
	me := skill.Profile{Skills: []skill.Held{{Skill: "go", Level: skill.Expert}, {Skill: "kubernetes", Level: skill.Working}}}
	g := skill.Assess(me, reqs, nil)
	fmt.Println("met:", len(g.Met), "short:", len(g.Short), "missing:", len(g.Missing))
	fmt.Printf("readiness %.2f, complete %v\n", g.Readiness(), g.Complete())
	// Output:
	// met: 1 short: 1 missing: 1
	// readiness 0.71, complete false
}
