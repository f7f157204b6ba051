package esco_test

import (
	"os"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/rolemodel/rolemodel"
	"github.com/rolemodel/rolemodel/esco"
	"github.com/rolemodel/rolemodel/role"
)

// The kitchen occupations of the v1.1.1 fixture.
const (
	chefURI       = "http://data.europa.eu/esco/occupation/1009be17-7efd-45f1-a033-566bf179c588"
	cookURI       = "http://data.europa.eu/esco/occupation/90f75f67-495d-49fa-ab57-2f320e251d7e"
	pastryChefURI = "http://data.europa.eu/esco/occupation/a256838b-0843-4ad2-a2fb-4531f94e63d8"
	headPastryURI = "http://data.europa.eu/esco/occupation/01484951-15e6-4b88-a20f-1201868d36a0"
	nestaFixture  = "testdata/nesta/" + esco.NestaCrosswalkFile
	fixture111    = "testdata/v1.1.1"
)

func loadCrosswalk(t testing.TB) *esco.Crosswalk {
	t.Helper()
	x, err := esco.LoadCrosswalk(nestaFixture)
	require.NoError(t, err)
	return x
}

func TestCrosswalk(t *testing.T) {
	x := loadCrosswalk(t)
	assert.Equal(t, 5, x.Len())
	assert.Equal(t, nestaFixture, x.Name())
	assert.Equal(t, esco.NestaSource(), x.Source())
	assert.Equal(t, []esco.Link{{ESCO: chefURI, ONetSOC: "35-1011.00", Title: "chefs and head cooks", Similarity: 0.8025277793407439, Confidence: 2, Line: 2}}, x.Links(chefURI))
	assert.Empty(t, x.Links(pastryChefURI), "not in Nesta's file")
	assert.Len(t, x.Occupations("35-2012.00"), 1)
	assert.Empty(t, x.Occupations("15-1252.00"))

	// Nesta's rule: an occupation the file does not list takes the link of
	// its nearest broader occupation that it does.
	h, err := esco.ReadHierarchy(os.DirFS(fixture111))
	require.NoError(t, err)
	xi := x.Inherit(h)
	assert.Equal(t, 5, x.Len(), "x does not change")
	assert.Equal(t, 12, xi.Len(), "the twelve kitchen occupations")
	got := xi.Links(headPastryURI)
	require.Len(t, got, 1)
	assert.Equal(t, esco.Link{ESCO: headPastryURI, ONetSOC: "35-1011.00", Title: "chefs and head cooks", Similarity: 0.8025277793407439, Confidence: 2, Line: 2, From: chefURI}, got[0],
		"head pastry chef is under pastry chef, which is under chef: the nearest listed")
	assert.Len(t, xi.Occupations("35-1011.00"), 5, "chef, pastry chef, head chef, private chef, head pastry chef")
	assert.Len(t, xi.Occupations("35-2012.00"), 4, "cook and the three cooks under it")
	assert.Equal(t, x.Len(), x.Inherit(nil).Len())

	var none *esco.Crosswalk
	assert.Zero(t, none.Len())
	assert.Nil(t, none.Links(chefURI))
	assert.Nil(t, none.Occupations("35-1011.00"))
	for range none.All() {
		t.Fatal("a nil crosswalk has no links")
	}
}

// A user's crosswalk may link one occupation to several codes: the best
// comes first.
func TestCrosswalkRanksLinks(t *testing.T) {
	src := role.Source{ID: "mine", Title: "My crosswalk"}
	x, err := esco.ReadCrosswalk(strings.NewReader("concept_uri,onet_code,confidence,semantic_similarity\n"+
		chefURI+",35-2012.00,1,0.9\n"+
		chefURI+",35-1011.00,2,0.5\n"+
		chefURI+",35-2011.00,1,0.9\n"+
		chefURI+",35-2021.00,,\n"+
		cookURI+",35-2012.00,2,0.7\n"), "mine.csv", esco.CrosswalkSource(src))
	require.NoError(t, err)
	var codes []string
	for _, l := range x.Links(chefURI) {
		codes = append(codes, l.ONetSOC)
	}
	assert.Equal(t, []string{"35-1011.00", "35-2012.00", "35-2011.00", "35-2021.00"}, codes, "confidence, then similarity, then line")
	assert.Equal(t, src, x.Source())
	assert.Len(t, x.Occupations("35-2012.00"), 2)
}

func TestCrosswalkRefused(t *testing.T) {
	const head = "concept_uri,onet_code,semantic_similarity,confidence\n"
	row := chefURI + ",35-1011.00,0.8,2\n"
	tests := []struct {
		name string
		data string
		kind error
		line int
		path string
	}{
		{"missing column", "concept_uri,code\n", rolemodel.ErrInvalidValue, 1, "onet_code"},
		{"bad code", head + strings.Replace(row, "35-1011.00", "35-1011", 1), rolemodel.ErrInvalidValue, 2, "onet_code"},
		{"bad URI", head + strings.Replace(row, "http://", "", 1), rolemodel.ErrInvalidValue, 2, "concept_uri"},
		{"similarity above 1", head + strings.Replace(row, "0.8", "1.8", 1), rolemodel.ErrInvalidValue, 2, "semantic_similarity"},
		{"similarity NaN", head + strings.Replace(row, "0.8", "NaN", 1), rolemodel.ErrInvalidValue, 2, "semantic_similarity"},
		{"confidence negative", head + strings.Replace(row, ",2\n", ",-2\n", 1), rolemodel.ErrInvalidValue, 2, "confidence"},
		{"confidence not a number", head + strings.Replace(row, ",2\n", ",high\n", 1), rolemodel.ErrInvalidValue, 2, "confidence"},
		{"twice", head + row + row, rolemodel.ErrDuplicate, 3, ""},
		{"short row", head + chefURI + "\n", rolemodel.ErrSyntax, 2, ""},
		{"empty", "", rolemodel.ErrEmpty, 1, ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			x, err := esco.ReadCrosswalk(strings.NewReader(tt.data), "x.csv")
			assert.Nil(t, x)
			requireProblem(t, err, tt.kind, "x.csv", tt.line, tt.path)
		})
	}
	_, err := esco.ReadCrosswalk(strings.NewReader(head+row), "x.csv", esco.MaxFileSize(10))
	assert.ErrorIs(t, err, rolemodel.ErrTooLarge)
	_, err = esco.ReadCrosswalk(nil, "x.csv")
	assert.ErrorIs(t, err, rolemodel.ErrEmpty)
	_, err = esco.LoadCrosswalk("testdata/nesta/missing.csv")
	assert.ErrorIs(t, err, rolemodel.ErrUnreadable)
	_, err = esco.LoadCrosswalk("testdata/nesta")
	assert.ErrorIs(t, err, rolemodel.ErrUnreadable)
}

func TestRealCrosswalk(t *testing.T) {
	path := "../../shared/data/nesta-mcc/" + esco.NestaCrosswalkFile
	if _, err := os.Stat(path); err != nil {
		t.Skipf("Nesta's crosswalk is not in ../shared/data (%v)", err)
	}
	x, err := esco.LoadCrosswalk(path)
	require.NoError(t, err)
	assert.Equal(t, 1680, x.Len())
	codes := map[string]bool{}
	for l := range x.All() {
		codes[l.ONetSOC] = true
	}
	assert.Len(t, codes, 668)

	requireReal111(t)
	h, err := esco.ReadHierarchy(os.DirFS(real111Dir))
	require.NoError(t, err)
	xi := x.Inherit(h)
	assert.Equal(t, 1680+1244, xi.Len(), "1,243 narrower occupations of v1.1.1 inherit a link, and so does the one the hierarchy and the relations name but occupations_en.csv lacks")
	assert.Len(t, xi.Links("http://data.europa.eu/esco/occupation/a9e54177-a185-404d-b6e6-15663d31137e"), 1)
}
