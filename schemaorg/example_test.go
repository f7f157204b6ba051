package schemaorg_test

import (
	"fmt"
	"log"
	"os"

	"github.com/rolemodel/rolemodel"
	"github.com/rolemodel/rolemodel/role"
	"github.com/rolemodel/rolemodel/salary"
	"github.com/rolemodel/rolemodel/schemaorg"
	"github.com/rolemodel/rolemodel/skill"
)

func ExampleMarshal() {
	src := []string{"handbook"}
	c, err := rolemodel.Build(rolemodel.Parts{
		Sources:        []role.Source{{ID: "handbook", Title: "Our Career Handbook"}},
		Skills:         []skill.Skill{{ID: "sql", Name: "SQL"}},
		Certifications: []skill.Certification{{ID: "dp-203", Name: "Azure Data Engineer Associate", Acronym: "DP-203", Issuer: "Microsoft"}},
		Roles: []role.Role{{
			ID:      "data-engineer",
			Title:   "Data Engineer",
			Aliases: []string{"Big Data Engineer"},
			Skills:  []skill.Requirement{{Skill: "sql", Essential: true, Sources: src}},
			Certifications: []role.CertificationRef{
				{Certification: "dp-203", Sources: src},
			},
			Education:  []role.Education{{Minimum: role.Bachelor, Fields: []string{"Computer Science"}, Sources: src}},
			Experience: []role.Experience{{Years: role.MustParseYears("3-5"), Text: "3-5 years building pipelines.", Sources: src}},
			Salaries: []role.Salary{{
				Statistic: salary.Median,
				Currency:  salary.MustParseCurrency("USD"),
				Value:     salary.MustParseAmount("61.25"),
				Period:    salary.Hourly,
				Region:    "United States",
				Text:      "$61.25 an hour",
				Sources:   src,
			}},
			Codes: role.Codes{ONetSOC: "15-1243.01"},
		}},
	})
	if err != nil {
		log.Fatal(err)
	}
	b, err := schemaorg.Marshal(c, "data-engineer")
	if err != nil {
		log.Fatal(err)
	}
	fmt.Print(string(b))
	// Output:
	// {
	//   "@context": "https://schema.org",
	//   "@type": "Occupation",
	//   "name": "Data Engineer",
	//   "alternateName": [
	//     "Big Data Engineer"
	//   ],
	//   "occupationalCategory": [
	//     {
	//       "@type": "CategoryCode",
	//       "codeValue": "15-1243.01",
	//       "url": "https://www.onetonline.org/link/summary/15-1243.01",
	//       "inCodeSet": {
	//         "@type": "CategoryCodeSet",
	//         "name": "O*NET-SOC",
	//         "url": "https://www.onetcenter.org/taxonomy.html"
	//       }
	//     }
	//   ],
	//   "estimatedSalary": [
	//     {
	//       "@type": "MonetaryAmountDistribution",
	//       "name": "Median pay (United States)",
	//       "description": "$61.25 an hour (source: Our Career Handbook)",
	//       "currency": "USD",
	//       "duration": "PT1H",
	//       "median": 61.25
	//     }
	//   ],
	//   "skills": [
	//     {
	//       "@type": "DefinedTerm",
	//       "name": "SQL",
	//       "https://github.com/rolemodel/rolemodel/schemaorg#essential": true
	//     }
	//   ],
	//   "qualifications": [
	//     {
	//       "@type": "EducationalOccupationalCredential",
	//       "name": "Azure Data Engineer Associate",
	//       "alternateName": "DP-203",
	//       "credentialCategory": "professional certificate",
	//       "recognizedBy": {
	//         "@type": "Organization",
	//         "name": "Microsoft"
	//       }
	//     }
	//   ],
	//   "educationRequirements": [
	//     {
	//       "@type": "EducationalOccupationalCredential",
	//       "credentialCategory": "bachelor degree",
	//       "educationalLevel": "bachelor",
	//       "about": [
	//         {
	//           "@type": "DefinedTerm",
	//           "name": "Computer Science"
	//         }
	//       ]
	//     }
	//   ],
	//   "experienceRequirements": [
	//     {
	//       "@type": "OccupationalExperienceRequirements",
	//       "description": "3-5 years building pipelines.",
	//       "monthsOfExperience": 36
	//     }
	//   ]
	// }
}

func ExampleNewOccupation() {
	o, err := schemaorg.NewOccupation(rolemodel.Default(), "technology-director")
	if err != nil {
		log.Fatal(err)
	}
	fmt.Println(o.Name)
	for _, s := range o.EstimatedSalary {
		fmt.Printf("%-26s %s\n", s.Type, s.Name)
	}
	// Output:
	// Technology Director
	// MonetaryAmount             Average pay (United States)
	// MonetaryAmount             Pay range, open-ended
	// MonetaryAmountDistribution Median pay (United States)
	// MonetaryAmount             Pay range, open-ended
}

func ExampleWriteJSONLD() {
	c, err := rolemodel.Build(rolemodel.Parts{Roles: []role.Role{
		{ID: "it-director", Title: "IT Director", Codes: role.Codes{ISCO08: "1330"}},
	}})
	if err != nil {
		log.Fatal(err)
	}
	if err := schemaorg.WriteJSONLD(os.Stdout, c, "it-director"); err != nil {
		log.Fatal(err)
	}
	// Output:
	// {
	//   "@context": "https://schema.org",
	//   "@type": "Occupation",
	//   "name": "IT Director",
	//   "occupationalCategory": [
	//     {
	//       "@type": "CategoryCode",
	//       "codeValue": "1330",
	//       "inCodeSet": {
	//         "@type": "CategoryCodeSet",
	//         "name": "ISCO-08",
	//         "url": "https://www.ilo.org/public/english/bureau/stat/isco/isco08/"
	//       }
	//     }
	//   ]
	// }
}

func ExampleMarshalJobPosting() {
	c, err := rolemodel.Build(rolemodel.Parts{
		Skills: []skill.Skill{{ID: "go", Name: "Go"}},
		Grades: []role.Grade{{ID: "l4", Title: "L4", Rank: 4, Pay: []role.PayBand{{
			Region:   "London",
			Currency: salary.MustParseCurrency("GBP"),
			Period:   salary.Annual,
			Min:      salary.MustParseAmount("55000"),
			Mid:      salary.MustParseAmount("65000"),
			Max:      salary.MustParseAmount("75000"),
		}}}},
		Roles: []role.Role{{
			ID:               "backend-engineer",
			Title:            "Backend Engineer",
			Grade:            "l4",
			Descriptions:     []role.Statement{{Text: "Builds the services behind our apps."}},
			Responsibilities: []role.Responsibility{{Text: "Run what you build.", Priority: role.Primary}},
			Skills:           []skill.Requirement{{Skill: "go", Level: skill.Practitioner, Essential: true}},
		}},
	})
	if err != nil {
		log.Fatal(err)
	}
	b, err := schemaorg.MarshalJobPosting(c, "backend-engineer")
	if err != nil {
		log.Fatal(err)
	}
	fmt.Print(string(b))
	// Output:
	// {
	//   "@context": "https://schema.org",
	//   "@type": "JobPosting",
	//   "title": "Backend Engineer",
	//   "description": "Builds the services behind our apps.",
	//   "responsibilities": [
	//     "Run what you build."
	//   ],
	//   "skills": [
	//     {
	//       "@type": "DefinedTerm",
	//       "name": "Go",
	//       "https://github.com/rolemodel/rolemodel/schemaorg#proficiencyLevel": "practitioner",
	//       "https://github.com/rolemodel/rolemodel/schemaorg#essential": true
	//     }
	//   ],
	//   "baseSalary": [
	//     {
	//       "@type": "MonetaryAmount",
	//       "name": "Pay band of grade L4 (London)",
	//       "description": "£55,000 - £75,000, midpoint £65,000 annual",
	//       "currency": "GBP",
	//       "value": {
	//         "@type": "QuantitativeValue",
	//         "minValue": 55000,
	//         "maxValue": 75000,
	//         "unitCode": "ANN",
	//         "unitText": "YEAR"
	//       }
	//     }
	//   ]
	// }
}
