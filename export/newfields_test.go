package export_test

import (
	"bytes"
	"encoding/csv"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/rolemodel/rolemodel"
	"github.com/rolemodel/rolemodel/bls"
	"github.com/rolemodel/rolemodel/export"
	"github.com/rolemodel/rolemodel/internal/golden"
	"github.com/rolemodel/rolemodel/onet"
)

// newerFields is role 11-3021.00 of O*NET 29.3 with its BLS outlook, cut
// to six technologies (testdata/newer-fields.yaml).
func newerFields(t testing.TB) *rolemodel.Catalog {
	t.Helper()
	c, err := rolemodel.LoadFile(filepath.Join("testdata", "newer-fields.yaml"))
	require.NoError(t, err)
	return c
}

// TestMarkdownNewerFields: technologies with their marks, RIASEC
// interests, distributions of respondents with the most common marked,
// and projected employment.
func TestMarkdownNewerFields(t *testing.T) {
	var b bytes.Buffer
	require.NoError(t, export.WriteMarkdown(&b, newerFields(t), "11-3021-00"))
	golden.Check(t, "newer-fields.md", b.Bytes())
	md := b.String()
	assert.Contains(t, md, "\n## Technologies\n")
	assert.Contains(t, md, "Amazon Web Services AWS software (hot, in demand)")
	assert.Contains(t, md, "\n## Interests (RIASEC)\n")
	assert.Contains(t, md, "High point CEI: Conventional, Enterprising, Investigative.")
	assert.Contains(t, md, "Bachelor's Degree 47.68% (most common)")
	assert.Contains(t, md, "projected employment 768,700 (2034)")
	assert.NotContains(t, md, "Less than a High School Diploma", "categories no respondent chose are left out")
}

// TestCSVTechnologies: technologies.csv has one node per product, uses.csv
// one USES relationship per role and product, with the flags.
func TestCSVTechnologies(t *testing.T) {
	c := newerFields(t)
	dir := t.TempDir()
	require.NoError(t, export.WriteCSVFiles(dir, c))
	read := func(name string) [][]string {
		f, err := os.Open(filepath.Join(dir, name))
		require.NoError(t, err)
		defer f.Close()
		records, err := csv.NewReader(f).ReadAll()
		require.NoError(t, err, name)
		return records
	}
	techs := read(export.TechnologiesFile)
	assert.Equal(t, []string{"name:ID(Technology)", ":LABEL", "category", "category_code"}, techs[0])
	assert.Len(t, techs, 7)
	uses := read(export.UsesFile)
	assert.Equal(t, []string{":START_ID(Role)", ":END_ID(Technology)", ":TYPE", "role_title", "category", "hot:boolean", "in_demand:boolean", "sources:string[]"}, uses[0])
	require.Len(t, uses, 7)
	found := false
	for _, u := range uses[1:] {
		assert.Equal(t, "USES", u[2])
		if u[1] == "Amazon Web Services AWS software" {
			found = true
			assert.Equal(t, []string{"true", "true", "onet-29-3"}, u[5:])
		}
	}
	assert.True(t, found)
	// The first four files keep their headers.
	roles := read(export.RolesFile)
	assert.Equal(t, "id:ID(Role)", roles[0][0])
	assert.Len(t, roles[0], 13)

	// A catalog without technologies gets the headers only.
	var b bytes.Buffer
	require.NoError(t, export.WriteUsesCSV(&b, rolemodel.Default()))
	assert.Equal(t, 1, strings.Count(b.String(), "\n"))
}

// TestONet293Exports writes the Markdown of every role of O*NET 29.3 in
// ../shared/data, and its CSV files, and checks the newer fields reach
// them.
func TestONet293Exports(t *testing.T) {
	dir := filepath.Join("..", "..", "shared", "data", "onet-29.3")
	if _, err := os.Stat(filepath.Join(dir, "Occupation Data.txt")); err != nil {
		t.Skipf("O*NET 29.3 not found (%v): the shared data is not beside the repository", err)
	}
	c, err := onet.LoadDir(dir)
	require.NoError(t, err)
	withTech, withInterests, technologies := 0, 0, 0
	for r := range c.Roles() {
		var b bytes.Buffer
		require.NoError(t, export.WriteMarkdown(&b, c, r.ID))
		md := b.String()
		if len(r.Technologies) > 0 {
			withTech++
			technologies += len(r.Technologies)
			assert.Contains(t, md, "\n## Technologies\n", r.ID)
		}
		if r.Interests != nil {
			withInterests++
			assert.Contains(t, md, "\n## Interests (RIASEC)\n", r.ID)
		}
	}
	out := t.TempDir()
	require.NoError(t, export.WriteCSVFiles(out, c))
	f, err := os.Open(filepath.Join(out, export.UsesFile))
	require.NoError(t, err)
	defer f.Close()
	uses, err := csv.NewReader(f).ReadAll()
	require.NoError(t, err)
	assert.Len(t, uses, technologies+1)
	t.Logf("O*NET 29.3: %d roles with technologies (%d uses), %d with interests", withTech, technologies, withInterests)
	assert.Greater(t, withTech, 900)
	assert.Greater(t, withInterests, 900)
}

// TestGraphMLNewerFields: a role's interests and technologies are node
// attributes, their keys declared only when some role has them.
func TestGraphMLNewerFields(t *testing.T) {
	var b bytes.Buffer
	require.NoError(t, export.WriteGraphML(&b, newerFields(t)))
	g := b.String()
	assert.Contains(t, g, `<key id="riasec" for="node" attr.name="riasec" attr.type="string"/>`)
	assert.Contains(t, g, `<data key="riasec">CEI</data>`)
	assert.Contains(t, g, `<data key="realistic">2.56</data>`)
	assert.Contains(t, g, `<data key="technologies">ACT! Premium; Amazon Web Services AWS software; Apache Cassandra; Microsoft Azure software; Microsoft Excel; Oracle Java</data>`)
	assert.Contains(t, g, `<data key="hot_technologies">Amazon Web Services AWS software; Apache Cassandra; Microsoft Azure software; Microsoft Excel; Oracle Java</data>`)

	b.Reset()
	require.NoError(t, export.WriteGraphML(&b, rolemodel.Default()))
	assert.NotContains(t, b.String(), `"riasec"`, "no role of the default catalog has interests")
	assert.NotContains(t, b.String(), `"technologies"`)
}

// TestMarkdownPayOnce: BLS states each wage statistic per year and per
// hour; the Markdown job description gives each once, the hourly figure
// beside the annual one, and a top-coded percentile as the amount, not
// BLS's mark "#".
func TestMarkdownPayOnce(t *testing.T) {
	w, err := bls.LoadWages(filepath.Join("..", "bls", "testdata", "national_M2024_dl.csv"))
	require.NoError(t, err)
	c, err := bls.Attach(rolemodel.Default(), w, nil)
	require.NoError(t, err)
	var b bytes.Buffer
	require.NoError(t, export.WriteMarkdown(&b, c, "technology-director"))
	md := b.String()
	assert.Contains(t, md, "- Median: $171,200 (annual, United States, 2024, $82.31 hourly)")
	assert.Contains(t, md, "- 90th percentile: $239,200+ (annual, United States, 2024, $115+ hourly)")
	assert.NotContains(t, md, "$82.31 (hourly", "the hourly restatement is not a line of its own")
	assert.NotContains(t, md, ": #")
}
