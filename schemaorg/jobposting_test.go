package schemaorg_test

import (
	"bytes"
	"encoding/json"
	"path/filepath"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/rolemodel/rolemodel"
	"github.com/rolemodel/rolemodel/career"
	"github.com/rolemodel/rolemodel/internal/golden"
	"github.com/rolemodel/rolemodel/role"
	"github.com/rolemodel/rolemodel/schemaorg"
)

func ladderCatalog(t testing.TB) *rolemodel.Catalog {
	t.Helper()
	c, err := rolemodel.LoadFile(filepath.Join("..", "testdata", "ladder.yaml"))
	require.NoError(t, err)
	return c
}

func TestGoldenJobPosting(t *testing.T) {
	b, err := schemaorg.MarshalJobPosting(rolemodel.Default(), "technology-director")
	require.NoError(t, err)
	golden.Check(t, "technology-director.jobposting.jsonld", b)

	b, err = schemaorg.MarshalJobPosting(ladderCatalog(t), "senior-software-engineer")
	require.NoError(t, err)
	golden.Check(t, "senior-engineer.jobposting.jsonld", b)
}

// TestJobPostingVocabulary checks every JobPosting the package writes for
// the default catalog, the ladder example and the role that uses every
// mapping against the schema.org vocabulary excerpt.
func TestJobPostingVocabulary(t *testing.T) {
	v := loadVocabulary(t)
	check := func(t *testing.T, c *rolemodel.Catalog, id role.ID) {
		b, err := schemaorg.MarshalJobPosting(c, id)
		require.NoError(t, err)
		assert.Empty(t, v.check(decode(t, b)))
	}
	for _, c := range []*rolemodel.Catalog{rolemodel.Default(), ladderCatalog(t), testCatalog(t)} {
		for r := range c.Roles() {
			t.Run(string(r.ID), func(t *testing.T) { check(t, c, r.ID) })
		}
	}
	// The checker refuses a posting property on an Occupation, and an
	// occupation-only one on a posting.
	problems := v.check(decode(t, []byte(`{"@context":"https://schema.org","@type":"Occupation","name":"X","title":"X"}`)))
	assert.Contains(t, problems, `$.title: "title" is not declared for Occupation or a supertype (domainIncludes [JobPosting])`)
	problems = v.check(decode(t, []byte(`{"@context":"https://schema.org","@type":"JobPosting","title":"X","occupationLocation":{"@type":"AdministrativeArea","name":"UK"}}`)))
	assert.NotEmpty(t, problems)
}

func TestJobPostingMapping(t *testing.T) {
	p, err := schemaorg.NewJobPosting(ladderCatalog(t), "senior-software-engineer")
	require.NoError(t, err)
	assert.Equal(t, "JobPosting", p.Type)
	assert.Equal(t, "Senior Software Engineer", p.Title)
	require.Len(t, p.BaseSalary, 2, "one per band of grade l5")
	london := p.BaseSalary[0]
	assert.Equal(t, "MonetaryAmount", london.Type)
	assert.Equal(t, "Pay band of grade L5 (London)", london.Name)
	assert.Equal(t, "GBP", london.Currency)
	require.NotNil(t, london.Value)
	assert.Equal(t, "70000", london.Value.MinValue.String())
	assert.Equal(t, "100000", london.Value.MaxValue.String())
	assert.Equal(t, "ANN", london.Value.UnitCode)
	assert.Equal(t, "YEAR", london.Value.UnitText)
	assert.Contains(t, london.Description, "midpoint £85,000")
	assert.Empty(t, p.EstimatedSalary, "the ladder example states no market figures")

	// The sources' figures stay estimated salaries; no grade, no base salary.
	td, err := schemaorg.NewJobPosting(rolemodel.Default(), "technology-director")
	require.NoError(t, err)
	assert.Empty(t, td.BaseSalary)
	assert.Len(t, td.EstimatedSalary, 4)
	assert.Contains(t, td.Description, "\n\n", "one paragraph per source")

	// Essential skills first, primary duties first.
	x, err := schemaorg.NewJobPosting(testCatalog(t), "data-engineer")
	require.NoError(t, err)
	require.Len(t, x.Skills, 2)
	assert.True(t, *x.Skills[0].Essential)
	assert.False(t, *x.Skills[1].Essential)
	assert.Equal(t, []string{"Pipelines: Build and run pipelines.", "Review schemas."}, x.Responsibilities)
}

func TestJobPostingErrors(t *testing.T) {
	_, err := schemaorg.NewJobPosting(rolemodel.Default(), "no-such-role")
	require.ErrorIs(t, err, rolemodel.ErrUnknownRole)
	var re *career.RoleError
	require.ErrorAs(t, err, &re)
	assert.Equal(t, role.ID("no-such-role"), re.ID)

	b, err := schemaorg.MarshalJobPosting(nil, "technology-director")
	assert.Nil(t, b)
	assert.ErrorIs(t, err, rolemodel.ErrUnknownRole)

	var w bytes.Buffer
	assert.ErrorIs(t, schemaorg.WriteJobPosting(&w, rolemodel.Default(), ""), rolemodel.ErrUnknownRole)
	assert.Zero(t, w.Len())
	assert.Error(t, schemaorg.WriteJobPosting(nil, rolemodel.Default(), "technology-director"))

	// Script-safe, as Marshal is.
	b, err = schemaorg.MarshalJobPosting(rolemodel.Default(), "technology-director")
	require.NoError(t, err)
	assert.NotContains(t, string(b), "<")
	assert.True(t, json.Valid(b))
}
