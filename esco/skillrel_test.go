package esco_test

import (
	"os"
	"slices"
	"testing"
	"testing/fstest"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/rolemodel/rolemodel"
	"github.com/rolemodel/rolemodel/esco"
	"github.com/rolemodel/rolemodel/skill"
)

const (
	ssHeader = "originalSkillUri,originalSkillType,relationType,relatedSkillType,relatedSkillUri\n"
	ssAB     = "http://data.europa.eu/esco/skill/a,knowledge,optional,knowledge,http://data.europa.eu/esco/skill/b\n"
	ssAC     = "http://data.europa.eu/esco/skill/a,knowledge,essential,knowledge,http://data.europa.eu/esco/skill/c\n"
	ssCB     = "http://data.europa.eu/esco/skill/c,knowledge,Optional,knowledge,http://data.europa.eu/esco/skill/b\n"
)

func TestSkillRelations(t *testing.T) {
	r, err := esco.ReadSkillRelations(fstest.MapFS{esco.SkillRelationsFile: {Data: []byte(ssHeader + ssAB + ssAC + ssCB)}})
	require.NoError(t, err)
	assert.Equal(t, 3, r.Len())
	assert.Equal(t, []esco.SkillRelation{
		{Skill: "esco-a", Related: "esco-c", Essential: true},
		{Skill: "esco-a", Related: "esco-b"},
	}, r.Of("esco-a"), "essential first")
	assert.Equal(t, []esco.SkillRelation{{Skill: "esco-a", Related: "esco-b"}, {Skill: "esco-c", Related: "esco-b"}}, r.To("esco-b"))
	assert.Empty(t, r.Of("esco-b"))
	assert.Equal(t, "esco-a", string(slices.Collect(r.All())[0].Skill), "file order")

	// The labelled file of other releases, when the plain one is absent.
	r, err = esco.ReadSkillRelations(fstest.MapFS{esco.SkillRelationsFileEN: {Data: []byte("originalSkillUri,originalSkillLabel,relationType,relatedSkillUri,relatedSkillLabel\n" +
		"http://data.europa.eu/esco/skill/a,A,essential,http://data.europa.eu/esco/skill/b,B\n")}})
	require.NoError(t, err)
	assert.Equal(t, []esco.SkillRelation{{Skill: "esco-a", Related: "esco-b", Essential: true}}, r.Of("esco-a"))

	r, err = esco.ReadSkillRelations(fstest.MapFS{})
	require.NoError(t, err, "a download without the file has no relations")
	assert.Zero(t, r.Len())
	var none *esco.SkillRelations
	assert.Zero(t, none.Len())
	assert.Nil(t, none.Of("esco-a"))
	assert.Nil(t, none.To("esco-a"))
	for range none.All() {
		t.Fatal("a nil SkillRelations holds nothing")
	}
	_, err = esco.ReadSkillRelations(nil)
	assert.ErrorIs(t, err, rolemodel.ErrEmpty)
}

func TestSkillRelationsFlaws(t *testing.T) {
	self := "http://data.europa.eu/esco/skill/a,knowledge,optional,knowledge,http://data.europa.eu/esco/skill/a\n"
	fsys := fstest.MapFS{esco.SkillRelationsFile: {Data: []byte(ssHeader + ssAB + self)}}
	var w esco.Warnings
	r, err := esco.ReadSkillRelations(fsys, esco.CollectWarnings(&w))
	require.NoError(t, err)
	assert.Equal(t, 1, r.Len(), "the relation of a skill to itself is left out")
	require.Len(t, w.Problems, 1)
	assert.Equal(t, rolemodel.Problem{File: esco.SkillRelationsFile, Line: 3, Column: 65, Path: "relatedSkillUri", Kind: rolemodel.ErrReference,
		Message: "skill http://data.europa.eu/esco/skill/a is related to itself: the relation is left out"}, w.Problems[0])
	_, err = esco.ReadSkillRelations(fsys, esco.Strict())
	requireProblem(t, err, rolemodel.ErrReference, esco.SkillRelationsFile, 3, "relatedSkillUri")

	tests := []struct {
		name string
		data string
		kind error
		line int
		path string
	}{
		{"bad type", ssHeader + ssAB + "http://data.europa.eu/esco/skill/a,knowledge,required,knowledge,http://data.europa.eu/esco/skill/c\n", rolemodel.ErrInvalidValue, 3, "relationType"},
		{"twice", ssHeader + ssAB + ssAC + ssAB, rolemodel.ErrDuplicate, 4, ""},
		{"bad URI", ssHeader + "skill/a,knowledge,optional,knowledge,http://data.europa.eu/esco/skill/c\n", rolemodel.ErrInvalidValue, 2, "originalSkillUri"},
		{"empty URI", ssHeader + "http://data.europa.eu/esco/skill/a,knowledge,optional,knowledge,\n", rolemodel.ErrInvalidValue, 2, "relatedSkillUri"},
		{"missing column", "originalSkillUri,relationType\n", rolemodel.ErrInvalidValue, 1, "relatedSkillUri"},
		{"short row", ssHeader + "http://data.europa.eu/esco/skill/a,knowledge\n", rolemodel.ErrSyntax, 2, ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			w := esco.Warnings{More: 1}
			r, err := esco.ReadSkillRelations(fstest.MapFS{esco.SkillRelationsFile: {Data: []byte(tt.data)}}, esco.CollectWarnings(&w))
			assert.Nil(t, r)
			requireProblem(t, err, tt.kind, esco.SkillRelationsFile, tt.line, tt.path)
			assert.Zero(t, w.Len())
		})
	}
	_, err = esco.ReadSkillRelations(fstest.MapFS{esco.SkillRelationsFile: {Data: []byte(ssHeader + ssAB)}}, esco.MaxFileSize(10))
	assert.ErrorIs(t, err, rolemodel.ErrTooLarge)
}

func TestRealSkillRelations(t *testing.T) {
	requireReal111(t)
	var w esco.Warnings
	r, err := esco.ReadSkillRelations(os.DirFS(real111Dir), esco.CollectWarnings(&w))
	require.NoError(t, err)
	assert.Equal(t, 5898, r.Len(), "5,899 relations less one of a skill to itself")
	assert.Equal(t, 1, w.Len())
	assert.Equal(t, 4645, w.Problems[0].Line)
	essential := 0
	for x := range r.All() {
		if x.Essential {
			essential++
		}
	}
	assert.Equal(t, 191, essential)

	// "plan marketing strategy" needs the knowledge "marketing principles".
	c, _ := loadReal111(t)
	var plan skill.ID
	for s := range c.Skills() {
		if s.Name == "plan marketing strategy" {
			plan = s.ID
		}
	}
	require.NotEmpty(t, plan)
	var needs []string
	for _, x := range r.Of(plan) {
		s, ok := c.Skill(x.Related)
		require.True(t, ok, "every related skill is in the catalog")
		if x.Essential {
			needs = append(needs, s.Name)
		}
	}
	assert.Contains(t, needs, "marketing principles")
	for x := range r.All() {
		_, ok := c.Skill(x.Skill)
		require.True(t, ok, x.Skill)
		_, ok = c.Skill(x.Related)
		require.True(t, ok, x.Related)
	}
}
