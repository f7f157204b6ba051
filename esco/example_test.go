package esco_test

import (
	"fmt"
	"log"
	"os"

	"github.com/rolemodel/rolemodel/esco"
)

// Load a download, look up an occupation by name and list its transitions:
// the occupations with the most similar skill sets, most similar first.
func Example() {
	c, err := esco.Load(os.DirFS("testdata/v1.1"), esco.Threshold(0.2))
	if err != nil {
		log.Fatal(err)
	}
	r, ok := c.Lookup("ICT help desk manager")
	if !ok {
		log.Fatal("not found")
	}
	fmt.Println(r.ID, r.Codes.ISCO08, len(r.Skills), "skills")
	for _, m := range r.Transitions {
		to, _ := c.Role(m.To)
		fmt.Printf("%-11s %.3f %s (ISCO %s)\n", m.Kind, m.Index, to.Title, to.Codes.ISCO08)
	}
	// Output:
	// esco-1242d99a-47f1-4a62-b884-33746db8a6ca 3512 9 skills
	// lateral     0.529 ICT help desk agent (ISCO 3512)
	// advancement 0.400 ICT operations manager (ISCO 1330)
	// advancement 0.222 ICT project manager (ISCO 1330)
}

// Read the occupation hierarchy and walk up from an occupation to its ISCO
// major group.
func ExampleReadHierarchy() {
	h, err := esco.ReadHierarchy(os.DirFS("testdata/v1.0"))
	if err != nil {
		log.Fatal(err)
	}
	for uri := range h.Ancestors("http://data.europa.eu/esco/occupation/f0ca39a8-1e30-487c-95f9-ef2d5e734adc") {
		g, _ := h.GroupByURI(uri)
		fmt.Println(g.Code, g.Label)
	}
	// Output:
	// 1330 Information and communications technology service managers
	// 133 Information and communications technology service managers
	// 13 Production and specialised services managers
	// 1 Managers
}

// Compare two occupations' skills directly.
func ExampleSimilarity() {
	c, err := esco.Load(os.DirFS("testdata/v1.0"))
	if err != nil {
		log.Fatal(err)
	}
	a, _ := c.Lookup("ICT help desk agent")
	b, _ := c.Lookup("ICT help desk manager")
	fmt.Printf("%.4f\n", esco.Similarity(a.Skills, b.Skills))
	// Output:
	// 0.5294
}

func ExampleRoleID() {
	fmt.Println(esco.RoleID("http://data.europa.eu/esco/occupation/f0ca39a8-1e30-487c-95f9-ef2d5e734adc"))
	fmt.Println(esco.SkillID("http://data.europa.eu/esco/skill/598de5b0-5b58-4ea7-8058-a4bc4d18c742"))
	// Output:
	// esco-f0ca39a8-1e30-487c-95f9-ef2d5e734adc
	// esco-598de5b0-5b58-4ea7-8058-a4bc4d18c742
}

// List the occupations most similar to each other across a catalog.
func ExampleSimilarities() {
	c, err := esco.Load(os.DirFS("testdata/v1.0"), esco.MaxTransitions(0))
	if err != nil {
		log.Fatal(err)
	}
	for id, ns := range esco.Similarities(c.Roles(), 0.5) {
		r, _ := c.Role(id)
		for _, n := range ns {
			to, _ := c.Role(n.Role)
			fmt.Printf("%s -> %s %.3f\n", r.Title, to.Title, n.Similarity)
		}
	}
	// Output:
	// ICT help desk manager -> ICT help desk agent 0.529
	// chief ICT security officer -> ICT security manager 0.500
	// ICT security manager -> ICT security technician 0.545
	// ICT security manager -> chief ICT security officer 0.500
	// ICT security technician -> ICT security manager 0.545
	// ICT help desk agent -> ICT help desk manager 0.529
}
