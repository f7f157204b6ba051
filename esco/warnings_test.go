package esco_test

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/rolemodel/rolemodel"
	"github.com/rolemodel/rolemodel/esco"
	"github.com/rolemodel/rolemodel/skill"
)

// The flaws ESCO's own files have load with a warning, and are refused
// under Strict.
func TestWarnings(t *testing.T) {
	const (
		occFile = "occupations_en.csv"
		skFile  = "skills_en-us.csv"
		relFile = "occupationSkillRelations.csv"
	)
	zz := strings.Replace(relA1, "aa-1", "zz-9", 1)
	noType := strings.Replace(strings.Replace(skS1, "knowledge,", ",", 1), "/s1", "/s3", 1)
	v11 := "conceptType,conceptUri,iscoGroup,preferredLabel,altLabels,hiddenLabels,status,description,code\n" +
		"Occupation,http://data.europa.eu/esco/occupation/bb-2,2512,developer,,,released,Develops software.,2512.1\n"
	tests := []struct {
		name   string
		fsys   map[string]string
		kind   error
		file   string
		line   int
		column int
		path   string
		msg    string
	}{
		{"unknown occupation", map[string]string{relFile: rels + zz}, rolemodel.ErrReference, relFile, 5, 1, "occupationUri",
			`1 relation names occupation "http://data.europa.eu/esco/occupation/zz-9", which occupations_en.csv does not list, on line 5: it is left out`},
		{"unknown occupation, three times in a row", map[string]string{relFile: rels + zz + zz + strings.Replace(zz, "/s1", "/s2", 1)}, rolemodel.ErrReference, relFile, 5, 1, "occupationUri",
			`3 relations name occupation "http://data.europa.eu/esco/occupation/zz-9", which occupations_en.csv does not list, on lines 5 to 7: they are left out`},
		{"unknown occupation, apart", map[string]string{relFile: relHeader + zz + relA1 + zz}, rolemodel.ErrReference, relFile, 2, 1, "occupationUri",
			"2 relations name occupation \"http://data.europa.eu/esco/occupation/zz-9\", which occupations_en.csv does not list, on lines 2 and 4: they are left out"},
		{"unknown skill", map[string]string{relFile: rels + strings.Replace(relB1, "/s1", "/s9", 1)}, rolemodel.ErrReference, relFile, 5, 64, "skillUri",
			`1 relation names skill "http://data.europa.eu/esco/skill/s9", which skills_en-us.csv does not list, on line 5: it is left out`},
		{"skill without a type", map[string]string{skFile: skills + noType}, rolemodel.ErrInvalidValue, skFile, 4, 62, "skillType",
			"the skill has no type (expected knowledge or skill/competence): it is loaded without a kind, and with its reuse level alone as its category"},
		{"status", map[string]string{occFile: v11 + "Occupation,http://data.europa.eu/esco/occupation/aa-1,2511,ICT analyst,,,draft,Analyses.,2511.1\n"},
			rolemodel.ErrInvalidValue, occFile, 3, 74, "status", `the status is "draft", not released: the concept is loaded as any other`},
		{"code", map[string]string{occFile: v11 + "Occupation,http://data.europa.eu/esco/occupation/aa-1,2511,ICT analyst,,,released,Analyses.,2511-1\n"},
			rolemodel.ErrInvalidValue, occFile, 3, 93, "code", `"2511-1" is not an ESCO occupation code (expected the ISCO-08 unit group, a dot and more numbers, such as 2654.1.7): the occupation is loaded without it`},
		{"code of another group", map[string]string{occFile: v11 + "Occupation,http://data.europa.eu/esco/occupation/aa-1,2511,ICT analyst,,,released,Analyses.,2512.1\n"},
			rolemodel.ErrInvalidValue, occFile, 3, 93, "code", "the code 2512.1 is not in the occupation's ISCO-08 group 2511: the occupation is loaded without it"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			files := map[string]string{occFile: occs, skFile: skills, relFile: rels}
			for k, v := range tt.fsys {
				files[k] = v
			}
			fsys := download(files[occFile], files[skFile], files[relFile])

			w := esco.Warnings{Problems: []rolemodel.Problem{{Message: "left from before"}}}
			c, err := esco.Load(fsys, esco.CollectWarnings(&w))
			require.NoError(t, err)
			require.NotNil(t, c)
			require.Len(t, w.Problems, 1, "%v", w.Problems)
			assert.Equal(t, rolemodel.Problem{File: tt.file, Line: tt.line, Column: tt.column, Path: tt.path, Message: tt.msg, Kind: tt.kind}, w.Problems[0])
			assert.Equal(t, 1, w.Len())
			assert.Equal(t, "esco: warnings: "+w.Problems[0].String(), w.String())

			_, err = esco.Load(fsys)
			require.NoError(t, err, "without CollectWarnings the flaws go unreported")

			c, err = esco.Load(fsys, esco.Strict(), esco.CollectWarnings(&w))
			assert.Nil(t, c)
			p := requireProblem(t, err, tt.kind, tt.file, tt.line, tt.path)
			assert.Equal(t, tt.column, p.Column)
			assert.Zero(t, w.Len(), "strict: no warnings, every flaw is an error")
		})
	}
}

func TestWarningsKeepTheRest(t *testing.T) {
	noType := strings.Replace(strings.Replace(skS1, "knowledge,cross-sector", ",sector-specific", 1), "/s1", "/s3", 1)
	rel := rels + "http://data.europa.eu/esco/occupation/bb-2,optional,,http://data.europa.eu/esco/skill/s3\n" + strings.Replace(relA1, "aa-1", "zz-9", 1)
	var w esco.Warnings
	c, err := esco.Load(download(occs, skills+noType, rel), esco.CollectWarnings(&w))
	require.NoError(t, err)
	assert.Equal(t, 2, w.Len())
	assert.Equal(t, "occupationSkillRelations.csv", w.Problems[0].File, "ordered by file and line")
	assert.Equal(t, "skills_en-us.csv", w.Problems[1].File)

	s3, ok := c.Skill(esco.SkillID("http://data.europa.eu/esco/skill/s3"))
	require.True(t, ok, "a skill without a type is loaded")
	assert.Equal(t, skill.UnknownKind, s3.Kind)
	assert.Equal(t, "sector-specific", s3.Category)
	b, ok := c.Role("esco-bb-2")
	require.True(t, ok)
	assert.Len(t, b.Skills, 2, "with its relations")
	assert.Equal(t, skill.ID("esco-s3"), b.Skills[1].Skill)
	assert.Equal(t, 2, c.NumRoles())
}

func TestWarningsOnError(t *testing.T) {
	w := esco.Warnings{More: 3}
	c, err := esco.Load(download(occs+occB, "", ""), esco.CollectWarnings(&w))
	assert.Nil(t, c)
	require.Error(t, err)
	assert.Zero(t, w.Len(), "a refused load leaves no warnings")

	var none *esco.Warnings
	assert.Zero(t, none.Len())
	assert.Empty(t, none.String())
	_, err = esco.Load(download(occs, skills, rels), esco.CollectWarnings(nil))
	assert.NoError(t, err)
}

func TestManyWarnings(t *testing.T) {
	var rel strings.Builder
	rel.WriteString(relHeader)
	for i := range rolemodel.MaxProblems + 50 {
		rel.WriteString(strings.Replace(relA1, "aa-1", "zz-"+strings.Repeat("9", i+1), 1))
	}
	var w esco.Warnings
	_, err := esco.Load(download(occs, skills, rel.String()), esco.CollectWarnings(&w))
	require.NoError(t, err)
	assert.Len(t, w.Problems, rolemodel.MaxProblems)
	assert.Equal(t, 50, w.More)
	assert.Equal(t, 150, w.Len())
	assert.Contains(t, w.String(), "(and 147 more problems)")
}
