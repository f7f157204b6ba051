package onet_test

import (
	"fmt"
	"testing/fstest"

	"github.com/rolemodel/rolemodel/onet"
	"github.com/rolemodel/rolemodel/role"
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

// A release's Technology Skills, Task Statements and Interests give each
// role the products it uses, its duties and its interest profile; here
// values of O*NET 29.3 for two occupations (the Interests rows without
// their Scale Name). RolesUsing answers which roles use a product, and
// role.RankByInterests which roles suit a person.
func ExampleLoad_technologiesTasksInterests() {
	const tech = "O*NET-SOC Code\tTitle\tExample\tCommodity Code\tCommodity Title\tHot Technology\tIn Demand\n"
	const interests = "O*NET-SOC Code\tTitle\tElement ID\tElement Name\tScale ID\tScale Name\tData Value\tDate\tDomain Source\n"
	row := func(code, title, id, name, scale, v string) string {
		return code + "\t" + title + "\t" + id + "\t" + name + "\t" + scale + "\tx\t" + v + "\t11/2023\tMachine Learning\n"
	}
	scores := func(code, title string, v ...string) string {
		var s string
		for i, n := range []string{"Realistic", "Investigative", "Artistic", "Social", "Enterprising", "Conventional"} {
			s += row(code, title, "1.B.1."+string(rune('a'+i)), n, "OI", v[i])
		}
		for i, n := range []string{"First", "Second", "Third"} {
			s += row(code, title, "1.B.1."+string(rune('g'+i)), n+" Interest High-Point", "IH", v[6+i])
		}
		return s
	}
	release := fstest.MapFS{
		"Occupation Data.txt": {Data: []byte("O*NET-SOC Code\tTitle\tDescription\n" +
			"15-1252.00\tSoftware Developers\tResearch, design, and develop computer and network software or specialized utility programs.\n" +
			"15-1254.00\tWeb Developers\tDevelop and implement websites, web applications, application databases, and interactive web interfaces.\n")},
		"Technology Skills.txt": {Data: []byte(tech +
			"15-1252.00\tSoftware Developers\tGit\t43232203\tFile versioning software\tY\tY\n" +
			"15-1252.00\tSoftware Developers\tKubernetes\t43232701\tApplication server software\tY\tY\n" +
			"15-1254.00\tWeb Developers\tMicrosoft Excel\t43232110\tSpreadsheet software\tY\tN\n")},
		"Task Statements.txt": {Data: []byte("O*NET-SOC Code\tTitle\tTask ID\tTask\tTask Type\tIncumbents Responding\tDate\tDomain Source\n" +
			"15-1254.00\tWeb Developers\t14707\tWrite supporting code for Web applications or Web sites.\tCore\t24\t07/2017\tOccupational Expert\n" +
			"15-1252.00\tSoftware Developers\t21661\tAnalyze information to determine, recommend, and plan installation of a new system or modification of an existing system.\t\t\t11/2020\tAnalyst\n")},
		"Interests.txt": {Data: []byte(interests +
			scores("15-1252.00", "Software Developers", "3.93", "5.86", "2.26", "1.88", "1.87", "5.46", "2", "6", "1") +
			scores("15-1254.00", "Web Developers", "2.95", "5.06", "3.07", "2.24", "2.89", "5.09", "6", "2", "0"))},
	}
	c, err := onet.Load(release)
	if err != nil {
		fmt.Println(err)
		return
	}
	for r := range c.RolesUsing("kubernetes") {
		fmt.Println("uses Kubernetes:", r.Title)
	}
	for _, code := range []string{"15-1254.00", "15-1252.00"} {
		r, _ := c.Role(onet.RoleID(code))
		x := r.Responsibilities[0]
		fmt.Printf("%s task %s, %q: %.30s…\n", r.Title, x.ID, x.Priority, x.Text)
	}
	// A person whose inventory scores are highest for Conventional work.
	person := role.Interests{Realistic: 10, Investigative: 20, Artistic: 12, Social: 9, Enterprising: 11, Conventional: 24}
	for _, m := range role.RankByInterests(person, c.Roles(), 2) {
		fmt.Printf("%s (%s): r = %.2f\n", m.Title, m.HighPoint, m.Correlation)
	}
	// Output:
	// uses Kubernetes: Software Developers
	// Web Developers task 14707, "primary": Write supporting code for Web …
	// Software Developers task 21661, "": Analyze information to determi…
	// Web Developers (CI): r = 0.97
	// Software Developers (ICR): r = 0.85
}
