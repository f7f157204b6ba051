package export_test

import (
	"bytes"
	"fmt"
	"log"
	"os"
	"path/filepath"

	"github.com/rolemodel/rolemodel"
	"github.com/rolemodel/rolemodel/export"
	"github.com/rolemodel/rolemodel/role"
	"github.com/rolemodel/rolemodel/skill"
)

// small is a three-role catalog: a ladder of two rungs and a lateral move.
func small() *rolemodel.Catalog {
	src := []string{"handbook"}
	c, err := rolemodel.Build(rolemodel.Parts{
		Sources: []role.Source{{ID: "handbook", Title: "Our Career Handbook", License: "CC BY 4.0"}},
		Skills:  []skill.Skill{{ID: "go", Name: "Go", Kind: skill.Hard}, {ID: "mentoring", Name: "Mentoring", Kind: skill.Soft}},
		Roles: []role.Role{
			{ID: "engineer", Title: "Engineer", Level: role.IndividualContributor,
				Skills:        []skill.Requirement{{Skill: "go", Level: skill.Working, Essential: true, Sources: src}},
				AdvancementTo: []role.Ref{{Role: "senior-engineer", Years: 3, Sources: src}}},
			{ID: "senior-engineer", Title: "Senior Engineer", Aliases: []string{"Engineer II"}, Level: role.Lead,
				Codes: role.Codes{ONetSOC: "15-1252.00"},
				Skills: []skill.Requirement{
					{Skill: "go", Level: skill.Advanced, Essential: true, Sources: src},
					{Skill: "mentoring", Sources: src},
				},
				LateralMoves: []role.Ref{{Role: "engineering-manager", Sources: src}}},
			{ID: "engineering-manager", Title: "Engineering Manager", Level: role.Manager, Track: role.ManagementTrack},
		},
	})
	if err != nil {
		log.Fatal(err)
	}
	return c
}

func ExampleWriteGraphML() {
	if err := export.WriteGraphML(os.Stdout, small()); err != nil {
		log.Fatal(err)
	}
	// Output:
	// <?xml version="1.0" encoding="UTF-8"?>
	// <graphml xmlns="http://graphml.graphdrawing.org/xmlns" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd">
	//   <key id="title" for="node" attr.name="title" attr.type="string"/>
	//   <key id="level" for="node" attr.name="level" attr.type="string"/>
	//   <key id="track" for="node" attr.name="track" attr.type="string"/>
	//   <key id="family" for="node" attr.name="family" attr.type="string"/>
	//   <key id="ladder" for="node" attr.name="ladder" attr.type="string"/>
	//   <key id="rank" for="node" attr.name="rank" attr.type="int"/>
	//   <key id="grade" for="node" attr.name="grade" attr.type="string"/>
	//   <key id="onet_soc" for="node" attr.name="onet_soc" attr.type="string"/>
	//   <key id="isco_08" for="node" attr.name="isco_08" attr.type="string"/>
	//   <key id="esco" for="node" attr.name="esco" attr.type="string"/>
	//   <key id="kind" for="edge" attr.name="kind" attr.type="string"/>
	//   <key id="years" for="edge" attr.name="years" attr.type="double"/>
	//   <key id="index" for="edge" attr.name="index" attr.type="double"/>
	//   <key id="sources" for="edge" attr.name="sources" attr.type="string"/>
	//   <graph id="career" edgedefault="directed">
	//     <desc>Career graph exported by rolemodel: 3 roles, 2 moves. Sources: Our Career Handbook (CC BY 4.0).</desc>
	//     <node id="engineer">
	//       <data key="title">Engineer</data>
	//       <data key="level">individual-contributor</data>
	//     </node>
	//     <node id="engineering-manager">
	//       <data key="title">Engineering Manager</data>
	//       <data key="level">manager</data>
	//       <data key="track">management</data>
	//     </node>
	//     <node id="senior-engineer">
	//       <data key="title">Senior Engineer</data>
	//       <data key="level">lead</data>
	//       <data key="onet_soc">15-1252.00</data>
	//     </node>
	//     <edge id="e0" source="engineer" target="senior-engineer">
	//       <data key="kind">advancement</data>
	//       <data key="years">3</data>
	//       <data key="sources">handbook</data>
	//     </edge>
	//     <edge id="e1" source="senior-engineer" target="engineering-manager">
	//       <data key="kind">lateral</data>
	//       <data key="sources">handbook</data>
	//     </edge>
	//   </graph>
	// </graphml>
}

func ExampleWriteRolesCSV() {
	if err := export.WriteRolesCSV(os.Stdout, small()); err != nil {
		log.Fatal(err)
	}
	// Output:
	// id:ID(Role),:LABEL,title,aliases:string[],level,track,family,ladder,rank:int,grade,onet_soc,isco_08,esco
	// engineer,Role,Engineer,,individual-contributor,,,,,,,,
	// engineering-manager,Role,Engineering Manager,,manager,management,,,,,,,
	// senior-engineer,Role,Senior Engineer,Engineer II,lead,,,,,,15-1252.00,,
}

func ExampleWriteSkillsCSV() {
	if err := export.WriteSkillsCSV(os.Stdout, small()); err != nil {
		log.Fatal(err)
	}
	// Output:
	// id:ID(Skill),:LABEL,name,kind,category
	// go,Skill,Go,hard,
	// mentoring,Skill,Mentoring,soft,
}

func ExampleWriteMovesCSV() {
	if err := export.WriteMovesCSV(os.Stdout, small()); err != nil {
		log.Fatal(err)
	}
	// Output:
	// :START_ID(Role),:END_ID(Role),:TYPE,from_title,to_title,years:float,index:float,sources:string[]
	// engineer,senior-engineer,ADVANCEMENT,Engineer,Senior Engineer,3,,handbook
	// senior-engineer,engineering-manager,LATERAL,Senior Engineer,Engineering Manager,,,handbook
}

func ExampleWriteRequirementsCSV() {
	if err := export.WriteRequirementsCSV(os.Stdout, small()); err != nil {
		log.Fatal(err)
	}
	// Output:
	// :START_ID(Role),:END_ID(Skill),:TYPE,role_title,skill_name,level,level_rank:int,label,essential:boolean
	// engineer,go,REQUIRES,Engineer,Go,working,2,,true
	// senior-engineer,go,REQUIRES,Senior Engineer,Go,advanced,4,,true
	// senior-engineer,mentoring,REQUIRES,Senior Engineer,Mentoring,,,,false
}

func ExampleWriteCSVFiles() {
	dir, err := os.MkdirTemp("", "rolemodel-csv")
	if err != nil {
		log.Fatal(err)
	}
	defer os.RemoveAll(dir)
	if err := export.WriteCSVFiles(dir, small()); err != nil {
		log.Fatal(err)
	}
	for _, name := range []string{export.RolesFile, export.SkillsFile, export.MovesFile, export.RequirementsFile} {
		b, err := os.ReadFile(filepath.Join(dir, name))
		if err != nil {
			log.Fatal(err)
		}
		fmt.Printf("%-16s %d rows after the header\n", name, bytes.Count(b, []byte("\n"))-1)
	}
	// Output:
	// roles.csv        3 rows after the header
	// skills.csv       2 rows after the header
	// moves.csv        2 rows after the header
	// requirements.csv 3 rows after the header
}

func ExampleWriteMarkdown() {
	if err := export.WriteMarkdown(os.Stdout, small(), "senior-engineer"); err != nil {
		log.Fatal(err)
	}
	// Output:
	// # Senior Engineer
	//
	// Also known as: Engineer II.
	//
	// | | |
	// |---|---|
	// | Level | lead |
	// | O\*NET-SOC | 15-1252.00 |
	//
	// ## Skills
	//
	// ### Essential
	//
	// - **Go** (advanced) [1]
	//
	// ### Optional
	//
	// - **Mentoring** [1]
	//
	// ## Where the role leads
	//
	// - **Lateral moves:** Engineering Manager
	// - **Entry points from:** Engineer
	//
	// ## Sources
	//
	// 1. *Our Career Handbook*. Licence: CC BY 4.0
}

func ExampleWriteYAML() {
	c, err := rolemodel.Build(rolemodel.Parts{Roles: []role.Role{
		{ID: "cto", Title: "Chief Technology Officer", Aliases: []string{"CTO"}, Level: role.Executive, Codes: role.Codes{ISCO08: "1330"}},
	}})
	if err != nil {
		log.Fatal(err)
	}
	if err := export.WriteYAML(os.Stdout, c); err != nil {
		log.Fatal(err)
	}
	// Output:
	// roles:
	//   - id: cto
	//     title: Chief Technology Officer
	//     aliases:
	//       - CTO
	//     level: executive
	//     codes:
	//       isco_08: "1330"
}

func ExampleSubset() {
	c := small()
	part, err := export.Subset(c, []role.ID{"engineer"}, 1)
	if err != nil {
		log.Fatal(err)
	}
	for r := range part.Roles() {
		fmt.Println(r.Title)
	}
	for t := range part.Transitions() {
		fmt.Println(t)
	}
	// Output:
	// Engineer
	// Senior Engineer
	// engineer -advancement-> senior-engineer
}
