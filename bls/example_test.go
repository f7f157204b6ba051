package bls_test

import (
	"fmt"
	"log"
	"strings"

	"github.com/rolemodel/rolemodel"
	"github.com/rolemodel/rolemodel/bls"
	"github.com/rolemodel/rolemodel/role"
)

// The examples read the fixtures in testdata, rows cut from the BLS files
// (public domain; credit: U.S. Bureau of Labor Statistics).

func ExampleLoadWages() {
	w, err := bls.LoadWages("testdata/national_M2024_dl.csv")
	if err != nil {
		log.Fatal(err)
	}
	fmt.Println(w.Title, "-", w.Len(), "rows; # means at least", w.TopAnnual.Short(), "a year")
	for _, code := range []string{"11-3021", "29-1243", "27-2011"} {
		e, _ := w.Detailed(code)
		fmt.Printf("%s %s: annual median %s, p90 %s; hourly median %s\n", e.Code, e.Title, e.Annual.Median, e.Annual.P90, e.Hourly.Median)
	}
	// Output:
	// May 2024 OEWS Estimates - 9 rows; # means at least $239,200 a year
	// 11-3021 Computer and Information Systems Managers: annual median $171,200, p90 $239,200+; hourly median $82.31
	// 29-1243 Pediatric Surgeons: annual median $239,200+, p90 $239,200+; hourly median $115+
	// 27-2011 Actors: annual median *, p90 *; hourly median $23.33
}

func ExampleLoadProjections() {
	p, err := bls.LoadProjections("testdata/occupation_table_1.2.csv")
	if err != nil {
		log.Fatal(err)
	}
	r, _ := p.Find("11-3021")
	fmt.Printf("%s, %d-%d: %s to %s (%s), %s openings a year\n", r.Title, p.FromYear, p.ToYear, r.Employment, r.ProjectedEmployment, r.ChangePercent, r.Openings)
	fmt.Printf("entry: %s; experience: %s; training: %s\n", r.Education, r.Experience, r.Training)
	for r := range p.All() {
		if r.Depth <= 1 && r.Code < "15" {
			fmt.Printf("%*s%s %s\n", 2*r.Depth, "", r.Code, r.Title)
		}
	}
	// Output:
	// Computer and information systems managers, 2024-2034: 667.1 thousand to 768.7 thousand (15.2%), 55.6 thousand openings a year
	// entry: Bachelor's degree; experience: 5 years or more; training: None
	// 00-0000 Total, all occupations
	//   11-0000 Management occupations
	//   13-0000 Business and financial operations occupations
}

func ExampleAttach() {
	w, err := bls.LoadWages("testdata/national_M2024_dl.csv")
	if err != nil {
		log.Fatal(err)
	}
	p, err := bls.LoadProjections("testdata/occupation_table_1.2.csv")
	if err != nil {
		log.Fatal(err)
	}
	// A company's own catalog: roles carry O*NET-SOC codes.
	c, err := rolemodel.Build(rolemodel.Parts{
		Sources: []role.Source{{ID: "handbook", Title: "Engineering handbook"}},
		Roles: []role.Role{
			{ID: "head-of-it", Title: "Head of IT", Codes: role.Codes{ONetSOC: "11-3021.00"}, Sources: []string{"handbook"}},
			{ID: "buyer", Title: "Buyer", Codes: role.Codes{ONetSOC: "13-1023.00"}, Sources: []string{"handbook"}},
		},
	})
	if err != nil {
		log.Fatal(err)
	}
	c, err = bls.Attach(c, w, p)
	if err != nil {
		log.Fatal(err)
	}
	r, _ := c.Role("head-of-it")
	for _, s := range r.Salaries[:5] {
		fmt.Printf("%s %s%s\n", s.Statistic, s.Value, map[bool]string{true: "+"}[s.OpenEnded])
	}
	o := r.Outlook[0]
	fmt.Println(*o.GrowthPercent, o.OpeningsPerYear, o.TypicalEducation)
	fmt.Println(o.Text)
	src, _ := c.Source(o.Sources[0])
	fmt.Println(src.Publisher, "-", src.License)
	b, _ := c.Role("buyer")
	fmt.Println(b.Outlook[0].Scope)
	// Output:
	// p10 104450
	// p25 134350
	// median 171200
	// p75 216220
	// p90 239200+
	// 15.2 55600 Bachelor's degree
	// Employment 667.1 thousand in 2024, projected 768.7 thousand in 2034 (+15.2%; all occupations +3.1%). 55.6 thousand openings a year on average, 2024–2034.
	// U.S. Bureau of Labor Statistics - Public domain
	// SOC 13-1020 Buyers and purchasing agents, the most detailed figures BLS publishes for 13-1023
}

// BLS publishes O*NET's 21-1014.00 Mental Health Counselors only within
// 21-1018 (Substance Abuse, Behavioral Disorder, and Mental Health
// Counselors). ReportUnmatched says which roles got nothing and why;
// WithCodes, the program's own mapping, gives them the combined row.
func ExampleWithCodes() {
	const oews = "OCC_CODE,OCC_TITLE,O_GROUP,TOT_EMP,H_MEAN,A_MEAN,H_PCT10,H_PCT25,H_MEDIAN,H_PCT75,H_PCT90,A_PCT10,A_PCT25,A_MEDIAN,A_PCT75,A_PCT90,ANNUAL,HOURLY\n" +
		`21-1018,"Substance Abuse, Behavioral Disorder, and Mental Health Counselors",detailed,440380,31.3,65100,18.79,22.68,28.46,36.65,47.22,39090,47170,59190,76230,98210,,` + "\n"
	w, err := bls.ReadWages(strings.NewReader(oews), "national_M2024_dl.csv")
	if err != nil {
		log.Fatal(err)
	}
	c, err := rolemodel.Build(rolemodel.Parts{Roles: []role.Role{
		{ID: "counselor", Title: "Mental Health Counselor", Codes: role.Codes{ONetSOC: "21-1014.00"}},
	}})
	if err != nil {
		log.Fatal(err)
	}
	var un []bls.Unmatched
	if _, err := bls.Attach(c, w, nil, bls.ReportUnmatched(&un)); err != nil {
		log.Fatal(err)
	}
	fmt.Printf("%s %s: %s\n", un[0].Role, un[0].Code, un[0].Wages)

	a, err := bls.Attach(c, w, nil, bls.WithCodes(map[string]string{"21-1011": "21-1018", "21-1014": "21-1018"}))
	if err != nil {
		log.Fatal(err)
	}
	r, _ := a.Role("counselor")
	fmt.Println(r.Salaries[2].Statistic, r.Salaries[2].Value, "-", r.Salaries[2].Note)
	// Output:
	// counselor 21-1014.00: no BLS row for the code
	// median 59190 - OEWS A_MEDIAN for SOC 21-1018 Substance Abuse, Behavioral Disorder, and Mental Health Counselors, the figures a mapping of codes given to Attach (WithCodes) chose for 21-1014.00.
}
