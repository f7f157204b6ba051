package progression_test

import (
	"cmp"
	"fmt"
	"os"

	"github.com/rolemodel/rolemodel/progression"
	"github.com/rolemodel/rolemodel/skill"
)

// ReadFT reads one FT job-family file; here six levels and two themes cut
// from engineering.yml. Levels that differ only by "(Individual
// Contributor)" and "(People Manager)" share a rung, and the catalog
// derives the moves up the ladder: Senior Engineer 1 advances to both
// tracks, and both Principal Engineers to Technology Director.
func ExampleReadFT() {
	f, err := os.Open("testdata/ft-engineering.yml")
	if err != nil {
		fmt.Println(err)
		return
	}
	defer f.Close()
	c, err := progression.ReadFT(f, progression.File("ft-engineering.yml"))
	if err != nil {
		fmt.Println(err)
		return
	}
	for _, rung := range c.Rungs("ft-engineering") {
		for _, r := range rung {
			fmt.Printf("rung %d: %s (%s, %s)\n", r.Rank, r.Title, cmp.Or(r.Track.String(), "no track"), r.Level)
		}
	}
	next, _ := c.NextRung("ft-engineering-senior-1")
	for _, r := range next {
		fmt.Println("Senior Engineer 1 →", r.Title)
	}
	r, _ := c.Role("ft-engineering-principal-ic")
	for _, q := range r.Skills {
		fmt.Printf("%s: %s (%s)\n", q.Skill, q.Label, q.Level)
	}
	src, _ := c.Source("ft-engineering-progression-engineering")
	fmt.Println(src.License, "-", src.Note)
	// Output:
	// rung 1: Senior Engineer 1 (no track, individual-contributor)
	// rung 2: Senior Engineer 2 (Individual Contributor) (individual-contributor, individual-contributor)
	// rung 2: Senior Engineer 2 (People Manager) (management, manager)
	// rung 3: Principal Engineer (Individual Contributor) (individual-contributor, lead)
	// rung 3: Principal Engineer (People Manager) (management, manager)
	// rung 4: Technology Director (no track, director)
	// Senior Engineer 1 → Senior Engineer 2 (Individual Contributor)
	// Senior Engineer 1 → Senior Engineer 2 (People Manager)
	// ft-engineering-communication: Practitioner (advanced)
	// ft-engineering-team-work: Practitioner (advanced)
	// MIT - Copyright (c) 2019 Financial Times.
}

// The FT's proficiency words travel with the levels that Compare and Gap
// report: LevelChange.FromLabel and ToLabel, and skill.Shortfall.Label,
// are the requirements' own words, so a reader sees the FT's Foundational
// where the catalog's level (working) reads like the FT's higher "Working
// knowledge".
func ExampleReadFT_words() {
	f, err := os.Open("testdata/ft-engineering.yml")
	if err != nil {
		fmt.Println(err)
		return
	}
	defer f.Close()
	c, err := progression.ReadFT(f)
	if err != nil {
		fmt.Println(err)
		return
	}
	d, _ := c.Compare("ft-engineering-senior-1", "ft-engineering-senior-2-ic")
	for _, ch := range d.SkillsRaised {
		fmt.Printf("%s: %s (%s) → %s (%s)\n", ch.Skill, ch.FromLabel, ch.From, ch.ToLabel, ch.To)
	}
	me := skill.Profile{Skills: []skill.Held{{Skill: "ft-engineering-communication", Level: skill.Working}}}
	g, _ := c.Gap(me, "ft-engineering-principal-ic")
	for _, s := range g.Short {
		fmt.Printf("short: %s, holds %s, needs %s (%s)\n", s.Skill, s.Held, s.Label, s.Required)
	}
	// Output:
	// ft-engineering-communication: Foundational (working) → Working knowledge (practitioner)
	// ft-engineering-team-work: Foundational (working) → Working knowledge (practitioner)
	// short: ft-engineering-communication, holds working, needs Practitioner (advanced)
}

// ReadMonzo reads the frameworks folder of Monzo's repository; here three
// files cut from it. Each file is a ladder whose rungs are the level
// numbers its topics use; people.md has a tab after a sequence dash, which
// ReadMonzo reads as a space.
func ExampleReadMonzo() {
	c, err := progression.ReadMonzo(os.DirFS("testdata/monzo"))
	if err != nil {
		fmt.Println(err)
		return
	}
	for l := range c.Ladders() {
		fmt.Printf("%s (family %s):", l.Title, l.Family)
		for _, rung := range c.Rungs(l.ID) {
			for _, r := range rung {
				fmt.Printf(" %s", r.ID)
			}
		}
		fmt.Println()
	}
	r, _ := c.Role("monzo-engineering-backend-level-3")
	for _, q := range r.Skills {
		s, _ := c.Skill(q.Skill)
		fmt.Printf("%s:\n%s\n", s.Name, q.Text)
	}
	// Output:
	// Product Design (family monzo-design): monzo-design-product-design-level-1 monzo-design-product-design-level-2
	// Backend Engineering (family monzo-engineering): monzo-engineering-backend-level-2 monzo-engineering-backend-level-3 monzo-engineering-backend-level-4
	// People (family monzo-people): monzo-people-level-1 monzo-people-level-2
	// Communication:
	// - Transparent about mistakes they've made, early
	// - Proactively gives timely actionable feedback to peers
	// - Proactively seeks feedback from the people around them
	// - Considers the opinions of others before defending their own
	// Leadership:
	// - Onboards / mentors new engineers
	// - Finds learning opportunities for others when reviewing their code and follows it up
	//   - I think this code could be improved by doing X, let's pair on it and I'll talk through why X is good for this
}

// The FT's proficiency words are ordered, and each maps by rank onto the
// catalog's five-step scale.
func ExampleFTProficiency() {
	p, err := progression.ParseFTProficiency("Working knowledge")
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println(p, "→", p.Level(), "; above Foundational:", p > progression.FTFoundational)
	_, err = progression.ParseFTProficiency("Guru")
	fmt.Println(err)
	// Output:
	// Working knowledge → practitioner ; above Foundational: true
	// unknown proficiency "Guru": expected one of Awareness, Foundational, Working knowledge, Practitioner, Expert
}
