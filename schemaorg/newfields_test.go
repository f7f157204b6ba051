package schemaorg_test

import (
	"os"
	"path/filepath"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/rolemodel/rolemodel"
	"github.com/rolemodel/rolemodel/onet"
	"github.com/rolemodel/rolemodel/schemaorg"
)

// newerFields is the O*NET 29.3 role committed in export/testdata, with
// technologies, interests and distributions of respondents.
func newerFields(t testing.TB) *rolemodel.Catalog {
	t.Helper()
	c, err := rolemodel.LoadFile(filepath.Join("..", "export", "testdata", "newer-fields.yaml"))
	require.NoError(t, err)
	return c
}

// TestTechnologiesAndEducationLevel: a role's technologies follow its
// skills as DefinedTerms marked with the extension terms, and the most
// common education category is the educationalLevel where no minimum is
// stated; the document stays within the vocabulary.
func TestTechnologiesAndEducationLevel(t *testing.T) {
	c := newerFields(t)
	o, err := schemaorg.NewOccupation(c, "11-3021-00")
	require.NoError(t, err)
	require.Len(t, o.Skills, 6, "six technologies, no skills")
	byName := map[string]schemaorg.DefinedTerm{}
	for _, s := range o.Skills {
		assert.True(t, s.Technology, s.Name)
		assert.Nil(t, s.Essential, s.Name)
		byName[s.Name] = s
	}
	aws := byName["Amazon Web Services AWS software"]
	assert.True(t, aws.HotTechnology)
	assert.True(t, aws.InDemand)
	assert.Equal(t, "Data base user interface and query software", aws.Description)
	act := byName["ACT! Premium"]
	assert.False(t, act.HotTechnology)
	assert.False(t, act.InDemand)

	var levels []string
	for _, e := range o.EducationRequirements {
		levels = append(levels, e.EducationalLevel)
	}
	assert.Contains(t, levels, "Bachelor's Degree")

	b, err := schemaorg.Marshal(c, "11-3021-00")
	require.NoError(t, err)
	assert.Contains(t, string(b), `"https://github.com/rolemodel/rolemodel/schemaorg#hotTechnology": true`)
	assert.Empty(t, loadVocabulary(t).check(decode(t, b)))

	p, err := schemaorg.NewJobPosting(c, "11-3021-00")
	require.NoError(t, err)
	assert.Len(t, p.Skills, 6, "the posting lists the technologies too")
}

// TestONet293 exports every role of O*NET 29.3 in ../shared/data and
// checks each document against the vocabulary.
func TestONet293(t *testing.T) {
	dir := filepath.Join("..", "..", "shared", "data", "onet-29.3")
	if _, err := os.Stat(filepath.Join(dir, "Occupation Data.txt")); err != nil {
		t.Skipf("O*NET 29.3 not found (%v): the shared data is not beside the repository", err)
	}
	c, err := onet.LoadDir(dir)
	require.NoError(t, err)
	v := loadVocabulary(t)
	roles, techs, hot := 0, 0, 0
	for r := range c.Roles() {
		b, err := schemaorg.Marshal(c, r.ID)
		require.NoError(t, err)
		if problems := v.check(decode(t, b)); !assert.Empty(t, problems, r.ID) {
			return
		}
		o, err := schemaorg.NewOccupation(c, r.ID)
		require.NoError(t, err)
		for _, s := range o.Skills {
			if s.Technology {
				techs++
				if s.HotTechnology {
					hot++
				}
			}
		}
		roles++
	}
	t.Logf("O*NET 29.3: %d roles, %d technologies in skills, %d hot", roles, techs, hot)
	assert.Greater(t, techs, 10000)
	assert.Greater(t, hot, 0)
}
