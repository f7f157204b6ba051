package rolemodel_test

import (
	"fmt"
	"slices"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/rolemodel/rolemodel"
	"github.com/rolemodel/rolemodel/role"
)

const techCatalog = `
sources: [{id: s, title: S}]
roles:
  - id: devops
    title: DevOps Engineer
    technologies:
      - {name: Kubernetes, category: Application server software, category_code: "43232701", hot: true, in_demand: true, sources: [s]}
      - {name: Microsoft Excel, category: Spreadsheet software, sources: [s]}
    interests: {realistic: 3.93, investigative: 5.86, artistic: 2.26, social: 1.88, enterprising: 1.87, conventional: 5.46, high_point: ICR, sources: [s]}
    sources: [s]
  - id: analyst
    title: Analyst
    technologies:
      - {name: Google Sheets, category: Spreadsheet software, sources: [s]}
    sources: [s]
  - id: chef
    title: Chef
    sources: [s]
`

func ids(seq func(func(role.Role) bool)) []role.ID {
	var out []role.ID
	for r := range seq {
		out = append(out, r.ID)
	}
	return out
}

func TestRolesUsing(t *testing.T) {
	c, err := rolemodel.Load(strings.NewReader(techCatalog))
	require.NoError(t, err)
	assert.Equal(t, []role.ID{"devops"}, ids(c.RolesUsing("kubernetes")))
	assert.Equal(t, []role.ID{"analyst", "devops"}, ids(c.RolesUsing("SPREADSHEET  software")), "by category, in ID order")
	assert.Empty(t, ids(c.RolesUsing("Kube")))
	assert.Empty(t, ids(c.RolesUsing("")))
	var nilCatalog *rolemodel.Catalog
	assert.Empty(t, ids(nilCatalog.RolesUsing("Kubernetes")))

	// Stopping early, and the roles are copies.
	for r := range c.RolesUsing("Spreadsheet software") {
		r.Technologies[0].Name = "changed"
		break
	}
	r, _ := c.Role("analyst")
	assert.Equal(t, "Google Sheets", r.Technologies[0].Name)

	d, _ := c.Role("devops")
	require.NotNil(t, d.Interests)
	assert.Equal(t, "ICR", d.Interests.HighPoint)
	d.Interests.HighPoint = "R"
	d2, _ := c.Role("devops")
	assert.Equal(t, "ICR", d2.Interests.HighPoint, "interests are copied too")
}

// Merge keeps base's interests and adds the technologies base lacks.
func TestMergeTechnologiesAndInterests(t *testing.T) {
	base, err := rolemodel.Load(strings.NewReader(techCatalog))
	require.NoError(t, err)
	other, err := rolemodel.Load(strings.NewReader(`
sources: [{id: s, title: S}, {id: t, title: T}]
roles:
  - id: chef2
    title: Chef
    aliases: [Cook]
    technologies: [{name: Recipe software, sources: [t]}]
    interests: {realistic: 6, investigative: 2, artistic: 5, social: 3, enterprising: 4, conventional: 3, sources: [t]}
    sources: [t]
  - id: devops2
    title: DevOps Engineer
    technologies: [{name: Kubernetes, category: Application server software, category_code: "43232701", hot: true, in_demand: true, sources: [s]}]
    interests: {realistic: 1, investigative: 1, artistic: 1, social: 1, enterprising: 7, conventional: 1, sources: [t]}
    sources: [t]
`))
	require.NoError(t, err)
	m, err := rolemodel.Merge(base, other, rolemodel.SameAs(map[role.ID]role.ID{"chef2": "chef", "devops2": "devops"}))
	require.NoError(t, err)
	chef, _ := m.Role("chef")
	assert.Equal(t, []role.Technology{{Name: "Recipe software", Sources: []string{"t"}}}, chef.Technologies)
	require.NotNil(t, chef.Interests, "base had none: other's")
	assert.Equal(t, 6.0, chef.Interests.Realistic)
	devops, _ := m.Role("devops")
	assert.Len(t, devops.Technologies, 2, "the same entry is not repeated")
	assert.Equal(t, "ICR", devops.Interests.HighPoint, "base's interests are kept")
}

func TestInterestsAndSharesValidated(t *testing.T) {
	_, err := rolemodel.Load(strings.NewReader(`
roles:
  - id: a
    title: A
    interests: {realistic: 0, investigative: 8, artistic: 1, social: 1, enterprising: 1, conventional: 1, high_point: IIC}
    education:
      - distribution: [{category: "", percent: 101}]
    experience:
      - text: x
        distribution: [{category: "None", percent: -1}]
    technologies: [{name: ""}]
    responsibilities: [{text: t, id: "` + strings.Repeat("9", 41) + `"}]
`))
	var ve *rolemodel.ValidationError
	require.ErrorAs(t, err, &ve)
	var got []string
	for _, p := range ve.Problems {
		got = append(got, p.Path+": "+p.Message)
	}
	for _, want := range []string{
		"roles[a].interests.realistic: 0 is too small: must be at least 1",
		"roles[a].interests.investigative: 8 is too large: must be at most 7",
		`roles[a].interests.high_point: "IIC" is not a high-point code: expected one to three distinct letters of RIASEC, highest first, such as "ICR"`,
		"roles[a].education[0].distribution[0].category: is required",
		"roles[a].education[0].distribution[0].percent: 101 is too large: must be at most 100",
		"roles[a].experience[0].distribution[0].percent: -1 is too small: must be at least 0",
		"roles[a].technologies[0].name: is required",
		"roles[a].responsibilities[0].id: is too long: at most 40 characters",
	} {
		assert.True(t, slices.Contains(got, want), "missing %q in\n%s", want, strings.Join(got, "\n"))
	}
}

// Which roles use a product, or any product of a category.
func ExampleCatalog_RolesUsing() {
	c, err := rolemodel.Load(strings.NewReader(techCatalog))
	if err != nil {
		fmt.Println(err)
		return
	}
	for r := range c.RolesUsing("kubernetes") {
		fmt.Println(r.Title)
	}
	for r := range c.RolesUsing("Spreadsheet software") {
		fmt.Println(r.Title, "uses", r.Technologies[len(r.Technologies)-1].Name)
	}
	// Output:
	// DevOps Engineer
	// Analyst uses Google Sheets
	// DevOps Engineer uses Microsoft Excel
}
