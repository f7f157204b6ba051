package esco_test

import (
	"archive/zip"
	"fmt"
	"io"
	"log"
	"os"
	"path/filepath"

	"github.com/rolemodel/rolemodel"
	"github.com/rolemodel/rolemodel/esco"
	"github.com/rolemodel/rolemodel/role"
	"github.com/rolemodel/rolemodel/salary"
	"github.com/rolemodel/rolemodel/skill"
)

// Load a download with ESCO's own flaws: the catalog is whole, and the
// flaws are reported, each once, where a person can check them.
func ExampleCollectWarnings() {
	var w esco.Warnings
	c, err := esco.Load(os.DirFS("testdata/v1.1.1"), esco.CollectWarnings(&w))
	if err != nil {
		log.Fatal(err)
	}
	fmt.Println(c.NumRoles(), "occupations")
	for _, p := range w.Problems {
		fmt.Println(p)
	}
	// Output:
	// 12 occupations
	// occupationSkillRelations.csv:297:1: occupationUri: 2 relations name occupation "http://data.europa.eu/esco/occupation/a9e54177-a185-404d-b6e6-15663d31137e", which occupations_en.csv does not list, on lines 297 and 298: they are left out
	// skills_en.csv:376:96: skillType: the skill has no type (expected knowledge or skill/competence): it is loaded without a kind, and with its reuse level alone as its category
}

// What a skill may use of other skills (the kitchen fixture's relations
// between skills are all optional).
func ExampleReadSkillRelations() {
	fsys := os.DirFS("testdata/v1.1.1")
	c, err := esco.Load(fsys)
	if err != nil {
		log.Fatal(err)
	}
	r, err := esco.ReadSkillRelations(fsys)
	if err != nil {
		log.Fatal(err)
	}
	fmt.Println(r.Len(), "relations")
	// Which skills may use the knowledge "nutrition"?
	var nutrition skill.ID
	for s := range c.Skills() {
		if s.Name == "nutrition" {
			nutrition = s.ID
		}
	}
	for _, x := range r.To(nutrition) {
		a, _ := c.Skill(x.Skill)
		fmt.Printf("%s may use nutrition (essential: %v)\n", a.Name, x.Essential)
	}
	// Output:
	// 9 relations
	// assess nutritional characteristics of food may use nutrition (essential: false)
	// identify nutritional properties of food may use nutrition (essential: false)
}

// Nesta's crosswalk links the top level of ESCO's occupations to O*NET;
// the occupations below take their parent's link.
func ExampleCrosswalk_Inherit() {
	fsys := os.DirFS("testdata/v1.1.1")
	h, err := esco.ReadHierarchy(fsys)
	if err != nil {
		log.Fatal(err)
	}
	x, err := esco.LoadCrosswalk("testdata/nesta/esco_onet_crosswalk_Nov2020.csv")
	if err != nil {
		log.Fatal(err)
	}
	c, err := esco.Load(fsys)
	if err != nil {
		log.Fatal(err)
	}
	for l := range x.Inherit(h).All() {
		r, _ := c.Role(esco.RoleID(l.ESCO))
		how := "listed"
		if l.From != "" {
			from, _ := c.Role(esco.RoleID(l.From))
			how = "from " + from.Title
		}
		fmt.Printf("%-17s %s %s (%s)\n", r.Title, l.ONetSOC, l.Title, how)
	}
	// Output:
	// chef              35-1011.00 chefs and head cooks (listed)
	// cook              35-2012.00 cooks, institution and cafeteria (listed)
	// pizzaiolo         35-2011.00 cooks, fast food (listed)
	// kitchen assistant 35-2021.00 food preparation workers (listed)
	// kitchen porter    35-9021.00 dishwashers (listed)
	// head chef         35-1011.00 chefs and head cooks (from chef)
	// pastry chef       35-1011.00 chefs and head cooks (from chef)
	// diet cook         35-2012.00 cooks, institution and cafeteria (from cook)
	// private chef      35-1011.00 chefs and head cooks (from chef)
	// head pastry chef  35-1011.00 chefs and head cooks (from chef)
	// fish cook         35-2012.00 cooks, institution and cafeteria (from cook)
	// grill cook        35-2012.00 cooks, institution and cafeteria (from cook)
}

// Join an ESCO catalog to an O*NET one through the crosswalk: each
// occupation gains its O*NET-SOC code and the O*NET occupation's facts, each
// citing its own source. (The O*NET catalog here is built in code, as
// package onet would load it, to keep the example to one package.)
func ExampleJoin() {
	fsys := os.DirFS("testdata/v1.1.1")
	c, err := esco.Load(fsys)
	if err != nil {
		log.Fatal(err)
	}
	h, err := esco.ReadHierarchy(fsys)
	if err != nil {
		log.Fatal(err)
	}
	x, err := esco.LoadCrosswalk("testdata/nesta/esco_onet_crosswalk_Nov2020.csv")
	if err != nil {
		log.Fatal(err)
	}
	onet := chefsAndHeadCooks()
	var w esco.Warnings
	j, err := esco.Join(c, onet, x.Inherit(h), esco.CollectWarnings(&w))
	if err != nil {
		log.Fatal(err)
	}
	r, _ := j.Lookup("head pastry chef")
	fmt.Println(r.Codes.ONetSOC, r.Codes.Note)
	for _, e := range r.Experience {
		fmt.Printf("job zone %d, from %v\n", e.JobZone, e.Sources)
	}
	pay, _ := esco.AnnualMedian(r)
	fmt.Println("median pay", pay, "from", r.Salaries[0].Sources)
	fmt.Println(w.Len(), "codes the O*NET catalog lacks")
	// Output:
	// 35-1011.00 O*NET-SOC 35-1011.00 (chefs and head cooks) from ESCO to O*NET crosswalk (Mapping Career Causeways), inherited from the broader occupation "chef" (confidence 2, similarity 0.80).
	// job zone 3, from [onet-29-3]
	// median pay USD 60,990.00 from [bls-oews-2024]
	// 4 codes the O*NET catalog lacks
}

// chefsAndHeadCooks is one O*NET occupation, as packages onet and bls
// would give it.
func chefsAndHeadCooks() *rolemodel.Catalog {
	c, err := rolemodel.Build(rolemodel.Parts{
		Sources: []role.Source{{ID: "onet-29-3", Title: "O*NET 29.3 Database"}, {ID: "bls-oews-2024", Title: "OEWS May 2024"}},
		Skills:  []skill.Skill{{ID: "monitoring", Name: "Monitoring", Sources: []string{"onet-29-3"}}},
		Roles: []role.Role{{
			ID: "35-1011-00", Title: "Chefs and Head Cooks", Codes: role.Codes{ONetSOC: "35-1011.00"},
			Skills:     []skill.Requirement{{Skill: "monitoring", Level: skill.Practitioner, Essential: true, Sources: []string{"onet-29-3"}}},
			Experience: []role.Experience{{Text: "Job Zone Three: Medium Preparation Needed.", JobZone: 3, Sources: []string{"onet-29-3"}}},
			Salaries: []role.Salary{{Statistic: salary.Median, Currency: salary.MustParseCurrency("USD"), Value: salary.MustParseAmount("60990"),
				Period: salary.Annual, Region: "United States", Year: 2024, Sources: []string{"bls-oews-2024"}}},
			Sources: []string{"onet-29-3", "bls-oews-2024"},
		}},
	})
	if err != nil {
		log.Fatal(err)
	}
	return c
}

// Judge a chef's moves by Nesta's rules, with pay and job zones from the
// O*NET and BLS figures Join copied, and pay found another way where Join
// copied none. A move whose pay is not known is not called desirable:
// its desirability is "not known".
func ExampleAssess() {
	fsys := os.DirFS("testdata/v1.1.1")
	c, _ := esco.Load(fsys)
	h, _ := esco.ReadHierarchy(fsys)
	x, _ := esco.LoadCrosswalk("testdata/nesta/esco_onet_crosswalk_Nov2020.csv")
	j, err := esco.Join(c, chefsAndHeadCooks(), x.Inherit(h))
	if err != nil {
		log.Fatal(err)
	}
	chef, _ := j.Lookup("chef")
	as, err := esco.Assess(j, chef.ID, esco.PayBy(func(r role.Role) (salary.Money, bool) {
		// The example's O*NET catalog has the chefs only: for ESCO's
		// cook, the median BLS publishes for 35-2012 Cooks, Institution
		// and Cafeteria. The other cooks' pay is not known here.
		if r.Title == "cook" {
			return salary.FromMinorUnits(3_645_000, salary.MustParseCurrency("USD")), true
		}
		return esco.AnnualMedian(r)
	}))
	if err != nil {
		log.Fatal(err)
	}
	for _, a := range as[:4] {
		to, _ := j.Role(a.Move.To)
		fmt.Printf("%.3f %-12s viable %-5v highly %-5v desirable %-9v earnings ×%.2f\n", a.Similarity, to.Title, a.Viable, a.HighlyViable, a.Desirability(), a.EarningsRatio)
	}
	// Output:
	// 0.566 pastry chef  viable true  highly true  desirable yes       earnings ×1.00
	// 0.452 cook         viable true  highly true  desirable no        earnings ×0.60
	// 0.439 grill cook   viable true  highly true  desirable not known earnings ×0.00
	// 0.424 diet cook    viable true  highly true  desirable not known earnings ×0.00
}

// Read ESCO's two zip downloads as published, without extracting them.
func ExampleLoadZips() {
	dir, err := os.MkdirTemp("", "esco")
	if err != nil {
		log.Fatal(err)
	}
	defer os.RemoveAll(dir)
	// Zip the fixture as the Commission publishes v1.1.1: the English
	// classification in a folder, the relations at the top.
	classification := filepath.Join(dir, "ESCO dataset - v1.1.1 - classification - en - csv.zip")
	relations := filepath.Join(dir, "ESCO dataset - v1.1.1 - relations.zip")
	zipFiles(classification, "ESCO dataset - v1.1.1 - classification - en - csv/", esco.OccupationsFile, esco.SkillsFile)
	zipFiles(relations, "", esco.RelationsFileV1)

	c, err := esco.LoadZips([]string{classification, relations})
	if err != nil {
		log.Fatal(err)
	}
	src, _ := c.Source(esco.SourceID)
	r, _ := c.Lookup("KP")
	fmt.Println(c.NumRoles(), "occupations;", src.Note)
	fmt.Println(r.Title, len(r.Skills), "skills")
	// Output:
	// 12 occupations; ESCO classification, European Commission. Version 1.1.1.
	// kitchen porter 16 skills
}

func zipFiles(path, dir string, names ...string) {
	f, err := os.Create(path)
	if err != nil {
		log.Fatal(err)
	}
	w := zip.NewWriter(f)
	for _, name := range names {
		in, err := os.Open(filepath.Join("testdata/v1.1.1", name))
		if err != nil {
			log.Fatal(err)
		}
		out, err := w.Create(dir + name)
		if err == nil {
			_, err = io.Copy(out, in)
		}
		in.Close()
		if err != nil {
			log.Fatal(err)
		}
	}
	if err := w.Close(); err != nil {
		log.Fatal(err)
	}
	if err := f.Close(); err != nil {
		log.Fatal(err)
	}
}
