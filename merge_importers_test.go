package rolemodel_test

import (
	"os"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/rolemodel/rolemodel"
	"github.com/rolemodel/rolemodel/ddat"
	"github.com/rolemodel/rolemodel/esco"
	"github.com/rolemodel/rolemodel/onet"
	"github.com/rolemodel/rolemodel/progression"
	"github.com/rolemodel/rolemodel/role"
)

// importerFixtures reads every importer's committed fixture.
func importerFixtures(t *testing.T) []struct {
	name string
	cat  *rolemodel.Catalog
} {
	t.Helper()
	ft := func() (*rolemodel.Catalog, error) {
		f, err := os.Open("progression/testdata/ft-engineering.yml")
		if err != nil {
			return nil, err
		}
		defer f.Close()
		return progression.ReadFT(f)
	}
	var out []struct {
		name string
		cat  *rolemodel.Catalog
	}
	for _, in := range []struct {
		name string
		load func() (*rolemodel.Catalog, error)
	}{
		{"onet", func() (*rolemodel.Catalog, error) { return onet.LoadDir(onet20) }},
		{"esco", func() (*rolemodel.Catalog, error) { return esco.LoadDir("esco/testdata/v1.1") }},
		{"ddat", func() (*rolemodel.Catalog, error) { return ddat.LoadDir("ddat/testdata/framework") }},
		{"ft", ft},
		{"monzo", func() (*rolemodel.Catalog, error) {
			return progression.ReadMonzo(os.DirFS("progression/testdata/monzo"))
		}},
	} {
		c, err := in.load()
		require.NoError(t, err, in.name)
		out = append(out, struct {
			name string
			cat  *rolemodel.Catalog
		}{in.name, c})
	}
	return out
}

// Every importer's catalog joins the embedded catalog, and the others, with
// plain Merge: no two define one ID, and each keeps its own skills,
// families and ladders (a skill another catalog defines first under the
// same ID would silently replace it).
func TestMergeEveryImporter(t *testing.T) {
	merged := rolemodel.Default()
	imported := importerFixtures(t)
	for _, in := range imported {
		var err error
		merged, err = rolemodel.Merge(merged, in.cat)
		require.NoError(t, err, "joining %s", in.name)
	}
	for _, in := range imported {
		for s := range in.cat.Skills() {
			got, ok := merged.Skill(s.ID)
			if assert.True(t, ok, "%s skill %s", in.name, s.ID) {
				assert.Equal(t, s, got, "%s skill %s is its own, not another catalog's of the same ID", in.name, s.ID)
			}
		}
		for f := range in.cat.Families() {
			got, ok := merged.Family(f.ID)
			assert.True(t, ok, "%s family %s", in.name, f.ID)
			assert.Equal(t, f, got)
		}
		for l := range in.cat.Ladders() {
			got, ok := merged.Ladder(l.ID)
			assert.True(t, ok, "%s ladder %s", in.name, l.ID)
			assert.Equal(t, l, got)
		}
	}
	for _, in := range imported[2:] { // the frameworks carry no codes: none folds
		for r := range in.cat.Roles() {
			got, ok := merged.Role(r.ID)
			if assert.True(t, ok, "%s role %s", in.name, r.ID) {
				assert.Equal(t, r.Title, got.Title)
			}
		}
	}
}

// The real DDaT framework joins the embedded catalog: both have an
// enterprise architect and a head of data science, which the prefix keeps
// apart.
func TestMergeRealDDaTWithDefault(t *testing.T) {
	const dir = "../shared/data/frameworks/uk-ddat"
	if _, err := os.Stat(dir); err != nil {
		t.Skipf("the DDaT download is not at %s (see ../shared/data/README.md): %v", dir, err)
	}
	c, err := ddat.LoadDir(dir)
	require.NoError(t, err)
	m, err := rolemodel.Merge(rolemodel.Default(), c)
	require.NoError(t, err)
	assert.Equal(t, rolemodel.Default().NumRoles()+c.NumRoles(), m.NumRoles())
	for _, id := range []string{"enterprise-architect", "ddat-enterprise-architect", "head-of-data-science", "ddat-head-of-data-science"} {
		_, ok := m.Role(role.ID(id))
		assert.True(t, ok, id)
	}
}
