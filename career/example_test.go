package career_test

import (
	"fmt"
	"os"

	"github.com/rolemodel/rolemodel/career"
	"github.com/rolemodel/rolemodel/role"
)

// ladder is a small career graph for the examples.
func ladder() *career.Graph {
	g, err := career.New([]career.Transition{
		{From: "engineer", To: "senior-engineer", Kind: career.Advancement, Years: 3},
		{From: "senior-engineer", To: "staff-engineer", Kind: career.Advancement, Years: 4},
		{From: "senior-engineer", To: "engineering-manager", Kind: career.Lateral, Years: 1},
		{From: "engineering-manager", To: "director", Kind: career.Advancement, Years: 4},
		{From: "staff-engineer", To: "director", Kind: career.Entry, Years: 2},
		{From: "director", To: "cto", Kind: career.Advancement, Years: 5},
	}, career.WithTitles(map[role.ID]string{
		"engineer": "Engineer", "senior-engineer": "Senior Engineer", "staff-engineer": "Staff Engineer",
		"engineering-manager": "Engineering Manager", "director": "Director", "cto": "CTO",
	}))
	if err != nil {
		panic(err)
	}
	return g
}

func ExampleGraph_ShortestPath() {
	g := ladder()
	p, _ := g.ShortestPath("engineer", "cto")
	fmt.Println(p, "-", p.Moves(), "moves")

	// Least total years instead of fewest moves.
	p, _ = g.ShortestPath("engineer", "cto", career.WeightByYears())
	fmt.Println(p, "-", p.Cost(), "years")

	// No lateral moves.
	p, _ = g.ShortestPath("engineer", "cto", career.OnlyKinds(career.Advancement, career.Entry))
	fmt.Println(p)

	_, err := g.ShortestPath("engineer", "cto", career.MaxMoves(3))
	fmt.Println(err)
	// Output:
	// Engineer → Senior Engineer → Engineering Manager → Director → CTO - 4 moves
	// Engineer → Senior Engineer → Engineering Manager → Director → CTO - 13 years
	// Engineer → Senior Engineer → Staff Engineer → Director → CTO
	// no path from "engineer" to "cto"
}

func ExampleGraph_KShortestPaths() {
	g := ladder()
	paths, _ := g.KShortestPaths("engineer", "cto", 3, career.WeightByYears())
	for _, p := range paths {
		fmt.Println(p.Cost(), p)
	}
	// Output:
	// 13 Engineer → Senior Engineer → Engineering Manager → Director → CTO
	// 14 Engineer → Senior Engineer → Staff Engineer → Director → CTO
}

func ExampleGraph_Reachable() {
	g := ladder()
	for id, moves := range g.Reachable("senior-engineer", career.MaxMoves(2)) {
		fmt.Println(moves, g.Title(id))
	}
	// Output:
	// 0 Senior Engineer
	// 1 Engineering Manager
	// 1 Staff Engineer
	// 2 Director
}

func ExampleGraph_To() {
	g := ladder()
	for t := range g.To("director") {
		fmt.Println(g.Title(t.From), t.Kind)
	}
	// Output:
	// Engineering Manager advancement
	// Staff Engineer entry
}

func ExampleGraph_WriteMermaid() {
	g := ladder()
	p, _ := g.ShortestPath("senior-engineer", "director")
	_ = g.WriteMermaid(os.Stdout, career.Around("director", 1), career.Highlight(p))
	// Output:
	// flowchart LR
	//     n0["CTO"]
	//     n1["Director"]
	//     n2["Engineering Manager"]
	//     n3["Staff Engineer"]
	//     n1 ==>|advancement| n0
	//     n2 ==>|advancement| n1
	//     n3 -->|entry| n1
	//     classDef onpath stroke:#d00,stroke-width:3px
	//     class n1,n2 onpath
	//     linkStyle 1 stroke:#d00,stroke-width:3px
}

func ExampleGraph_WriteDOT() {
	g := ladder()
	_ = g.WriteDOT(os.Stdout, career.Around("cto", 1))
	// Output:
	// digraph career {
	// 	rankdir=LR;
	// 	node [shape=box, style=rounded, fontname="Helvetica"];
	// 	edge [fontname="Helvetica", fontsize=10];
	// 	"cto" [label="CTO"];
	// 	"director" [label="Director"];
	// 	"director" -> "cto" [label="advancement", style=bold];
	// }
}

func ExampleGraph_Next() {
	// Two roles list one move from their two sides: the architect's
	// lateral moves include the manager, whose entry points include the
	// architect. It is one move, of two kinds.
	g, _ := career.New([]career.Transition{
		{From: "architect", To: "manager", Kind: career.Lateral},
		{From: "architect", To: "manager", Kind: career.Entry},
		{From: "architect", To: "principal", Kind: career.Advancement},
		{From: "manager", To: "director", Kind: career.Advancement},
	})
	for id, kinds := range g.Next("architect") {
		fmt.Printf("%s (%s)\n", id, kinds)
	}
	paths, _ := g.KShortestPaths("architect", "director", 3)
	for _, p := range paths {
		fmt.Println(p)
	}
	// Output:
	// manager (entry, lateral)
	// principal (advancement)
	// architect → manager (entry, lateral) → director
}

func ExampleGraph_CheckWeights() {
	g := ladder()
	// A weight function that gives a negative cost by mistake.
	w := func(t career.Transition) float64 { return t.Years - 2 }
	fmt.Println(g.CheckWeights(w))
	// Output:
	// WeightBy: invalid query: the weight of "senior-engineer" -lateral-> "engineering-manager" is -1: expected a finite number >= 0
}

func ExampleWeightByYears() {
	g := ladder()
	p, _ := g.ShortestPath("engineer", "director", career.WeightByYears())
	fmt.Println(p.Cost(), p)

	// The same answer from a function, which is called with a Transition
	// for each move the search examines: slower on large graphs.
	byYears := career.WeightBy(func(t career.Transition) float64 { return t.Years })
	q, _ := g.ShortestPath("engineer", "director", byYears)
	fmt.Println(q.Cost(), q.Equal(p))
	// Output:
	// 8 Engineer → Senior Engineer → Engineering Manager → Director
	// 8 true
}

func ExampleWeightBy() {
	g := ladder()
	// Years, plus two for each move into management, which this person
	// would rather avoid.
	w := func(t career.Transition) float64 {
		if t.To == "engineering-manager" {
			return t.Years + 2
		}
		return t.Years
	}
	p, _ := g.ShortestPath("engineer", "director", career.WeightBy(w))
	fmt.Println(p.Cost(), p)
	// Output:
	// 9 Engineer → Senior Engineer → Staff Engineer → Director
}

func ExampleWeightByRole() {
	g := ladder()
	// How far one person is from each role (0 ready, 1 as far as can be),
	// as the root package's Catalog.ByGap works it out from skills.
	distance := map[role.ID]float64{
		"senior-engineer": 0.1, "staff-engineer": 0.6, "engineering-manager": 0.2,
		"director": 0.5, "cto": 0.9,
	}
	p, _ := g.ShortestPath("engineer", "director", career.WeightByRole(func(id role.ID) float64 { return distance[id] }))
	fmt.Println(p.Cost(), p)
	// Output:
	// 0.8 Engineer → Senior Engineer → Engineering Manager → Director
}

func ExampleWeightByIndex() {
	// O*NET ranks each occupation's related occupations from 1, the most
	// related; the sum of the ranks along a path prefers close moves.
	g, _ := career.New([]career.Transition{
		{From: "analyst", To: "architect", Kind: career.Lateral, Index: 1},
		{From: "architect", To: "cio", Kind: career.Advancement, Index: 2},
		{From: "analyst", To: "cio", Kind: career.Advancement, Index: 9},
	})
	p, _ := g.ShortestPath("analyst", "cio", career.WeightByIndex())
	fmt.Println(p.Cost(), p)
	// Output:
	// 3 analyst → architect → cio
}
