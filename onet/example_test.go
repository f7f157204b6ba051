package onet_test

import (
	"fmt"
	"testing/fstest"

	"github.com/rolemodel/rolemodel/onet"
)

// Load reads the files of an O*NET release; here three occupations of
// O*NET 20.3 and two rows of its Career Changers Matrix. A real program
// calls onet.LoadDir on the folder of a download.
func ExampleLoad() {
	release := fstest.MapFS{
		"Occupation Data.txt": {Data: []byte("O*NET-SOC Code\tTitle\tDescription\r\n" +
			"11-3021.00\tComputer and Information Systems Managers\tPlan, direct, or coordinate activities in such fields as electronic data processing.\r\n" +
			"15-1121.00\tComputer Systems Analysts\tAnalyze science, engineering, business, and other data processing problems.\r\n" +
			"15-1122.00\tInformation Security Analysts\tPlan, implement, upgrade, or monitor security measures.\r\n")},
		"Career Changers Matrix.txt": {Data: []byte("O*NET-SOC Code\tRelated O*NET-SOC Code\tIndex\r\n" +
			"15-1121.00\t15-1122.00\t7\r\n" +
			"15-1122.00\t11-3021.00\t4\r\n")},
	}
	c, err := onet.Load(release)
	if err != nil {
		fmt.Println(err)
		return
	}
	from, _ := c.Lookup("Computer Systems Analysts")
	to, _ := c.Lookup("Computer and Information Systems Managers")
	p, err := c.Graph().ShortestPath(from.ID, to.ID)
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println(p)
	for _, s := range p.Steps() {
		fmt.Printf("%s → %s: %s, index %g\n", s.From, s.To, s.Kind, s.Index)
	}
	src, _ := c.Source("onet")
	fmt.Println(src.License)
	// Output:
	// Computer Systems Analysts → Information Security Analysts → Computer and Information Systems Managers
	// 15-1121-00 → 15-1122-00: lateral, index 7
	// 15-1122-00 → 11-3021-00: advancement, index 4
	// CC BY 4.0 (https://creativecommons.org/licenses/by/4.0/)
}

// Role IDs are O*NET-SOC codes with the dot as a hyphen, so that they are
// slugs like every role ID.
func ExampleRoleID() {
	fmt.Println(onet.RoleID("11-3021.00"))
	code, _ := onet.Code("11-3021-00")
	fmt.Println(code)
	// Output:
	// 11-3021-00
	// 11-3021.00
}
