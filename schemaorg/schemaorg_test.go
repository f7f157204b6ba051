package schemaorg_test

import (
	"bytes"
	"encoding/json"
	"errors"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/rolemodel/rolemodel"
	"github.com/rolemodel/rolemodel/career"
	"github.com/rolemodel/rolemodel/internal/golden"
	"github.com/rolemodel/rolemodel/role"
	"github.com/rolemodel/rolemodel/salary"
	"github.com/rolemodel/rolemodel/schemaorg"
	"github.com/rolemodel/rolemodel/skill"
)

// testCatalog builds a catalog with one role that uses every part of the
// mapping: codes in all three taxonomies, every salary statistic, skills,
// certifications with and without issuer, education and experience.
func testCatalog(t testing.TB) *rolemodel.Catalog {
	t.Helper()
	src := []string{"guide"}
	usd := salary.MustParseCurrency("USD")
	amt := salary.MustParseAmount
	c, err := rolemodel.Build(rolemodel.Parts{
		Sources: []role.Source{
			{ID: "guide", Title: "Data Engineering Guide"},
			{ID: "survey", Title: "Pay Survey 2024"},
		},
		Skills: []skill.Skill{
			{ID: "sql", Name: "SQL", Description: "Querying relational databases."},
			{ID: "mentoring", Name: "Mentoring"},
		},
		Certifications: []skill.Certification{
			{ID: "dp-203", Name: "Azure Data Engineer Associate", Acronym: "DP-203", Issuer: "Microsoft"},
			{ID: "bootcamp", Name: "Data Bootcamp", Kind: skill.Programme},
		},
		Roles: []role.Role{{
			ID:           "data-engineer",
			Title:        "Data Engineer",
			Aliases:      []string{"Big Data Engineer"},
			Descriptions: []role.Statement{{Text: "Builds data pipelines.", Sources: src}},
			Responsibilities: []role.Responsibility{
				{Area: "Pipelines", Text: "Build and run pipelines.", Priority: role.Primary, Sources: src},
				{Text: "Review schemas.", Sources: src},
			},
			Skills: []skill.Requirement{
				{Skill: "sql", Level: skill.Advanced, Label: "Expert", Essential: true, Sources: src},
				{Skill: "mentoring", Sources: src},
			},
			Certifications: []role.CertificationRef{
				{Certification: "dp-203", Sources: src},
				{Certification: "bootcamp", Sources: src},
			},
			Education: []role.Education{
				{Minimum: role.Master, Fields: []string{"Computer Science"}, Text: "A master's degree.", Sources: src},
				{Fields: []string{"Statistics"}, Sources: src},
			},
			Experience: []role.Experience{
				{Years: role.MustParseYears("3-5+"), Text: "3-5+ years.", Sources: src},
				{LeadershipYears: role.MustParseYears("2"), Preferred: true, Sources: src},
				{Text: "Some on-call experience.", Sources: src},
			},
			Salaries: []role.Salary{
				{Statistic: salary.Median, Currency: usd, Value: amt("68.5"), Period: salary.Hourly, Region: "United States", Year: 2024, Text: "$68.50 an hour", Sources: []string{"survey"}},
				{Statistic: salary.P10, Currency: usd, Value: amt("90000"), Period: salary.Annual, Sources: []string{"survey"}},
				{Statistic: salary.P25, Currency: usd, Value: amt("100000"), Period: salary.Annual, Sources: []string{"survey"}},
				{Statistic: salary.P50, Currency: usd, Value: amt("120000"), Period: salary.Annual, Sources: []string{"survey"}},
				{Statistic: salary.P75, Currency: usd, Value: amt("140000"), Period: salary.Annual, Sources: []string{"survey"}},
				{Statistic: salary.P90, Currency: usd, Value: amt("165000.25"), Period: salary.Annual, Sources: []string{"survey"}},
				{Statistic: salary.Average, Currency: salary.MustParseCurrency("EUR"), Value: amt("5400"), Period: salary.Monthly, Sources: src},
				{Statistic: salary.RangeOfPay, Currency: usd, Min: amt("110000"), Max: amt("150000"), OpenEnded: true, Period: salary.Annual, Text: "$110k-$150k+", Sources: []string{"guide", "survey"}},
				{Statistic: salary.RangeOfPay, Currency: usd, Min: amt("2000"), Max: amt("2500"), Period: salary.Weekly, Sources: src},
				{Statistic: salary.Average, Currency: usd, Value: amt("600"), Period: salary.Daily, Sources: src},
			},
			Codes: role.Codes{
				ONetSOC: "15-1243.01",
				ISCO08:  "2521",
				ESCO:    "http://data.europa.eu/esco/occupation/4e4f9f3b-6a8f-4b53-8a4b-2a2b4b0a9e1f",
			},
			Sources: []string{"guide", "survey"},
		}},
	})
	require.NoError(t, err)
	return c
}

func TestGoldenTechnologyDirector(t *testing.T) {
	b, err := schemaorg.Marshal(rolemodel.Default(), "technology-director")
	require.NoError(t, err)
	golden.Check(t, "technology-director.jsonld", b)
}

// TestVocabulary checks every document the package writes, for every role
// of the default catalog and for a role that uses every mapping, against
// the schema.org vocabulary excerpt.
func TestVocabulary(t *testing.T) {
	v := loadVocabulary(t)
	check := func(t *testing.T, c *rolemodel.Catalog, id role.ID) {
		b, err := schemaorg.Marshal(c, id)
		require.NoError(t, err)
		assert.Empty(t, v.check(decode(t, b)))
	}
	for r := range rolemodel.Default().Roles() {
		t.Run(string(r.ID), func(t *testing.T) { check(t, rolemodel.Default(), r.ID) })
	}
	t.Run("data-engineer", func(t *testing.T) { check(t, testCatalog(t), "data-engineer") })
}

func TestUnknownRole(t *testing.T) {
	for _, id := range []role.ID{"no-such-role", ""} {
		_, err := schemaorg.NewOccupation(rolemodel.Default(), id)
		require.ErrorIs(t, err, rolemodel.ErrUnknownRole)
		var re *career.RoleError
		require.ErrorAs(t, err, &re)
		assert.Equal(t, id, re.ID)

		b, err := schemaorg.Marshal(rolemodel.Default(), id)
		assert.Nil(t, b)
		assert.ErrorIs(t, err, rolemodel.ErrUnknownRole)

		var w bytes.Buffer
		assert.ErrorIs(t, schemaorg.WriteJSONLD(&w, rolemodel.Default(), id), rolemodel.ErrUnknownRole)
		assert.Zero(t, w.Len(), "nothing is written for an unknown role")
	}
	_, err := schemaorg.NewOccupation(nil, "technology-director")
	assert.ErrorIs(t, err, rolemodel.ErrUnknownRole, "a nil catalog has no roles")
}

func TestCodes(t *testing.T) {
	o, err := schemaorg.NewOccupation(testCatalog(t), "data-engineer")
	require.NoError(t, err)
	require.Len(t, o.OccupationalCategory, 3)
	onet, isco, esco := o.OccupationalCategory[0], o.OccupationalCategory[1], o.OccupationalCategory[2]
	assert.Equal(t, "15-1243.01", onet.CodeValue)
	assert.Equal(t, "https://www.onetonline.org/link/summary/15-1243.01", onet.URL)
	assert.Equal(t, schemaorg.CategoryCodeSet{Type: "CategoryCodeSet", Name: "O*NET-SOC", URL: "https://www.onetcenter.org/taxonomy.html"}, onet.InCodeSet)
	assert.Equal(t, "2521", isco.CodeValue)
	assert.Equal(t, schemaorg.CategoryCodeSet{Type: "CategoryCodeSet", Name: "ISCO-08", URL: "https://www.ilo.org/public/english/bureau/stat/isco/isco08/"}, isco.InCodeSet)
	assert.Empty(t, esco.CodeValue)
	assert.Equal(t, "http://data.europa.eu/esco/occupation/4e4f9f3b-6a8f-4b53-8a4b-2a2b4b0a9e1f", esco.URL)
	assert.Equal(t, schemaorg.CategoryCodeSet{Type: "CategoryCodeSet", Name: "ESCO occupations", URL: "https://esco.ec.europa.eu/en/classification/occupation_main"}, esco.InCodeSet)

	// A role without codes has no occupationalCategory at all.
	c, err := rolemodel.Build(rolemodel.Parts{Roles: []role.Role{{ID: "x", Title: "X"}}})
	require.NoError(t, err)
	b, err := schemaorg.Marshal(c, "x")
	require.NoError(t, err)
	assert.JSONEq(t, `{"@context":"https://schema.org","@type":"Occupation","name":"X"}`, string(b))

	// Only the codes that are set.
	c, err = rolemodel.Build(rolemodel.Parts{Roles: []role.Role{{ID: "x", Title: "X", Codes: role.Codes{ISCO08: "1330"}}}})
	require.NoError(t, err)
	o, err = schemaorg.NewOccupation(c, "x")
	require.NoError(t, err)
	require.Len(t, o.OccupationalCategory, 1)
	assert.Equal(t, "1330", o.OccupationalCategory[0].CodeValue)
	assert.Equal(t, "ISCO-08", o.OccupationalCategory[0].InCodeSet.Name)
}

// TestSalaries checks that each salary entry becomes its own value, with
// exact amounts and the period in ISO 8601 or as a unit.
func TestSalaries(t *testing.T) {
	b, err := schemaorg.Marshal(testCatalog(t), "data-engineer")
	require.NoError(t, err)
	var doc struct {
		EstimatedSalary []json.RawMessage `json:"estimatedSalary"`
	}
	require.NoError(t, json.Unmarshal(b, &doc))
	want := []string{
		`{"@type":"MonetaryAmountDistribution","name":"Median pay (United States, 2024)","description":"$68.50 an hour (source: Pay Survey 2024)","currency":"USD","duration":"PT1H","median":68.5}`,
		`{"@type":"MonetaryAmountDistribution","name":"10th percentile pay","description":"Source: Pay Survey 2024","currency":"USD","duration":"P1Y","percentile10":90000}`,
		`{"@type":"MonetaryAmountDistribution","name":"25th percentile pay","description":"Source: Pay Survey 2024","currency":"USD","duration":"P1Y","percentile25":100000}`,
		`{"@type":"MonetaryAmountDistribution","name":"Median pay","description":"Source: Pay Survey 2024","currency":"USD","duration":"P1Y","median":120000}`,
		`{"@type":"MonetaryAmountDistribution","name":"75th percentile pay","description":"Source: Pay Survey 2024","currency":"USD","duration":"P1Y","percentile75":140000}`,
		`{"@type":"MonetaryAmountDistribution","name":"90th percentile pay","description":"Source: Pay Survey 2024","currency":"USD","duration":"P1Y","percentile90":165000.25}`,
		`{"@type":"MonetaryAmount","name":"Average pay","description":"Source: Data Engineering Guide","currency":"EUR","value":{"@type":"QuantitativeValue","value":5400,"unitCode":"MON","unitText":"MONTH"}}`,
		`{"@type":"MonetaryAmount","name":"Pay range, open-ended","description":"$110k-$150k+ (source: Data Engineering Guide; Pay Survey 2024)","currency":"USD","value":{"@type":"QuantitativeValue","minValue":110000,"maxValue":150000,"unitCode":"ANN","unitText":"YEAR"}}`,
		`{"@type":"MonetaryAmount","name":"Pay range","description":"Source: Data Engineering Guide","currency":"USD","value":{"@type":"QuantitativeValue","minValue":2000,"maxValue":2500,"unitCode":"WEE","unitText":"WEEK"}}`,
		`{"@type":"MonetaryAmount","name":"Average pay","description":"Source: Data Engineering Guide","currency":"USD","value":{"@type":"QuantitativeValue","value":600,"unitCode":"DAY","unitText":"DAY"}}`,
	}
	require.Len(t, doc.EstimatedSalary, len(want), "one value per salary entry")
	for i, w := range want {
		var compact bytes.Buffer
		require.NoError(t, json.Compact(&compact, doc.EstimatedSalary[i]))
		assert.Equal(t, w, compact.String(), "salary %d: key order and number text are part of the output", i)
	}
}

func TestQualificationsEducationExperience(t *testing.T) {
	o, err := schemaorg.NewOccupation(testCatalog(t), "data-engineer")
	require.NoError(t, err)

	assert.Equal(t, []string{"Big Data Engineer"}, o.AlternateName)
	assert.Equal(t, []string{"Builds data pipelines."}, o.Description)
	assert.Equal(t, []string{"Pipelines: Build and run pipelines.", "Review schemas."}, o.Responsibilities)
	yes, no := true, false
	assert.Equal(t, []schemaorg.DefinedTerm{
		{Type: "DefinedTerm", Name: "SQL", Description: "Querying relational databases.", ProficiencyLevel: "advanced", ProficiencyLabel: "Expert", Essential: &yes},
		{Type: "DefinedTerm", Name: "Mentoring", Essential: &no},
	}, o.Skills, "levels and essential/optional survive, as the package's extension terms")

	assert.Equal(t, []schemaorg.EducationalOccupationalCredential{
		{Type: "EducationalOccupationalCredential", Name: "Azure Data Engineer Associate", AlternateName: "DP-203",
			CredentialCategory: "professional certificate", RecognizedBy: &schemaorg.Organization{Type: "Organization", Name: "Microsoft"}},
		{Type: "EducationalOccupationalCredential", Name: "Data Bootcamp", CredentialCategory: "programme"},
	}, o.Qualifications)

	assert.Equal(t, []schemaorg.EducationalOccupationalCredential{
		{Type: "EducationalOccupationalCredential", Description: "A master's degree.", CredentialCategory: "postgraduate degree",
			EducationalLevel: "master", About: []schemaorg.DefinedTerm{{Type: "DefinedTerm", Name: "Computer Science"}}},
		{Type: "EducationalOccupationalCredential", About: []schemaorg.DefinedTerm{{Type: "DefinedTerm", Name: "Statistics"}}},
	}, o.EducationRequirements)

	assert.Equal(t, []schemaorg.OccupationalExperienceRequirements{
		{Type: "OccupationalExperienceRequirements", Description: "3-5+ years.", MonthsOfExperience: 36},
		{Type: "OccupationalExperienceRequirements", Name: "Preferred experience", MonthsOfExperience: 24},
		{Type: "OccupationalExperienceRequirements", Description: "Some on-call experience."},
	}, o.ExperienceRequirements)
}

// TestDeterministic checks that the same catalog gives the same bytes, and
// that changing a returned Occupation does not change the next one.
func TestDeterministic(t *testing.T) {
	c := rolemodel.Default()
	first, err := schemaorg.Marshal(c, "technology-director")
	require.NoError(t, err)
	o, err := schemaorg.NewOccupation(c, "technology-director")
	require.NoError(t, err)
	o.AlternateName[0] = "changed"
	o.Description[0] = "changed"
	for range 5 {
		again, err := schemaorg.Marshal(c, "technology-director")
		require.NoError(t, err)
		require.Equal(t, string(first), string(again))
	}
	assert.True(t, strings.HasSuffix(string(first), "}\n"))
}

// TestEscapesHTML checks that catalog text cannot close the script element
// the JSON-LD is embedded in.
func TestEscapesHTML(t *testing.T) {
	c, err := rolemodel.Build(rolemodel.Parts{Roles: []role.Role{{ID: "x", Title: "R&D </script><b>"}}})
	require.NoError(t, err)
	b, err := schemaorg.Marshal(c, "x")
	require.NoError(t, err)
	assert.NotContains(t, string(b), "</script>")
	assert.Contains(t, string(b), `R\u0026D \u003c/script\u003e`)
	var o schemaorg.Occupation
	require.NoError(t, json.Unmarshal(b, &o))
	assert.Equal(t, "R&D </script><b>", o.Name)
}

type failWriter struct{}

var errWrite = errors.New("disk full")

func (failWriter) Write([]byte) (int, error) { return 0, errWrite }

func TestWriteJSONLDWriterError(t *testing.T) {
	assert.ErrorIs(t, schemaorg.WriteJSONLD(failWriter{}, rolemodel.Default(), "technology-director"), errWrite)
}
